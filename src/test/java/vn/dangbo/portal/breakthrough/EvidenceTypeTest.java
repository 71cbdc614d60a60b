package vn.dangbo.portal.breakthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Evidence files are recognised by their content and a matching extension, never by the name alone. */
class EvidenceTypeTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);

    @Test
    void pdfPngAndJpegAreRecognisedByTheirLeadingBytes() {
        assertThat(EvidenceType.detect("bao-cao.PDF", PDF)).contains(EvidenceType.PDF);
        assertThat(EvidenceType.detect("anh.png", PNG)).contains(EvidenceType.PNG);
        assertThat(EvidenceType.detect("anh.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(EvidenceType.JPEG);
    }

    @Test
    void officeDocumentsAreRecognisedByTheirParts() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Biên bản");
            document.write(docx);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Số liệu");
            workbook.write(xlsx);
        }
        assertThat(EvidenceType.detect("bien-ban.docx", docx.toByteArray())).contains(EvidenceType.DOCX);
        assertThat(EvidenceType.detect("so-lieu.xlsx", xlsx.toByteArray())).contains(EvidenceType.XLSX);
        assertThat(EvidenceType.detect("so-lieu.docx", xlsx.toByteArray())).isEmpty();
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(EvidenceType.detect("cu.doc", ole2)).contains(EvidenceType.DOC);
    }

    @Test
    void contentThatDoesNotMatchTheExtensionIsRefused() throws IOException {
        assertThat(EvidenceType.detect("bao-cao.pdf", HTML)).isEmpty();
        assertThat(EvidenceType.detect("anh.pdf", PNG)).isEmpty();
        assertThat(EvidenceType.detect("trang.html", HTML)).isEmpty();
        assertThat(EvidenceType.detect("chay.exe", new byte[] {'M', 'Z', 0, 0})).isEmpty();
        assertThat(EvidenceType.detect("khong-duoi", PDF)).isEmpty();
        ByteArrayOutputStream plainZip = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(plainZip)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(HTML);
            zip.closeEntry();
        }
        assertThat(EvidenceType.detect("gia.docx", plainZip.toByteArray())).isEmpty();
    }

    @Test
    void fileNamesLoseFoldersAndControlCharacters() {
        assertThat(EvidenceFiles.safeName("C:\\Users\\a\\Báo cáo \"quý\".pdf")).isEqualTo("Báo cáo quý.pdf");
        assertThat(EvidenceFiles.safeName("../../etc/passwd\u0000.pdf")).isEqualTo("passwd.pdf");
        assertThat(EvidenceFiles.safeName("a".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}
