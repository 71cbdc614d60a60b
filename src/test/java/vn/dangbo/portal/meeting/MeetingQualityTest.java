package vn.dangbo.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * Quality assessment against the year's framework (2019 here: "Chuẩn bị" weight 60 and "Dân chủ" weight 40;
 * Good from 90, Fair from 75, Average from 50): the cell scores, the committee above checks, and a year
 * is closed once one of its meetings is assessed.
 */
@PortalTest
class MeetingQualityTest {

    static final int YEAR = 2019;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long committee;
    long cell;
    long meeting;
    long preparation;
    long democracy;
    PortalUser cellSecretary;
    PortalUser committeeSecretary;

    @BeforeEach
    void aMeetingOf2019() {
        jdbc.sql("""
                INSERT INTO meeting_framework (year, good_from, fair_from, average_from, attendance_threshold)
                VALUES (:y, 90, 75, 50, 90) ON CONFLICT DO NOTHING
                """).param("y", YEAR).update();
        jdbc.sql("""
                INSERT INTO meeting_criterion (year, position, name, weight) VALUES (:y, 1, 'Chuẩn bị', 60), (:y, 2, 'Dân chủ', 40)
                ON CONFLICT DO NOTHING
                """).param("y", YEAR).update();
        preparation = criterion(1);
        democracy = criterion(2);
        committee = fixtures.committee("Đảng bộ Chất lượng");
        cell = fixtures.subCell(committee, "Chi bộ Chất lượng");
        meeting = jdbc.sql("INSERT INTO meeting (organization_id, held_on, kind) VALUES (:c, '2019-06-06', 'REGULAR') RETURNING id")
                .param("c", cell).query(Long.class).single();
        cellSecretary = fixtures.user(Role.SECRETARY, null, cell);
        committeeSecretary = fixtures.user(Role.SECRETARY, null, committee);
    }

    @Test
    void theScoreIsTheShareOfTheWeightsAndTheLevelFollowsTheFramework() throws Exception {
        assess(cellSecretary, 50, 30).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT score || ' ' || level FROM meeting_assessment WHERE meeting_id = :m").param("m", meeting)
                .query(String.class).single()).isEqualTo("80.00 FAIR");
        mvc.perform(get("/meetings/{id}", meeting).with(user(cellSecretary)))
                .andExpect(content().string(Matchers.containsString("80,00")))
                .andExpect(content().string(Matchers.containsString("Khá")));
    }

    @Test
    void pointsAboveACriterionsWeightAreRefused() throws Exception {
        assess(cellSecretary, 61, 30)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Điểm tiêu chí &quot;Chuẩn bị&quot; phải từ 0 đến 60.")));
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_assessment WHERE meeting_id = :m").param("m", meeting)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theCommitteeAboveChecksButNeverTheAssessorNorTheCellItself() throws Exception {
        assess(cellSecretary, 58, 36).andExpect(status().is3xxRedirection());   // 94,00: Good

        check(cellSecretary, "FAIR").andExpect(status().isForbidden());
        check(committeeSecretary, "FAIR").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT level || ' ' || checked_level FROM meeting_assessment WHERE meeting_id = :m").param("m", meeting)
                .query(String.class).single()).isEqualTo("GOOD FAIR");

        assess(cellSecretary, 60, 40)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("đã được cấp trên kiểm tra")));
    }

    @Test
    void whoeverAssessedCannotCheckTheirOwnAssessment() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        assess(staff, 58, 36).andExpect(status().is3xxRedirection());
        check(staff, "GOOD")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Người đã đánh giá không được tự kiểm tra.")));
        assertThat(jdbc.sql("SELECT checked_by IS NULL FROM meeting_assessment WHERE meeting_id = :m").param("m", meeting)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aYearsFrameworkIsClosedOnceOneOfItsMeetingsIsAssessed() throws Exception {
        assess(cellSecretary, 50, 30).andExpect(status().is3xxRedirection());
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(post("/meetings/criteria").param("year", String.valueOf(YEAR)).with(user(staff)).with(csrf())
                        .param("goodFrom", "95").param("fairFrom", "80").param("averageFrom", "50").param("attendanceThreshold", "85")
                        .param("version", "0").param("criteria[0].name", "Một tiêu chí").param("criteria[0].weight", "100"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bộ tiêu chí năm 2019 đã khóa")));
        assertThat(jdbc.sql("SELECT good_from FROM meeting_framework WHERE year = :y").param("y", YEAR).query(Integer.class).single())
                .isEqualTo(90);
    }

    @Test
    void staffStartANewYearFromThePreviousYearsCriteria() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(get("/meetings/criteria").param("year", "2020").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Chuẩn bị\"")))
                .andExpect(content().string(Matchers.containsString("chưa có bộ tiêu chí")));
        mvc.perform(post("/meetings/criteria").param("year", "2020").with(user(staff)).with(csrf())
                        .param("goodFrom", "80").param("fairFrom", "85").param("averageFrom", "50").param("attendanceThreshold", "85")
                        .param("criteria[0].name", "Một tiêu chí").param("criteria[0].weight", "100"))
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(Matchers.containsString("Mức điểm phải giảm dần")));
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_framework WHERE year = 2020").query(Long.class).single()).isZero();
    }

    private ResultActions assess(PortalUser who, int preparationPoints, int democracyPoints)
            throws Exception {
        return mvc.perform(post("/meetings/{id}/assessment", meeting).with(user(who)).with(csrf())
                .param("points[" + preparation + "]", String.valueOf(preparationPoints))
                .param("points[" + democracy + "]", String.valueOf(democracyPoints)));
    }

    private ResultActions check(PortalUser who, String level) throws Exception {
        return mvc.perform(post("/meetings/{id}/assessment/check", meeting).with(user(who)).with(csrf())
                .param("level", level).param("note", "Đã kiểm tra biên bản"));
    }

    private long criterion(int position) {
        return jdbc.sql("SELECT id FROM meeting_criterion WHERE year = :y AND position = :p").param("y", YEAR).param("p", position)
                .query(Long.class).single();
    }
}
