package vn.dangbo.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.organization.OfficialHeaders;

@PortalTest
class PdfRendererTest {

    @Autowired PdfRenderer pdf;
    @Autowired OfficialHeaders headers;

    @Test
    void officialDocumentKeepsVietnameseDiacriticsAndTheHeaderLines() throws IOException {
        byte[] bytes = pdf.render("pdf/test-sample", Map.of(
                "header", headers.header("DS", 12, LocalDate.of(2020, 7, 23)),
                "name", "Nguyễn Thị Hương — Đặng Văn Đức"), Locale.forLanguageTag("vi-VN"));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Nguyễn Thị Hương — Đặng Văn Đức", "42,86 %",
                    "ngày 23 tháng 7 năm 2020", "Số 12-DS/");
        }
    }
}
