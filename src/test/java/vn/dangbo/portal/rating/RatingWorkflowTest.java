package vn.dangbo.portal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * The steps of a member's rating and who may take each (domain.md "Who does what"): the member self-assesses,
 * the sub-cell's secretary proposes, the đảng bộ cơ sở's secretary decides and publishes; every other path is
 * tried and refused, and a published decision stays locked against a forged POST.
 */
@PortalTest
class RatingWorkflowTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    RatingFixtures ratings;
    int year;
    long committee;
    long cell;
    long otherCell;
    long memberRating;
    long neighbourRating;
    long secretaryRating;
    long member;
    PortalUser memberUser;
    PortalUser cellSecretary;
    PortalUser committeeSecretary;
    PortalUser staff;
    String memberName;

    @BeforeEach
    void aCommitteeWithTwoSubCells() {
        ratings = new RatingFixtures(jdbc);
        year = RatingFixtures.scoredYear();
        committee = fixtures.committee("Đảng bộ Sở Tư pháp");
        cell = fixtures.subCell(committee, "Chi bộ Văn phòng");
        otherCell = fixtures.subCell(committee, "Chi bộ Thanh tra");
        memberName = Fixtures.unique("Hương");
        member = fixtures.member(cell, "Nguyễn", "Thị", memberName);
        long neighbour = fixtures.member(cell, "Lê", "Văn", Fixtures.unique("Nam"));
        long cellSecretaryMember = fixtures.member(cell, "Trần", "Văn", Fixtures.unique("Bình"));
        long committeeSecretaryMember = fixtures.member(otherCell, "Phạm", "Thị", Fixtures.unique("Lan"));
        fixtures.secretary(cell, cellSecretaryMember);
        fixtures.secretary(committee, committeeSecretaryMember);
        long round = ratings.round(year);
        memberRating = ratings.member(round, member, cell, committee);
        neighbourRating = ratings.member(round, neighbour, cell, committee);
        secretaryRating = ratings.member(round, cellSecretaryMember, cell, committee);
        ratings.member(round, committeeSecretaryMember, otherCell, committee);
        memberUser = fixtures.user(Role.MEMBER, member, null);
        cellSecretary = fixtures.user(Role.SECRETARY, cellSecretaryMember, null);
        committeeSecretary = fixtures.user(Role.SECRETARY, committeeSecretaryMember, null);
        staff = fixtures.user(Role.STAFF, null, null);
    }

    @Test
    void memberSelfAssessesWithScoresAndTheLevelFollowsTheBands() throws Exception {
        mvc.perform(get("/ratings/{y}/self", year).with(user(memberUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tư tưởng chính trị")));

        selfAssess(memberUser, 0, "19.99", true).andExpect(status().is3xxRedirection());
        assertThat(ratings.column(memberRating, "self_score")).isEqualTo("89.99");
        assertThat(ratings.column(memberRating, "self_level")).isEqualTo("HTTNV");

        selfAssess(memberUser, 1, "20.00", true).andExpect(status().is3xxRedirection());
        assertThat(ratings.column(memberRating, "self_score")).isEqualTo("90.00");
        assertThat(ratings.column(memberRating, "self_level")).isEqualTo("HTXSNV");
        assertThat(ratings.state(memberRating)).isEqualTo("SELF_ASSESSED");
    }

    @Test
    void pointsOverAGroupsMaximumAreRefusedNextToTheField() throws Exception {
        mvc.perform(post("/ratings/{y}/self", year).with(user(memberUser)).with(csrf())
                        .param("version", "0").param("review", "Hoàn thành nhiệm vụ được giao.")
                        .param("scores[politics]", "25").param("scores[ethics]", "20").param("scores[discipline]", "10")
                        .param("scores[duties]", "40").param("scores[example]", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nhập từ 0 đến 20 điểm")));
        assertThat(ratings.state(memberRating)).isEqualTo("PENDING");
    }

    @Test
    void memberCannotProposeDecideOrSelfAssessForOthers() throws Exception {
        mvc.perform(tablePost("/ratings/{y}/members/proposals/{u}", cell, memberUser, neighbourRating, 0, "HTXSNV"))
                .andExpect(status().isForbidden());
        mvc.perform(tablePost("/ratings/{y}/members/decisions/{u}", committee, memberUser, neighbourRating, 0, "HTXSNV"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/ratings/{y}/members/decisions/{u}", year, committee).with(user(memberUser))).andExpect(status().isForbidden());
        mvc.perform(post("/ratings/{y}/organizations/{u}/self", year, cell).with(user(memberUser)).with(csrf())
                .param("review", "Tự đánh giá").param("version", "0")).andExpect(status().isForbidden());
        assertThat(ratings.state(neighbourRating)).isEqualTo("PENDING");
    }

    @Test
    void cellSecretaryProposesForTheCellButCannotDecideNorProposeForThemself() throws Exception {
        mvc.perform(tablePost("/ratings/{y}/members/proposals/{u}", cell, cellSecretary, memberRating, 0, "HTTNV"))
                .andExpect(status().is3xxRedirection());
        assertThat(ratings.state(memberRating)).isEqualTo("PROPOSED");
        assertThat(ratings.column(memberRating, "proposed_level")).isEqualTo("HTTNV");

        mvc.perform(tablePost("/ratings/{y}/members/proposals/{u}", cell, cellSecretary, secretaryRating, 0, "HTXSNV"))
                .andExpect(status().isForbidden());
        mvc.perform(tablePost("/ratings/{y}/members/decisions/{u}", committee, cellSecretary, memberRating, 1, "HTTNV"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ratings/{y}/members/decisions/{u}/publish", year, committee).with(user(cellSecretary)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(ratings.column(memberRating, "decided_level")).isNull();
    }

    @Test
    void committeeSecretaryDecidesAndPublishesThenTheMemberSeesTheLevel() throws Exception {
        mvc.perform(tablePost("/ratings/{y}/members/decisions/{u}", committee, committeeSecretary, memberRating, 0, "HTTNV"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/ratings/{y}/self", year).with(user(memberUser)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"result\""))));
        decideRest();

        mvc.perform(post("/ratings/{y}/members/decisions/{u}/publish", year, committee).with(user(committeeSecretary)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("published", 4));

        assertThat(ratings.state(memberRating)).isEqualTo("PUBLISHED");
        mvc.perform(get("/ratings/{y}/self", year).with(user(memberUser)))
                .andExpect(content().string(Matchers.containsString("id=\"result\"")))
                .andExpect(content().string(Matchers.containsString("Hoàn thành tốt nhiệm vụ")));
        mvc.perform(get("/members/{id}", member).with(user(memberUser)))
                .andExpect(content().string(Matchers.containsString("id=\"rating-section\"")))
                .andExpect(content().string(Matchers.containsString(String.valueOf(year))));
    }

    @Test
    void aForgedPostOnAPublishedDecisionIsRefusedAndChangesNothing() throws Exception {
        ratings.decided(memberRating, "HTTNV", true);
        long version = ratings.version(memberRating);

        mvc.perform(tablePost("/ratings/{y}/members/decisions/{u}", committee, committeeSecretary, memberRating, version, "HTXSNV"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("kết quả đã công bố và bị khóa")));

        assertThat(ratings.column(memberRating, "decided_level")).isEqualTo("HTTNV");
        assertThat(ratings.state(memberRating)).isEqualTo("PUBLISHED");
    }

    @Test
    void aRatingOfAnotherBodyCannotBeSlippedIntoTheTable() throws Exception {
        long strangerCommittee = fixtures.committee("Đảng bộ khác");
        long strangerCell = fixtures.subCell(strangerCommittee, "Chi bộ khác");
        long stranger = fixtures.member(strangerCell, "Võ", "Văn", Fixtures.unique("Khách"));
        long round = jdbc.sql("SELECT round_id FROM rating WHERE id = :id").param("id", memberRating).query(Long.class).single();
        long strangerRating = ratings.member(round, stranger, strangerCell, strangerCommittee);

        mvc.perform(tablePost("/ratings/{y}/members/decisions/{u}", committee, committeeSecretary, strangerRating, 0, "HTXSNV"))
                .andExpect(status().isForbidden());
        assertThat(ratings.state(strangerRating)).isEqualTo("PENDING");
    }

    @Test
    void twoDecisionsOnTheSameMemberFromTheSamePageOneWinsTheOtherIsToldClearly() throws Exception {
        long version = ratings.version(memberRating);
        mvc.perform(tablePost("/ratings/{y}/members/decisions/{u}", committee, committeeSecretary, memberRating, version, "HTTNV"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(tablePost("/ratings/{y}/members/decisions/{u}", committee, committeeSecretary, memberRating, version, "HTNV"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vừa được người khác thay đổi")));
        assertThat(ratings.column(memberRating, "decided_level")).isEqualTo("HTTNV");
    }

    @Test
    void staffReopenAPublishedRatingWithAReasonAndTheSecretaryMayNot() throws Exception {
        ratings.decided(memberRating, "HTTNV", true);
        mvc.perform(post("/ratings/{y}/entries/{id}/reopen", year, memberRating).with(user(committeeSecretary)).with(csrf())
                .param("reason", "Phát hiện sai sót trong hồ sơ")).andExpect(status().isForbidden());
        mvc.perform(post("/ratings/{y}/entries/{id}/reopen", year, memberRating).with(user(staff)).with(csrf())
                        .param("reason", "ngắn"))
                .andExpect(flash().attribute("failure", Matchers.containsString("lý do")));
        assertThat(ratings.state(memberRating)).isEqualTo("PUBLISHED");

        mvc.perform(post("/ratings/{y}/entries/{id}/reopen", year, memberRating).with(user(staff)).with(csrf())
                        .param("reason", "Phát hiện sai sót trong hồ sơ kỷ luật"))
                .andExpect(flash().attribute("success", "rating.reopen.done"));
        assertThat(ratings.state(memberRating)).isEqualTo("DECIDED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'Rating' AND entity_id = :id AND summary LIKE '%Phát hiện sai sót%'")
                .param("id", String.valueOf(memberRating)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDisciplinedMemberIsRatedNotFulfilledUnlessTheCommitteeRecordsTheRemedy() throws Exception {
        ratings.discipline(member, LocalDate.of(year, 12, 31));

        mvc.perform(tablePost("/ratings/{y}/members/decisions/{u}", committee, committeeSecretary, memberRating, 0, "HTTNV"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("bị kỷ luật trong năm: chỉ được xếp loại Không hoàn thành nhiệm vụ")));
        assertThat(ratings.column(memberRating, "decided_level")).isNull();

        mvc.perform(tablePost("/ratings/{y}/members/decisions/{u}", committee, committeeSecretary, memberRating, 0, "HTTNV")
                        .param("rows[0].remedied", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(ratings.column(memberRating, "decided_level")).isEqualTo("HTTNV");
        assertThat(ratings.column(memberRating, "self_remedied")).isEqualTo("true");
    }

    @Test
    void aDisciplineOfFirstJanuaryBelongsToTheNextYear() throws Exception {
        ratings.discipline(member, LocalDate.of(year + 1, 1, 1));
        mvc.perform(tablePost("/ratings/{y}/members/decisions/{u}", committee, committeeSecretary, memberRating, 0, "HTTNV"))
                .andExpect(status().is3xxRedirection());
        assertThat(ratings.column(memberRating, "decided_level")).isEqualTo("HTTNV");
    }

    @Test
    void publishingOverTheQuotaIsRefusedWithTheCounts() throws Exception {
        long body = fixtures.committee("Đảng bộ Sở Y tế");
        long sub = fixtures.subCell(body, "Chi bộ Phòng Nghiệp vụ");
        long secretaryMember = fixtures.member(sub, "Đặng", "Văn", Fixtures.unique("Quang"));
        fixtures.secretary(body, secretaryMember);
        PortalUser secretary = fixtures.user(Role.SECRETARY, secretaryMember, null);
        long round = jdbc.sql("SELECT round_id FROM rating WHERE id = :id").param("id", memberRating).query(Long.class).single();
        ratings.notRated(ratings.member(round, secretaryMember, sub, body), "EXEMPT");
        long[] rows = new long[9];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = ratings.member(round, fixtures.member(sub, "Bùi", "Thị", Fixtures.unique("Mai")), sub, body);
            ratings.decided(rows[i], i < 7 ? "HTTNV" : "HTXSNV", false);
        }

        mvc.perform(get("/ratings/{y}/members/decisions/{u}", year, body).with(user(secretary)))
                .andExpect(content().string(Matchers.containsString("HTXSNV: 2 / tối đa 1 (20 % của 7 HTTNV)")));
        mvc.perform(post("/ratings/{y}/members/decisions/{u}/publish", year, body).with(user(secretary)).with(csrf()))
                .andExpect(flash().attribute("failure", "Không công bố được: 2 HTXSNV vượt tỷ lệ cho phép (tối đa 1, tức 20 % của 7 HTTNV)."));
        assertThat(ratings.state(rows[8])).isEqualTo("DECIDED");

        ratings.decided(rows[8], "HTTNV", false);
        mvc.perform(post("/ratings/{y}/members/decisions/{u}/publish", year, body).with(user(secretary)).with(csrf()))
                .andExpect(flash().attribute("published", 9));
        assertThat(ratings.state(rows[8])).isEqualTo("PUBLISHED");
    }

    @Test
    void theSelfAssessmentStartsFromTheBreakthroughResultAndTheCommitteeSeesTheFlag() throws Exception {
        jdbc.sql("""
                        INSERT INTO breakthrough_task (year, organization_id, member_id, title, problem, expected_result, deadline, state,
                                                       registered_by, registered_at, decided_by, decided_at, evaluated_by, evaluated_at)
                        VALUES (:year, :cell, :member, 'Số hóa hồ sơ lưu trữ', 'Hồ sơ giấy', 'Toàn bộ hồ sơ được số hóa',
                                make_date(:year, 10, 31), 'NOT_COMPLETED', 'fixtures', now(), 'fixtures', now(), 'fixtures', now())
                        """).param("year", year).param("cell", cell).param("member", member).update();

        mvc.perform(get("/ratings/{y}/self", year).with(user(memberUser)))
                .andExpect(model().attribute("selfForm", Matchers.hasProperty("review",
                        Matchers.startsWith("Công việc đột phá \"Số hóa hồ sơ lưu trữ\": Không hoàn thành.\nƯu điểm: …"))));
        mvc.perform(get("/ratings/{y}/members/decisions/{u}", year, committee).with(user(committeeSecretary)))
                .andExpect(content().string(Matchers.containsString("Có công việc đột phá không hoàn thành")));
    }

    @Test
    void theCommitteeListsASuspendedMemberAsNotRatedAndTakesItBack() throws Exception {
        mvc.perform(post("/ratings/{y}/entries/{id}/suspension", year, memberRating).param("suspended", "true")
                .with(user(cellSecretary)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/ratings/{y}/entries/{id}/suspension", year, memberRating).param("suspended", "true")
                        .with(user(committeeSecretary)).with(csrf()))
                .andExpect(flash().attribute("success", "rating.suspend.done"));
        assertThat(ratings.column(memberRating, "not_rated_reason")).isEqualTo("SUSPENDED");
        mvc.perform(get("/ratings/{y}/not-rated", year).with(user(committeeSecretary)))
                .andExpect(content().string(Matchers.containsString(memberName)))
                .andExpect(content().string(Matchers.containsString("Đình chỉ sinh hoạt đảng")));

        mvc.perform(post("/ratings/{y}/entries/{id}/suspension", year, memberRating).param("suspended", "false")
                        .with(user(committeeSecretary)).with(csrf()))
                .andExpect(flash().attribute("success", "rating.suspend.undone"));
        assertThat(ratings.state(memberRating)).isEqualTo("PENDING");
    }

    private void decideRest() throws Exception {
        mvc.perform(tablePost("/ratings/{y}/members/decisions/{u}", committee, committeeSecretary, neighbourRating, 0, "HTNV"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(tablePost("/ratings/{y}/members/decisions/{u}", committee, committeeSecretary, secretaryRating, 0, "HTTNV"))
                .andExpect(status().is3xxRedirection());
        long last = jdbc.sql("SELECT id FROM rating WHERE deciding_body_id = :body AND organization_id = :cell")
                .param("body", committee).param("cell", otherCell).query(Long.class).single();
        assertThat(ratings.state(last)).isEqualTo("PENDING");
        // the committee's secretary does not decide their own rating: the deputy does (here straight in the database)
        ratings.decided(last, "HTTNV", false);
    }

    private MockHttpServletRequestBuilder tablePost(String path, long unit, PortalUser user, long rating, long version, String level) {
        return post(path, year, unit).with(user(user)).with(csrf())
                .param("rows[0].id", String.valueOf(rating)).param("rows[0].version", String.valueOf(version))
                .param("rows[0].level", level);
    }

    private org.springframework.test.web.servlet.ResultActions selfAssess(PortalUser user, long version, String politics,
                                                                          boolean conditions) throws Exception {
        return mvc.perform(post("/ratings/{y}/self", year).with(user(user)).with(csrf())
                .param("version", String.valueOf(version)).param("review", "Hoàn thành tốt các nhiệm vụ được giao.")
                .param("scores[politics]", politics).param("scores[ethics]", "20").param("scores[discipline]", "10")
                .param("scores[duties]", "40").param("scores[example]", "0").param("excellenceConditions", String.valueOf(conditions)));
    }
}
