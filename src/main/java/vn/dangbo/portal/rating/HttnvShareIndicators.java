package vn.dangbo.portal.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangbo.portal.congress.TargetIndicator;

/**
 * The congress targets the rating feeds (chỉ tiêu "≥ 90 % đảng viên / tổ chức đảng hoàn thành tốt nhiệm vụ trở
 * lên"): the share of those rated HTTNV or above in an organisation's subtree in one year, in percent with two
 * decimals, from published results only (the tally), so a round still under way has no value yet.
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
            Map<String, Object> counts = jdbc.sql("""
                            SELECT coalesce(sum(t.total) FILTER (WHERE t.level IN ('HTXSNV', 'HTTNV')), 0) AS good,
                                   coalesce(sum(t.total) FILTER (WHERE t.level <> 'NOT_RATED'), 0) AS rated
                              FROM rating_tally t
                              JOIN rating_round r ON r.id = t.round_id
                              JOIN organization o ON o.id = t.organization_id
                             WHERE r.year = :year AND t.subject = :subject
                               AND o.path LIKE (SELECT path FROM organization WHERE id = :unit) || '%'
                            """)
                    .param("year", year).param("subject", subject.name()).param("unit", organizationId)
                    .query().singleRow();
            long rated = ((Number) counts.get("rated")).longValue();
            long good = ((Number) counts.get("good")).longValue();
            return rated == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(good * 100).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP));
        }
    }
}
