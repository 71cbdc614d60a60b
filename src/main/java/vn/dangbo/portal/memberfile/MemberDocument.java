package vn.dangbo.portal.memberfile;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A scanned document of a member's file (tài liệu hồ sơ đảng viên số hóa). Only the description lives in
 * the entity; the bytes are in {@code member_document_content}, read only when downloaded. Documents are
 * uploaded and deleted, never edited.
 */
@Entity
@Table(name = "member_document")
class MemberDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long memberId;

    @Enumerated(EnumType.STRING)
    private DocumentType type;

    private LocalDate documentDate;

    private String note;

    private String filename;

    private String contentType;

    private int size;

    private Instant uploadedAt;

    private String uploadedBy;

    protected MemberDocument() {
    }

    MemberDocument(long memberId, DocumentForm form, ScanUploads.Scan scan, Instant uploadedAt, String uploadedBy) {
        this.memberId = memberId;
        this.type = form.getType();
        this.documentDate = form.getDocumentDate();
        this.note = form.getNote();
        this.filename = scan.filename();
        this.contentType = scan.contentType();
        this.size = scan.content().length;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    Long getId() { return id; }
    Long getMemberId() { return memberId; }
    DocumentType getType() { return type; }
    String getFilename() { return filename; }
    String getContentType() { return contentType; }
}
