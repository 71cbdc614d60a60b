package vn.dangbo.portal.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangbo.portal.congress.TargetIndicator;

/**
 * The congress targets the rating feeds (chỉ tiêu "≥ 90 % đảng viên / tổ chức đảng hoàn thành tốt nhiệm vụ trở
 * lên"): the share of those rated HTTNV or above in an organisation's subtree in one year, in percent with two
 * decimals, from published results only (the tally, summed by subtree), so a round still under way has no value yet.
 */
@Configuration(proxyBeanMethods = false)
class HttnvShareIndicators {

    @Bean
    TargetIndicator membersHttnvShare(JdbcClient jdbc) {
        return new Share(jdbc, RatingSubject.MEMBER, "members-httnv-share");
    }

    @Bean
    TargetIndicator organizationsHttnvShare(JdbcClient jdbc) {
        return new Share(jdbc, RatingSubject.ORGANIZATION, "organizations-httnv-share");
    }

    /** One subject's share. */
    static final class Share implements TargetIndicator {

        private final JdbcClient jdbc;
        private final RatingSubject subject;
        private final String code;

        Share(JdbcClient jdbc, RatingSubject subject, String code) {
            this.jdbc = jdbc;
            this.subject = subject;
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String labelKey() {
            return "indicator." + code;
        }

        @Override
        public boolean cumulative() {
            return false;
        }

        @Override
        public Optional<BigDecimal> valueIn(long organizationId, int year) {
            return Optional.ofNullable(valuesIn(organizationId, List.of(year)).get(year));
        }

        @Override
        public Map<Integer, BigDecimal> valuesIn(long organizationId, Collection<Integer> years) {
            Map<Integer, BigDecimal> values = new TreeMap<>();
            if (years.isEmpty()) {   // a term that has not started yet
                return values;
            }
            jdbc.sql("""
                            SELECT r.year,
                                   coalesce(sum(s.total) FILTER (WHERE s.level IN ('HTXSNV', 'HTTNV')), 0) AS good,
                                   coalesce(sum(s.total) FILTER (WHERE s.level <> 'NOT_RATED'), 0) AS rated
                              FROM rating_tally_subtree s
                              JOIN rating_round r ON r.id = s.round_id
                             WHERE s.organization_id = :unit AND r.year IN (:years) AND s.subject = :subject
                             GROUP BY r.year
                            """)
                    .param("years", List.copyOf(years)).param("subject", subject.name()).param("unit", organizationId)
                    .query((rs, n) -> new Tally(rs.getInt("year"), rs.getLong("good"), rs.getLong("rated")))
                    .list().forEach(tally -> tally.share().ifPresent(share -> values.put(((Number) tally.key()).intValue(), share)));
            return values;
        }

        /** Each organisation's subtree in one statement, from the subtree totals. */
        @Override
        public Map<Long, BigDecimal> valuesFor(Collection<Long> organizationIds, int year) {
            Map<Long, BigDecimal> values = new LinkedHashMap<>();
            if (organizationIds.isEmpty()) {
                return values;
            }
            jdbc.sql("""
                            SELECT s.organization_id AS id,
                                   coalesce(sum(s.total) FILTER (WHERE s.level IN ('HTXSNV', 'HTTNV')), 0) AS good,
                                   coalesce(sum(s.total) FILTER (WHERE s.level <> 'NOT_RATED'), 0) AS rated
                              FROM rating_tally_subtree s
                              JOIN rating_round r ON r.id = s.round_id
                             WHERE s.organization_id IN (:ids) AND r.year = :year AND s.subject = :subject
                             GROUP BY s.organization_id
                            """)
                    .param("year", year).param("subject", subject.name()).param("ids", List.copyOf(organizationIds))
                    .query((rs, n) -> new Tally(rs.getLong("id"), rs.getLong("good"), rs.getLong("rated")))
                    .list().forEach(tally -> tally.share().ifPresent(share -> values.put(((Number) tally.key()).longValue(), share)));
            return values;
        }

        /** The counts of a year or of an organisation: those HTTNV or above of those rated. */
        private record Tally(Number key, long good, long rated) {

            Optional<BigDecimal> share() {
                return rated == 0 ? Optional.empty()
                        : Optional.of(BigDecimal.valueOf(good * 100).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP));
            }
        }
    }
}
