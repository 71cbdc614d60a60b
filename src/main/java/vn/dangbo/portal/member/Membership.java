package vn.dangbo.portal.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.cache.VersionedCache;

/**
 * Who was a member where on a date, read from the members' history (the state after each member's last
 * event on or before the date), so counts for past years stay right after transfers and reorganisations.
 * Used by the organisation tree "as of" a date and by statistics of other features.
 */
@Component
public class Membership {

    private static final List<String> CURRENT = MemberStatus.CURRENT.stream().map(Enum::name).toList();
    /** The tables a count read from the history depends on (which units lie under a path comes from the tree). */
    static final List<String> HISTORY = List.of("member_event", "organization");

    /** The state of every member on {@code :date}, one row per member. */
    static final String STATE_ON_DATE = """
            SELECT DISTINCT ON (member_id) member_id, organization_id, status_after
              FROM member_event
             WHERE event_date <= :date
             ORDER BY member_id, event_date DESC, id DESC""";

    private final JdbcClient jdbc;
    private final VersionedCache cache;

    Membership(JdbcClient jdbc, VersionedCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** A member on a date: their cell then and their status then. */
    public record MemberOnDate(long memberId, long cellId, MemberStatus status) {
    }

    /** Members (probationary, official, exempt) per cell on the date, for cells under the path prefix ("/" for all; cached). */
    public Map<Long, Long> countByCell(LocalDate date, String pathPrefix) {
        return cache.get("members by cell " + date + " " + pathPrefix, HISTORY, () -> jdbc.sql("SELECT s.organization_id, count(*) FROM (" + STATE_ON_DATE + ") s "
                        + "JOIN organization o ON o.id = s.organization_id "
                        + "WHERE s.status_after IN (:current) AND o.path LIKE :prefix GROUP BY s.organization_id")
                .param("date", date).param("current", CURRENT).param("prefix", pathPrefix + "%")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** Members on the date in the units under the path prefix (cached until the history changes). */
    public long count(LocalDate date, String pathPrefix) {
        return cache.get("members " + date + " " + pathPrefix, HISTORY, () -> jdbc
                .sql("SELECT count(*) FROM (" + STATE_ON_DATE + ") s JOIN organization o ON o.id = s.organization_id "
                        + "WHERE s.status_after IN (:current) AND o.path LIKE :prefix")
                .param("date", date).param("current", CURRENT).param("prefix", pathPrefix + "%")
                .query(Long.class).single());
    }

    /** The members on the date in the units under the path prefix, with their cell and status then. */
    public List<MemberOnDate> members(LocalDate date, String pathPrefix) {
        return jdbc.sql("SELECT s.member_id, s.organization_id, s.status_after FROM (" + STATE_ON_DATE + ") s "
                        + "JOIN organization o ON o.id = s.organization_id "
                        + "WHERE s.status_after IN (:current) AND o.path LIKE :prefix ORDER BY s.member_id")
                .param("date", date).param("current", CURRENT).param("prefix", pathPrefix + "%")
                .query((rs, n) -> new MemberOnDate(rs.getLong(1), rs.getLong(2), MemberStatus.valueOf(rs.getString(3))))
                .list();
    }
}
