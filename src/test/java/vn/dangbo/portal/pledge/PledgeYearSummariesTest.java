package vn.dangbo.portal.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

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
 * The year summary the rating pre-fills from, and its quarters, on a small year written by hand
 * (today is 25/11/2026: October's deadline has passed, November is open, December is to come).
 */
@PortalTest
class PledgeYearSummariesTest {

    @Autowired PledgeYearSummaries summaries;
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PledgeAreas pledgeAreas;

    PledgeFixtures pledges;
    long cell;
    long member;

    @BeforeEach
    void aMemberWithAMixedYear() {
        pledges = new PledgeFixtures(jdbc, pledgeAreas);
        assertThat(pledges.areas(2026)).hasSize(7);
        cell = fixtures.grassrootsCell("Chi bộ Sở Tư pháp");
        member = fixtures.member(cell, "Đặng", "Thị", Fixtures.unique("Hồng"));
        long pledge = pledges.pledge(member, 2026, PledgeStatus.APPROVED);
        jdbc.sql("UPDATE pledge SET remark = 'Gương mẫu, hoàn thành tốt nhiệm vụ.' WHERE id = :id").param("id", pledge).update();
        for (int month = 1; month <= 3; month++) {
            pledges.entry(pledge, 2026, month, AssessmentStatus.ACKNOWLEDGED);
        }
        // April late with two areas partly done, May missing, June awaiting review with one area not done
        pledges.entry(pledge, 2026, 4, AssessmentStatus.ACKNOWLEDGED, true, Fulfilment.DONE, 2, Fulfilment.PARTLY,
                LocalDateTime.of(2026, 5, 9, 17, 0));
        pledges.entry(pledge, 2026, 6, AssessmentStatus.SUBMITTED, false, Fulfilment.DONE, 1, Fulfilment.NOT_DONE,
                LocalDateTime.of(2026, 7, 2, 17, 0));
        // July returned, August only a draft (so missing), September acknowledged; nothing for October
        pledges.entry(pledge, 2026, 7, AssessmentStatus.RETURNED);
        pledges.entry(pledge, 2026, 8, AssessmentStatus.DRAFT);
        pledges.entry(pledge, 2026, 9, AssessmentStatus.ACKNOWLEDGED);
    }

    @Test
    void yearCountsRequiredSubmittedLateMissingAndAreaResults() {
        PledgeYearSummary summary = summaries.forMember(member, 2026);

        assertThat(summary.pledgeApproved()).isTrue();
        assertThat(summary.total()).isEqualTo(new PeriodTally(10, 7, 6, 1, 5, 1, 3, 46, 2, 1));
        assertThat(summary.remark()).isEqualTo("Gương mẫu, hoàn thành tốt nhiệm vụ.");
        assertThat(summary.comments()).extracting(MonthState::month, MonthState::comment)
                .containsExactly(tuple(7, "Đề nghị bổ sung"));
        assertThat(summary.months()).extracting(MonthState::status).containsExactly(
                MonthStatus.ACKNOWLEDGED, MonthStatus.ACKNOWLEDGED, MonthStatus.ACKNOWLEDGED, MonthStatus.ACKNOWLEDGED,
                MonthStatus.MISSING, MonthStatus.SUBMITTED, MonthStatus.RETURNED, MonthStatus.MISSING,
                MonthStatus.ACKNOWLEDGED, MonthStatus.MISSING, MonthStatus.OPEN, MonthStatus.NOT_YET);
    }

    @Test
    void quartersAreDerivedFromTheirThreeMonths() {
        PledgeYearSummary summary = summaries.forMember(member, 2026);

        assertThat(summary.quarters()).containsExactly(
                new PeriodTally(3, 3, 3, 0, 3, 0, 0, 21, 0, 0),
                new PeriodTally(3, 2, 1, 1, 1, 0, 1, 11, 2, 1),
                new PeriodTally(3, 2, 2, 0, 1, 1, 1, 14, 0, 0),
                new PeriodTally(1, 0, 0, 0, 0, 0, 1, 0, 0, 0));
    }

    @Test
    void exemptMembersAndMonthsBeforeAdmissionAreNotRequired() {
        long exempt = fixtures.member(cell, "Võ", "Văn", Fixtures.unique("Toàn"), "MALE", LocalDate.of(1955, 1, 2), "EXEMPT");
        long admitted = fixtures.member(cell, "Bùi", "Thị", Fixtures.unique("Lan"));
        jdbc.sql("UPDATE member SET status = 'PROBATIONARY', admission_date = '2026-03-15', official_date = NULL WHERE id = :id")
                .param("id", admitted).update();

        Map<Long, PledgeYearSummary> found = summaries.forMembers(List.of(exempt, admitted, -1L), 2026);

        assertThat(found).containsOnlyKeys(exempt, admitted);
        assertThat(found.get(exempt).total().required()).isZero();
        assertThat(found.get(exempt).total().missing()).isZero();
        assertThat(found.get(exempt).hasPledge()).isFalse();
        assertThat(found.get(admitted).months()).extracting(MonthState::status).startsWith(
                MonthStatus.NOT_REQUIRED, MonthStatus.NOT_REQUIRED, MonthStatus.NOT_REQUIRED, MonthStatus.MISSING);
        assertThat(found.get(admitted).total().required()).isEqualTo(7);
    }

    @Test
    void memberSeesTheQuartersAndTheSecretarysCommentsInTheirBook() throws Exception {
        PortalUser memberUser = fixtures.user(Role.MEMBER, member, null);
        mvc.perform(get("/pledges/my").param("lang", "en").with(user(memberUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("3/3 months submitted")))
                .andExpect(content().string(Matchers.containsString("Self-assess 11/2026")));
        mvc.perform(get("/pledges/my").param("lang", "vi").with(user(memberUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("3/3 tháng đã nộp")))
                .andExpect(content().string(Matchers.containsString("Nội dung: 11 hoàn thành · 2 một phần · 1 chưa hoàn thành")))
                .andExpect(content().string(Matchers.containsString("Gương mẫu, hoàn thành tốt nhiệm vụ.")))
                .andExpect(content().string(Matchers.containsString("Tự đánh giá tháng 11/2026")));
    }
}
