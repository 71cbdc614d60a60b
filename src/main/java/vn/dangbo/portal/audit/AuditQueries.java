package vn.dangbo.portal.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Reads the audit log page by page, with the filters in SQL. */
@Component
class AuditQueries {

    private static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AuditQueries(JdbcClient jdbc, @Value("${portal.time-zone}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    Page<AuditEntry> find(AuditController.AuditFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (StringUtils.hasText(filter.actor())) {
            where.append(" AND actor = :actor");
            params.put("actor", filter.actor().strip().toLowerCase());
        }
        if (filter.action() != null) {
            where.append(" AND action = :action");
            params.put("action", filter.action().name());
        }
        if (StringUtils.hasText(filter.entityType())) {
            where.append(" AND entity_type = :entityType");
            params.put("entityType", filter.entityType().strip());
        }
        if (StringUtils.hasText(filter.entityId())) {
            where.append(" AND entity_id = :entityId");
            params.put("entityId", filter.entityId().strip());
        }
        if (filter.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        long total = jdbc.sql("SELECT count(*) FROM audit_event" + where).params(params).query(Long.class).single();
        List<AuditEntry> rows = jdbc.sql("""
                        SELECT id, occurred_at, actor, action, entity_type, entity_id, summary, changes::text AS changes, remote_address
                          FROM audit_event""" + where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) filter.pageNumber() * PAGE_SIZE)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                        rs.getString("summary"), rs.getString("changes"), rs.getString("remote_address")))
                .list();
        return new PageImpl<>(rows, PageRequest.of(filter.pageNumber(), PAGE_SIZE), total);
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }
}
