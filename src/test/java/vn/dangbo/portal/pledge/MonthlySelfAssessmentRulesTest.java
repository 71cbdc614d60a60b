package vn.dangbo.portal.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.TestClock;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** The member's side: one pledge a year, one entry a month, deadlines, read-only after submission, return and resubmit. */
@PortalTest
class MonthlySelfAssessmentRulesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PledgeAreas pledgeAreas;
    @Autowired TestClock clock;

    PledgeFixtures pledges;
    List<PledgeArea> areas;
    long cell;
    long member;
    PortalUser memberUser;
    PortalUser cellSecretary;

    @BeforeEach
    void oneCellWithAMemberAndItsSecretary() {
        pledges = new PledgeFixtures(jdbc, pledgeAreas);
        areas = pledges.areas(2026);
        cell = fixtures.subCell(fixtures.committee("Đảng bộ Sở"), "Chi bộ Phòng");
        member = fixtures.member(cell, "Nguyễn", "Thị", Fixtures.unique("Hương"));
        long secretary = fixtures.member(cell, "Trần", "Văn", Fixtures.unique("Bình"));
        fixtures.secretary(cell, secretary);
        memberUser = fixtures.user(Role.MEMBER, member, null);
        cellSecretary = fixtures.user(Role.SECRETARY, secretary, cell);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void databaseKeepsOnePledgePerMemberAndYearAndOneEntryPerMonth() {
        long pledge = pledges.pledge(member, 2026, PledgeStatus.APPROVED);
        pledges.entry(pledge, 2026, 3, AssessmentStatus.ACKNOWLEDGED);

        assertThatThrownBy(() -> pledges.pledge(member, 2026, PledgeStatus.DRAFT)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> pledges.entry(pledge, 2026, 3, AssessmentStatus.DRAFT)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void memberSubmitsThisMonthOnTime() throws Exception {
        pledges.pledge(member, 2026, PledgeStatus.APPROVED);

        mvc.perform(entry(2026, 11, "submit"))
                .andExpect(redirectedUrl("/pledges/my?year=2026"))
                .andExpect(flash().attribute("success", "pledge.entry.submitted"));

        assertThat(entryRow(2026, 11)).containsEntry("status", "SUBMITTED").containsEntry("late", false);
    }

    @Test
    void lastMonthIsLateAfterTheFifthButStillAccepted() throws Exception {
        pledges.pledge(member, 2026, PledgeStatus.APPROVED);

        mvc.perform(entry(2026, 10, "submit")).andExpect(flash().attribute("success", "pledge.entry.submittedLate"));

        assertThat(entryRow(2026, 10)).containsEntry("status", "SUBMITTED").containsEntry("late", true);
    }

    @Test
    void theFifthOfTheNextMonthIsStillOnTimeAndTheSixthIsLate() throws Exception {
        long pledge = pledges.pledge(member, 2026, PledgeStatus.APPROVED);
        long neighbour = fixtures.member(cell, "Lê", "Văn", Fixtures.unique("Nam"));
        pledges.pledge(neighbour, 2026, PledgeStatus.APPROVED);
        PortalUser neighbourUser = fixtures.user(Role.MEMBER, neighbour, null);

        moveClockTo(LocalDateTime.of(2026, 11, 5, 23, 50));
        mvc.perform(entry(2026, 10, "submit")).andExpect(status().is3xxRedirection());
        moveClockTo(LocalDateTime.of(2026, 11, 6, 0, 10));
        mvc.perform(entry(2026, 10, "submit").with(user(neighbourUser))).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT late FROM monthly_assessment WHERE pledge_id = :p AND month = 10").param("p", pledge)
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("""
                        SELECT a.late FROM monthly_assessment a JOIN pledge p ON p.id = a.pledge_id
                         WHERE p.member_id = :m AND p.year = 2026 AND a.month = 10""")
                .param("m", neighbour).query(Boolean.class).single()).isTrue();
    }

    @Test
    void submittedEntryIsReadOnlyForTheMember() throws Exception {
        long pledge = pledges.pledge(member, 2026, PledgeStatus.APPROVED);
        long entry = pledges.entry(pledge, 2026, 9, AssessmentStatus.SUBMITTED);
        long version = jdbc.sql("SELECT version FROM monthly_assessment WHERE id = :id").param("id", entry).query(Long.class).single();

        mvc.perform(get("/pledges/my/2026/9").with(user(memberUser))).andExpect(redirectedUrl("/pledges/entries/" + entry));
        mvc.perform(entry(2026, 9, "submit").param("version", String.valueOf(version)).param("nextMonthPlan", "Đổi kế hoạch"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bản tự đánh giá đã nộp nên không sửa được")));

        assertThat(jdbc.sql("SELECT next_month_plan FROM monthly_assessment WHERE id = :id").param("id", entry)
                .query(String.class).single()).isEqualTo("Kế hoạch");
    }

    @Test
    void returnedEntryIsCorrectedAndResubmittedKeepingItsFirstSubmissionOnTime() throws Exception {
        long pledge = pledges.pledge(member, 2026, PledgeStatus.APPROVED);
        long entry = pledges.entry(pledge, 2026, 9, AssessmentStatus.SUBMITTED);

        mvc.perform(post("/pledges/entries/{id}/return", entry).with(user(cellSecretary)).with(csrf())
                        .param("comment", "Đề nghị ghi rõ kết quả nội dung 4."))
                .andExpect(redirectedUrl("/pledges/entries/" + entry));
        assertThat(pledges.status(entry)).isEqualTo("RETURNED");

        mvc.perform(get("/pledges/my/2026/9").with(user(memberUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đề nghị ghi rõ kết quả nội dung 4.")));
        long version = jdbc.sql("SELECT version FROM monthly_assessment WHERE id = :id").param("id", entry).query(Long.class).single();
        mvc.perform(entry(2026, 9, "submit").param("version", String.valueOf(version)))
                .andExpect(flash().attribute("success", "pledge.entry.submitted"));
        assertThat(entryRow(2026, 9)).containsEntry("status", "SUBMITTED").containsEntry("late", false);

        mvc.perform(post("/pledges/entries/{id}/acknowledge", entry).with(user(cellSecretary)).with(csrf()))
                .andExpect(redirectedUrl("/pledges/entries/" + entry));
        assertThat(pledges.status(entry)).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void returningNeedsAComment() throws Exception {
        long pledge = pledges.pledge(member, 2026, PledgeStatus.APPROVED);
        long entry = pledges.entry(pledge, 2026, 9, AssessmentStatus.SUBMITTED);

        mvc.perform(post("/pledges/entries/{id}/return", entry).with(user(cellSecretary)).with(csrf()).param("comment", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hãy ghi rõ nội dung cần bổ sung khi trả lại.")));
        assertThat(pledges.status(entry)).isEqualTo("SUBMITTED");
    }

    @Test
    void aMonthStillToComeCannotBeFilled() throws Exception {
        pledges.pledge(member, 2026, PledgeStatus.APPROVED);

        mvc.perform(get("/pledges/my/2026/12").with(user(memberUser))).andExpect(status().isNotFound());
        mvc.perform(entry(2026, 12, "submit"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chưa đến tháng này.")));
        assertThat(countEntries()).isZero();
    }

    @Test
    void monthlyEntriesNeedTheYearsPledgeSentFirst() throws Exception {
        pledges.pledge(member, 2026, PledgeStatus.DRAFT);

        mvc.perform(get("/pledges/my/2026/11").with(user(memberUser))).andExpect(redirectedUrl("/pledges/my?year=2026"));
        mvc.perform(entry(2026, 11, "submit"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hãy gửi bản đăng ký nêu gương của năm")));
        assertThat(countEntries()).isZero();
    }

    @Test
    void submittingNeedsAResultForEveryAreaAndSavesNothingOtherwise() throws Exception {
        pledges.pledge(member, 2026, PledgeStatus.APPROVED);

        mvc.perform(entry(2026, 11, "submit", 2))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hãy chọn kết quả cho nội dung này.")));
        assertThat(countEntries()).isZero();
    }

    @Test
    void draftSavedInPlaceAnswersWithTheNewVersion() throws Exception {
        pledges.pledge(member, 2026, PledgeStatus.APPROVED);

        mvc.perform(entry(2026, 11, "draft", 2).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã lưu nháp lúc 25/11/2026 09:00:00")))
                .andExpect(content().string(Matchers.containsString("id=\"version\"")));

        assertThat(entryRow(2026, 11)).containsEntry("status", "DRAFT");
    }

    @Test
    void approvedPledgeIsReadOnlyUntilTheSecretaryReopensIt() throws Exception {
        long pledge = pledges.pledge(member, 2026, PledgeStatus.APPROVED);

        mvc.perform(pledgeForm("submit").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bản đăng ký đã được duyệt")));

        mvc.perform(post("/pledges/{id}/reopen", pledge).with(user(cellSecretary)).with(csrf()))
                .andExpect(redirectedUrl("/pledges/book/" + member + "/2026"));
        assertThat(pledgeStatus(pledge)).isEqualTo("SUBMITTED");

        mvc.perform(pledgeForm("submit").param("version", "1")).andExpect(redirectedUrl("/pledges/my?year=2026"));
        assertThat(jdbc.sql("SELECT commitments ->> :area FROM pledge WHERE id = :id").param("id", pledge)
                .param("area", String.valueOf(areas.get(0).getId())).query(String.class).single()).isEqualTo("Cam kết mới 1");

        mvc.perform(post("/pledges/{id}/approve", pledge).with(user(cellSecretary)).with(csrf()));
        assertThat(pledgeStatus(pledge)).isEqualTo("APPROVED");
    }

    @Test
    void memberRegistersTheYearsPledgeOnce() throws Exception {
        mvc.perform(pledgeForm("submit")).andExpect(redirectedUrl("/pledges/my?year=2026"));
        mvc.perform(pledgeForm("save"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vừa được người khác thay đổi")));

        assertThat(jdbc.sql("SELECT count(*) FROM pledge WHERE member_id = :m AND year = 2026").param("m", member)
                .query(Long.class).single()).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder entry(int year, int month, String action) {
        return entry(year, month, action, -1);
    }

    /** The entry form with every area done, except the area {@code blank} left without a result. */
    private MockHttpServletRequestBuilder entry(int year, int month, String action, int blank) {
        MockHttpServletRequestBuilder request = post("/pledges/my/{y}/{m}", year, month).with(user(memberUser)).with(csrf())
                .param("action", action).param("nextMonthPlan", "Hoàn thành báo cáo quý");
        for (int i = 0; i < areas.size(); i++) {
            request.param("areas[" + i + "].areaId", String.valueOf(areas.get(i).getId()))
                    .param("areas[" + i + "].result", i == blank ? "" : "DONE")
                    .param("areas[" + i + "].note", "Kết quả " + (i + 1));
        }
        return request;
    }

    private MockHttpServletRequestBuilder pledgeForm(String action) {
        MockHttpServletRequestBuilder request = post("/pledges/my/2026/pledge").with(user(memberUser)).with(csrf())
                .param("action", action);
        for (int i = 0; i < areas.size(); i++) {
            request.param("commitments[" + i + "].areaId", String.valueOf(areas.get(i).getId()))
                    .param("commitments[" + i + "].text", "Cam kết mới " + (i + 1));
        }
        return request;
    }

    private Map<String, Object> entryRow(int year, int month) {
        return jdbc.sql("""
                        SELECT a.status, a.late FROM monthly_assessment a JOIN pledge p ON p.id = a.pledge_id
                         WHERE p.member_id = :m AND p.year = :y AND a.month = :month""")
                .param("m", member).param("y", year).param("month", month).query().singleRow();
    }

    private long countEntries() {
        return jdbc.sql("SELECT count(*) FROM monthly_assessment a JOIN pledge p ON p.id = a.pledge_id WHERE p.member_id = :m")
                .param("m", member).query(Long.class).single();
    }

    private String pledgeStatus(long pledge) {
        return jdbc.sql("SELECT status FROM pledge WHERE id = :id").param("id", pledge).query(String.class).single();
    }

    private void moveClockTo(LocalDateTime time) {
        clock.reset();
        clock.advance(Duration.between(TestClock.START, time.atZone(TestClock.VIETNAM).toInstant()));
    }
}
