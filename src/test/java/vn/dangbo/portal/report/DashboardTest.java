package vn.dangbo.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.StatementCounter;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

@PortalTest
class DashboardTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void leadersLandOnTheDashboardWhichListsUnitsWithMissingEntriesAndOverdueTasks() throws Exception {
        long late = fixtures.committee("Đảng bộ Sở Giao thông");
        long cell = fixtures.subCell(late, "Chi bộ Phòng Kế hoạch");
        for (int i = 0; i < 60; i++) {
            fixtures.member(cell, "Trần", "Thị", Fixtures.unique("Hoa"));   // no pledge, no October entry: more than any other test's unit
        }
        for (int i = 0; i < 6; i++) {
            jdbc.sql("""
                    INSERT INTO breakthrough_task (year, organization_id, title, problem, expected_result, deadline, state, registered_by,
                                                   registered_at, decided_by, decided_at)
                    VALUES (2026, :o, 'Số hóa hồ sơ', 'Hồ sơ giấy', 'Hồ sơ số', DATE '2026-10-31', 'IN_PROGRESS', 'Bí thư', now(), 'Ban Thường vụ', now())
                    """).param("o", cell).update();
        }
        PortalUser leader = fixtures.user(Role.LEADER, null, null);

        mvc.perform(get("/").with(user(leader))).andExpect(redirectedUrl("/dashboard"));
        long grassroots = jdbc.sql("SELECT count(*) FROM organization WHERE kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')")
                .query(Long.class).single();
        StatementCounter.reset();
        String page = mvc.perform(get("/dashboard").with(user(leader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(StatementCounter.count()).as("fixed, plus one per grassroots unit once ratings give a share")
                .isLessThanOrEqualTo(25 + grassroots);

        String submissions = page.substring(page.indexOf("id=\"attention-submissions\""), page.indexOf("id=\"attention-ratings\""));
        assertThat(submissions).contains("Chưa nộp tự đánh giá tháng 10/2026", "Đảng bộ Sở Giao thông", "60 chưa nộp · đã nộp 0,00 %");
        String overdue = page.substring(page.indexOf("id=\"attention-overdue\""));
        assertThat(overdue).contains("Đảng bộ Sở Giao thông", "6 việc");
        assertThat(page).contains("id=\"figure-members\"", "Đảng viên HTTNV trở lên (chưa có dữ liệu)").doesNotContain("null");
    }

    @Test
    void onlyAdminStaffAndLeadersOpenTheDashboard() throws Exception {
        long unit = fixtures.committee("Đảng bộ Sở Tài nguyên");
        long member = fixtures.member(unit, "Lê", "Văn", Fixtures.unique("Sơn"), "MALE", LocalDate.of(1980, 1, 1), "OFFICIAL");
        fixtures.secretary(unit, member);
        mvc.perform(get("/dashboard").with(user(fixtures.user(Role.STAFF, null, null)))).andExpect(status().isOk());
        mvc.perform(get("/dashboard").with(user(fixtures.user(Role.SECRETARY, member, null)))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(user(fixtures.user(Role.MEMBER, fixtures.member(unit, "Lê", "Thị", Fixtures.unique("Na")), null))))
                .andExpect(status().isForbidden());
    }
}
