package vn.dangbo.portal.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

/** The admission pipeline from candidate to probationary member, and the probationary members due within 60 days. */
@PortalTest
class AdmissionTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long committee;
    long cell;
    long sponsor1;
    long sponsor2;
    long probationary;
    long outsider;
    PortalUser secretary;
    String given;

    @BeforeEach
    void cell() {
        committee = fixtures.committee("Đảng bộ Báo tỉnh");
        cell = fixtures.subCell(committee, "Chi bộ Ban Thời sự");
        long otherSubCell = fixtures.subCell(committee, "Chi bộ Ban Điện tử");
        sponsor1 = fixtures.member(cell, "Hồ", "Văn", Fixtures.unique("Bảo"));
        sponsor2 = fixtures.member(otherSubCell, "Hồ", "Thị", Fixtures.unique("Châu"));
        probationary = fixtures.member(cell, "Tạ", "Thị", Fixtures.unique("Duyên"), "FEMALE", LocalDate.of(1999, 1, 1),
                "PROBATIONARY", LocalDate.of(2025, 12, 20), null);
        outsider = fixtures.member(fixtures.grassrootsCell("Chi bộ Sở Du lịch"), "Tạ", "Văn", Fixtures.unique("Đông"));
        secretary = fixtures.user(Role.SECRETARY, null, committee);
        given = Fixtures.unique("Giang");
    }

    MockHttpServletRequestBuilder candidate(long sponsor) {
        return post("/admissions/new").with(csrf()).param("organizationId", String.valueOf(cell))
                .param("familyName", "Kiều").param("middleName", "Thị").param("givenName", given).param("gender", "FEMALE")
                .param("birthDate", "05/06/2000").param("trainingCompletedOn", "10/04/2026").param("trainingCertificate", "125/GCN")
                .param("applicationDate", "02/05/2026").param("sponsor1MemberId", String.valueOf(sponsor1))
                .param("sponsor2MemberId", String.valueOf(sponsor)).param("cellResolutionDate", "15/06/2026");
    }

    @Test
    void completeFileIsAdmittedAsAProbationaryMember() throws Exception {
        mvc.perform(candidate(sponsor2).with(user(secretary))).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM admission_candidate WHERE given_name = :given").param("given", given).query(Long.class).single();
        mvc.perform(get("/admissions").with(user(secretary))).andExpect(content().string(Matchers.containsString(given)));

        mvc.perform(post("/admissions/{id}/admit", id).with(user(secretary)).with(csrf()).param("version", "0")
                        .param("eventDate", "02/07/2026").param("ceremonyDate", "01/07/2026").param("decisionNumber", "412-QĐ/ĐU"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lễ kết nạp không thể trước ngày quyết định kết nạp.")));
        mvc.perform(post("/admissions/{id}/admit", id).with(user(secretary)).with(csrf()).param("version", "0")
                        .param("eventDate", "02/07/2026").param("ceremonyDate", "09/07/2026").param("decisionNumber", "412-QĐ/ĐU"))
                .andExpect(status().is3xxRedirection());

        long member = jdbc.sql("SELECT admitted_member_id FROM admission_candidate WHERE id = :id AND state = 'ADMITTED'")
                .param("id", id).query(Long.class).single();
        assertThat(jdbc.sql("SELECT status || ' ' || organization_id || ' ' || admission_date FROM member WHERE id = :id").param("id", member)
                .query(String.class).single()).isEqualTo("PROBATIONARY " + cell + " 2026-07-02");
        assertThat(jdbc.sql("SELECT kind FROM member_event WHERE member_id = :id").param("id", member).query(String.class).single())
                .isEqualTo("ADMISSION");
    }

    @Test
    void sponsorsMustBeTwoOfficialMembersOfTheSameGrassrootsOrganisation() throws Exception {
        mvc.perform(candidate(probationary).with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Người giới thiệu phải là đảng viên chính thức của cùng tổ chức cơ sở đảng.")));
        mvc.perform(candidate(outsider).with(user(secretary)))
                .andExpect(content().string(Matchers.containsString("Người giới thiệu phải là đảng viên chính thức")));
        mvc.perform(candidate(sponsor1).with(user(secretary)))
                .andExpect(content().string(Matchers.containsString("Hai người giới thiệu phải là hai đảng viên khác nhau.")));
        assertThat(jdbc.sql("SELECT count(*) FROM admission_candidate WHERE given_name = :given").param("given", given).query(Long.class).single())
                .isZero();
    }

    @Test
    void incompleteFileCannotBeAdmitted() throws Exception {
        mvc.perform(post("/admissions/new").with(user(secretary)).with(csrf()).param("organizationId", String.valueOf(cell))
                        .param("familyName", "Kiều").param("givenName", given).param("gender", "MALE").param("birthDate", "05/06/2000"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM admission_candidate WHERE given_name = :given").param("given", given).query(Long.class).single();
        mvc.perform(post("/admissions/{id}/admit", id).with(user(secretary)).with(csrf()).param("version", "0")
                        .param("eventDate", "02/07/2026").param("ceremonyDate", "09/07/2026").param("decisionNumber", "1"))
                .andExpect(content().string(Matchers.containsString("Hồ sơ chưa đủ các bước")));
        assertThat(jdbc.sql("SELECT state FROM admission_candidate WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void probationaryMembersDueWithinSixtyDaysAreListedForTheirSecretaryOnly() throws Exception {
        long later = fixtures.member(cell, "Tạ", "Văn", Fixtures.unique("Xuân"), "MALE", LocalDate.of(1999, 1, 1),
                "PROBATIONARY", LocalDate.of(2026, 3, 1), null);
        String dueName = jdbc.sql("SELECT given_name FROM member WHERE id = :id").param("id", probationary).query(String.class).single();
        String laterName = jdbc.sql("SELECT given_name FROM member WHERE id = :id").param("id", later).query(String.class).single();
        mvc.perform(get("/admissions").with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(dueName)))
                .andExpect(content().string(Matchers.containsString("20/12/2026")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(laterName))));
        mvc.perform(get("/admissions").with(user(fixtures.user(Role.SECRETARY, null, fixtures.committee("Đảng bộ khác")))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(dueName))));
    }

    @Test
    void forbiddenPaths() throws Exception {
        PortalUser otherSecretary = fixtures.user(Role.SECRETARY, null, fixtures.committee("Đảng bộ Sở Công Thương"));
        mvc.perform(candidate(sponsor2).with(user(otherSecretary))).andExpect(status().isForbidden());
        mvc.perform(candidate(sponsor2).with(user(secretary))).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM admission_candidate WHERE given_name = :given").param("given", given).query(Long.class).single();
        mvc.perform(get("/admissions/{id}", id).with(user(otherSecretary))).andExpect(status().isForbidden());
        mvc.perform(post("/admissions/{id}/admit", id).with(user(otherSecretary)).with(csrf()).param("version", "0")
                        .param("eventDate", "02/07/2026").param("ceremonyDate", "09/07/2026").param("decisionNumber", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admissions/{id}/admit", id).with(user(fixtures.user(Role.LEADER, null, null))).with(csrf()).param("version", "0")
                        .param("eventDate", "02/07/2026").param("ceremonyDate", "09/07/2026").param("decisionNumber", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admissions").with(user(fixtures.user(Role.MEMBER, sponsor1, null)))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT state FROM admission_candidate WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("IN_PROGRESS");
    }
}
