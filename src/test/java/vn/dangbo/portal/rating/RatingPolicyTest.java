package vn.dangbo.portal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The rules of a round at their boundaries: which regulation a year takes, the score bands, the quota, discipline. */
class RatingPolicyTest {

    private final RatingPolicy scored = RatingPolicy.forYear(2025);
    private final RatingPolicy criteria = RatingPolicy.forYear(2024);

    @Test
    void roundsUpTo2024FollowQuyDinh124AndFrom2025QuyDinh366() {
        assertThat(criteria.code()).isEqualTo("QD124");
        assertThat(criteria.scored()).isFalse();
        assertThat(scored.code()).isEqualTo("QD366");
        assertThat(scored.scored()).isTrue();
        assertThat(RatingPolicy.of("QD124")).isSameAs(criteria);
        assertThatThrownBy(() -> criteria.levelForScore(new BigDecimal("95"), true)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theCriteriaGroupsOfEachSubjectAddUpTo100() {
        for (RatingSubject subject : RatingSubject.values()) {
            assertThat(scored.groups(subject).stream().mapToInt(RatingPolicy.CriteriaGroup::maxPoints).sum()).isEqualTo(100);
        }
        assertThat(criteria.groups(RatingSubject.MEMBER)).isEmpty();
    }

    @Test
    void scoreBandsAtTheirBoundaries() {
        assertThat(level("89.99", true)).isEqualTo(RatingLevel.HTTNV);
        assertThat(level("90", true)).isEqualTo(RatingLevel.HTXSNV);
        assertThat(level("90.00", false)).as("90 without the conditions").isEqualTo(RatingLevel.HTTNV);
        assertThat(level("100", true)).isEqualTo(RatingLevel.HTXSNV);
        assertThat(level("70", false)).isEqualTo(RatingLevel.HTTNV);
        assertThat(level("69.99", true)).isEqualTo(RatingLevel.HTNV);
        assertThat(level("50", false)).isEqualTo(RatingLevel.HTNV);
        assertThat(level("49.99", false)).isEqualTo(RatingLevel.KHTNV);
        assertThat(level("0", false)).isEqualTo(RatingLevel.KHTNV);
    }

    @Test
    void twentyPercentOfTheHttnvRoundedDownMayBeHtxsnv() {
        assertThat(scored.excellentQuota(4)).isZero();
        assertThat(scored.excellentQuota(5)).isEqualTo(1);
        assertThat(scored.excellentQuota(7)).isEqualTo(1);
        assertThat(scored.excellentQuota(9)).isEqualTo(1);
        assertThat(scored.excellentQuota(10)).isEqualTo(2);
        assertThat(criteria.excellentQuota(7)).isEqualTo(1);
        assertThat(criteria.excellentQuota(10)).isEqualTo(2);
    }

    @Test
    void quotaOfATableCountsDecidedRowsOnly() {
        java.util.List<RatingRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            rows.add(row(RatingState.DECIDED, RatingLevel.HTTNV));
        }
        rows.add(row(RatingState.DECIDED, RatingLevel.HTXSNV));
        rows.add(row(RatingState.PROPOSED, null));
        Quota quota = Quota.of(scored, rows);
        assertThat(quota.excellent()).isEqualTo(1);
        assertThat(quota.good()).isEqualTo(7);
        assertThat(quota.allowed()).isEqualTo(1);
        assertThat(quota.exceeded()).isFalse();
        rows.add(row(RatingState.DECIDED, RatingLevel.HTXSNV));
        assertThat(Quota.of(scored, rows).exceeded()).isTrue();
    }

    @Test
    void disciplineCapsAtKhtnvUnlessSelfRemedied() {
        assertThat(scored.mustBeNotFulfilled(true, false)).isTrue();
        assertThat(scored.mustBeNotFulfilled(true, true)).isFalse();
        assertThat(criteria.mustBeNotFulfilled(false, false)).isFalse();
    }

    private RatingLevel level(String score, boolean conditions) {
        return scored.levelForScore(new BigDecimal(score), conditions);
    }

    private static RatingRow row(RatingState state, RatingLevel decided) {
        return new RatingRow(1, 0, 1, RatingSubject.MEMBER, 1L, "A", 1, "Chi bộ", vn.dangbo.portal.organization.OrganizationKind.SUB_CELL,
                "/1/2/3/", null, 2, "Đảng bộ", vn.dangbo.portal.organization.OrganizationKind.GRASSROOTS_COMMITTEE, state, null,
                null, null, null, null, null, decided, null, false);
    }
}
