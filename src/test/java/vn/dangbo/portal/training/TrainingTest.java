package vn.dangbo.portal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.StatementCounter;
import vn.dangbo.portal.congress.TargetIndicator;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** Courses, completion, the candidate-training block on admission, the lists staff need and the secretaries-trained indicator. */
@PortalTest
class TrainingTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired List<TargetIndicator> indicators;

    long committee;
    long cell;
    long sponsor1;
    long sponsor2;
    PortalUser secretary;

    @BeforeEach
    void aCommittee() {
        committee = fixtures.committee("Đảng bộ Sở Nội vụ");
        cell = fixtures.subCell(committee, "Chi bộ Tổ chức cán bộ");
        sponsor1 = fixtures.member(cell, "Nguyễn", "Văn", Fixtures.unique("An"));
        sponsor2 = fixtures.member(cell, "Nguyễn", "Thị", Fixtures.unique("Bích"));
        secretary = fixtures.user(Role.SECRETARY, null, committee);
    }

    long course(String kind, String title) throws Exception {
        mvc.perform(post("/trainings/new").with(csrf()).with(user(secretary)).param("kind", kind).param("title", title)
                        .param("organizationId", String.valueOf(committee)).param("organiser", "Đảng ủy Sở Nội vụ")
                        .param("startsOn", "02/03/2026").param("endsOn", "06/03/2026").param("place", "Hội trường Sở"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT id FROM training_course WHERE title = :title").param("title", title).query(Long.class).single();
    }

    void addCell(long course) throws Exception {
        mvc.perform(post("/trainings/{id}/participants", course).with(csrf()).with(user(secretary)).param("unitId", String.valueOf(cell)))
                .andExpect(status().is3xxRedirection());
    }

    void complete(long course, long participant, String certificate) throws Exception {
        mvc.perform(post("/trainings/{id}/participants/{p}", course, participant).with(csrf()).with(user(secretary))
                        .param("completed", "true").param("certificateNumber", certificate))
                .andExpect(status().is3xxRedirection());
    }

    long participant(long course, String column, long id) {
        return jdbc.sql("SELECT id FROM training_participant WHERE course_id = :course AND " + column + " = :id")
                .param("course", course).param("id", id).query(Long.class).single();
    }

    @Test
    void candidateNotYetTrainedCannotBeAdmittedUntilTheCourseIsCompleted() throws Exception {
        String given = Fixtures.unique("Quyên");
        mvc.perform(post("/admissions/new").with(csrf()).with(user(secretary)).param("organizationId", String.valueOf(cell))
                        .param("familyName", "Mai").param("middleName", "Thị").param("givenName", given).param("gender", "FEMALE")
                        .param("birthDate", "05/06/2000").param("applicationDate", "02/05/2026")
                        .param("sponsor1MemberId", String.valueOf(sponsor1)).param("sponsor2MemberId", String.valueOf(sponsor2))
                        .param("cellResolutionDate", "15/06/2026"))
                .andExpect(status().is3xxRedirection());
        long candidate = jdbc.sql("SELECT id FROM admission_candidate WHERE given_name = :g").param("g", given).query(Long.class).single();
        mvc.perform(get("/trainings/gaps").with(user(secretary))).andExpect(content().string(containsString(given)));

        mvc.perform(post("/admissions/{id}/admit", candidate).with(csrf()).with(user(secretary)).param("version", "0")
                        .param("eventDate", "02/07/2026").param("ceremonyDate", "09/07/2026").param("decisionNumber", "88-QĐ/ĐU"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hồ sơ chưa đủ các bước")));
        assertThat(state(candidate)).isEqualTo("IN_PROGRESS");

        long course = course("CANDIDATES", Fixtures.unique("Lớp nhận thức về Đảng"));
        addCell(course);
        assertThat(jdbc.sql("SELECT count(*) FROM training_participant WHERE course_id = :c").param("c", course).query(Long.class).single())
                .isEqualTo(1);
        complete(course, participant(course, "candidate_id", candidate), "312/GCN");
        mvc.perform(get("/trainings/gaps").with(user(secretary))).andExpect(content().string(not(containsString(given))));
        mvc.perform(get("/admissions/{id}", candidate).with(user(secretary))).andExpect(content().string(containsString("312/GCN")));

        mvc.perform(post("/admissions/{id}/admit", candidate).with(csrf()).with(user(secretary)).param("version", "0")
                        .param("eventDate", "02/07/2026").param("ceremonyDate", "09/07/2026").param("decisionNumber", "88-QĐ/ĐU"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(candidate)).isEqualTo("ADMITTED");
    }

    String state(long candidate) {
        return jdbc.sql("SELECT state FROM admission_candidate WHERE id = :id").param("id", candidate).query(String.class).single();
    }

    @Test
    void completingAPoliticalTheoryCourseRaisesTheLevelButNeverLowersIt() throws Exception {
        long intermediate = course("THEORY_INTERMEDIATE", Fixtures.unique("Trung cấp LLCT khóa"));
        addCell(intermediate);
        complete(intermediate, participant(intermediate, "member_id", sponsor1), "TC-0457");
        assertThat(level(sponsor1)).isEqualTo("INTERMEDIATE");
        assertThat(level(sponsor2)).isEqualTo("NONE");
        mvc.perform(get("/members/{id}", sponsor1).with(user(secretary)))
                .andExpect(content().string(containsString("chứng chỉ số TC-0457")));

        long elementary = course("THEORY_ELEMENTARY", Fixtures.unique("Sơ cấp LLCT khóa"));
        addCell(elementary);
        mvc.perform(post("/trainings/{id}/complete-all", elementary).with(csrf()).with(user(secretary))).andExpect(status().is3xxRedirection());
        assertThat(level(sponsor1)).isEqualTo("INTERMEDIATE");
        assertThat(level(sponsor2)).isEqualTo("ELEMENTARY");
    }

    String level(long member) {
        return jdbc.sql("SELECT political_theory FROM member WHERE id = :id").param("id", member).query(String.class).single();
    }

    @Test
    void aSecretarysYearCountsTheirCoursesAndParticipants() throws Exception {
        long newMembers = course("NEW_MEMBERS", Fixtures.unique("Bồi dưỡng đảng viên mới"));
        addCell(newMembers);
        long briefing = course("RESOLUTION_BRIEFING", Fixtures.unique("Quán triệt Nghị quyết"));
        addCell(briefing);
        fixtures.member(cell, "Lý", "Văn", Fixtures.unique("Cường"));
        addCell(briefing);
        mvc.perform(get("/trainings").param("year", "2026").with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Năm 2026: 2 lớp, 5 lượt học viên.")));

        long few = statementsOfList();
        for (int i = 0; i < 5; i++) {
            addCell(course("SECRETARIES", Fixtures.unique("Bồi dưỡng bí thư")));
        }
        assertThat(statementsOfList()).isEqualTo(few);
    }

    long statementsOfList() throws Exception {
        StatementCounter.reset();
        mvc.perform(get("/trainings").param("year", "2026").with(user(secretary))).andExpect(status().isOk());
        return StatementCounter.count();
    }

    @Test
    void onlyThoseWhoMayEditTheOrganisingUnitKeepACourse() throws Exception {
        long course = course("NEW_MEMBERS", Fixtures.unique("Lớp đảng viên mới"));
        PortalUser other = fixtures.user(Role.SECRETARY, null, fixtures.committee("Đảng bộ Sở Tài chính"));
        mvc.perform(post("/trainings/{id}/participants", course).with(csrf()).with(user(other)).param("unitId", String.valueOf(cell)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/trainings/{id}/participants", course).with(csrf()).with(user(fixtures.user(Role.LEADER, null, null)))
                        .param("unitId", String.valueOf(cell)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/trainings").with(user(fixtures.user(Role.MEMBER, sponsor1, null)))).andExpect(status().isForbidden());
        addCell(course);
        mvc.perform(get("/trainings/{id}", course).with(user(other)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Nguyễn Văn An"))));
    }

    @Test
    void secretariesTrainedIsTheShareOfSittingSecretariesWhoCompletedTheCourse() throws Exception {
        long cell2 = fixtures.subCell(committee, "Chi bộ Văn thư");
        long head1 = fixtures.member(cell, "Đặng", "Văn", Fixtures.unique("Khoa"));
        long head2 = fixtures.member(cell2, "Đặng", "Thị", Fixtures.unique("Mai"));
        long head3 = fixtures.member(cell2, "Đặng", "Văn", Fixtures.unique("Minh"));
        fixtures.secretary(cell, head1);
        fixtures.secretary(cell2, head2);
        fixtures.secretary(committee, head3);
        long course = course("SECRETARIES", Fixtures.unique("Bồi dưỡng bí thư chi bộ"));
        addCell(course);
        complete(course, participant(course, "member_id", head1), null);
        TargetIndicator indicator = indicators.stream().filter(i -> i.code().equals("secretaries-trained")).findFirst().orElseThrow();

        assertThat(indicator.valueIn(committee, 2026)).contains(new BigDecimal("33.33"));
        assertThat(indicator.valueIn(cell, 2026)).contains(new BigDecimal("100.00"));
        assertThat(indicator.valueIn(committee, 2025)).contains(new BigDecimal("0.00"));
        assertThat(indicator.valueIn(committee, 2027)).isEmpty();
    }
}
