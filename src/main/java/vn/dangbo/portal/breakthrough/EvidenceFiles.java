package vn.dangbo.portal.breakthrough;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Evidence files of breakthrough tasks: size-limited ({@code portal.breakthrough.evidence-max-bytes}),
 * accepted only when the content is a PDF, an image or an Office document ({@link EvidenceType}), kept in
 * the database (never under the web root), and served only as a download with the stored type. The
 * content never goes through JPA, so uploads and downloads are written to the audit log here.
 */
@Component
class EvidenceFiles {

    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final BreakthroughWorkflow workflow;
    private final BreakthroughTaskRepository tasks;
    private final BreakthroughApprovals approvals;
    private final AuditLog auditLog;
    private final Clock clock;
    private final long maxBytes;

    EvidenceFiles(JdbcClient jdbc, BreakthroughWorkflow workflow, BreakthroughTaskRepository tasks,
                  BreakthroughApprovals approvals, AuditLog auditLog, Clock clock,
                  @Value("${portal.breakthrough.evidence-max-bytes}") long maxBytes) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.tasks = tasks;
        this.approvals = approvals;
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** One evidence file as listed on the task (without its content). */
    record Evidence(long id, String fileName, String contentType, int sizeBytes, String uploadedBy, Instant uploadedAt) {
    }

    List<Evidence> list(long taskId) {
        return jdbc.sql("""
                        SELECT id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                          FROM breakthrough_evidence WHERE task_id = :task ORDER BY uploaded_at, id
                        """)
                .param("task", taskId)
                .query((rs, n) -> new Evidence(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getInt("size_bytes"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    @Transactional
    public void upload(long taskId, MultipartFile file, Errors errors, Scope scope, PortalUser user) {
        BreakthroughTask task = workflow.ownTask(taskId, scope, user);
        if (!task.getState().isUnderWay()) {
            errors.reject("breakthrough.notUnderWay");
            return;
        }
        if (file == null || file.isEmpty()) {
            errors.reject("breakthrough.evidence.empty");
            return;
        }
        if (file.getSize() > maxBytes) {
            errors.reject("breakthrough.evidence.tooLarge", new Object[] {maxBytes / (1024 * 1024)}, null);
            return;
        }
        String name = safeName(file.getOriginalFilename());
        byte[] content = read(file);
        EvidenceType type = EvidenceType.detect(name, content).orElse(null);
        if (type == null) {
            errors.reject("breakthrough.evidence.type");
            return;
        }
        long id = jdbc.sql("""
                        INSERT INTO breakthrough_evidence (task_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
                        VALUES (:task, :name, :type, :size, :content, :by, :at) RETURNING id
                        """)
                .param("task", taskId).param("name", name).param("type", type.contentType()).param("size", content.length)
                .param("content", content).param("by", user.getDisplayName()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        auditLog.record(AuditAction.CREATE, "BreakthroughEvidence", id,
                "Task %d: %s (%s, %d bytes)".formatted(taskId, name, type.contentType(), content.length));
    }

    /** The file as an attachment with its stored type, for those who may read the task. */
    @Transactional
    public ResponseEntity<byte[]> download(long evidenceId, Scope scope, PortalUser user) {
        StoredFile file = jdbc.sql("SELECT task_id, file_name, content_type, content FROM breakthrough_evidence WHERE id = :id")
                .param("id", evidenceId)
                .query((rs, n) -> new StoredFile(rs.getLong("task_id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional().orElseThrow(NotFound::new);
        BreakthroughTask task = tasks.findById(file.taskId()).orElseThrow(NotFound::new);
        if (!BreakthroughApprovals.mayRead(task, approvals.owner(task), scope, user)) {
            throw new AccessDeniedException("task outside the user's scope");
        }
        auditLog.record(AuditAction.EXPORT, "BreakthroughEvidence", evidenceId, "Task %d: %s".formatted(file.taskId(), file.name()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private record StoredFile(long taskId, String name, String contentType, byte[] content) {
    }

    /** The file name without any folder, control characters or quotes, and not too long. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "tep";
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    private static byte[] read(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
