package vn.dangbo.portal.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File responses (PDF, Excel, stored scans) with a UTF-8 file name, so "Sổ nêu gương.pdf" arrives as named. */
public final class Downloads {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    public static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
        return file(body, MediaType.APPLICATION_PDF, filename);
    }

    public static ResponseEntity<byte[]> xlsx(byte[] body, String filename) {
        return file(body, XLSX, filename);
    }

    /** An attachment of the given type (e.g. a stored scan, served with the type found in its content). */
    public static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
