package vn.dangbo.portal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.Scope;

/**
 * The member import: all or nothing with a bad row in the middle, every reason shown, idempotent re-import,
 * real-sheet formats, scope; the export with chosen columns; and the time of a 10,000-row file.
 */
@PortalTest
class MemberImportTest {

    static final String[] HEADER = {"Họ", "Tên đệm", "Tên", "Giới tính", "Ngày sinh", "Số thẻ đảng viên", "Chức vụ",
            "Đảng bộ cơ sở", "Chi bộ", "Ngày vào Đảng", "Ngày chính thức"};

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MemberImport memberImport;

    long committee;
    String committeeName;
    long cell;
    String cellName;
    long otherCell;
    String otherCellName;
    PortalUser secretary;
    PortalUser staff;
    String tag;

    @BeforeEach
    void units() {
        committeeName = Fixtures.unique("Đảng bộ Sở Nội vụ");
        committee = fixtures.unit(fixtures.bloc(), "GRASSROOTS_COMMITTEE", committeeName);
        cellName = "Chi bộ Văn phòng Sở";
        cell = fixtures.unit(committee, "SUB_CELL", cellName);
        otherCellName = Fixtures.unique("Chi bộ Sở Tư pháp");
        otherCell = fixtures.unit(fixtures.bloc(), "GRASSROOTS_CELL", otherCellName);
        secretary = fixtures.user(Role.SECRETARY, null, committee);
        staff = fixtures.user(Role.STAFF, null, null);
        tag = String.valueOf(System.nanoTime() % 1_000_000_000L);
    }

    String card(int n) {
        return "79." + tag + n;
    }

    Object[] row(String given, LocalDate birth, int card, String cell, Object admitted, Object official) {
        return new Object[] {"Nguyễn", "Văn", given, "Nam", birth, card(card), "Chuyên viên", committeeName, cell, admitted, official};
    }

    @Test
    void badRowInTheMiddleRefusesTheWholeFileAndShowsEveryReason() throws Exception {
        byte[] file = xlsx(HEADER, List.of(
                row("An", LocalDate.of(1985, 1, 2), 1, cellName, LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 20)),
                new Object[] {"Nguyễn", "", "", "Nam", "31/02/1990", card(1), "", committeeName, "Chi bộ không có", "19/05/2010", ""},
                row("Cường", LocalDate.of(1986, 1, 2), 3, cellName, LocalDate.of(2012, 5, 19), null)));
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "dang-vien.xlsx", null, file))
                        .session(session).with(user(secretary)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Có 1 dòng sai: chưa có gì được ghi.")))
                .andExpect(content().string(Matchers.containsString("Thiếu họ hoặc tên.")))
                .andExpect(content().string(Matchers.containsString("«Ngày sinh»: «31/02/1990» không phải một ngày có thật.")))
                .andExpect(content().string(Matchers.containsString("Không tìm thấy chi bộ «Chi bộ không có — " + committeeName + "» đang hoạt động.")))
                .andExpect(content().string(Matchers.containsString("Số thẻ " + card(1) + " trùng với dòng 2.")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("id=\"import-write\"");

        // even a forged "write" of the previewed file writes nothing
        String token = token(session);
        mvc.perform(post("/members/import/{token}", token).session(session).with(user(secretary)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE party_card_number LIKE :tag").param("tag", "79." + tag + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void validFileIsWrittenAndReimportingItUpdatesInsteadOfDuplicating() throws Exception {
        List<Object[]> rows = List.of(
                row("An", LocalDate.of(1985, 1, 2), 1, cellName, LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 20)),
                row("Bình", LocalDate.of(1990, 6, 7), 2, "chi bo van phong so", "05-03-2015", "2016-03-06"),
                new Object[] {"Trần", "Thị", "Cúc", "Nữ", "1998-02-03", "", "", "", otherCellName, LocalDate.of(2026, 3, 2), ""});
        assertThat(importFile(xlsx(HEADER, rows), staff)).containsExactly(3L, 0L, 0L);
        assertThat(jdbc.sql("""
                        SELECT m.status || ' ' || m.organization_id || ' ' || e.kind || ' ' || e.event_date FROM member m
                          JOIN member_event e ON e.member_id = m.id WHERE m.party_card_number = :card
                        """).param("card", card(2)).query(String.class).single())
                .isEqualTo("OFFICIAL " + cell + " REGISTRATION 2015-03-05");
        assertThat(jdbc.sql("SELECT status FROM member WHERE given_name = 'Cúc' AND organization_id = :cell").param("cell", otherCell)
                .query(String.class).single()).isEqualTo("PROBATIONARY");

        assertThat(importFile(xlsx(HEADER, rows), staff)).containsExactly(0L, 0L, 3L);
        List<Object[]> changed = new ArrayList<>(rows);
        changed.set(0, new Object[] {"Nguyễn", "Văn", "An", "Nam", LocalDate.of(1985, 1, 2), card(1), "Phó Trưởng phòng", committeeName,
                cellName, LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 20)});
        assertThat(importFile(xlsx(HEADER, changed), staff)).containsExactly(0L, 1L, 2L);
        assertThat(jdbc.sql("SELECT count(*) || ' ' || max(job_title) FROM member WHERE party_card_number = :card").param("card", card(1))
                .query(String.class).single()).isEqualTo("1 Phó Trưởng phòng");
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE given_name = 'Cúc' AND organization_id = :cell").param("cell", otherCell)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'IMPORT' AND actor = :actor").param("actor", staff.getUsername())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void reimportDisagreeingWithTheLifecycleIsRefusedWithTheReason() throws Exception {
        List<Object[]> rows = List.<Object[]>of(row("An", LocalDate.of(1985, 1, 2), 1, cellName, LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 20)));
        importFile(xlsx(HEADER, rows), staff);
        Scope everything = Scope.everything(true);
        MemberImport.Check check = check(xlsx(HEADER, List.<Object[]>of(new Object[] {"Nguyễn", "Văn", "An", "Nam", LocalDate.of(1985, 1, 2),
                card(1), "Chuyên viên", "", otherCellName, LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 20)})), "x.xlsx", everything);
        assertThat(check.problems()).singleElement().satisfies(problem -> assertThat(problem.reasons())
                .extracting(MemberImport.Reason::code).containsExactly("import.cellDiffers"));
    }

    @Test
    void csvWithSemicolonsFullNameColumnAndHeadersWithoutAccentsIsRead() throws Exception {
        String csv = "\uFEFFho va ten;gioi tinh;NGÀY SINH;so the;Dang bo co so;chi bo;ngay vao dang\n"
                + "  Lê   Thị   Hoa ; nữ ;5/3/1980;" + card(5) + ";" + committeeName + ";Chi bộ Văn phòng Sở;19.05.2005\n";
        MemberImport.Check check = check(csv.getBytes(StandardCharsets.UTF_8), "ds.csv", Scope.everything(true));
        assertThat(check.problems()).isEmpty();
        MemberImport.Row row = check.rows().get(0);
        assertThat(row.identity().familyName() + "|" + row.identity().middleName() + "|" + row.identity().givenName()).isEqualTo("Lê|Thị|Hoa");
        assertThat(row.identity().gender()).isEqualTo(Gender.FEMALE);
        assertThat(row.identity().birthDate()).isEqualTo(LocalDate.of(1980, 3, 5));
        assertThat(row.admissionDate()).isEqualTo(LocalDate.of(2005, 5, 19));
        assertThat(row.cellId()).isEqualTo(cell);
    }

    @Test
    void secretaryCannotImportIntoOrExportAnotherSubtree() throws Exception {
        byte[] file = xlsx(HEADER, List.<Object[]>of(row("Dũng", LocalDate.of(1985, 1, 2), 7, otherCellName, LocalDate.of(2010, 5, 19), null)));
        mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "x.xlsx", null, file)).with(user(secretary)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Không tìm thấy chi bộ")));
        byte[] plain = xlsx(HEADER, List.<Object[]>of(new Object[] {"Lê", "", "Dũng", "Nam", "01/01/1985", card(7), "", "", otherCellName, "19/05/2010", ""}));
        mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "x.xlsx", null, plain)).with(user(secretary)).with(csrf()))
                .andExpect(content().string(Matchers.containsString("Chi bộ «" + otherCellName + "» ngoài phạm vi quản lý của bạn.")));
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE party_card_number = :card").param("card", card(7)).query(Long.class).single()).isZero();

        mvc.perform(get("/members/export.xlsx").param("organization", String.valueOf(otherCell)).with(user(secretary)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/members/import").with(user(fixtures.user(Role.LEADER, null, null)))).andExpect(status().isForbidden());
        mvc.perform(get("/members/export.xlsx").with(user(fixtures.user(Role.MEMBER, fixtures.member(cell, "Võ", "Văn", "Ba"), null))))
                .andExpect(status().isForbidden());
    }

    @Test
    void exportHoldsTheChosenColumnsOfTheFilteredListAndIsAudited() throws Exception {
        String given = Fixtures.unique("Xuyến");
        fixtures.member(cell, "Đinh", "Thị", given);
        fixtures.member(otherCell, "Đinh", "Thị", Fixtures.unique("Yên"));
        byte[] xlsx = mvc.perform(get("/members/export.xlsx").param("organization", String.valueOf(committee))
                        .param("columns", "FAMILY_NAME", "GIVEN_NAME", "CELL", "ADMISSION_DATE").with(user(secretary)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row header = sheet.getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue()))
                    .containsExactly("Họ", "Tên", "Chi bộ", "Ngày vào Đảng");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(given);
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2010, 5, 19));
        }
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE action = 'EXPORT' AND actor = :actor").param("actor", secretary.getUsername())
                .query(String.class).single()).isEqualTo("Exported 1 members to Excel");
    }

    @Test
    void theListsExportPanelFetchesItsColumnCheckboxesWhenOpened() throws Exception {
        String list = mvc.perform(get("/members").with(user(secretary))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String columns = mvc.perform(get("/members/export/columns").with(user(secretary))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(list).contains("hx-get=\"/members/export/columns\"", "hx-trigger=\"click once\"", "hx-target=\"#export-columns\"")
                .doesNotContain("name=\"columns\"");
        assertThat(columns.split("name=\"columns\"", -1)).hasSize(MemberColumn.EXPORTABLE.size() + 1);
        assertThat(columns).contains("value=\"GIVEN_NAME\" id=\"column-GIVEN_NAME\" checked", ">Tên</label>", ">Tải tệp Excel</button>");
    }

    @Test
    void tenThousandRowsImportInSeconds() throws Exception {
        List<Long> cells = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            names.add("Chi bộ Phòng " + c);
            cells.add(fixtures.unit(committee, "SUB_CELL", names.get(c)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            for (int r = 1; r <= 10_000; r++) {
                Object[] values = row("Số " + r, LocalDate.of(1960, 1, 1).plusDays(r / 2), 10_000 + r, names.get(r % 10),
                        LocalDate.of(2000, 1, 1).plusDays(r % 3000), r % 5 == 0 ? null : LocalDate.of(2010, 1, 1).plusDays(r % 3000));
                write(sheet.createRow(r), values, date);
            }
            workbook.write(out);
            workbook.dispose();
        }
        Path file = Files.createTempFile("ten-thousand", ".xlsx");
        Files.write(file, out.toByteArray());
        long started = System.nanoTime();
        MemberImport.Check preview = memberImport.check(file, "10000.xlsx", Scope.everything(true));
        long checked = System.nanoTime();
        MemberImport.Check check = memberImport.apply(file, "10000.xlsx", Scope.everything(true));
        long written = System.nanoTime();
        System.out.printf("MEASURED: 10,000 rows: preview check %d ms; write (check again + insert) %d ms%n",
                (checked - started) / 1_000_000, (written - checked) / 1_000_000);
        assertThat(preview.isValid()).isTrue();
        assertThat(check.problems()).isEmpty();
        assertThat(check.count(MemberImport.Action.CREATE)).isEqualTo(10_000);
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE organization_id IN (:cells)").param("cells", cells)
                .query(Long.class).single()).isEqualTo(10_000);
        assertThat(jdbc.sql("SELECT count(*) FROM member_event e JOIN member m ON m.id = e.member_id WHERE m.organization_id IN (:cells)")
                .param("cells", cells).query(Long.class).single()).isEqualTo(10_000);
        Files.delete(file);
    }

    private MemberImport.Check check(byte[] content, String name, Scope scope) throws IOException {
        Path file = Files.createTempFile("import", name);
        Files.write(file, content);
        try {
            return memberImport.check(file, name, scope);
        } finally {
            Files.delete(file);
        }
    }

    /** Uploads and writes a file through the pages; returns the counts the preview shows: new, updated, unchanged. */
    private List<Long> importFile(byte[] file, PortalUser who) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "dang-vien.xlsx", null, file))
                        .session(session).with(user(who)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher counts = Pattern.compile("(\\d+) thêm mới, (\\d+) cập nhật, (\\d+) không đổi, 0 dòng sai").matcher(page);
        assertThat(counts.find()).as(page).isTrue();
        mvc.perform(post("/members/import/{token}", token(session)).session(session).with(user(who)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return List.of(Long.valueOf(counts.group(1)), Long.valueOf(counts.group(2)), Long.valueOf(counts.group(3)));
    }

    private static String token(MockHttpSession session) {
        return java.util.Collections.list(session.getAttributeNames()).stream()
                .filter(name -> name.startsWith("memberImport:")).map(name -> name.substring("memberImport:".length()))
                .findFirst().orElseThrow();
    }

    static byte[] xlsx(String[] header, List<Object[]> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Đảng viên");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r), date);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void write(Row row, Object[] values, CellStyle date) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof LocalDate day) {
                row.createCell(i).setCellValue(day);
                row.getCell(i).setCellStyle(date);
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }
}
