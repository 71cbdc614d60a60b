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
        StatementCounter.reset();
        String page = mvc.perform(get("/dashboard").with(user(leader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long firstView = StatementCounter.count();
        assertThat(firstView).as("a fixed number, however many grassroots units").isLessThanOrEqualTo(40);
        StatementCounter.reset();
        mvc.perform(get("/dashboard").with(user(leader))).andExpect(status().isOk());
        assertThat(StatementCounter.count()).as("nothing changed: the figures over the whole bloc come from the cache")
                .isLessThan(firstView).isLessThanOrEqualTo(20);

        String submissions = page.substring(page.indexOf("id=\"attention-submissions\""), page.indexOf("id=\"attention-ratings\""));
        assertThat(submissions).contains("Chưa nộp tự đánh giá tháng 10/2026", "Đảng bộ Sở Giao thông", "60 chưa nộp · đã nộp 0,00 %");
        String overdue = page.substring(page.indexOf("id=\"attention-overdue\""));
        assertThat(overdue).contains("Đảng bộ Sở Giao thông", "6 việc");

        // the lists are kept between views until the data under them changes
        jdbc.sql("UPDATE breakthrough_task SET state = 'COMPLETED', evaluated_at = now(), evaluated_by = 'Ban Thường vụ' WHERE organization_id = :o AND id IN (SELECT min(id) FROM breakthrough_task WHERE organization_id = :o)")
                .param("o", cell).update();
        fixtures.member(cell, "Trần", "Văn", Fixtures.unique("Nam"));
        String again = mvc.perform(get("/dashboard").with(user(leader))).andReturn().getResponse().getContentAsString();
        assertThat(again.substring(again.indexOf("id=\"attention-overdue\""))).contains("5 việc");
        assertThat(again).contains("61 chưa nộp");
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
