package vn.dangbo.portal.audit;

import java.time.Instant;

/** One row of the audit page. {@code changes} is the JSON of the changed fields (before/after). */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String summary, String changes, String remoteAddress) {
}
