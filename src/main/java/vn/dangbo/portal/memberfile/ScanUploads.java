package vn.dangbo.portal.memberfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.dangbo.portal.web.Downloads;

/**
 * Checks an uploaded scan before it is stored: not empty, not above the size limit
 * ({@code portal.uploads.max-size}), and a PDF, JPEG or PNG by its first bytes (magic numbers). What the
 * browser declares is not trusted: a declared type or a file name extension that disagrees with the
 * content is refused, and the type found in the content is the one stored and served.
 */
@Component
public class ScanUploads {

    /** A checked or stored scan: the file name without any path, the type found in the content, the bytes. */
    public record Scan(String filename, String contentType, byte[] content) {

        /** The scan as a download: an attachment with its name and the stored type. */
        public ResponseEntity<byte[]> download() {
            return Downloads.file(content, MediaType.parseMediaType(contentType), filename);
        }
    }

    private enum Kind {
        PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
        JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

        final String contentType;
        final List<String> extensions;
        final byte[] magic;

        Kind(String contentType, List<String> extensions, byte[] magic) {
            this.contentType = contentType;
            this.extensions = extensions;
            this.magic = magic;
        }

        static Optional<Kind> of(byte[] content) {
            return Arrays.stream(values())
                    .filter(kind -> content.length >= kind.magic.length
                            && Arrays.equals(content, 0, kind.magic.length, kind.magic, 0, kind.magic.length))
                    .findFirst();
        }
    }

    /** Other names browsers use for the same types. */
    private static final Map<String, String> ALIASES = Map.of("image/jpg", "image/jpeg", "image/pjpeg", "image/jpeg",
            "image/x-png", "image/png", "application/x-pdf", "application/pdf");
    /** Declarations that say nothing about the type. */
    private static final List<String> UNSPECIFIED = List.of("", "application/octet-stream");
    private static final int MAX_NAME = 150;

    private final DataSize maxSize;

    ScanUploads(@Value("${portal.uploads.max-size:10MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    /** The checked scan, or empty with the reason rejected on {@code field}. */
    public Optional<Scan> check(MultipartFile file, Errors errors, String field) {
        if (file == null || file.isEmpty()) {
            errors.rejectValue(field, "upload.empty");
            return Optional.empty();
        }
        if (file.getSize() > maxSize.toBytes()) {
            errors.rejectValue(field, "upload.tooLarge", new Object[] {maxSize.toMegabytes()}, null);
            return Optional.empty();
        }
        byte[] content = bytes(file);
        Optional<Kind> kind = Kind.of(content);
        if (kind.isEmpty()) {
            errors.rejectValue(field, "upload.notAllowed");
            return Optional.empty();
        }
        String declared = declaredType(file.getContentType());
        String name = filename(file.getOriginalFilename());
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!UNSPECIFIED.contains(declared) && !declared.equals(kind.get().contentType)
                || !extension.isEmpty() && !kind.get().extensions.contains(extension)) {
            errors.rejectValue(field, "upload.typeMismatch");
            return Optional.empty();
        }
        String stored = extension.isEmpty() ? name + "." + kind.get().extensions.get(0) : name;
        return Optional.of(new Scan(stored, kind.get().contentType, content));
    }

    private static String declaredType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(type, type);
    }

    /** The name without any directory part or control characters, shortened; "scan" when nothing is left. */
    static String filename(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME);
        }
        return name.isEmpty() || name.startsWith(".") ? "scan" + name : name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }
}
