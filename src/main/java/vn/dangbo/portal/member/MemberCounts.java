package vn.dangbo.portal.member;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.cache.VersionedCache;
import vn.dangbo.portal.organization.OrganizationMembers;
import vn.dangbo.portal.organization.Reorganization;

/** The member register's answers to the organisation pages (see {@link OrganizationMembers}). */
@Component
class MemberCounts implements OrganizationMembers {

    private static final List<String> CURRENT = MemberStatus.CURRENT.stream().map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Membership membership;
    private final AuditLog auditLog;
    private final VersionedCache cache;
    private final Clock clock;

    MemberCounts(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Membership membership, AuditLog auditLog, VersionedCache cache, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.membership = membership;
        this.auditLog = auditLog;
        this.cache = cache;
        this.clock = clock;
    }

    /** Cached until a member or the tree changes: the whole bloc's tree counts every member (VersionedCache). */
    @Override
    public Map<Long, Long> countCurrentByOrganization(String pathPrefix) {
        return cache.get("current members by cell " + pathPrefix, List.of("member", "organization"), () -> jdbc.sql("""
                        SELECT m.organization_id, count(*) AS members
                          FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE o.path LIKE :prefix AND m.status IN (:current)
                         GROUP BY m.organization_id
                        """)
                .param("prefix", pathPrefix + "%")
                .param("current", CURRENT)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Override
    public Map<Long, Long> countByOrganizationOn(String pathPrefix, LocalDate date) {
        return membership.countByCell(date, pathPrefix);
    }

    @Override
    public long countWithEventsAfter(Collection<Long> cellIds, LocalDate date) {
        if (cellIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        SELECT count(DISTINCT m.id) FROM member m JOIN member_event e ON e.member_id = m.id
                         WHERE m.organization_id IN (:cells) AND m.status IN (:current) AND e.event_date > :date
                        """)
                .param("cells", cellIds).param("current", CURRENT).param("date", date)
                .query(Long.class).single();
    }

    /**
     * The members moved are those in the cell on the effective date by their history (so a member who only
     * joined later is not moved back in time). In bulk — a merger moves hundreds of members — one INSERT …
     * SELECT of the transfer events, one UPDATE of the cached cell, and one audit event for the batch.
     */
    @Override
    public int transferMembers(long fromCell, Collection<Long> onlyMembers, long toCell, Reorganization reorganization) {
        if (onlyMembers != null && onlyMembers.isEmpty()) {
            return 0;
        }
        Map<String, Object> params = new HashMap<>(Map.of("from", fromCell, "current", CURRENT, "date", reorganization.getEffectiveDate()));
        if (onlyMembers != null) {
            params.put("only", onlyMembers);
        }
        List<Map.Entry<Long, String>> moving = jdbc.sql("SELECT s.member_id, s.status_after FROM (" + Membership.STATE_ON_DATE + ") s "
                        + "WHERE s.organization_id = :from AND s.status_after IN (:current)"
                        + (onlyMembers == null ? "" : " AND s.member_id IN (:only)"))
                .params(params)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        if (moving.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        String actor = AuditLog.currentActor();
        jdbcTemplate.batchUpdate("""
                INSERT INTO member_event (member_id, kind, event_date, decision_number, decision_issuer, note, organization_id,
                                          status_after, reorganization_id, recorded_at, recorded_by)
                VALUES (?, 'TRANSFER_INTERNAL', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, moving.stream().map(member -> new Object[] {member.getKey(), reorganization.getEffectiveDate(),
                reorganization.getDecisionNumber(), reorganization.getDecisionIssuer(), reorganization.getNote(), toCell,
                member.getValue(), reorganization.getId(), now, actor}).toList());
        int moved = jdbc.sql("UPDATE member SET organization_id = :to, version = version + 1 WHERE organization_id = :from AND id IN (:ids)")
                .param("to", toCell).param("from", fromCell).param("ids", moving.stream().map(Map.Entry::getKey).toList())
                .update();
        auditLog.record(AuditAction.UPDATE, "Member", null,
                "Reorganisation %d: %d members moved from unit %d to unit %d".formatted(reorganization.getId(), moved, fromCell, toCell),
                Map.of("organization", Map.of("before", String.valueOf(fromCell), "after", String.valueOf(toCell))));
        return moved;
    }

    @Override
    public long countCurrent(long organizationId) {
        return jdbc.sql("SELECT count(*) FROM member WHERE organization_id = :id AND status IN (:current)")
                .param("id", organizationId).param("current", CURRENT)
                .query(Long.class).single();
    }

    @Override
    public Map<Long, String> fullNames(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, family_name || ' ' || middle_name || ' ' || given_name FROM member WHERE id IN (:ids)")
                .param("ids", memberIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2).replaceAll("\\s+", " ").strip()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public List<MemberChoice> currentMembersUnder(String path) {
        return jdbc.sql("SELECT m.id, " + MemberNames.sql("m") + """
                        , o.name
                          FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE o.path LIKE :prefix AND m.status IN (:current)
                         ORDER BY m.given_name, m.family_name, m.middle_name, m.id
                        """)
                .param("prefix", path + "%").param("current", CURRENT)
                .query((rs, n) -> new MemberChoice(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
