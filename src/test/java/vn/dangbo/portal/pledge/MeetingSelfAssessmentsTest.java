package vn.dangbo.portal.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** A cell meeting's page lists the cell's self-assessments of the meeting's month, so the secretary reviews from there. */
@PortalTest
class MeetingSelfAssessmentsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PledgeAreas pledgeAreas;

    PledgeFixtures pledges;
    long cell;
    long meeting;
    long submitted;
    long acknowledged;
    long silent;
    long stranger;
    long submittedEntry;
    PortalUser cellSecretary;

    @BeforeEach
    void aCellWithOctoberEntriesAndItsOctoberMeeting() {
        pledges = new PledgeFixtures(jdbc, pledgeAreas);
        cell = fixtures.grassrootsCell(Fixtures.unique("Chi bộ Mục"));
        submitted = fixtures.member(cell, "Lê", "Thị", Fixtures.unique("An"));
        acknowledged = fixtures.member(cell, "Phạm", "Văn", Fixtures.unique("Bình"));
        silent = fixtures.member(cell, "Hoàng", "Văn", Fixtures.unique("Dũng"));
        stranger = fixtures.member(fixtures.grassrootsCell(Fixtures.unique("Chi bộ Khác")), "Vũ", "Thị", Fixtures.unique("Lan"));
        submittedEntry = pledges.entry(pledges.pledge(submitted, 2026, PledgeStatus.APPROVED), 2026, 10, AssessmentStatus.SUBMITTED);
        pledges.entry(pledges.pledge(acknowledged, 2026, PledgeStatus.APPROVED), 2026, 10, AssessmentStatus.ACKNOWLEDGED);
        pledges.pledge(silent, 2026, PledgeStatus.APPROVED);
        pledges.entry(pledges.pledge(stranger, 2026, PledgeStatus.APPROVED), 2026, 10, AssessmentStatus.SUBMITTED);
        meeting = jdbc.sql("INSERT INTO meeting (organization_id, held_on, kind) VALUES (:c, '2026-10-28', 'REGULAR') RETURNING id")
                .param("c", cell).query(Long.class).single();
        cellSecretary = fixtures.user(Role.SECRETARY, null, cell);
    }

    @Test
    void theMeetingListsEveryMemberOfTheCellWithTheMonthsStatusAndALinkToTheEntry() throws Exception {
        String page = meetingPage();

        assertThat(page).contains("Tự đánh giá tháng 10/2026 của chi bộ");
        assertThat(row(page, submitted)).contains("Chờ xác nhận", "href=\"/pledges/entries/" + submittedEntry + "\"");
        assertThat(row(page, acknowledged)).contains("Đã xác nhận");
        assertThat(row(page, silent)).contains("Không nộp").doesNotContain("/pledges/entries/");
        assertThat(page).doesNotContain("self-assessment-" + stranger);
        assertThat(page).containsPattern("month-SUBMITTED\">Chờ xác nhận: 1<")
                .contains("href=\"/pledges/review?unit=" + cell + "&amp;year=2026&amp;month=10\"");
    }

    @Test
    void aLargerCellCostsNoMoreStatements() throws Exception {
        StatementCounter.reset();
        meetingPage();
        long threeMembers = StatementCounter.count();
        for (int i = 0; i < 5; i++) {
            pledges.entry(pledges.pledge(fixtures.member(cell, "Đỗ", "Văn", Fixtures.unique("Hải")), 2026, PledgeStatus.APPROVED),
                    2026, 10, AssessmentStatus.SUBMITTED);
        }
        StatementCounter.reset();
        assertThat(Pattern.compile("id=\"self-assessment-").matcher(meetingPage()).results().count()).isEqualTo(8);
        assertThat(StatementCounter.count()).isEqualTo(threeMembers);
    }

    private String meetingPage() throws Exception {
        return mvc.perform(get("/meetings/{id}", meeting).with(user(cellSecretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The table row of one member. */
    private static String row(String page, long member) {
        Matcher row = Pattern.compile("<tr id=\"self-assessment-" + member + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("row of member %d", member).isTrue();
        return row.group(1);
    }
}
