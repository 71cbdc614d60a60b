package vn.dangbo.portal.memberfile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * A member's digitised file: uploads (checked by {@link ScanUploads}) by those who may edit the member,
 * downloads by those who may see the member, each download written to the audit log as an export of
 * member data.
 */
@Service
public class MemberFiles {

    /** A document as listed (never with its bytes). */
    public record Listed(long id, DocumentType type, LocalDate documentDate, String note, String filename,
                         String contentType, int size, Instant uploadedAt, String uploadedBy) {
    }

    private final MemberDocumentRepository documents;
    private final MemberRepository members;
    private final ScanUploads uploads;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    MemberFiles(MemberDocumentRepository documents, MemberRepository members, ScanUploads uploads, JdbcClient jdbc,
                AuditLog auditLog, Clock clock) {
        this.documents = documents;
        this.members = members;
        this.uploads = uploads;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The member's name, if the user may add documents to their file. */
    @Transactional(readOnly = true)
    public String editableMember(long memberId, Scope scope) {
        Member member = members.findWithOrganization(memberId).orElseThrow(NotFound::new);
        scope.checkCanEdit(member.getOrganization().getPath());
        return member.getFullName();
    }

    @Transactional
    public Long upload(long memberId, DocumentForm form, Errors errors, Scope scope) {
        editableMember(memberId, scope);
        Optional<ScanUploads.Scan> scan = uploads.check(form.getFile(), errors, "file");
        if (scan.isEmpty() || errors.hasErrors()) {
            return null;
        }
        MemberDocument document = documents.saveAndFlush(new MemberDocument(memberId, form, scan.get(), clock.instant(),
                SecurityContextHolder.getContext().getAuthentication().getName()));
        jdbc.sql("INSERT INTO member_document_content (document_id, content) VALUES (:id, :content)")
                .param("id", document.getId()).param("content", scan.get().content())
                .update();
        return document.getId();
    }

    @Transactional
    public ScanUploads.Scan download(long documentId, Scope scope) {
        MemberDocument document = documents.findById(documentId).orElseThrow(NotFound::new);
        Member owner = members.findWithOrganization(document.getMemberId()).orElseThrow(NotFound::new);
        scope.checkCoversMember(owner.getId(), owner.getOrganization().getPath());
        byte[] content = jdbc.sql("SELECT content FROM member_document_content WHERE document_id = :id")
                .param("id", documentId).query(byte[].class).single();
        auditLog.record(AuditAction.EXPORT, "MemberDocument", documentId, "Tải tài liệu hồ sơ số hóa (%s, %s) của đảng viên %s #%d"
                .formatted(document.getType(), document.getFilename(), owner.getFullName(), owner.getId()));
        return new ScanUploads.Scan(document.getFilename(), document.getContentType(), content);
    }

    /** Deletes a document uploaded by mistake; returns its member. */
    @Transactional
    public long delete(long documentId, Scope scope) {
        MemberDocument document = documents.findById(documentId).orElseThrow(NotFound::new);
        editableMember(document.getMemberId(), scope);
        documents.delete(document);
        return document.getMemberId();
    }

    /** The member's documents, by type (in the order of {@link DocumentType}) and date. */
    public List<Listed> of(long memberId) {
        return jdbc.sql("""
                        SELECT id, type, document_date, note, filename, content_type, size, uploaded_at, uploaded_by
                          FROM member_document WHERE member_id = :member
                         ORDER BY document_date NULLS LAST, id
                        """)
                .param("member", memberId)
                .query((rs, n) -> new Listed(rs.getLong("id"), DocumentType.valueOf(rs.getString("type")),
                        rs.getObject("document_date", LocalDate.class), rs.getString("note"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getInt("size"),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by")))
                .list().stream()
                .sorted(Comparator.comparing(Listed::type))
                .toList();
    }
}
