package vn.dangbo.portal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * Opening a round (staff only, one per year, its rules by year), who is listed as not rated and why, the
 * organisations' steps (sub-cells decided by their đảng bộ cơ sở, grassroots organisations by the leader after
 * the staff prepared them) and closing the round.
 */
@PortalTest
class RatingRoundTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void staffOpenTheRoundOfThisYearAndEveryMemberIsListedWithTheReasonWhenNotRated() throws Exception {
        long cell = fixtures.grassrootsCell("Chi bộ Sở Ngoại vụ");
        String exempt = Fixtures.unique("Miễn");
        String recent = Fixtures.unique("Mới");
        String deceased = Fixtures.unique("Mất");
        long rated = fixtures.member(cell, "Lê", "Thị", Fixtures.unique("Đủ"), "FEMALE", LocalDate.of(1990, 1, 1), "PROBATIONARY",
                LocalDate.of(2026, 5, 1), null);
        long exemptMember = fixtures.member(cell, "Hồ", "Văn", exempt, "MALE", LocalDate.of(1950, 1, 1), "EXEMPT");
        long recentMember = fixtures.member(cell, "Lý", "Thị", recent, "FEMALE", LocalDate.of(1998, 1, 1), "PROBATIONARY",
                LocalDate.of(2026, 8, 1), null);
        long deceasedMember = fixtures.member(cell, "Vũ", "Văn", deceased, "MALE", LocalDate.of(1940, 1, 1), "OFFICIAL");
        jdbc.sql("UPDATE member SET status = 'DECEASED' WHERE id = :id").param("id", deceasedMember).update();
        fixtures.event(deceasedMember, "DEATH", LocalDate.of(2026, 3, 1), cell, "DECEASED");
        long longGone = fixtures.member(cell, "Vũ", "Thị", Fixtures.unique("Xưa"), "FEMALE", LocalDate.of(1930, 1, 1), "DECEASED");
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        PortalUser secretary = fixtures.user(Role.SECRETARY, null, cell);

        mvc.perform(openRound(secretary, "2026")).andExpect(status().isForbidden());
        mvc.perform(openRound(staff, "2026")).andExpect(redirectedUrl("/ratings/2026"));
        mvc.perform(openRound(staff, "2026")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Năm 2026 đã có đợt đánh giá.")));

        assertThat(jdbc.sql("SELECT rules FROM rating_round WHERE year = 2026").query(String.class).single()).isEqualTo("QD366");
        assertThat(reason(rated)).isEqualTo("PENDING");
        assertThat(reason(exemptMember)).isEqualTo("EXEMPT");
        assertThat(reason(recentMember)).isEqualTo("RECENTLY_ADMITTED");
        assertThat(reason(deceasedMember)).isEqualTo("DECEASED");
        assertThat(reason(longGone)).isNull();
        assertThat(jdbc.sql("SELECT deciding_body_id FROM rating WHERE member_id = :m").param("m", rated).query(Long.class).single())
                .as("a chi bộ cơ sở decides for its own members").isEqualTo(cell);

        mvc.perform(get("/ratings/2026/not-rated").with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(exempt)))
                .andExpect(content().string(Matchers.containsString("Miễn công tác và sinh hoạt đảng")))
                .andExpect(content().string(Matchers.containsString(recent)))
                .andExpect(content().string(Matchers.containsString("Kết nạp chưa đủ 6 tháng")))
                .andExpect(content().string(Matchers.containsString(deceased)))
                .andExpect(content().string(Matchers.containsString("Từ trần")));
        mvc.perform(get("/ratings/2026").with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/ratings/2026/members/decisions/" + cell)));
    }

    @Test
    void aRoundForAYearStillToComeOrWithDeadlinesOutOfOrderIsRefused() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(openRound(staff, "2027")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chưa thể mở đợt đánh giá cho năm chưa tới.")));
        mvc.perform(post("/ratings").with(user(staff)).with(csrf()).param("year", "2019")
                        .param("selfAssessmentDeadline", "20/12/2026").param("proposalDeadline", "10/12/2026")
                        .param("decisionDeadline", "10/01/2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hạn của bước này phải sau hạn của bước trước.")));
        assertThat(jdbc.sql("SELECT count(*) FROM rating_round WHERE year IN (2019, 2027)").query(Long.class).single()).isZero();
    }

    @Test
    void organisationsSelfAssessTheCommitteeDecidesSubCellsAndTheLeaderDecidesGrassroots() throws Exception {
        RatingFixtures ratings = new RatingFixtures(jdbc);
        int year = RatingFixtures.criteriaYear();
        long round = ratings.round(year);
        long bloc = fixtures.bloc();
        long committee = fixtures.committee("Đảng bộ Sở Xây dựng");
        long cell = fixtures.subCell(committee, "Chi bộ Quy hoạch");
        long cellRating = ratings.organization(round, cell, committee);
        long committeeRating = ratings.organization(round, committee, bloc);
        PortalUser cellSecretary = fixtures.user(Role.SECRETARY, null, cell);
        PortalUser committeeSecretary = fixtures.user(Role.SECRETARY, null, committee);
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        PortalUser leader = fixtures.user(Role.LEADER, null, null);

        mvc.perform(post("/ratings/{y}/organizations/{u}/self", year, cell).with(user(cellSecretary)).with(csrf())
                        .param("version", "0").param("review", "Lãnh đạo hoàn thành nhiệm vụ chính trị.").param("level", "HTTNV"))
                .andExpect(status().is3xxRedirection());
        assertThat(ratings.column(cellRating, "self_level")).isEqualTo("HTTNV");
        mvc.perform(post("/ratings/{y}/organizations/{u}/self", year, cell).with(user(committeeSecretary)).with(csrf())
                .param("version", "1").param("review", "Thay").param("level", "HTXSNV")).andExpect(status().isForbidden());

        mvc.perform(post("/ratings/{y}/organizations/decisions/{u}", year, committee).with(user(cellSecretary)).with(csrf())
                .param("rows[0].id", String.valueOf(cellRating)).param("rows[0].version", "1").param("rows[0].level", "HTXSNV"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ratings/{y}/organizations/decisions/{u}", year, committee).with(user(committeeSecretary)).with(csrf())
                        .param("rows[0].id", String.valueOf(cellRating)).param("rows[0].version", "1").param("rows[0].level", "HTTNV"))
                .andExpect(status().is3xxRedirection());
        assertThat(ratings.column(cellRating, "decided_level")).isEqualTo("HTTNV");

        // the grassroots organisation: staff prepare, the leader decides, its own secretary cannot
        mvc.perform(post("/ratings/{y}/organizations/proposals/{u}", year, bloc).with(user(staff)).with(csrf())
                        .param("rows[0].id", String.valueOf(committeeRating)).param("rows[0].version", "0").param("rows[0].level", "HTTNV"))
                .andExpect(status().is3xxRedirection());
        assertThat(ratings.column(committeeRating, "proposed_level")).isEqualTo("HTTNV");
        mvc.perform(post("/ratings/{y}/organizations/decisions/{u}", year, bloc).with(user(committeeSecretary)).with(csrf())
                .param("rows[0].id", String.valueOf(committeeRating)).param("rows[0].version", "1").param("rows[0].level", "HTXSNV"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ratings/{y}/organizations/decisions/{u}", year, bloc).with(user(staff)).with(csrf())
                .param("rows[0].id", String.valueOf(committeeRating)).param("rows[0].version", "1").param("rows[0].level", "HTXSNV"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ratings/{y}/organizations/decisions/{u}", year, bloc).with(user(leader)).with(csrf())
                        .param("rows[0].id", String.valueOf(committeeRating)).param("rows[0].version", "1").param("rows[0].level", "HTTNV"))
                .andExpect(status().is3xxRedirection());
        assertThat(ratings.column(committeeRating, "decided_level")).isEqualTo("HTTNV");
        mvc.perform(get("/ratings/{y}/organizations/decisions/{u}", year, bloc).with(user(leader)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Đảng bộ Sở Xây dựng")));
    }

    @Test
    void theRoundClosesOnlyWhenEverythingIsPublished() throws Exception {
        RatingFixtures ratings = new RatingFixtures(jdbc);
        int year = RatingFixtures.criteriaYear();
        long round = ratings.round(year);
        long cell = fixtures.grassrootsCell("Chi bộ Sở Du lịch");
        long rating = ratings.member(round, fixtures.member(cell, "Đỗ", "Văn", Fixtures.unique("Hải")), cell, cell);
        PortalUser staff = fixtures.user(Role.STAFF, null, null);

        mvc.perform(post("/ratings/{y}/close", year).with(user(staff)).with(csrf()))
                .andExpect(flash().attribute("failure", "Còn 1 kết quả chưa công bố; chưa thể khóa đợt."));
        ratings.decided(rating, "HTNV", true);
        mvc.perform(post("/ratings/{y}/close", year).with(user(staff)).with(csrf()))
                .andExpect(flash().attribute("success", "rating.round.closed"));
        assertThat(jdbc.sql("SELECT closed_at IS NOT NULL FROM rating_round WHERE id = :id").param("id", round).query(Boolean.class).single()).isTrue();
    }

    private String reason(long member) {
        return jdbc.sql("SELECT coalesce(r.not_rated_reason, r.state) FROM rating r JOIN rating_round o ON o.id = r.round_id WHERE o.year = 2026 AND r.member_id = :m")
                .param("m", member).query(String.class).optional().orElse(null);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder openRound(PortalUser user, String year) {
        return post("/ratings").with(user(user)).with(csrf()).param("year", year)
                .param("selfAssessmentDeadline", "10/12/2026").param("proposalDeadline", "20/12/2026").param("decisionDeadline", "10/01/2027");
    }
}
