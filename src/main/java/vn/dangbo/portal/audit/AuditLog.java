package vn.dangbo.portal.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the append-only audit log (table {@code audit_event}). It runs on the caller's transaction, so
 * an audited change and its audit row are committed, or rolled back, together.
 */
@Component
public class AuditLog {

    /** The actor of changes made outside a signed-in request (start-up, demo loading). */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records an act of the signed-in user (or {@link #SYSTEM}). */
    public void record(AuditAction action, String entityType, Object entityId, String summary, Map<String, ?> changes) {
        recordAs(currentActor(), action, entityType, entityId, summary, changes);
    }

    /** Records an act of the signed-in user about one entity, with no field changes. */
    public void record(AuditAction action, String entityType, Object entityId, String summary) {
        record(action, entityType, entityId, summary, null);
    }

    /** Records an act whose actor is not (yet) signed in, such as a failed sign-in. */
    public void recordAs(String actor, AuditAction action, String entityType, Object entityId, String summary, Map<String, ?> changes) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, summary, changes, remote_address)
                VALUES (:at, :actor, :action, :entityType, :entityId, :summary, CAST(:changes AS jsonb), :remote)
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("action", action.name())
                .param("entityType", entityType)
                .param("entityId", entityId == null ? null : String.valueOf(entityId))
                .param("summary", summary)
                .param("changes", changes == null || changes.isEmpty() ? null : json.writeValueAsString(changes))
                .param("remote", remoteAddress())
                .update();
    }

    /** The signed-in user name, or {@link #SYSTEM}. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    private static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
