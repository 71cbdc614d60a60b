package vn.dangbo.portal.member;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.cache.VersionedCache;

/**
 * Admissions (kết nạp) in a period, for a subtree: the congress figure "admitted N new members over the
 * term", with the rows behind it. Counted from the admission events (dated by the admission decision) in
 * the cell that admitted the member; re-admissions count too.
 */
@Component
public class AdmittedMembers {

    private final JdbcClient jdbc;
    private final VersionedCache cache;

    AdmittedMembers(JdbcClient jdbc, VersionedCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** One admission. */
    public record Admission(long memberId, String fullName, long cellId, String cellName, LocalDate decisionDate,
                            LocalDate ceremonyDate, String decisionNumber) {
    }

    /** Admissions decided from {@code from} to {@code to} (both included) in units under the path prefix ("/" for all). */
    public List<Admission> between(String pathPrefix, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT m.id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name AS full_name,
                               o.id AS cell_id, o.name AS cell_name, e.event_date, e.ceremony_date, e.decision_number
                          FROM member_event e
                          JOIN member m ON m.id = e.member_id
                          JOIN organization o ON o.id = e.organization_id
                         WHERE e.kind = 'ADMISSION' AND e.event_date BETWEEN :from AND :to AND o.path LIKE :prefix
                         ORDER BY e.event_date, m.given_name, m.family_name, m.middle_name, m.id
                        """)
                .param("from", from).param("to", to).param("prefix", pathPrefix + "%")
                .query((rs, n) -> new Admission(rs.getLong(1), rs.getString(2).replaceAll("\\s+", " ").strip(), rs.getLong(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
    }

    /** Admissions per calendar year, for each of the years asked (0 for a year without any), in one statement (cached until the history changes). */
    public Map<Integer, Long> countByYear(String pathPrefix, Collection<Integer> years) {
        if (years.isEmpty()) {
            return Map.of();
        }
        return cache.get("admissions by year " + pathPrefix + " " + new TreeSet<>(years), Membership.HISTORY, () -> {
            Map<Integer, Long> counts = new TreeMap<>();
            years.forEach(year -> counts.put(year, 0L));
            jdbc.sql("""
                            SELECT CAST(extract(YEAR FROM e.event_date) AS integer), count(*)
                              FROM member_event e JOIN organization o ON o.id = e.organization_id
                             WHERE e.kind = 'ADMISSION' AND e.event_date BETWEEN :from AND :to AND o.path LIKE :prefix
                             GROUP BY 1
                            """)
                    .param("from", LocalDate.of(Collections.min(years), 1, 1)).param("to", LocalDate.of(Collections.max(years), 12, 31))
                    .param("prefix", pathPrefix + "%")
                    .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2))).list()
                    .forEach(count -> counts.computeIfPresent(count.getKey(), (year, zero) -> count.getValue()));
            return Collections.unmodifiableMap(counts);
        });
    }

    /** How many admissions {@link #between} lists (cached until the history changes). */
    public long countBetween(String pathPrefix, LocalDate from, LocalDate to) {
        return cache.get("admissions " + pathPrefix + " " + from + " " + to, Membership.HISTORY, () -> jdbc.sql("""
                        SELECT count(*) FROM member_event e JOIN organization o ON o.id = e.organization_id
                         WHERE e.kind = 'ADMISSION' AND e.event_date BETWEEN :from AND :to AND o.path LIKE :prefix
                        """)
                .param("from", from).param("to", to).param("prefix", pathPrefix + "%")
                .query(Long.class).single());
    }
}
