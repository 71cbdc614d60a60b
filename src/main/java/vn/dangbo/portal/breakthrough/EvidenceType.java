package vn.dangbo.portal.breakthrough;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of evidence file accepted (PDF, images, Office documents), each recognised by its content —
 * the leading bytes, and for the Office Open XML formats the parts inside the zip — and by a matching
 * file extension. A file is stored and served with the type found here, never with the type the browser
 * claimed.
 */
enum EvidenceType {
    PDF("application/pdf", List.of("pdf"), startsWith(bytes("%PDF-"))),
    PNG("image/png", List.of("png"), startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), startsWith(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), officeOpenXml("word/")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), officeOpenXml("xl/")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"), officeOpenXml("ppt/")),
    DOC("application/msword", List.of("doc"), startsWith(Ole2.MAGIC)),
    XLS("application/vnd.ms-excel", List.of("xls"), startsWith(Ole2.MAGIC)),
    PPT("application/vnd.ms-powerpoint", List.of("ppt"), startsWith(Ole2.MAGIC));

    private static final int MAX_ZIP_ENTRIES = 5_000;

    private final String contentType;
    private final List<String> extensions;
    private final Predicate<byte[]> content;

    EvidenceType(String contentType, List<String> extensions, Predicate<byte[]> content) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.content = content;
    }

    String contentType() {
        return contentType;
    }

    /** The type of a file whose extension and content agree; empty for anything else. */
    static Optional<EvidenceType> detect(String fileName, byte[] bytes) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.extensions.contains(extension))
                .filter(type -> type.content.test(bytes))
                .findFirst();
    }

    /** The compound-file header of the legacy Office formats (doc, xls, ppt). */
    private static final class Ole2 {
        static final byte[] MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    private static Predicate<byte[]> startsWith(byte[] magic) {
        return bytes -> bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    /** A zip with the package's content types and the part folder of the given application. */
    private static Predicate<byte[]> officeOpenXml(String partFolder) {
        Predicate<byte[]> zip = startsWith(new byte[] {'P', 'K', 3, 4});
        return bytes -> {
            if (!zip.test(bytes)) {
                return false;
            }
            boolean contentTypes = false;
            boolean part = false;
            try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                ZipEntry entry;
                for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = entries.getNextEntry()) != null; i++) {
                    contentTypes |= entry.getName().equals("[Content_Types].xml");
                    part |= entry.getName().startsWith(partFolder);
                    if (contentTypes && part) {
                        return true;
                    }
                }
            } catch (IOException | IllegalArgumentException notAZip) {
                return false;
            }
            return false;
        };
    }
}
