package vn.dangbo.portal.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
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
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** Residence-area feedback: missing ones shown first to the cell secretary, recorded once per year, read by the rating form. */
@PortalTest
class ResidenceFeedbackTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ResidenceFeedbacks feedbacks;

    long cell;
    long received;
    long missing;
    long exempt;
    String missingName;
    PortalUser secretary;

    @BeforeEach
    void aCellWithOneFeedbackReceived() {
        cell = fixtures.grassrootsCell("Chi bộ Cư trú");
        received = fixtures.member(cell, "Nguyễn", "Thị", Fixtures.unique("Đã"));
        missingName = Fixtures.unique("Chưa");
        missing = fixtures.member(cell, "Trần", "Văn", missingName);
        exempt = fixtures.member(cell, "Lê", "Văn", Fixtures.unique("Miễn"), "MALE", LocalDate.of(1945, 5, 5), "EXEMPT");
        secretary = fixtures.user(Role.SECRETARY, null, cell);
        jdbc.sql("INSERT INTO residence_contact (member_id, commune, cell_name) VALUES (:m, 'phường Trường Vinh', 'Chi bộ khối 7')")
                .param("m", received).update();
        jdbc.sql("INSERT INTO residence_feedback (member_id, year, assessment, received_on) VALUES (:m, 2026, 'GOOD', '2026-11-20')")
                .param("m", received).update();
    }

    @Test
    void theCellSecretarySeesMissingFeedbackFirst() throws Exception {
        List<ResidenceFeedbacks.CellRow> rows = feedbacks.ofCell(cell, 2026);
        assertThat(rows).extracting(ResidenceFeedbacks.CellRow::memberId).containsExactly(missing, received);
        assertThat(rows).extracting(ResidenceFeedbacks.CellRow::isMissing).containsExactly(true, false);

        mvc.perform(get("/residence").param("cell", String.valueOf(cell)).param("year", "2026").with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã nhận 1 trên 2 nhận xét; còn thiếu 1.")))
                .andExpect(content().string(Matchers.containsString("Chi bộ khối 7")));
    }

    @Test
    void theRatingFormReadsTheYearsFeedbackOfItsMembers() {
        assertThat(feedbacks.forMembers(List.of(received, missing, exempt), 2026))
                .containsOnlyKeys(received)
                .extractingByKey(received).extracting(ResidenceFeedbacks.Feedback::assessment).isEqualTo(FeedbackAssessment.GOOD);
        assertThat(feedbacks.forMembers(List.of(received), 2025)).isEmpty();
    }

    @Test
    void feedbackIsRecordedOncePerYearAndNotAheadOfTime() throws Exception {
        mvc.perform(post("/residence/members/{id}/feedback", missing).with(user(secretary)).with(csrf())
                        .param("year", "2026").param("assessment", "NEEDS_IMPROVEMENT").param("receivedOn", "24/11/2026")
                        .param("note", "Ít tham gia sinh hoạt khu dân cư"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/residence/members/{id}/feedback", missing).with(user(secretary)).with(csrf())
                        .param("year", "2026").param("assessment", "GOOD").param("receivedOn", "24/11/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vừa được người khác thay đổi")));
        mvc.perform(post("/residence/members/{id}/feedback", missing).with(user(secretary)).with(csrf())
                        .param("year", "2027").param("assessment", "GOOD").param("receivedOn", "24/11/2026"))
                .andExpect(model().attributeHasFieldErrorCode("feedbackForm", "year", "residence.yearInFuture"));
        mvc.perform(post("/residence/members/{id}/feedback", missing).with(user(secretary)).with(csrf())
                        .param("year", "2025").param("assessment", "GOOD").param("receivedOn", "01/12/2024"))
                .andExpect(model().attributeHasFieldErrorCode("feedbackForm", "receivedOn", "residence.receivedOnInvalid"));
        assertThat(jdbc.sql("SELECT year || ' ' || assessment FROM residence_feedback WHERE member_id = :m").param("m", missing)
                .query(String.class).list()).containsExactly("2026 NEEDS_IMPROVEMENT");
        mvc.perform(get("/members/{id}", missing).with(user(fixtures.user(Role.MEMBER, missing, null))))
                .andExpect(content().string(Matchers.containsString("Cần cố gắng")));
    }

    @Test
    void nobodyOutsideTheCellRecordsItsFeedback() throws Exception {
        PortalUser other = fixtures.user(Role.SECRETARY, null, fixtures.grassrootsCell("Chi bộ Láng giềng"));
        mvc.perform(get("/residence").param("cell", String.valueOf(cell)).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(get("/residence/members/{id}", missing).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(post("/residence/members/{id}/contact", missing).with(user(other)).with(csrf())
                        .param("commune", "xã X").param("cellName", "Chi bộ Y"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/residence/members/{id}/feedback", missing).with(user(fixtures.user(Role.MEMBER, missing, null))).with(csrf())
                        .param("year", "2026").param("assessment", "GOOD").param("receivedOn", "24/11/2026"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM residence_feedback WHERE member_id = :m").param("m", missing).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM residence_contact WHERE member_id = :m").param("m", missing).query(Long.class).single())
                .isZero();
    }
}
