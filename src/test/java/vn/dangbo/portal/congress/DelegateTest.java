package vn.dangbo.portal.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.Scope;

@PortalTest
class DelegateTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired DelegateChanges changes;
    @Autowired Delegates delegates;

    long unit;
    long cell;
    long congress;
    PortalUser staff;

    @BeforeEach
    void aGrassrootsCongressInSession() {
        unit = fixtures.committee("Đảng bộ Sở Thông tin");
        cell = fixtures.subCell(unit, "Chi bộ Báo chí");
        congress = new CongressFixtures(jdbc).congress(unit, 12, 2025, LocalDate.of(2025, 6, 10), "IN_SESSION");
        staff = fixtures.user(Role.STAFF, null, null);
    }

    private long member(String given, String gender, LocalDate birth, LocalDate admitted, String card) {
        long id = fixtures.member(cell, "Nguyễn", "Thị", Fixtures.unique(given), gender, birth, "OFFICIAL", admitted, admitted.plusYears(1));
        if (card != null) {
            jdbc.sql("UPDATE member SET party_card_number = :c WHERE id = :id").param("c", card).param("id", id).update();
        }
        return id;
    }

    private long delegate(long member, String standing) {
        return changes.insert(congress, member, DelegateSource.ELECTED, cell, DelegateStanding.valueOf(standing));
    }

    @Test
    void staffAddAMemberAsDelegateAndAnElectedOneNeedsItsElectingUnit() throws Exception {
        long member = member("Hà", "FEMALE", LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1), null);
        long outsider = fixtures.member(fixtures.committee("Đảng bộ Sở Khác"), "Lê", "Văn", Fixtures.unique("Tú"));
        mvc.perform(post("/congresses/{id}/delegates", congress).with(user(staff)).with(csrf())
                        .param("memberId", String.valueOf(member)).param("source", "ELECTED").param("standing", "OFFICIAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "sourceOrganizationId", "congress.delegate.sourceRequired"));
        mvc.perform(post("/congresses/{id}/delegates", congress).with(user(staff)).with(csrf())
                        .param("memberId", String.valueOf(outsider)).param("source", "APPOINTED").param("standing", "OFFICIAL"))
                .andExpect(model().attributeHasFieldErrorCode("form", "memberId", "congress.delegate.notInOrganization"));
        mvc.perform(post("/congresses/{id}/delegates", congress).with(user(staff)).with(csrf())
                        .param("memberId", String.valueOf(member)).param("source", "ELECTED").param("sourceOrganizationId", String.valueOf(cell))
                        .param("standing", "OFFICIAL"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/congresses/{id}/delegates", congress).with(user(staff)))
                .andExpect(content().string(Matchers.containsString("DB-0001")))
                .andExpect(content().string(Matchers.containsString("Chi bộ Báo chí")));
    }

    @Test
    void anImportWithOneBadRowWritesNothingAndAGoodOneWritesEveryRow() throws Exception {
        String a = Fixtures.unique("T-A").replace(" ", "");
        String b = Fixtures.unique("T-B").replace(" ", "");
        member("An", "FEMALE", LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1), a);
        member("Bình", "MALE", LocalDate.of(1981, 1, 1), LocalDate.of(2006, 1, 1), b);
        String cellName = jdbc.sql("SELECT name FROM organization WHERE id = :id").param("id", cell).query(String.class).single();
        byte[] bad = workbook(new String[][] {{a, "Bầu", "Chính thức", cellName.toUpperCase()}, {b, "Bau", "Dự bị", ""}, {"KHONG-CO", "Chỉ định", "Chính thức", ""}});
        mvc.perform(multipart("/congresses/{id}/delegates/import", congress).file(new MockMultipartFile("file", "ds.xlsx", null, bad))
                        .with(user(staff)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dòng 3: tư cách phải là Chính thức hoặc Dự khuyết.")))
                .andExpect(content().string(Matchers.containsString("Dòng 4: không có đảng viên mang số thẻ này.")));
        assertThat(delegates.count(congress, "")).isZero();

        byte[] good = workbook(new String[][] {{a, "Bầu", "Chính thức", cellName.toUpperCase()}, {b, "chi dinh", "du khuyet", ""}});
        mvc.perform(multipart("/congresses/{id}/delegates/import", congress).file(new MockMultipartFile("file", "ds.xlsx", null, good))
                        .with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(delegates.counter(congress).summoned()).isEqualTo(1);
        assertThat(delegates.counter(congress).alternates()).isEqualTo(1);
    }

    @Test
    void twoDoorsCheckingInTheSameDelegatesAtOnceCountEachOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(delegate(member("Mai", "FEMALE", LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1), null), "OFFICIAL"));
        }
        PortalUser door1 = fixtures.user(Role.STAFF, null, null);
        PortalUser door2 = fixtures.user(Role.STAFF, null, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Long> reversed = new ArrayList<>(ids);
            Collections.reverse(reversed);
            List<Future<Integer>> doors = new ArrayList<>();
            for (Object[] door : new Object[][] {{door1, ids}, {door2, reversed}}) {
                @SuppressWarnings("unchecked") List<Long> order = (List<Long>) door[1];
                Callable<Integer> work = () -> {
                    start.await();
                    int checkedIn = 0;
                    for (long id : order) {
                        if (changes.checkIn(congress, id, Scope.everything(true), (PortalUser) door[0]).outcome()
                                == DelegateChanges.CheckInOutcome.CHECKED_IN) {
                            checkedIn++;
                        }
                    }
                    return checkedIn;
                };
                doors.add(pool.submit(work));
            }
            start.countDown();
            int total = doors.get(0).get() + doors.get(1).get();
            assertThat(total).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
        Delegates.Counter counter = delegates.counter(congress);
        assertThat(counter.present()).isEqualTo(30);
        assertThat(counter.summoned()).isEqualTo(30);
        assertThat(counter.quorum()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'CongressDelegate' AND summary = 'Checked in at the door' AND entity_id IN (:ids)")
                .param("ids", ids.stream().map(String::valueOf).toList()).query(Long.class).single()).isEqualTo(30);
    }

    @Test
    void theDoorChecksInByCardCodeAndTheCounterShowsTheQuorum() throws Exception {
        long first = delegate(member("Lan", "FEMALE", LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1), null), "OFFICIAL");
        long second = delegate(member("Hùng", "MALE", LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1), null), "OFFICIAL");
        delegate(member("Minh", "MALE", LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1), null), "OFFICIAL");
        String code = jdbc.sql("SELECT card_code FROM congress_delegate WHERE id = :id").param("id", first).query(String.class).single();
        mvc.perform(post("/congresses/{id}/checkin/code", congress).param("code", code.toLowerCase()).with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/congresses/{id}/checkin/counter", congress).with(user(staff)))
                .andExpect(content().string(Matchers.containsString("id=\"count-present\">1<")))
                .andExpect(content().string(Matchers.containsString("Chưa đủ")))
                .andExpect(content().string(Matchers.containsString("Cần ít nhất 2 (2/3)")));
        mvc.perform(post("/congresses/{id}/checkin/{d}", congress, second).header("HX-Request", "true").with(user(staff)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Có mặt từ")));
        mvc.perform(get("/congresses/{id}/checkin/counter", congress).with(user(staff)))
                .andExpect(content().string(Matchers.containsString("Đủ số")));
        mvc.perform(get("/congresses/{id}/checkin/search", congress).param("q", "hung").with(user(staff)))
                .andExpect(content().string(Matchers.containsString("door-" + second)));

        byte[] cards = mvc.perform(get("/congresses/{id}/delegates/cards.pdf", congress).with(user(staff))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "delegate-cards.pdf"), cards);   // to look at
        try (PDDocument document = Loader.loadPDF(cards)) {
            assertThat(new PDFTextStripper().getText(document)).contains(code, "ĐẠI BIỂU CHÍNH THỨC", "Chi bộ Báo chí");
        }
    }

    @Test
    void theCredentialReportBreaksTheSummonedDelegatesDown() throws Exception {
        delegate(member("Lan", "FEMALE", LocalDate.of(1996, 6, 11), LocalDate.of(2020, 1, 1), null), "OFFICIAL");   // 28, party age 5
        delegate(member("Hùng", "MALE", LocalDate.of(1970, 1, 1), LocalDate.of(1994, 1, 1), null), "OFFICIAL");    // 55, 31
        long third = member("Minh", "FEMALE", LocalDate.of(1985, 1, 1), LocalDate.of(2010, 1, 1), null);            // 40, 15
        jdbc.sql("UPDATE member SET political_theory = 'ADVANCED', ethnicity = 'Thái' WHERE id = :id").param("id", third).update();
        delegate(third, "OFFICIAL");
        delegate(member("Dự", "MALE", LocalDate.of(1990, 1, 1), LocalDate.of(2015, 1, 1), null), "ALTERNATE");
        PortalUser leader = fixtures.user(Role.LEADER, null, null);
        String page = mvc.perform(get("/congresses/{id}/credentials", congress).with(user(leader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(page).contains("Tổng số đại biểu chính thức được triệu tập: 3; có mặt: 0; vắng có lý do: 0; không đủ tư cách: 0; đại biểu dự khuyết: 1.");
        assertThat(page).contains("<td>Nữ</td> <td class=\"text-end\">2</td> <td class=\"text-end\">66,67</td>");
        assertThat(page).contains("<td>Dưới 30</td> <td class=\"text-end\">1</td>");
        assertThat(page).contains("<td>Thái</td> <td class=\"text-end\">1</td> <td class=\"text-end\">33,33</td>");
        assertThat(page).contains("<td>Cao cấp</td> <td class=\"text-end\">1</td>");
        assertThat(page).contains("<td>Từ 30 năm</td> <td class=\"text-end\">1</td>");

        byte[] pdf = mvc.perform(get("/congresses/{id}/credentials.pdf", congress).with(user(leader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("BÁO CÁO THẨM TRA TƯ CÁCH ĐẠI BIỂU", "được triệu tập: 3; có mặt: 0", "ĐẢNG CỘNG SẢN VIỆT NAM");
        }
    }

    @Test
    void nothingChangesAtTheDoorOfAClosedCongress() throws Exception {
        long id = delegate(member("Lan", "FEMALE", LocalDate.of(1980, 1, 1), LocalDate.of(2005, 1, 1), null), "OFFICIAL");
        new CongressFixtures(jdbc).close(congress);
        mvc.perform(post("/congresses/{id}/checkin/{d}", congress, id).with(user(staff)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/congresses/{id}/delegates/{d}/absence", congress, id).param("attendance", "ABSENT_WITH_REASON")
                .param("reason", "Ốm").with(user(staff)).with(csrf())).andExpect(status().isForbidden());
        assertThat(delegates.counter(congress).present()).isZero();
    }

    private static byte[] workbook(String[][] rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đại biểu");
            Row header = sheet.createRow(0);
            String[] titles = {"Số thẻ", "Loại", "Tư cách", "Đơn vị bầu"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
