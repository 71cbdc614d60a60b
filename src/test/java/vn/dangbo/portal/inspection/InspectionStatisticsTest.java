package vn.dangbo.portal.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * The year's statistics of one committee's programme on a hand-built fixture: two inspections (one of a member,
 * concluded with a violation that led to a warning, one of a cell still planned) and one supervision concluded,
 * with one recommendation done and one overdue (today is 25/11/2026).
 */
@PortalTest
class InspectionStatisticsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long committee;
    long cell;
    long member;
    PortalUser inspector;

    @BeforeEach
    void aProgramme() {
        committee = fixtures.committee("Đảng bộ Sở Giáo dục");
        cell = fixtures.subCell(committee, "Chi bộ Giáo dục trung học");
        member = fixtures.member(cell, "Hoàng", "Văn", Fixtures.unique("Long"));
        inspector = fixtures.user(Role.INSPECTOR, null, null);
    }

    long inspection(String kind, Long subjectMember, String state) {
        return jdbc.sql("""
                        INSERT INTO inspection (programme_unit_id, programme_body, year, kind, mode, subject_unit_id, subject_member_id,
                                                content, starts_on, ends_on, team, state, conclusion_number, conclusion_date, conclusion,
                                                violation_found)
                        VALUES (:unit, 'INSPECTION_COMMITTEE', 2026, :kind, 'REGULAR', :cell, :member, 'Nội dung', DATE '2026-03-01',
                                DATE '2026-03-31', 'Tổ 1', :state,
                                CASE WHEN CAST(:state AS text) = 'CONCLUDED' THEN '01-TB/UBKT' END, CASE WHEN CAST(:state AS text) = 'CONCLUDED' THEN DATE '2026-04-10' END,
                                CASE WHEN CAST(:state AS text) = 'CONCLUDED' THEN 'Kết luận' END, CAST(:member AS bigint) IS NOT NULL AND CAST(:state AS text) = 'CONCLUDED')
                        RETURNING id
                        """)
                .param("unit", committee).param("kind", kind).param("cell", cell).param("member", subjectMember).param("state", state)
                .query(Long.class).single();
    }

    @Test
    void statisticsOfAYearCountPlannedDoneSubjectsViolationsAndDisciplineByForm() throws Exception {
        long ofMember = inspection("INSPECTION", member, "CONCLUDED");
        inspection("INSPECTION", null, "PLANNED");
        long supervision = inspection("SUPERVISION", null, "CONCLUDED");
        jdbc.sql("INSERT INTO inspection_recommendation (inspection_id, content, due_on, done_on) VALUES (:id, 'Sửa quy chế', DATE '2026-06-30', DATE '2026-06-20')")
                .param("id", supervision).update();
        jdbc.sql("INSERT INTO inspection_recommendation (inspection_id, content, due_on) VALUES (:id, 'Kiểm điểm', DATE '2026-11-01')")
                .param("id", ofMember).update();
        mvc.perform(post("/members/{id}/discipline", member).with(csrf()).with(user(fixtures.user(Role.STAFF, null, null)))
                        .param("measure", "WARNING").param("decisionDate", "15/05/2026").param("decisionNumber", "20-QĐ/UBKT")
                        .param("decisionIssuer", "Ủy ban Kiểm tra Đảng ủy Khối").param("violation", "Vi phạm quy chế làm việc"))
                .andExpect(status().is3xxRedirection());
        long record = jdbc.sql("SELECT id FROM discipline_record WHERE member_id = :m").param("m", member).query(Long.class).single();
        mvc.perform(post("/inspections/{id}/violations", ofMember).with(csrf()).with(user(inspector))
                        .param("memberId", String.valueOf(member)).param("description", "Vi phạm quy chế làm việc"))
                .andExpect(status().is3xxRedirection());
        long violation = jdbc.sql("SELECT id FROM inspection_violation WHERE inspection_id = :id").param("id", ofMember).query(Long.class).single();
        mvc.perform(post("/inspections/{id}/violations/{v}/discipline", ofMember, violation).with(csrf()).with(user(inspector))
                        .param("disciplineRecordId", String.valueOf(record)))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/inspections/statistics").param("year", "2026").param("programmeUnit", String.valueOf(committee))
                        .with(user(inspector)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cells(page, "line-INSPECTION")).containsExactly("Kiểm tra", "2", "1", "1", "1", "1");
        assertThat(cells(page, "line-SUPERVISION")).containsExactly("Giám sát", "1", "1", "1", "0", "0");
        assertThat(element(page, "violations")).isEqualTo("1");
        assertThat(element(page, "disciplined")).isEqualTo("1");
        assertThat(element(page, "discipline-WARNING")).isEqualTo("1");
        assertThat(element(page, "discipline-REPRIMAND")).isEqualTo("0");
        assertThat(element(page, "overdue")).isEqualTo("1");

        // the whole path on the file: violation → warning, decision number and issuer
        mvc.perform(get("/inspections/{id}", ofMember).with(user(inspector)))
                .andExpect(content().string(containsString(
                        "Cảnh cáo theo quyết định số 20-QĐ/UBKT ngày 15/05/2026 của Ủy ban Kiểm tra Đảng ủy Khối")));

        byte[] xlsx = mvc.perform(get("/inspections/statistics.xlsx").param("year", "2026").param("programmeUnit", String.valueOf(committee))
                        .with(user(inspector)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Kiểm tra");
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND entity_type = 'InspectionStatistics' AND actor = :actor")
                .param("actor", inspector.getUsername()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aViolationCannotBeLinkedToAnotherMembersDiscipline() throws Exception {
        long ofMember = inspection("INSPECTION", member, "CONCLUDED");
        long other = fixtures.member(cell, "Vũ", "Thị", Fixtures.unique("Lan"));
        jdbc.sql("""
                INSERT INTO discipline_record (member_id, form, decision_date, decision_number, decision_issuer, violation)
                VALUES (:m, 'REPRIMAND', DATE '2026-05-01', '3-QĐ', 'Chi bộ', 'Vi phạm')
                """).param("m", other).update();
        long record = jdbc.sql("SELECT id FROM discipline_record WHERE member_id = :m").param("m", other).query(Long.class).single();
        mvc.perform(post("/inspections/{id}/violations", ofMember).with(csrf()).with(user(inspector))
                        .param("memberId", String.valueOf(member)).param("description", "Vi phạm"))
                .andExpect(status().is3xxRedirection());
        long violation = jdbc.sql("SELECT id FROM inspection_violation WHERE inspection_id = :id").param("id", ofMember).query(Long.class).single();
        mvc.perform(post("/inspections/{id}/violations/{v}/discipline", ofMember, violation).with(csrf()).with(user(inspector))
                        .param("disciplineRecordId", String.valueOf(record)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT discipline_record_id FROM inspection_violation WHERE id = :id").param("id", violation)
                .query(Long.class).optional()).isEmpty();
    }

    @Test
    void programmeListStatementsDoNotGrowWithItsRows() throws Exception {
        for (int i = 0; i < 3; i++) {
            inspection("SUPERVISION", null, "PLANNED");
        }
        long few = statementsOfList();
        for (int i = 0; i < 15; i++) {
            inspection("INSPECTION", member, "CONCLUDED");
        }
        assertThat(statementsOfList()).isEqualTo(few).isLessThanOrEqualTo(8);
    }

    /** The texts of the cells of the table row with the id. */
    static List<String> cells(String html, String rowId) {
        Matcher row = Pattern.compile("<tr[^>]*id=\"" + rowId + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as(rowId).isTrue();
        Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
        List<String> texts = new ArrayList<>();
        while (cell.find()) {
            texts.add(cell.group(1).strip());
        }
        return texts;
    }

    static String element(String html, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)<", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as(id).isTrue();
        return matcher.group(1).strip();
    }

    long statementsOfList() throws Exception {
        StatementCounter.reset();
        mvc.perform(get("/inspections").param("year", "2026").param("programmeUnit", String.valueOf(committee)).with(user(inspector)))
                .andExpect(status().isOk());
        return StatementCounter.count();
    }
}
