package vn.dangbo.portal.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.security.Scope;

/**
 * Probationary members whose 12 months (from the admission ceremony, or the decision when the ceremony is
 * unknown) end within the coming days, or are already over: their cell must decide to make them official
 * or remove them, since probation is never extended.
 */
@Component
public class Probations {

    private final JdbcClient jdbc;
    private final Clock clock;

    Probations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A probationary member and the day their probation ends. */
    public record Due(long memberId, String fullName, String cellName, LocalDate ceremonyDate, LocalDate probationEnds,
                      boolean overdue) {
    }

    /** In the scope, those whose probation ends within {@code days} days from today, or ended already; soonest first. */
    public List<Due> dueWithin(Scope scope, int days) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        params.put("limit", today.plusDays(days).minusMonths(LifecycleRules.PROBATION_MONTHS));
        return jdbc.sql("""
                        SELECT m.id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name AS full_name, o.name,
                               coalesce(m.admission_ceremony_date, m.admission_date) AS started
                          FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE m.status = 'PROBATIONARY' AND coalesce(m.admission_ceremony_date, m.admission_date) <= :limit AND\s"""
                        + scope.sqlCondition("m", "o") + " ORDER BY started, m.given_name, m.id")
                .params(params)
                .query((rs, n) -> {
                    LocalDate started = rs.getObject("started", LocalDate.class);
                    LocalDate ends = started.plusMonths(LifecycleRules.PROBATION_MONTHS);
                    return new Due(rs.getLong(1), rs.getString(2).replaceAll("\\s+", " ").strip(), rs.getString(3), started, ends,
                            !ends.isAfter(today));
                })
                .list();
    }
}
