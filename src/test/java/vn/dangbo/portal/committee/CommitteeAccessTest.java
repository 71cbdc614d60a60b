package vn.dangbo.portal.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.TestClock;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * The secretary relation comes from the committee records: access moves on the day a new secretary takes
 * office, a deputy administers the unit too, an account without a member record keeps its admin-set unit,
 * and nobody records the committee of the unit they administer.
 */
@PortalTest
class CommitteeAccessTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired CommitteeChanges changes;

    long committee;
    long cell;
    long otherCell;
    long outgoing;
    long incoming;
    long outsider;
    PortalUser outgoingUser;
    PortalUser incomingUser;
    PortalUser staff;

    @BeforeEach
    void aCellWithItsSecretary() {
        committee = fixtures.committee("Đảng bộ Sở Cấp ủy");
        cell = fixtures.subCell(committee, "Chi bộ Phòng Một");
        otherCell = fixtures.subCell(committee, "Chi bộ Phòng Hai");
        outgoing = fixtures.member(cell, "Nguyễn", "Văn", Fixtures.unique("Cũ"));
        incoming = fixtures.member(cell, "Trần", "Thị", Fixtures.unique("Mới"));
        outsider = fixtures.member(fixtures.subCell(fixtures.committee("Đảng bộ Khác"), "Chi bộ Ngoài"), "Lê", "Văn", Fixtures.unique("Ngoài"));
        outgoingUser = fixtures.user(Role.SECRETARY, outgoing, null);
        incomingUser = fixtures.user(Role.SECRETARY, incoming, null);
        staff = fixtures.user(Role.STAFF, null, null);
        seat(cell, outgoing, "SECRETARY", LocalDate.of(2025, 4, 10), null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void newSecretaryTakingOfficeMovesAccessOnThatDay() throws Exception {
        mvc.perform(post("/committees/{unit}/new", cell).with(user(staff)).with(csrf())
                        .param("memberId", String.valueOf(incoming)).param("termStartYear", "2025").param("office", "SECRETARY")
                        .param("appointment", "APPOINTED").param("startsOn", "01/12/2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT ends_on FROM committee_position WHERE member_id = :m AND position = 'SECRETARY'")
                .param("m", outgoing).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 11, 30));

        // 25/11/2026: the outgoing secretary still administers the cell
        mvc.perform(get("/organizations/{id}", cell).with(user(outgoingUser))).andExpect(status().isOk());
        mvc.perform(get("/organizations/{id}", cell).with(user(incomingUser))).andExpect(status().isForbidden());

        clock.advance(Duration.ofDays(5));   // 30/11/2026, the predecessor's last day
        mvc.perform(get("/organizations/{id}", cell).with(user(outgoingUser))).andExpect(status().isOk());
        mvc.perform(get("/organizations/{id}", cell).with(user(incomingUser))).andExpect(status().isForbidden());

        clock.advance(Duration.ofDays(1));   // 01/12/2026: the new secretary takes office
        mvc.perform(get("/organizations/{id}", cell).with(user(incomingUser))).andExpect(status().isOk());
        mvc.perform(get("/members").param("organization", String.valueOf(cell)).with(user(incomingUser))).andExpect(status().isOk());
        mvc.perform(get("/organizations/{id}", cell).with(user(outgoingUser))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user(outgoingUser))).andExpect(redirectedUrl("/members/" + outgoing));
        mvc.perform(get("/").with(user(incomingUser))).andExpect(redirectedUrl("/organizations/" + cell));
        mvc.perform(get("/organizations").with(user(outgoingUser))).andExpect(status().isForbidden());
    }

    @Test
    void theUnitsSecretaryOfRecordFollowsTheCommitteeToTheDay() {
        jdbc.sql("UPDATE committee_position SET ends_on = '2026-11-30' WHERE member_id = :m").param("m", outgoing).update();
        seat(cell, incoming, "SECRETARY", LocalDate.of(2026, 12, 1), null);

        changes.copySecretariesForToday();
        assertThat(secretaryOfRecord(cell)).isEqualTo(outgoing);
        clock.advance(Duration.ofDays(6));
        changes.copySecretariesForToday();
        assertThat(secretaryOfRecord(cell)).isEqualTo(incoming);
    }

    @Test
    void deputySecretaryAdministersTheUnitAndTheHighestSeatWins() throws Exception {
        seat(cell, incoming, "DEPUTY_SECRETARY", LocalDate.of(2025, 4, 10), null);
        mvc.perform(get("/organizations/{id}", cell).with(user(incomingUser))).andExpect(status().isOk());
        mvc.perform(get("/organizations/{id}", committee).with(user(incomingUser))).andExpect(status().isForbidden());

        seat(committee, incoming, "DEPUTY_SECRETARY", LocalDate.of(2025, 6, 1), null);
        mvc.perform(get("/organizations/{id}", otherCell).with(user(incomingUser))).andExpect(status().isOk());
    }

    @Test
    void committeeMemberWithoutSecretarySeatSeesOnlyTheirOwnRecord() throws Exception {
        seat(cell, incoming, "COMMITTEE_MEMBER", LocalDate.of(2025, 4, 10), null);
        mvc.perform(get("/organizations/{id}", cell).with(user(incomingUser))).andExpect(status().isForbidden());
        mvc.perform(get("/members/{id}", incoming).with(user(incomingUser))).andExpect(status().isOk());
        mvc.perform(get("/members/{id}", outgoing).with(user(incomingUser))).andExpect(status().isForbidden());
    }

    @Test
    void accountWithoutMemberRecordKeepsTheUnitSetByTheAdministrator() throws Exception {
        PortalUser unlinked = fixtures.user(Role.SECRETARY, null, otherCell);
        mvc.perform(get("/organizations/{id}", otherCell).with(user(unlinked))).andExpect(status().isOk());
        mvc.perform(get("/organizations/{id}", cell).with(user(unlinked))).andExpect(status().isForbidden());
    }

    @Test
    void administratorCreatesASecretaryLinkedToAMemberWithoutChoosingAUnit() throws Exception {
        PortalUser admin = fixtures.user(Role.ADMIN, null, null);
        String linked = ("u-" + incoming).toLowerCase();
        mvc.perform(post("/admin/users/new").with(user(admin)).with(csrf()).param("username", linked)
                        .param("displayName", "Bí thư mới").param("role", "SECRETARY").param("memberId", String.valueOf(outsider))
                        .param("organizationId", String.valueOf(otherCell)).param("enabled", "true").param("password", "mat-khau-tam-thoi-1"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.sql("SELECT organization_id IS NULL FROM user_account WHERE username = :u").param("u", linked)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(post("/admin/users/new").with(user(admin)).with(csrf()).param("username", linked + "-x")
                        .param("displayName", "Bí thư không liên kết").param("role", "SECRETARY").param("enabled", "true")
                        .param("password", "mat-khau-tam-thoi-1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "organizationId", "user.organizationRequired"));
    }

    @Test
    void secretaryCannotRecordTheCommitteeOfTheirOwnUnitByForgingThePost() throws Exception {
        mvc.perform(post("/committees/{unit}/new", cell).with(user(outgoingUser)).with(csrf())
                        .param("memberId", String.valueOf(outgoing)).param("termStartYear", "2025").param("office", "DEPUTY_SECRETARY")
                        .param("appointment", "ELECTED").param("startsOn", "01/05/2025"))
                .andExpect(status().isForbidden());
        long position = jdbc.sql("SELECT id FROM committee_position WHERE member_id = :m").param("m", outgoing).query(Long.class).single();
        mvc.perform(post("/committees/positions/{id}/edit", position).with(user(outgoingUser)).with(csrf())
                        .param("termStartYear", "2025").param("office", "SECRETARY").param("appointment", "ELECTED")
                        .param("startsOn", "10/04/2025").param("endsOn", "31/12/2040").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/committees/positions/{id}/delete", position).with(user(outgoingUser)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM committee_position WHERE organization_id = :u").param("u", cell)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void secretaryAboveSeatsOnlyMembersOfTheUnitAndNoStandingCommitteeInACell() throws Exception {
        long head = fixtures.member(cell, "Phạm", "Văn", Fixtures.unique("Trưởng"));
        PortalUser committeeSecretary = fixtures.user(Role.SECRETARY, head, null);
        seat(committee, head, "SECRETARY", LocalDate.of(2025, 6, 1), null);

        mvc.perform(post("/committees/{unit}/new", otherCell).with(user(committeeSecretary)).with(csrf())
                        .param("memberId", String.valueOf(outsider)).param("termStartYear", "2025").param("office", "DEPUTY_SECRETARY")
                        .param("appointment", "ELECTED").param("startsOn", "01/05/2025"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "memberId", "committee.memberNotInUnit"));
        mvc.perform(post("/committees/{unit}/new", cell).with(user(committeeSecretary)).with(csrf())
                        .param("memberId", String.valueOf(incoming)).param("termStartYear", "2025").param("office", "STANDING_MEMBER")
                        .param("appointment", "ELECTED").param("startsOn", "01/05/2025"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "office", "committee.officeNotInCell"));
        mvc.perform(post("/committees/{unit}/new", cell).with(user(committeeSecretary)).with(csrf())
                        .param("memberId", String.valueOf(incoming)).param("termStartYear", "2020").param("office", "COMMITTEE_MEMBER")
                        .param("appointment", "ELECTED").param("startsOn", "01/05/2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "startsOn", "committee.outsideTerm"));
        mvc.perform(post("/committees/{unit}/new", cell).with(user(committeeSecretary)).with(csrf())
                        .param("memberId", String.valueOf(incoming)).param("termStartYear", "2025").param("office", "COMMITTEE_MEMBER")
                        .param("appointment", "ELECTED").param("startsOn", "01/05/2025"))
                .andExpect(redirectedUrl("/committees/" + cell));
        assertThat(jdbc.sql("SELECT count(*) FROM committee_position WHERE member_id IN (:m)")
                .param("m", List.of(outsider, incoming)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aNewSecretaryCannotOverlapOneWhoTookOfficeLater() throws Exception {
        mvc.perform(post("/committees/{unit}/new", cell).with(user(staff)).with(csrf())
                        .param("memberId", String.valueOf(incoming)).param("termStartYear", "2025").param("office", "SECRETARY")
                        .param("appointment", "APPOINTED").param("startsOn", "01/03/2025"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "startsOn", "committee.secretaryOverlap"));
    }

    @Test
    void unitPageShowsTheCommitteeAndTheProfileShowsTheSeatsHeld() throws Exception {
        String name = jdbc.sql("SELECT given_name FROM member WHERE id = :m").param("m", outgoing).query(String.class).single();
        seat(otherCell, outgoing, "COMMITTEE_MEMBER", LocalDate.of(2020, 5, 4), LocalDate.of(2025, 4, 9));
        mvc.perform(get("/organizations/{id}", cell).with(user(staff)))
                .andExpect(content().string(Matchers.containsString("committee-section")))
                .andExpect(content().string(Matchers.containsString(name)));
        mvc.perform(get("/members/{id}", outgoing).with(user(outgoingUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nhiệm kỳ 2025–2030")))
                .andExpect(content().string(Matchers.containsString("Nhiệm kỳ 2020–2025")))
                .andExpect(content().string(Matchers.containsString("04/05/2020")));
        mvc.perform(get("/committees/{id}", cell).with(user(outgoingUser))).andExpect(status().isOk());
        mvc.perform(get("/committees/{id}", committee).with(user(outgoingUser))).andExpect(status().isForbidden());
    }

    private void seat(long unit, long member, String position, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        INSERT INTO committee_position (organization_id, member_id, term_start_year, position, appointment, starts_on, ends_on)
                        VALUES (:unit, :member, :term, :position, 'ELECTED', :from, :to)
                        """)
                .param("unit", unit).param("member", member).param("term", from.getYear() / 5 * 5).param("position", position)
                .param("from", from).param("to", to).update();
    }

    private Long secretaryOfRecord(long unit) {
        return jdbc.sql("SELECT secretary_member_id FROM organization WHERE id = :u").param("u", unit).query(Long.class).single();
    }
}
