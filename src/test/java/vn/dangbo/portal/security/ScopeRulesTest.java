package vn.dangbo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;

/** Who may see and change what: every forbidden path tried, and each refusal in the audit log. */
@PortalTest
class ScopeRulesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long committeeA;
    long cellA;
    long otherCellA;
    long cellB;
    long memberA;
    long neighbourA;
    long memberB;
    String nameA;
    String nameB;
    PortalUser secretaryA;
    PortalUser cellSecretaryA;
    PortalUser memberUserA;
    PortalUser leader;
    PortalUser staff;

    @BeforeEach
    void buildTwoSubtrees() {
        committeeA = fixtures.committee("Đảng bộ A");
        cellA = fixtures.subCell(committeeA, "Chi bộ A1");
        otherCellA = fixtures.subCell(committeeA, "Chi bộ A2");
        cellB = fixtures.subCell(fixtures.committee("Đảng bộ B"), "Chi bộ B1");
        nameA = Fixtures.unique("Alpha");
        nameB = Fixtures.unique("Bravo");
        memberA = fixtures.member(cellA, "Nguyễn", "Thị", nameA);
        neighbourA = fixtures.member(otherCellA, "Trần", "Văn", Fixtures.unique("Charlie"));
        memberB = fixtures.member(cellB, "Lê", "Văn", nameB);
        secretaryA = fixtures.user(Role.SECRETARY, null, committeeA);
        cellSecretaryA = fixtures.user(Role.SECRETARY, null, cellA);
        memberUserA = fixtures.user(Role.MEMBER, memberA, null);
        leader = fixtures.user(Role.LEADER, null, null);
        staff = fixtures.user(Role.STAFF, null, null);
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void secretaryCannotOpenMemberOfAnotherSubtreeAndTheAttemptIsAudited() throws Exception {
        mvc.perform(get("/members/{id}", memberB).with(user(secretaryA))).andExpect(status().isForbidden());

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = :actor AND action = 'ACCESS_DENIED' AND summary = :what")
                .param("actor", secretaryA.getUsername()).param("what", "GET /members/" + memberB)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void secretarySeesMembersOfTheWholeSubtreeAndNoOthers() throws Exception {
        mvc.perform(get("/members").param("size", "100").with(user(secretaryA)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(nameA)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(nameB))));
        mvc.perform(get("/members/{id}", neighbourA).with(user(secretaryA))).andExpect(status().isOk());
    }

    @Test
    void cellSecretaryCannotOpenTheNeighbouringCell() throws Exception {
        mvc.perform(get("/members/{id}", memberA).with(user(cellSecretaryA))).andExpect(status().isOk());
        mvc.perform(get("/members/{id}", neighbourA).with(user(cellSecretaryA))).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/{id}", otherCellA).with(user(cellSecretaryA))).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/{id}", committeeA).with(user(cellSecretaryA))).andExpect(status().isForbidden());
    }

    @Test
    void secretaryCannotEditMemberOfAnotherSubtreeByForgingThePost() throws Exception {
        mvc.perform(post("/members/{id}/edit", memberB).with(user(secretaryA)).with(csrf())
                        .param("familyName", "Hacked").param("givenName", "X").param("gender", "MALE")
                        .param("birthDate", "01/01/1980").param("status", "OFFICIAL").param("organizationId", String.valueOf(cellA))
                        .param("politicalTheory", "NONE").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT family_name FROM member WHERE id = :id").param("id", memberB).query(String.class).single())
                .isEqualTo("Lê");
    }

    @Test
    void secretaryCannotMoveTheirMemberIntoAnotherSubtree() throws Exception {
        mvc.perform(post("/members/{id}/events", memberA).with(user(secretaryA)).with(csrf())
                        .param("kind", "TRANSFER_INTERNAL").param("eventDate", "01/11/2026")
                        .param("organizationId", String.valueOf(cellB)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT organization_id FROM member WHERE id = :id").param("id", memberA).query(Long.class).single())
                .isEqualTo(cellA);
    }

    @Test
    void memberSeesOnlyTheirOwnProfile() throws Exception {
        mvc.perform(get("/members/{id}", memberA).with(user(memberUserA))).andExpect(status().isOk());
        mvc.perform(get("/members/{id}", neighbourA).with(user(memberUserA))).andExpect(status().isForbidden());
        mvc.perform(get("/members/{id}/edit", memberA).with(user(memberUserA))).andExpect(status().isForbidden());
        mvc.perform(get("/organizations").with(user(memberUserA))).andExpect(status().isForbidden());
        mvc.perform(get("/members").param("size", "100").with(user(memberUserA)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(nameA)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(nameB))));
    }

    @Test
    void leaderReadsEverythingButChangesNothing() throws Exception {
        mvc.perform(get("/members/{id}", memberB).with(user(leader))).andExpect(status().isOk());
        mvc.perform(get("/organizations/{id}", committeeA).with(user(leader))).andExpect(status().isOk());
        mvc.perform(get("/members/new").with(user(leader))).andExpect(status().isForbidden());
        mvc.perform(get("/members/{id}/edit", memberB).with(user(leader))).andExpect(status().isForbidden());
        mvc.perform(post("/organizations/{id}/dissolve", cellB).with(user(leader)).with(csrf()).param("dissolvedOn", "01/11/2026"))
                .andExpect(status().isForbidden());
    }

    @Test
    void secretaryCannotRestructureTheirOwnUnitButCanRestructureBelowIt() throws Exception {
        mvc.perform(get("/organizations/{id}/move", committeeA).with(user(secretaryA))).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/{id}/move", cellA).with(user(secretaryA))).andExpect(status().isOk());
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/organizations/{id}/dissolve", cellB).with(user(staff)).param("dissolvedOn", "01/11/2026"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT dissolved_on IS NULL FROM organization WHERE id = :id").param("id", cellB)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void onlyAdministratorsOpenTheAuditLogUsersAndSettings() throws Exception {
        PortalUser admin = fixtures.user(Role.ADMIN, null, null);
        for (String page : new String[] {"/audit", "/admin/users", "/settings"}) {
            mvc.perform(get(page).with(user(staff))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(user(secretaryA))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(user(admin))).andExpect(status().isOk());
        }
    }
}
