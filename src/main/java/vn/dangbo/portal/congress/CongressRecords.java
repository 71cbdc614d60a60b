package vn.dangbo.portal.congress;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.memberfile.ScanUploads;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * The congress register: who may read a congress (those whose scope covers its organisation) and change it
 * (staff, or the unit's own secretary), the key tasks and breakthroughs of the term, documents, and the
 * state. Every change first goes through {@link #open}: a closed congress is archived and refuses it.
 */
@Service
public class CongressRecords {

    static final String KEY_TASK = "KEY_TASK";
    static final String BREAKTHROUGH = "BREAKTHROUGH";

    private final CongressRepository congresses;
    private final OrganizationRepository organizations;
    private final ScanUploads uploads;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    CongressRecords(CongressRepository congresses, OrganizationRepository organizations, ScanUploads uploads, JdbcClient jdbc,
                    AuditLog auditLog, Clock clock) {
        this.congresses = congresses;
        this.organizations = organizations;
        this.uploads = uploads;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A congress the user may read, with its organisation. */
    public record Visible(Congress congress, Organization organization) {
    }

    public Visible read(long id, Scope scope) {
        Congress congress = congresses.findById(id).orElseThrow(NotFound::new);
        Organization organization = organizations.findById(congress.getOrganizationId()).orElseThrow(NotFound::new);
        scope.checkCovers(organization.getPath());
        return new Visible(congress, organization);
    }

    /** The organisation's latest congress (the one whose term runs now, or is being prepared). */
    public Optional<Congress> latestOf(long organizationId) {
        return congresses.findFirstByOrganizationIdOrderByOpensOnDescIdDesc(organizationId);
    }

    /** A congress the user may change: in scope, editable by them, and not closed. */
    public Visible open(long id, Scope scope) {
        Visible visible = read(id, scope);
        scope.checkCanEdit(visible.organization().getPath());
        if (visible.congress().isClosed()) {
            throw new AccessDeniedException("congress closed and archived");
        }
        return visible;
    }

    /**
     * A congress whose targets the user may follow up (enter yearly actuals): in scope, editable by them, and
     * either not closed or closed with its term still running (until the end of its last year).
     */
    public Visible followUp(long id, Scope scope) {
        Visible visible = read(id, scope);
        scope.checkCanEdit(visible.organization().getPath());
        if (!mayFollowUp(visible.congress())) {
            throw new AccessDeniedException("the term of this congress is over");
        }
        return visible;
    }

    boolean mayFollowUp(Congress congress) {
        return !congress.isClosed() || LocalDate.now(clock).getYear() <= congress.getTermEndYear();
    }

    @Transactional
    public Long create(CongressForm form, Errors errors, Scope scope) {
        Organization organization = organizations.findById(form.getOrganizationId()).orElse(null);
        if (organization == null || !scope.canEdit(organization.getPath())) {
            errors.rejectValue("organizationId", "congress.organizationNotAllowed");
        }
        check(form, errors, -1L);
        if (errors.hasErrors()) {
            return null;
        }
        Congress congress = new Congress(form.getOrganizationId());
        congress.update(form);
        congresses.saveAndFlush(congress);
        replaceItems(congress.getId(), form);
        return congress.getId();
    }

    @Transactional
    public void update(long id, CongressForm form, Errors errors, Scope scope) {
        Congress congress = open(id, scope).congress();
        if (!Objects.equals(form.getVersion(), congress.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        form.setOrganizationId(congress.getOrganizationId());
        check(form, errors, id);
        if (errors.hasErrors()) {
            return;
        }
        congress.update(form);
        congresses.flush();
        replaceItems(id, form);
    }

    /** Preparing → in session → closed. */
    @Transactional
    public CongressState advance(long id, long version, Scope scope) {
        Congress congress = open(id, scope).congress();
        if (congress.getVersion() != version) {
            throw new OptimisticLockingFailureException("congress changed meanwhile");
        }
        congress.advance();
        congresses.flush();
        return congress.getState();
    }

    private void check(CongressForm form, Errors errors, long exceptId) {
        if (form.getTermStartYear() != null && form.getTermEndYear() != null
                && (form.getTermEndYear() <= form.getTermStartYear() || form.getTermEndYear() > form.getTermStartYear() + 5)) {
            errors.rejectValue("termEndYear", "congress.termOrder");
        }
        if (form.getOpensOn() != null && form.getClosesOn() != null && form.getClosesOn().isBefore(form.getOpensOn())) {
            errors.rejectValue("closesOn", "congress.closesBeforeOpening");
        }
        if (form.getOrganizationId() != null && form.getNumber() != null && jdbc.sql(
                        "SELECT count(*) FROM congress WHERE organization_id = :o AND number = :n AND id <> :id")
                .param("o", form.getOrganizationId()).param("n", form.getNumber()).param("id", exceptId)
                .query(Long.class).single() > 0) {
            errors.rejectValue("number", "congress.numberTaken");
        }
    }

    private void replaceItems(long congressId, CongressForm form) {
        jdbc.sql("DELETE FROM congress_item WHERE congress_id = :id").param("id", congressId).update();
        insertItems(congressId, KEY_TASK, CongressForm.lines(form.getKeyTasks()));
        insertItems(congressId, BREAKTHROUGH, CongressForm.lines(form.getBreakthroughs()));
    }

    private void insertItems(long congressId, String kind, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            jdbc.sql("INSERT INTO congress_item (congress_id, kind, position, text) VALUES (:c, :k, :p, :t)")
                    .param("c", congressId).param("k", kind).param("p", i + 1).param("t", texts.get(i)).update();
        }
    }

    /** The key tasks or breakthroughs of the term, in order. */
    public List<String> items(long congressId, String kind) {
        return jdbc.sql("SELECT text FROM congress_item WHERE congress_id = :c AND kind = :k ORDER BY position")
                .param("c", congressId).param("k", kind).query(String.class).list();
    }

    /** One attached document as listed (without its content). */
    public record Document(long id, String kind, String fileName, int sizeBytes, String uploadedBy, Instant uploadedAt) {
    }

    public List<Document> documents(long congressId) {
        return jdbc.sql("""
                        SELECT id, kind, file_name, size_bytes, uploaded_by, uploaded_at FROM congress_document
                         WHERE congress_id = :c ORDER BY array_position(ARRAY['POLITICAL_REPORT', 'REVIEW_REPORT', 'RESOLUTION',
                               'MINUTES', 'OTHER'], kind), uploaded_at, id
                        """)
                .param("c", congressId)
                .query((rs, n) -> new Document(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Attaches a document (a PDF or image scan checked by {@link ScanUploads}); errors on the field {@code file}. */
    @Transactional
    public void attach(long congressId, DocumentKind kind, MultipartFile file, Errors errors, Scope scope, PortalUser user) {
        open(congressId, scope);
        if (kind == null) {
            errors.rejectValue("kind", "NotNull");
            return;
        }
        uploads.check(file, errors, "file").ifPresent(scan -> {
            long id = jdbc.sql("""
                            INSERT INTO congress_document (congress_id, kind, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
                            VALUES (:c, :kind, :name, :type, :size, :content, :by, :at) RETURNING id
                            """)
                    .param("c", congressId).param("kind", kind.name()).param("name", scan.filename())
                    .param("type", scan.contentType()).param("size", scan.content().length).param("content", scan.content())
                    .param("by", user.getDisplayName()).param("at", Timestamp.from(clock.instant()))
                    .query(Long.class).single();
            auditLog.record(AuditAction.CREATE, "CongressDocument", id,
                    "Congress %d: %s %s (%d bytes)".formatted(congressId, kind, scan.filename(), scan.content().length));
        });
    }

    @Transactional
    public ScanUploads.Scan download(long documentId, Scope scope) {
        record Stored(long congressId, ScanUploads.Scan scan) {
        }
        Stored stored = jdbc.sql("SELECT congress_id, file_name, content_type, content FROM congress_document WHERE id = :id")
                .param("id", documentId)
                .query((rs, n) -> new Stored(rs.getLong(1), new ScanUploads.Scan(rs.getString(2), rs.getString(3), rs.getBytes(4))))
                .optional().orElseThrow(NotFound::new);
        read(stored.congressId(), scope);
        auditLog.record(AuditAction.EXPORT, "CongressDocument", documentId, stored.scan().filename());
        return stored.scan();
    }
}
