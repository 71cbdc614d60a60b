package vn.dangbo.portal.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

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
import vn.dangbo.portal.security.Scope;

/** Who has not submitted October 2026 (deadline 05/11, today 25/11), per cell and rolled up; the not required apart. */
@PortalTest
class SubmissionRollUpTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PledgeAreas pledgeAreas;
    @Autowired SubmissionRollUp rollUp;

    PledgeFixtures pledges;
    long committee;
    long cellX;
    long cellY;
    String missingX;
    String missingY;
    String exemptX;
    String newY;
    String onTimeX;
    PortalUser committeeSecretary;

    @BeforeEach
    void twoCellsWithEveryKindOfMember() {
        pledges = new PledgeFixtures(jdbc, pledgeAreas);
        committee = fixtures.committee("Đảng bộ Sở Xây dựng");
        cellX = fixtures.subCell(committee, "Chi bộ X");
        cellY = fixtures.subCell(committee, "Chi bộ Y");
        onTimeX = Fixtures.unique("Đúng hạn");
        missingX = Fixtures.unique("Thiếu X");
        missingY = Fixtures.unique("Thiếu Y");
        exemptX = Fixtures.unique("Miễn");
        newY = Fixtures.unique("Mới");
        october(fixtures.member(cellX, "Nguyễn", "Văn", onTimeX), AssessmentStatus.ACKNOWLEDGED, false);
        october(fixtures.member(cellX, "Trần", "Thị", Fixtures.unique("Muộn")), AssessmentStatus.SUBMITTED, true);
        fixtures.member(cellX, "Lê", "Văn", missingX);
        fixtures.member(cellX, "Phan", "Văn", exemptX, "MALE", LocalDate.of(1958, 6, 1), "EXEMPT");
        october(fixtures.member(cellY, "Hồ", "Thị", missingY), AssessmentStatus.DRAFT, false);
        long admitted = fixtures.member(cellY, "Đỗ", "Văn", newY);
        jdbc.sql("UPDATE member SET status = 'PROBATIONARY', admission_date = '2026-10-10', official_date = NULL WHERE id = :id")
                .param("id", admitted).update();
        october(fixtures.member(cellY, "Ngô", "Thị", Fixtures.unique("Đúng hạn Y")), AssessmentStatus.RETURNED, false);
        committeeSecretary = fixtures.user(Role.SECRETARY, null, committee);
    }

    private void october(long member, AssessmentStatus status, boolean late) {
        long pledge = pledges.pledge(member, 2026, PledgeStatus.APPROVED);
        pledges.entry(pledge, 2026, 10, status, late, Fulfilment.DONE, 0, Fulfilment.DONE,
                status == AssessmentStatus.DRAFT ? null : LocalDateTime.of(2026, 11, late ? 8 : 3, 17, 0));
    }

    @Test
    void committeeCountsRollUpFromItsCells() {
        SubmissionRollUp.Unit unit = rollUp.counts(path(committee), YearMonth.of(2026, 10), Scope.subtree(committee, path(committee)));

        // expected 5 (the exempt and the newly admitted apart), 2 on time, 1 late, so 2 missing
        assertThat(unit.tally()).isEqualTo(new SubmissionRollUp.Tally(5, 2, 1, 2));
        assertThat(unit.tally().notSubmitted()).isEqualTo(2);
        assertThat(unit.children()).extracting(child -> child.id(), child -> child.tally())
                .containsExactly(tuple(cellX, new SubmissionRollUp.Tally(3, 1, 1, 1)), tuple(cellY, new SubmissionRollUp.Tally(2, 1, 0, 1)));
    }

    @Test
    void pageListsTheMissingAndTheNotRequiredApart() throws Exception {
        String html = mvc.perform(get("/pledges/missing").param("unit", String.valueOf(committee)).param("year", "2026")
                        .param("month", "10").with(user(committeeSecretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("60,00 %")))
                .andReturn().getResponse().getContentAsString();

        String missing = section(html, "missing-names");
        assertThat(missing).contains(missingX, missingY).doesNotContain(onTimeX, exemptX, newY);
        String apart = section(html, "not-required-names");
        assertThat(apart).contains(exemptX, "Miễn sinh hoạt", newY, "Kết nạp ngày 10/10/2026").doesNotContain(missingX);
    }

    @Test
    void blocStaffSeeCountsPerGrassrootsOrganisationWithoutNames() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        String html = mvc.perform(get("/pledges/missing").param("year", "2026").param("month", "10").with(user(staff)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("/pledges/missing?unit=" + committee + "&amp;year=2026&amp;month=10").doesNotContain("id=\"missing-names\"");
    }

    @Test
    void theMatrixShowsTheSameMonthAsTheRollUp() throws Exception {
        String html = mvc.perform(get("/pledges/review").param("unit", String.valueOf(cellX)).param("year", "2026").param("month", "10")
                        .with(user(committeeSecretary)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(row(html, missingX)).contains("month-MISSING selected");
        assertThat(row(html, onTimeX)).contains("month-ACKNOWLEDGED selected");
        assertThat(section(html, "exempt")).contains(exemptX);
    }

    private String path(long unit) {
        return jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", unit).query(String.class).single();
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    /** The table row of the member with the given name. */
    private static String row(String html, String name) {
        int at = html.indexOf(name);
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }
}
