package vn.dangbo.portal.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.StatementCounter;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** The congress report of a grassroots organisation's closed congress: 2 of 3 targets met, 1 exceeded. */
@PortalTest
class CongressReportTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long unit;
    long congress;
    PortalUser leader;

    @BeforeEach
    void aClosedCongressWithThreeTargets() {
        unit = fixtures.committee("Đảng bộ Sở Khoa học");
        long cell = fixtures.subCell(unit, "Chi bộ Văn phòng");
        for (int i = 0; i < 5; i++) {
            LocalDate admitted = LocalDate.of(2021 + i % 3, 3, 1);
            fixtures.member(cell, "Hoàng", "Văn", Fixtures.unique("Đức"), "MALE", LocalDate.of(1990, 1, 1), "OFFICIAL", admitted, admitted.plusYears(1));
        }
        congress = new CongressFixtures(jdbc).congress(unit, 15, 2020, LocalDate.of(2020, 5, 10), "PREPARING");
        insertTarget(1, "Kết nạp ít nhất 4 đảng viên", "đảng viên", "4", "TERM_TOTAL", "admissions");   // 5 ≥ 4.2: exceeded
        long online = insertTarget(2, "Từ 90 % văn bản xử lý trên mạng", "%", "90", "EVERY_YEAR", null);
        long records = insertTarget(3, "100 % hồ sơ đảng viên được số hóa", "%", "100", "FINAL_YEAR", null);
        for (int year = 2020; year <= 2024; year++) {
            actual(online, year, "91");
        }
        actual(records, 2024, "97");
        new CongressFixtures(jdbc).close(congress);
        leader = fixtures.user(Role.LEADER, null, null);
    }

    private long insertTarget(int position, String text, String unitName, String value, String measure, String code) {
        return jdbc.sql("""
                        INSERT INTO congress_target (congress_id, position, text, unit, target_value, comparator, measure, indicator_code)
                        VALUES (:c, :p, :t, :u, :v, 'AT_LEAST', :m, :code) RETURNING id""")
                .param("c", congress).param("p", position).param("t", text).param("u", unitName).param("v", new BigDecimal(value))
                .param("m", measure).param("code", code).query(Long.class).single();
    }

    private void actual(long target, int year, String value) {
        jdbc.sql("INSERT INTO congress_target_actual (target_id, year, value, evidence, entered_by, entered_at) VALUES (:t, :y, :v, 'BC', 'staff', now())")
                .param("t", target).param("y", year).param("v", new BigDecimal(value)).update();
    }

    @Test
    void thePageShowsTheFiguresTheTargetsAndTheSummaryInABoundedNumberOfStatements() throws Exception {
        StatementCounter.reset();
        mvc.perform(get("/congresses/{id}/report", congress).with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2/3 chỉ tiêu đạt và vượt, trong đó 1/3 chỉ tiêu vượt")))
                .andExpect(content().string(Matchers.containsString("id=\"figure-admissions\">5<")))
                .andExpect(content().string(Matchers.containsString("mục tiêu 4 · đạt 125,00 %")))
                .andExpect(content().string(Matchers.containsString("Không đạt")));
        assertThat(StatementCounter.count()).isLessThanOrEqualTo(30);
    }

    @Test
    void thePdfInTheOfficialLayoutCarriesTheSummaryLine() throws Exception {
        byte[] bytes = mvc.perform(get("/congresses/{id}/report.pdf", congress).with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replace("– ", "–");   // a line may break after a dash
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO TỔNG HỢP", "lần thứ XV, nhiệm kỳ 2020–2025",
                    "2/3 chỉ tiêu đạt và vượt, trong đó 1/3 chỉ tiêu vượt", "100 % hồ sơ đảng viên được số hóa");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND entity_type = 'Congress' AND entity_id = :id")
                .param("id", String.valueOf(congress)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theWorkbookListsTheTargetsWithTheirYearlyActuals() throws Exception {
        byte[] bytes = mvc.perform(get("/congresses/{id}/report.xlsx", congress).with(user(leader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var targets = workbook.getSheetAt(1);
            assertThat(targets.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Từ 90 % văn bản xử lý trên mạng");
            assertThat(targets.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(91.0);
            assertThat(targets.getRow(3).getCell(12).getStringCellValue()).isEqualTo("Không đạt");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("2/3 chỉ tiêu đạt và vượt, trong đó 1/3 chỉ tiêu vượt");
        }
    }

    @Test
    void theReportSpeaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/congresses/{id}/report", congress).param("lang", "en").with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2/3 targets met, 1/3 exceeded")))
                .andExpect(content().string(Matchers.containsString("Admissions 2020–2025")));
    }

    @Test
    void aSecretaryOfAnotherUnitCannotOpenTheReport() throws Exception {
        long other = fixtures.committee("Đảng bộ Sở Lao động");
        long member = fixtures.member(other, "Lê", "Thị", Fixtures.unique("Mai"));
        fixtures.secretary(other, member);
        PortalUser secretary = fixtures.user(Role.SECRETARY, member, null);
        mvc.perform(get("/congresses/{id}/report.pdf", congress).with(user(secretary))).andExpect(status().isForbidden());
        mvc.perform(get("/congresses/{id}/report", congress).with(user(secretary))).andExpect(status().isForbidden());
    }
}
