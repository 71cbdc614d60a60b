package vn.dangbo.portal.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangbo.portal.cache.VersionedCache;
import vn.dangbo.portal.congress.TargetIndicator;
import vn.dangbo.portal.web.SqlArrays;

/**
 * The congress targets the rating feeds (chỉ tiêu "≥ 90 % đảng viên / tổ chức đảng hoàn thành tốt nhiệm vụ trở
 * lên"): the share of those rated HTTNV or above in an organisation's subtree in one year, in percent with two
 * decimals, from published results only (the tally, summed by subtree), so a round still under way has no value yet.
 */
@Configuration(proxyBeanMethods = false)
class HttnvShareIndicators {

    @Bean
    TargetIndicator membersHttnvShare(JdbcClient jdbc, VersionedCache cache) {
        return new Share(jdbc, cache, RatingSubject.MEMBER, "members-httnv-share");
    }

    @Bean
    TargetIndicator organizationsHttnvShare(JdbcClient jdbc, VersionedCache cache) {
        return new Share(jdbc, cache, RatingSubject.ORGANIZATION, "organizations-httnv-share");
    }

    /** One subject's share. */
    static final class Share implements TargetIndicator {

        /** The tables a share is read from: published rounds and their subtree totals. */
        private static final List<String> TALLY = List.of("rating_round", "rating_tally_subtree");

        private final JdbcClient jdbc;
        private final VersionedCache cache;
        private final RatingSubject subject;
        private final String code;

        Share(JdbcClient jdbc, VersionedCache cache, RatingSubject subject, String code) {
            this.jdbc = jdbc;
            this.cache = cache;
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

        /** Cached until a round or its totals change: the dashboard and the congress report ask on every view. */
        @Override
        public Map<Integer, BigDecimal> valuesIn(long organizationId, Collection<Integer> years) {
            if (years.isEmpty()) {   // a term that has not started yet
                return Map.of();
            }
            return cache.get(code + " " + organizationId + " " + new TreeSet<>(years), TALLY, () -> {
                Map<Integer, BigDecimal> values = new TreeMap<>();
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
                return Collections.unmodifiableMap(values);
            });
        }

        /** Each organisation's subtree in one statement, from the subtree totals (the ids as one array: thousands of grassroots on the dashboard). */
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
                             WHERE s.organization_id = ANY(CAST(:ids AS bigint[])) AND r.year = :year AND s.subject = :subject
                             GROUP BY s.organization_id
                            """)
                    .param("year", year).param("subject", subject.name()).param("ids", SqlArrays.bigints(organizationIds))
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
