package vn.dangbo.portal.memberfile;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** An upload to a member's file: the scan and what it is. */
public class DocumentForm {

    @NotNull
    private DocumentType type;
    @PastOrPresent
    private LocalDate documentDate;
    @Size(max = 300)
    private String note;
    private MultipartFile file;

    public DocumentType getType() { return type; }
    public void setType(DocumentType type) { this.type = type; }
    public LocalDate getDocumentDate() { return documentDate; }
    public void setDocumentDate(LocalDate documentDate) { this.documentDate = documentDate; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null || note.isBlank() ? null : note.strip(); }
    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
