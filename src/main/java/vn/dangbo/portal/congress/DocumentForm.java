package vn.dangbo.portal.congress;

import org.springframework.web.multipart.MultipartFile;

/** Attaching a document to a congress. */
public class DocumentForm {

    private DocumentKind kind;

    private MultipartFile file;

    public DocumentKind getKind() { return kind; }
    public void setKind(DocumentKind kind) { this.kind = kind; }
    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
