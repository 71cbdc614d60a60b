package vn.dangbo.portal.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.member.Membership;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * Merging, splitting and moving units with an effective date: members follow with a transfer event, the
 * old units stay in history with their successor, and counts "as of" a date before stay as they were.
 */
@PortalTest
class ReorganizationTest {

    static final LocalDate MERGER = LocalDate.of(2025, 3, 1);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Membership membership;

    long bloc;
    long agri;
    long env;
    long agriOffice;
    long agriForestry;
    long envOffice;
    long envLand;
    String pathAgri;
    String pathEnv;
    PortalUser staff;

    @BeforeEach
    void twoCommittees() {
        bloc = fixtures.bloc();
        agri = fixtures.committee("Đảng bộ Sở Nông nghiệp");
        env = fixtures.committee("Đảng bộ Sở Tài nguyên");
        agriOffice = fixtures.unit(agri, "SUB_CELL", "Chi bộ Văn phòng Sở");
        agriForestry = fixtures.unit(agri, "SUB_CELL", "Chi bộ Chi cục Kiểm lâm");
        envOffice = fixtures.unit(env, "SUB_CELL", "Chi bộ Văn phòng Sở");
        envLand = fixtures.unit(env, "SUB_CELL", "Chi bộ Chi cục Quản lý đất đai");
        fixtures.member(agriOffice, "Nguyễn", "Văn", "An");
        fixtures.member(agriOffice, "Trần", "Thị", "Bình");
        fixtures.member(agriForestry, "Lê", "Văn", "Cường");
        fixtures.member(envOffice, "Phạm", "Thị", "Dung");
        fixtures.member(envLand, "Hoàng", "Văn", "Em");
        fixtures.member(envLand, "Võ", "Thị", "Giang");
        fixtures.member(envLand, "Đỗ", "Văn", "Hải", "MALE", LocalDate.of(1950, 1, 1), "DECEASED");
        pathAgri = path(agri);
        pathEnv = path(env);
        staff = fixtures.user(Role.STAFF, null, null);
    }

    @Test
    void mergerMovesMembersAndKeepsCountsAsOfEarlierDates() throws Exception {
        PortalUser agriSecretary = fixtures.user(Role.SECRETARY, null, agri);
        PortalUser officeSecretary = fixtures.user(Role.SECRETARY, null, agriOffice);
        String name = Fixtures.unique("Đảng bộ Sở Nông nghiệp và Môi trường");

        mvc.perform(post("/organizations/{id}/merge", bloc).with(user(staff)).with(csrf())
                        .param("unitIds", String.valueOf(agri), String.valueOf(env)).param("name", name)
                        .param("effectiveDate", "01/03/2025").param("decisionNumber", "125-QĐ/TU").param("decisionIssuer", "Tỉnh ủy"))
                .andExpect(status().is3xxRedirection());

        long merged = jdbc.sql("SELECT id FROM organization WHERE name = :name").param("name", name).query(Long.class).single();
        String pathMerged = path(merged);
        // before the merger: the two old committees as they were; from the effective date: the merged one
        LocalDate dayBefore = MERGER.minusDays(1);
        assertThat(membership.count(dayBefore, pathAgri)).isEqualTo(3);
        assertThat(membership.count(dayBefore, pathEnv)).isEqualTo(3);
        assertThat(membership.count(dayBefore, pathMerged)).isZero();
        assertThat(membership.count(MERGER, pathAgri)).isZero();
        assertThat(membership.count(MERGER, pathMerged)).isEqualTo(6);
        assertThat(membership.count(LocalDate.of(2012, 1, 1), pathEnv)).isEqualTo(4);

        // the two "Văn phòng Sở" sub-cells became one; the deceased member stayed where he was
        assertThat(jdbc.sql("SELECT name FROM organization WHERE parent_id = :id ORDER BY name").param("id", merged)
                .query(String.class).list())
                .containsExactly("Chi bộ Chi cục Kiểm lâm", "Chi bộ Chi cục Quản lý đất đai", "Chi bộ Văn phòng Sở");
        long newOffice = jdbc.sql("SELECT id FROM organization WHERE parent_id = :id AND name = 'Chi bộ Văn phòng Sở'")
                .param("id", merged).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE organization_id = :id").param("id", newOffice).query(Long.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE organization_id = :id AND status = 'DECEASED'").param("id", envLand)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM member_event e JOIN organization o ON o.id = e.organization_id
                         WHERE o.parent_id = :id AND e.kind = 'TRANSFER_INTERNAL' AND e.event_date = :date
                           AND e.reorganization_id IS NOT NULL AND e.decision_number = '125-QĐ/TU'
                        """).param("id", merged).param("date", MERGER).query(Long.class).single()).isEqualTo(6);

        // old units stay in history, dissolved on the effective date, pointing to their successor
        assertThat(jdbc.sql("SELECT dissolved_on FROM organization WHERE id = :id").param("id", agri).query(LocalDate.class).single())
                .isEqualTo(MERGER);
        assertThat(jdbc.sql("SELECT successor_id FROM organization WHERE id = :id").param("id", env).query(Long.class).single())
                .isEqualTo(merged);
        assertThat(jdbc.sql("SELECT successor_id FROM organization WHERE id = :id").param("id", envOffice).query(Long.class).single())
                .isEqualTo(newOffice);

        // the secretaries' accounts follow their units
        assertThat(accountUnit(agriSecretary)).isEqualTo(merged);
        assertThat(accountUnit(officeSecretary)).isEqualTo(newOffice);

        // the tree as of the day before shows the old committees and their members, not the new one
        mvc.perform(get("/organizations").param("asOf", "28/02/2025").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name(agri))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(name))));
        mvc.perform(get("/organizations/{id}", agri).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Giải thể ngày 01/03/2025, sáp nhập vào:")))
                .andExpect(content().string(Matchers.containsString(name)));
        mvc.perform(get("/members").param("asOf", "28/02/2025").param("organization", String.valueOf(env)).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("3 đảng viên")));
    }

    @Test
    void mergerDatedBeforeAMembersLaterEventIsRefused() throws Exception {
        long late = fixtures.member(envLand, "Bùi", "Văn", "Khoa");
        fixtures.event(late, "TRANSFER_INTERNAL", LocalDate.of(2025, 6, 1), envLand, "OFFICIAL");
        mvc.perform(post("/organizations/{id}/merge", bloc).with(user(staff)).with(csrf())
                        .param("unitIds", String.valueOf(agri), String.valueOf(env)).param("name", Fixtures.unique("Hợp nhất"))
                        .param("effectiveDate", "01/03/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 đảng viên của các đơn vị này đã có sự kiện sau ngày có hiệu lực")));
        assertThat(jdbc.sql("SELECT dissolved_on IS NULL FROM organization WHERE id = :id").param("id", agri).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void secretaryMergesSubCellsOfTheirCommitteeButNotTheCommitteeItselfNorAnotherOne() throws Exception {
        PortalUser agriSecretary = fixtures.user(Role.SECRETARY, null, agri);
        mvc.perform(post("/organizations/{id}/merge", bloc).with(user(agriSecretary)).with(csrf())
                        .param("unitIds", String.valueOf(agri), String.valueOf(env)).param("name", Fixtures.unique("X"))
                        .param("effectiveDate", "01/03/2025"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organizations/{id}/merge", env).with(user(agriSecretary)).with(csrf())
                        .param("unitIds", String.valueOf(envOffice), String.valueOf(envLand)).param("name", Fixtures.unique("X"))
                        .param("effectiveDate", "01/03/2025"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organizations/{id}/merge", env).with(user(agriSecretary))).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/{id}/split", agri).with(user(agriSecretary))).andExpect(status().isForbidden());
        mvc.perform(post("/organizations/{id}/merge", agri).with(user(fixtures.user(Role.LEADER, null, null))).with(csrf())
                        .param("unitIds", String.valueOf(agriOffice), String.valueOf(agriForestry)).param("name", "X")
                        .param("effectiveDate", "01/03/2025"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE id IN (:ids) AND dissolved_on IS NULL")
                .param("ids", List.of(agri, env, envOffice, envLand, agriOffice)).query(Long.class).single()).isEqualTo(5);

        mvc.perform(post("/organizations/{id}/merge", agri).with(user(agriSecretary)).with(csrf())
                        .param("unitIds", String.valueOf(agriOffice), String.valueOf(agriForestry)).param("name", "Chi bộ Văn phòng Sở")
                        .param("effectiveDate", "01/03/2025"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE parent_id = :id AND dissolved_on IS NULL").param("id", agri)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(membership.count(MERGER, pathAgri)).isEqualTo(3);
    }

    @Test
    void splitCellSendsEachMemberToTheChosenNewCell() throws Exception {
        List<Long> members = jdbc.sql("SELECT id FROM member WHERE organization_id = :id AND status = 'OFFICIAL' ORDER BY id")
                .param("id", envLand).query(Long.class).list();
        String first = Fixtures.unique("Chi bộ Đất đai 1");
        String second = Fixtures.unique("Chi bộ Đất đai 2");
        mvc.perform(post("/organizations/{id}/split", envLand).with(user(staff)).with(csrf())
                        .param("names[0]", first).param("names[1]", second).param("effectiveDate", "02/01/2026")
                        .param("assignments[" + members.get(0) + "]", "1").param("assignments[" + members.get(1) + "]", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT o.name FROM member m JOIN organization o ON o.id = m.organization_id WHERE m.id = :id")
                .param("id", members.get(1)).query(String.class).single()).isEqualTo(second);
        assertThat(membership.count(LocalDate.of(2026, 1, 1), path(envLand))).isEqualTo(2);
        assertThat(membership.count(LocalDate.of(2026, 1, 2), path(envLand))).isZero();
    }

    @Test
    void splitWithAMemberLeftUnassignedIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(post("/organizations/{id}/split", envLand).with(user(staff)).with(csrf())
                        .param("names[0]", Fixtures.unique("A")).param("names[1]", Fixtures.unique("B")).param("effectiveDate", "02/01/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hãy chọn đơn vị mới cho từng dòng.")));
        assertThat(jdbc.sql("SELECT dissolved_on IS NULL FROM organization WHERE id = :id").param("id", envLand).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void datedMoveKeepsTheOldCellInHistory() throws Exception {
        long cell = fixtures.grassrootsCell("Chi bộ Sở Tư pháp");
        fixtures.member(cell, "Ngô", "Thị", "Lan");
        mvc.perform(post("/organizations/{id}/move", cell).with(user(staff)).with(csrf())
                        .param("parentId", String.valueOf(agri)).param("effectiveDate", "15/09/2026"))
                .andExpect(status().is3xxRedirection());
        long moved = jdbc.sql("SELECT successor_id FROM organization WHERE id = :id").param("id", cell).query(Long.class).single();
        assertThat(jdbc.sql("SELECT kind FROM organization WHERE id = :id").param("id", moved).query(String.class).single())
                .isEqualTo("SUB_CELL");
        assertThat(jdbc.sql("SELECT kind FROM organization WHERE id = :id").param("id", cell).query(String.class).single())
                .isEqualTo("GRASSROOTS_CELL");
        assertThat(membership.count(LocalDate.of(2026, 9, 14), path(cell))).isEqualTo(1);
        assertThat(membership.count(LocalDate.of(2026, 9, 15), pathAgri)).isEqualTo(4);
    }

    private String path(long unit) {
        return jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", unit).query(String.class).single();
    }

    private String name(long unit) {
        return jdbc.sql("SELECT name FROM organization WHERE id = :id").param("id", unit).query(String.class).single();
    }

    private Long accountUnit(PortalUser user) {
        return jdbc.sql("SELECT organization_id FROM user_account WHERE id = :id").param("id", user.getId()).query(Long.class).single();
    }
}
