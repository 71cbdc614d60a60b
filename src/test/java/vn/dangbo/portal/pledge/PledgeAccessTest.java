package vn.dangbo.portal.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * Who may read and review what: a secretary reviews their own cell only, never their own book; the
 * secretary above, staff and leaders read; a member reads only their own book. Every forbidden path is tried.
 */
@PortalTest
class PledgeAccessTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PledgeAreas pledgeAreas;

    PledgeFixtures pledges;
    long committeeA;
    long cellA1;
    long cellB1;
    long memberA1;
    long memberA2;
    long memberB1;
    long secretaryA1;
    long entryA1;
    long entryA2;
    long entryB1;
    long entrySecretaryA1;
    long draftA1;
    String nameA1;
    String nameA2;
    PortalUser memberUserA1;
    PortalUser cellSecretaryA1;
    PortalUser committeeSecretaryA;
    PortalUser cellSecretaryB1;
    PortalUser leader;
    PortalUser staff;

    @BeforeEach
    void twoCommitteesWithEntriesAwaitingReview() {
        pledges = new PledgeFixtures(jdbc, pledgeAreas);
        committeeA = fixtures.committee("Đảng bộ A");
        cellA1 = fixtures.subCell(committeeA, "Chi bộ A1");
        long cellA2 = fixtures.subCell(committeeA, "Chi bộ A2");
        cellB1 = fixtures.subCell(fixtures.committee("Đảng bộ B"), "Chi bộ B1");
        nameA1 = Fixtures.unique("Alpha");
        nameA2 = Fixtures.unique("Beta");
        memberA1 = fixtures.member(cellA1, "Nguyễn", "Thị", nameA1);
        long draftMember = fixtures.member(cellA1, "Phạm", "Văn", Fixtures.unique("Delta"));
        secretaryA1 = fixtures.member(cellA1, "Trần", "Văn", Fixtures.unique("Bí thư"));
        memberA2 = fixtures.member(cellA2, "Lê", "Văn", nameA2);
        memberB1 = fixtures.member(cellB1, "Hoàng", "Thị", Fixtures.unique("Gamma"));
        fixtures.secretary(cellA1, secretaryA1);
        entryA1 = submittedOctober(memberA1);
        entryA2 = submittedOctober(memberA2);
        entryB1 = submittedOctober(memberB1);
        entrySecretaryA1 = submittedOctober(secretaryA1);
        draftA1 = pledges.entry(pledges.pledge(draftMember, 2026, PledgeStatus.APPROVED), 2026, 10, AssessmentStatus.DRAFT);

        memberUserA1 = fixtures.user(Role.MEMBER, memberA1, null);
        cellSecretaryA1 = fixtures.user(Role.SECRETARY, secretaryA1, cellA1);
        committeeSecretaryA = fixtures.user(Role.SECRETARY, null, committeeA);
        cellSecretaryB1 = fixtures.user(Role.SECRETARY, null, cellB1);
        leader = fixtures.user(Role.LEADER, null, null);
        staff = fixtures.user(Role.STAFF, null, null);
    }

    private long submittedOctober(long member) {
        return pledges.entry(pledges.pledge(member, 2026, PledgeStatus.APPROVED), 2026, 10, AssessmentStatus.SUBMITTED);
    }

    @Test
    void secretaryCannotReadOrReviewAnotherCell() throws Exception {
        mvc.perform(get("/pledges/entries/{id}", entryA1).with(user(cellSecretaryB1))).andExpect(status().isForbidden());
        mvc.perform(get("/pledges/book/{m}/2026", memberA1).with(user(cellSecretaryB1))).andExpect(status().isForbidden());
        mvc.perform(get("/pledges/review").param("unit", String.valueOf(cellA1)).with(user(cellSecretaryB1)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pledges/missing").param("unit", String.valueOf(cellA1)).with(user(cellSecretaryB1)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pledges/entries/{id}/acknowledge", entryA1).with(user(cellSecretaryB1)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pledges/entries/{id}/return", entryA1).with(user(cellSecretaryB1)).with(csrf()).param("comment", "Sai"))
                .andExpect(status().isForbidden());

        assertThat(pledges.status(entryA1)).isEqualTo("SUBMITTED");
    }

    @Test
    void cellSecretaryCannotReviewTheNeighbouringCellOfTheSameCommittee() throws Exception {
        mvc.perform(get("/pledges/entries/{id}", entryA2).with(user(cellSecretaryA1))).andExpect(status().isForbidden());
        mvc.perform(post("/pledges/entries/{id}/acknowledge", entryA2).with(user(cellSecretaryA1)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(pledges.status(entryA2)).isEqualTo("SUBMITTED");
    }

    @Test
    void memberReadsOnlyTheirOwnBook() throws Exception {
        mvc.perform(get("/pledges/book/{m}/2026", memberA1).with(user(memberUserA1))).andExpect(status().isOk());
        mvc.perform(get("/pledges/entries/{id}", entryA1).with(user(memberUserA1))).andExpect(status().isOk());

        mvc.perform(get("/pledges/entries/{id}", entryA2).with(user(memberUserA1))).andExpect(status().isForbidden());
        mvc.perform(get("/pledges/book/{m}/2026", memberA2).with(user(memberUserA1))).andExpect(status().isForbidden());
        mvc.perform(get("/pledges/book/{m}/2026.pdf", memberA2).with(user(memberUserA1))).andExpect(status().isForbidden());
        mvc.perform(get("/pledges/review").with(user(memberUserA1))).andExpect(status().isForbidden());
        mvc.perform(get("/pledges/missing").with(user(memberUserA1))).andExpect(status().isForbidden());
    }

    @Test
    void memberCannotAcknowledgeTheirOwnEntry() throws Exception {
        mvc.perform(post("/pledges/entries/{id}/acknowledge", entryA1).with(user(memberUserA1)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pledges/review/acknowledge").with(user(memberUserA1)).with(csrf())
                        .param("entry", String.valueOf(entryA1)).param("unit", String.valueOf(cellA1))
                        .param("year", "2026").param("month", "10"))
                .andExpect(status().isForbidden());
        assertThat(pledges.status(entryA1)).isEqualTo("SUBMITTED");
    }

    @Test
    void cellSecretaryCannotAcknowledgeTheirOwnEntryWhichGoesToTheCommitteeSecretary() throws Exception {
        mvc.perform(post("/pledges/entries/{id}/acknowledge", entrySecretaryA1).with(user(cellSecretaryA1)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(pledges.status(entrySecretaryA1)).isEqualTo("SUBMITTED");

        mvc.perform(post("/pledges/entries/{id}/acknowledge", entrySecretaryA1).with(user(committeeSecretaryA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(pledges.status(entrySecretaryA1)).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void committeeSecretaryReadsTheWholeMatrixButReviewsOnlyTheCellSecretaries() throws Exception {
        mvc.perform(get("/pledges/review").param("unit", String.valueOf(committeeA)).param("year", "2026").param("month", "10")
                        .with(user(committeeSecretaryA)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(nameA1)))
                .andExpect(content().string(Matchers.containsString(nameA2)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"entry\" value=\"" + entryA1 + "\""))))
                .andExpect(content().string(Matchers.containsString("name=\"entry\" value=\"" + entrySecretaryA1 + "\"")));

        mvc.perform(post("/pledges/entries/{id}/acknowledge", entryA1).with(user(committeeSecretaryA)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(pledges.status(entryA1)).isEqualTo("SUBMITTED");
    }

    @Test
    void bulkAcknowledgementWithOneForgedIdChangesNothing() throws Exception {
        mvc.perform(post("/pledges/review/acknowledge").with(user(cellSecretaryA1)).with(csrf())
                        .param("entry", String.valueOf(entryA1), String.valueOf(entryB1))
                        .param("unit", String.valueOf(cellA1)).param("year", "2026").param("month", "10"))
                .andExpect(status().isForbidden());

        assertThat(pledges.status(entryA1)).isEqualTo("SUBMITTED");
        assertThat(pledges.status(entryB1)).isEqualTo("SUBMITTED");
    }

    @Test
    void cellSecretaryAcknowledgesTheCellInOneGo() throws Exception {
        mvc.perform(post("/pledges/review/acknowledge").with(user(cellSecretaryA1)).with(csrf())
                        .param("entry", String.valueOf(entryA1)).param("unit", String.valueOf(cellA1))
                        .param("year", "2026").param("month", "10"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("acknowledged", 1));

        assertThat(pledges.status(entryA1)).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void aDraftIsSeenByItsMemberOnly() throws Exception {
        mvc.perform(get("/pledges/entries/{id}", draftA1).with(user(cellSecretaryA1))).andExpect(status().isNotFound());
        mvc.perform(post("/pledges/entries/{id}/acknowledge", draftA1).with(user(cellSecretaryA1)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(pledges.status(draftA1)).isEqualTo("DRAFT");
    }

    @Test
    void leaderAndStaffReadButDoNotReview() throws Exception {
        for (PortalUser reader : new PortalUser[] {leader, staff}) {
            mvc.perform(get("/pledges/review").param("unit", String.valueOf(cellA1)).with(user(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(nameA1)));
            mvc.perform(get("/pledges/entries/{id}", entryA1).with(user(reader))).andExpect(status().isOk());
            mvc.perform(post("/pledges/entries/{id}/acknowledge", entryA1).with(user(reader)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(pledges.status(entryA1)).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyTheBlocStaffKeepThePledgeAreas() throws Exception {
        String title = Fixtures.unique("Nội dung thử");
        mvc.perform(post("/pledges/areas").param("year", "2027").param("title", title).with(user(cellSecretaryA1)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pledges/areas").param("year", "2027").param("title", title).with(user(leader)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pledges/areas").param("year", "2027").param("title", title).with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT count(*) FROM pledge_area WHERE year = 2027 AND title = :t").param("t", title)
                .query(Long.class).single()).isEqualTo(1);
    }
}
