package vn.dangbo.portal.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.congress.TargetIndicator;

/**
 * Congress target "100 % of secretaries able to brief resolutions": the share (in %) of the secretaries
 * sitting in the subtree at the end of the year (today for the current year) who had completed the
 * secretaries' course or a resolution briefing by then. Empty for a year not begun or without secretaries.
 */
@Component
class SecretariesTrained implements TargetIndicator {

    private final JdbcClient jdbc;
    private final Clock clock;

    SecretariesTrained(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "secretaries-trained";
    }

    @Override
    public String labelKey() {
        return "training.indicator.secretariesTrained";
    }

    @Override
    public boolean cumulative() {
        return false;
    }

    @Override
    public Optional<BigDecimal> valueIn(long organizationId, int year) {
        LocalDate today = LocalDate.now(clock);
        if (year > today.getYear()) {
            return Optional.empty();
        }
        LocalDate on = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        long[] counts = jdbc.sql("""
                        SELECT count(DISTINCT s.member_id),
                               count(DISTINCT s.member_id) FILTER (WHERE EXISTS (
                                   SELECT 1 FROM training_participant p JOIN training_course c ON c.id = p.course_id
                                    WHERE p.member_id = s.member_id AND p.completed AND c.ends_on <= :on
                                      AND c.kind IN ('SECRETARIES', 'RESOLUTION_BRIEFING')))
                          FROM committee_position s JOIN organization o ON o.id = s.organization_id
                         WHERE s.position = 'SECRETARY' AND s.starts_on <= :on AND (s.ends_on IS NULL OR s.ends_on >= :on)
                           AND o.path LIKE (SELECT path FROM organization WHERE id = :unit) || '%'
                        """)
                .param("on", on).param("unit", organizationId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        if (counts[0] == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(counts[1] * 100).divide(BigDecimal.valueOf(counts[0]), 2, RoundingMode.HALF_UP));
    }
}
