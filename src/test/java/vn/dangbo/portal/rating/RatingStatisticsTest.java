package vn.dangbo.portal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.StatementCounter;
import vn.dangbo.portal.congress.TargetIndicator;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * Statistics against a hand-built committee with literal expected values: sub-cell A has 7 rated members, 3 of
 * them HTTNV (42,86 %), sub-cell B 6 rated, all HTTNV or above, and one exempt. The year before, A had 4 HTTNV.
 * Published through the publish button, so the tally is what a real round leaves.
 */
@PortalTest
class RatingStatisticsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired List<TargetIndicator> indicators;

    RatingFixtures ratings;
    int lastYear;
    int year;
    long committee;
    long cellA;
    long cellB;
    PortalUser secretary;

    @BeforeEach
    void aCommitteeWithPublishedResultsInTwoYears() throws Exception {
        ratings = new RatingFixtures(jdbc);
        lastYear = RatingFixtures.scoredYear();
        year = RatingFixtures.scoredYear();
        committee = fixtures.committee("Đảng bộ Sở Tài chính");
        cellA = fixtures.subCell(committee, "Chi bộ A Ngân sách");
        cellB = fixtures.subCell(committee, "Chi bộ B Giá");
        long secretaryMember = fixtures.member(cellB, "Trương", "Văn", Fixtures.unique("Tâm"));
        fixtures.secretary(committee, secretaryMember);
        secretary = fixtures.user(Role.SECRETARY, secretaryMember, null);

        long previous = ratings.round(lastYear);
        for (int i = 0; i < 4; i++) {
            ratings.decided(ratings.member(previous, member(cellA), cellA, committee), "HTTNV", false);
        }
        ratings.decided(ratings.organization(previous, cellA, committee), "HTTNV", false);
        publish(lastYear);

        long round = ratings.round(year);
        String[] levelsA = {"HTTNV", "HTTNV", "HTTNV", "HTNV", "HTNV", "HTNV", "KHTNV"};
        for (String level : levelsA) {
            ratings.decided(ratings.member(round, member(cellA), cellA, committee), level, false);
        }
        String[] levelsB = {"HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV"};
        for (String level : levelsB) {
            ratings.decided(ratings.member(round, member(cellB), cellB, committee), level, false);
        }
        ratings.notRated(ratings.member(round, secretaryMember, cellB, committee), "EXEMPT");
        ratings.decided(ratings.organization(round, cellA, committee), "HTNV", false);
        ratings.decided(ratings.organization(round, cellB, committee), "HTTNV", false);
        publish(year);
    }

    private void publish(int y) throws Exception {
        mvc.perform(post("/ratings/{y}/members/decisions/{b}/publish", y, committee).with(user(secretary)).with(csrf()))
                .andExpect(flash().attributeExists("published"));
        mvc.perform(post("/ratings/{y}/organizations/decisions/{b}/publish", y, committee).with(user(secretary)).with(csrf()))
                .andExpect(flash().attributeExists("published"));
    }

    private long member(long cell) {
        return fixtures.member(cell, "Ngô", "Thị", Fixtures.unique("Thu"));
    }

    @Test
    void theStatisticsPageCountsByLevelWithVietnamesePercentages() throws Exception {
        mvc.perform(get("/ratings/{y}/statistics", year).with(user(secretary)))
                .andExpect(status().isOk())
                // sub-cell A: 3 of 7 HTTNV, 3 HTNV, 1 KHTNV
                .andExpect(content().string(Matchers.containsString("3 (42,86 %)")))
                .andExpect(content().string(Matchers.containsString("1 (14,29 %)")))
                // sub-cell B: 6 of 6 HTTNV or above
                .andExpect(content().string(Matchers.containsString("6 (100,00 %)")))
                // the committee: 9 of 13 HTTNV or above, 1 HTXSNV
                .andExpect(content().string(Matchers.containsString("9 (69,23 %)")))
                .andExpect(content().string(Matchers.containsString("1 (7,69 %)")))
                // organisations: 1 of 2
                .andExpect(content().string(Matchers.containsString("1 (50,00 %)")))
                // the year before: 4 of 4
                .andExpect(content().string(Matchers.containsString("100,00 %")))
                .andExpect(content().string(Matchers.containsString("data-years=\"" + lastYear + "," + year + "\"")))
                .andExpect(content().string(Matchers.containsString("data-members=\"100.00,69.23\"")));
    }

    @Test
    void theSpreadsheetAndThePdfCarryTheSameFigures() throws Exception {
        byte[] xlsx = mvc.perform(get("/ratings/{y}/statistics.xlsx", year).with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet members = workbook.getSheetAt(0);
            assertThat(members.getRow(1).getCell(0).getStringCellValue()).startsWith("Chi bộ A Ngân sách");
            assertThat(members.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(7);
            assertThat(members.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(3);
            assertThat(members.getRow(1).getCell(11).getStringCellValue()).isEqualTo("42,86 %");
            assertThat(members.getRow(3).getCell(11).getStringCellValue()).isEqualTo("69,23 %");
            assertThat(members.getRow(3).getCell(12).getNumericCellValue()).isEqualTo(1);
        }
        byte[] pdf = mvc.perform(get("/ratings/{y}/statistics.pdf", year).with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("-BC/").contains("42,86 %").contains("69,23 %")
                    .contains("XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN NĂM " + year)
                    .contains("Nơi nhận:").contains("- Các tổ chức cơ sở đảng;").contains("T/M ĐẢNG ỦY");
        }
    }

    @Test
    void theIndicatorsGiveTheSharesOfPublishedRoundsOnly() {
        TargetIndicator members = indicator("members-httnv-share");
        TargetIndicator organizations = indicator("organizations-httnv-share");
        assertThat(members.cumulative()).isFalse();
        assertThat(members.labelKey()).isEqualTo("indicator.members-httnv-share");
        assertThat(members.valueIn(committee, year)).contains(new BigDecimal("69.23"));
        assertThat(members.valueIn(cellA, year)).contains(new BigDecimal("42.86"));
        assertThat(members.valueIn(committee, lastYear)).contains(new BigDecimal("100.00"));
        assertThat(organizations.valueIn(committee, year)).contains(new BigDecimal("50.00"));
        assertThat(members.valueIn(committee, year + 50)).isEqualTo(Optional.empty());
    }

    @Test
    void membersCannotSeeStatisticsAndSecretariesSeeOnlyTheirSubtree() throws Exception {
        long stranger = fixtures.member(cellA, "Mạc", "Văn", Fixtures.unique("Khoa"));
        mvc.perform(get("/ratings/{y}/statistics", year).with(user(fixtures.user(Role.MEMBER, stranger, null))))
                .andExpect(status().isForbidden());
        long other = fixtures.grassrootsCell("Chi bộ Sở khác");
        mvc.perform(get("/ratings/{y}/statistics", year).with(user(fixtures.user(Role.SECRETARY, null, other))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Chi bộ A Ngân sách"))));
    }

    @Test
    void theUnitTableIsPagedAndFilteredByNameWhileTheTotalsStayThoseOfTheWholeRoot() throws Exception {
        int perPage = RatingStatisticsController.UNITS_PER_PAGE;
        for (int i = 1; i <= perPage + 1; i++) {   // with A and B: a full page and three more
            fixtures.subCell(committee, "Chi bộ Z %02d".formatted(i));
        }
        mvc.perform(get("/ratings/{y}/statistics", year).with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chi bộ A Ngân sách")))
                .andExpect(content().string(Matchers.containsString("Chi bộ Z %02d".formatted(perPage - 2))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Chi bộ Z %02d".formatted(perPage - 1)))))
                .andExpect(content().string(Matchers.containsString("1 / 2")));
        mvc.perform(get("/ratings/{y}/statistics", year).param("page", "1").with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chi bộ Z %02d".formatted(perPage + 1))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Chi bộ A Ngân sách"))))
                .andExpect(content().string(Matchers.containsString("9 (69,23 %)")));
        mvc.perform(get("/ratings/{y}/statistics", year).param("q", "ngan SACH").with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("3 (42,86 %)")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Chi bộ B Giá"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Chi bộ Z"))));
        byte[] xlsx = mvc.perform(get("/ratings/{y}/statistics.xlsx", year).with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(perPage + 3).getCell(0).getStringCellValue())
                    .startsWith("Chi bộ Z %02d".formatted(perPage + 1));
        }
    }

    @Test
    void theSubtreeTotalsFollowPublishingAndAUnitMovedInTheTree() {
        assertThat(subtree(committee, "MEMBER")).isEqualTo(tallied(committee, "MEMBER")).isEqualTo(14);
        assertThat(subtree(cellA, "MEMBER")).isEqualTo(7);
        long elsewhere = fixtures.committee("Đảng bộ Sở Xây dựng");
        jdbc.sql("UPDATE organization SET parent_id = :to WHERE id = :cell").param("to", elsewhere).param("cell", cellA).update();

        assertThat(subtree(committee, "MEMBER")).isEqualTo(tallied(committee, "MEMBER")).isEqualTo(7);
        assertThat(subtree(elsewhere, "MEMBER")).isEqualTo(tallied(elsewhere, "MEMBER")).isEqualTo(7);
        assertThat(indicator("members-httnv-share").valueIn(committee, year)).contains(new BigDecimal("100.00"));
        assertThat(indicator("members-httnv-share").valueIn(elsewhere, year)).contains(new BigDecimal("42.86"));
        assertThat(indicator("organizations-httnv-share").valuesFor(List.of(committee, elsewhere), year))
                .containsEntry(committee, new BigDecimal("100.00")).containsEntry(elsewhere, new BigDecimal("0.00"));

        long round = jdbc.sql("SELECT id FROM rating_round WHERE year = :y").param("y", year).query(Long.class).single();
        jdbc.sql("DELETE FROM rating_tally WHERE round_id = :r AND organization_id = :cell").param("r", round).param("cell", cellA).update();
        assertThat(subtree(elsewhere, "MEMBER")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM rating_tally_subtree WHERE organization_id = :u AND round_id = :r")
                .param("u", elsewhere).param("r", round).query(Long.class).single()).isZero();
    }

    /** The members of a year counted in the unit's subtree line. */
    private long subtree(long unit, String subject) {
        return jdbc.sql("""
                        SELECT coalesce(sum(s.total), 0) FROM rating_tally_subtree s JOIN rating_round r ON r.id = s.round_id
                         WHERE r.year = :y AND s.organization_id = :u AND s.subject = :s
                        """)
                .param("y", year).param("u", unit).param("s", subject).query(Long.class).single();
    }

    /** The same summed from the tally of every unit in the subtree today. */
    private long tallied(long unit, String subject) {
        return jdbc.sql("""
                        SELECT coalesce(sum(t.total), 0) FROM rating_tally t JOIN rating_round r ON r.id = t.round_id
                          JOIN organization o ON o.id = t.organization_id
                         WHERE r.year = :y AND t.subject = :s AND o.path LIKE (SELECT path FROM organization WHERE id = :u) || '%'
                        """)
                .param("y", year).param("u", unit).param("s", subject).query(Long.class).single();
    }

    @Test
    void theStatisticsAndDecisionPagesRunAFixedNumberOfStatements() throws Exception {
        long small = fixtures.committee("Đảng bộ nhỏ");
        long smallCell = fixtures.subCell(small, "Chi bộ nhỏ");
        long smallSecretary = fixtures.member(smallCell, "Kiều", "Văn", Fixtures.unique("Sơn"));
        fixtures.secretary(small, smallSecretary);
        long round = jdbc.sql("SELECT id FROM rating_round WHERE year = :y").param("y", year).query(Long.class).single();
        ratings.member(round, member(smallCell), smallCell, small);
        PortalUser smallUser = fixtures.user(Role.SECRETARY, smallSecretary, null);

        long big = statements(get("/ratings/{y}/members/decisions/{b}", year, committee).with(user(secretary)));
        long tiny = statements(get("/ratings/{y}/members/decisions/{b}", year, small).with(user(smallUser)));
        assertThat(big).isEqualTo(tiny).isLessThanOrEqualTo(14);
        assertThat(statements(get("/ratings/{y}/statistics", year).with(user(secretary)))).isLessThanOrEqualTo(6);
        assertThat(statements(get("/ratings/{y}", year).with(user(secretary)))).isLessThanOrEqualTo(8);
    }

    @Test
    void aDecisionTableShownCellByCellCountsTheQuotaOverTheWholeBody() throws Exception {
        mvc.perform(get("/ratings/{y}/members/decisions/{b}", year, committee).param("cell", String.valueOf(cellA)).with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("HTXSNV: 1 / tối đa 1 (20 % của 8 HTTNV)")))
                .andExpect(content().string(Matchers.containsString("data-other-excellent=\"1\"")))
                .andExpect(content().string(Matchers.containsString("data-other-good=\"5\"")))
                .andExpect(content().string(Matchers.containsString("Chi bộ B Giá")))   // in the cell chooser
                .andExpect(content().string(Matchers.not(Matchers.containsString("row-" + ratingOf(cellB)))));
        mvc.perform(get("/ratings/{y}/members/decisions/{b}", year, committee).param("cell", String.valueOf(fixtures.grassrootsCell("Chi bộ lạ")))
                .with(user(secretary))).andExpect(status().isNotFound());
    }

    private long ratingOf(long cell) {
        return jdbc.sql("SELECT min(r.id) FROM rating r JOIN rating_round o ON o.id = r.round_id WHERE o.year = :y AND r.organization_id = :c AND r.subject = 'MEMBER'")
                .param("y", year).param("c", cell).query(Long.class).single();
    }

    private long statements(RequestBuilder request) throws Exception {
        StatementCounter.reset();
        mvc.perform(request).andExpect(status().isOk());
        return StatementCounter.count();
    }

    private TargetIndicator indicator(String code) {
        return indicators.stream().filter(indicator -> indicator.code().equals(code)).findFirst().orElseThrow();
    }
}
