package vn.dangbo.portal.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.StatementCounter;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** The month matrix, the roll-up and a member's book run a fixed number of statements, however many members; big units are paged. */
@PortalTest
class PledgePageStatementsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PledgeAreas pledgeAreas;

    PledgeFixtures pledges;
    long committee;
    long cellA;
    long cellB;
    PortalUser committeeSecretary;

    @BeforeEach
    void aCommitteeWithTwoCells() {
        pledges = new PledgeFixtures(jdbc, pledgeAreas);
        committee = fixtures.committee("Đảng bộ đo câu lệnh");
        cellA = fixtures.subCell(committee, "Chi bộ A");
        cellB = fixtures.subCell(committee, "Chi bộ B");
        committeeSecretary = fixtures.user(Role.SECRETARY, null, committee);
        addMembersWithAYear(2);
    }

    private void addMembersWithAYear(int perCell) {
        for (long cell : new long[] {cellA, cellB}) {
            for (int i = 0; i < perCell; i++) {
                long member = fixtures.member(cell, "Nguyễn", "Văn", Fixtures.unique("Đếm"));
                long pledge = pledges.pledge(member, 2026, PledgeStatus.APPROVED);
                for (int month = 1; month <= 10; month++) {
                    pledges.entry(pledge, 2026, month, month == 10 ? AssessmentStatus.SUBMITTED : AssessmentStatus.ACKNOWLEDGED);
                }
            }
        }
    }

    @Test
    void monthMatrixOfACommitteeRunsTheSameStatementsForFourOrFortyMembers() throws Exception {
        RequestBuilder matrix = get("/pledges/review").param("unit", String.valueOf(committee)).param("year", "2026")
                .param("month", "10").with(user(committeeSecretary));
        long small = statementsOf(matrix);
        addMembersWithAYear(18);
        long large = statementsOf(matrix);

        assertThat(large).as("the page's own: the month's counts with the page of members, the exempt, their years in two")
                .isEqualTo(small).isLessThanOrEqualTo(8);
    }

    @Test
    void blocWideRollUpAndTheNamesOfACommitteeRunAFewStatements() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        assertThat(statementsOf(get("/pledges/missing").param("year", "2026").param("month", "10").with(user(staff))))
                .isLessThanOrEqualTo(4);
        long small = statementsOf(get("/pledges/missing").param("unit", String.valueOf(committee)).param("year", "2026")
                .param("month", "10").with(user(committeeSecretary)));
        addMembersWithAYear(10);
        assertThat(statementsOf(get("/pledges/missing").param("unit", String.valueOf(committee)).param("year", "2026")
                .param("month", "10").with(user(committeeSecretary)))).isEqualTo(small).isLessThanOrEqualTo(7);
    }

    @Test
    void aLargeUnitIsDrawnFiftyRowsAPageWithTheCountsOfTheWholeUnit() throws Exception {
        addMembersWithAYear(50);
        String first = mvc.perform(get("/pledges/review").param("unit", String.valueOf(committee)).param("year", "2026")
                        .param("month", "10").with(user(committeeSecretary)))
                .andReturn().getResponse().getContentAsString();
        String last = mvc.perform(get("/pledges/review").param("unit", String.valueOf(committee)).param("year", "2026")
                        .param("month", "10").param("page", "2").with(user(committeeSecretary)))
                .andReturn().getResponse().getContentAsString();

        assertThat(first).contains("Đảng viên 1–50 trong 104", "Chờ xác nhận: 104");
        assertThat(first.split("id=\"row-", -1)).hasSize(51);
        assertThat(last).contains("Đảng viên 101–104 trong 104", "Chờ xác nhận: 104");
        assertThat(last.split("id=\"row-", -1)).hasSize(5);
    }

    @Test
    void filteringOnTheMonthsStatePagesOnlyTheMembersInThatState() throws Exception {
        addMembersWithAYear(50);
        jdbc.sql("""
                UPDATE monthly_assessment SET status = 'ACKNOWLEDGED', reviewed_at = now(), reviewed_by = 'Bí thư'
                 WHERE month = 10 AND pledge_id IN (SELECT p.id FROM pledge p JOIN member m ON m.id = p.member_id
                                                     WHERE m.organization_id = :cell)
                """).param("cell", cellA).update();
        String acknowledged = mvc.perform(get("/pledges/review").param("unit", String.valueOf(committee)).param("year", "2026")
                        .param("month", "10").param("status", "ACKNOWLEDGED").with(user(committeeSecretary)))
                .andReturn().getResponse().getContentAsString();

        assertThat(acknowledged).contains("Chờ xác nhận: 52", "Đã xác nhận: 52", "Đảng viên 1–50 trong 52");
        assertThat(acknowledged.split("id=\"row-", -1)).hasSize(51);
        assertThat(acknowledged).as("only cell A's rows, so no cell headings").doesNotContain("class=\"matrix-group\"");
    }

    @Test
    void aMembersBookRunsAFixedNumberOfStatements() throws Exception {
        long member = jdbc.sql("SELECT min(id) FROM member WHERE organization_id = :cell").param("cell", cellA).query(Long.class).single();
        PortalUser memberUser = fixtures.user(Role.MEMBER, member, null);

        assertThat(statementsOf(get("/pledges/my").with(user(memberUser)))).isLessThanOrEqualTo(7);
    }

    private long statementsOf(RequestBuilder request) throws Exception {
        StatementCounter.reset();
        mvc.perform(request).andExpect(status().isOk());
        return StatementCounter.count();
    }
}
