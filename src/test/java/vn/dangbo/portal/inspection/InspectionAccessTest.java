package vn.dangbo.portal.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** Inspection files are read by the inspection committee, the deciders above and the subject (own conclusion only); every view is audited. */
@PortalTest
class InspectionAccessTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long committeeA;
    long cellA;
    long subject;
    long committeeB;
    PortalUser inspector;
    PortalUser secretaryA;
    PortalUser secretaryB;

    @BeforeEach
    void twoCommittees() {
        committeeA = fixtures.committee("Đảng bộ Sở Xây dựng");
        cellA = fixtures.subCell(committeeA, "Chi bộ Quy hoạch");
        subject = fixtures.member(cellA, "Trần", "Văn", Fixtures.unique("Bình"));
        long headA = fixtures.member(cellA, "Lê", "Thị", Fixtures.unique("Hoa"));
        fixtures.secretary(committeeA, headA);
        secretaryA = fixtures.user(Role.SECRETARY, headA, null);
        committeeB = fixtures.committee("Đảng bộ Sở Công Thương");
        long headB = fixtures.member(fixtures.subCell(committeeB, "Chi bộ Văn phòng"), "Phạm", "Văn", Fixtures.unique("Nam"));
        fixtures.secretary(committeeB, headB);
        secretaryB = fixtures.user(Role.SECRETARY, headB, null);
        inspector = fixtures.user(Role.INSPECTOR, null, null);
    }

    long plan(PortalUser who, long programmeUnit, Long subjectMember) throws Exception {
        return plan(who, programmeUnit, subjectMember, cellA);
    }

    long plan(PortalUser who, long programmeUnit, Long subjectMember, long subjectUnit) throws Exception {
        var request = post("/inspections/new").with(csrf()).with(user(who))
                .param("programmeUnitId", String.valueOf(programmeUnit)).param("programmeBody", "INSPECTION_COMMITTEE")
                .param("year", "2026").param("kind", "INSPECTION").param("mode", "THEMATIC")
                .param("subjectUnitId", String.valueOf(subjectUnit))
                .param("content", "Kiểm tra việc chấp hành nguyên tắc tập trung dân chủ")
                .param("startsOn", "01/09/2026").param("endsOn", "30/09/2026").param("team", "Tổ kiểm tra số 2");
        if (subjectMember != null) {
            request.param("subjectMemberId", String.valueOf(subjectMember));
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    void conclude(PortalUser who, long id) throws Exception {
        long version = jdbc.sql("SELECT version FROM inspection WHERE id = :id").param("id", id).query(Long.class).single();
        mvc.perform(post("/inspections/{id}/conclude", id).with(csrf()).with(user(who))
                        .param("version", String.valueOf(version)).param("conclusionNumber", "05-TB/UBKT")
                        .param("conclusionDate", "20/10/2026").param("conclusion", "Chấp hành tốt."))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void secretaryCannotReadInspectionFilesOfAnotherUnit() throws Exception {
        long id = plan(secretaryA, committeeA, null);

        mvc.perform(get("/inspections/{id}", id).with(user(secretaryA))).andExpect(status().isOk());
        mvc.perform(get("/inspections/{id}", id).with(user(inspector))).andExpect(status().isOk());
        mvc.perform(get("/inspections/{id}", id).with(user(fixtures.user(Role.LEADER, null, null)))).andExpect(status().isOk());
        mvc.perform(get("/inspections/{id}", id).with(user(secretaryB))).andExpect(status().isForbidden());
        mvc.perform(get("/inspections/{id}", id).with(user(fixtures.user(Role.STAFF, null, null)))).andExpect(status().isForbidden());
        mvc.perform(get("/inspections/{id}", id).with(user(fixtures.user(Role.ADMIN, null, null)))).andExpect(status().isForbidden());
        mvc.perform(get("/inspections").param("year", "2026").with(user(secretaryB)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("tập trung dân chủ"))));
        mvc.perform(get("/inspections").param("year", "2026").with(user(secretaryA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("tập trung dân chủ")));
        mvc.perform(get("/inspections/statistics").with(user(fixtures.user(Role.STAFF, null, null)))).andExpect(status().isForbidden());
    }

    @Test
    void secretaryCannotPlanInAnotherUnitsProgrammeNorReadTheBlocsFileAboutTheirOwnUnit() throws Exception {
        mvc.perform(post("/inspections/new").with(csrf()).with(user(secretaryB))
                        .param("programmeUnitId", String.valueOf(committeeA)).param("programmeBody", "COMMITTEE")
                        .param("year", "2026").param("kind", "SUPERVISION").param("mode", "REGULAR")
                        .param("subjectUnitId", String.valueOf(cellA)).param("content", "Giám sát")
                        .param("startsOn", "01/09/2026").param("endsOn", "30/09/2026").param("team", "Tổ giám sát"))
                .andExpect(status().isForbidden());
        long blocFile = plan(inspector, fixtures.bloc(), null);
        mvc.perform(get("/inspections/{id}", blocFile).with(user(secretaryA))).andExpect(status().isForbidden());
        mvc.perform(post("/inspections/{id}/start", blocFile).with(csrf()).with(user(secretaryA)).param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT state FROM inspection WHERE id = :id").param("id", blocFile).query(String.class).single())
                .isEqualTo("PLANNED");
    }

    @Test
    void theSubjectReadsTheirOwnConclusionOnlyOnceIssued() throws Exception {
        long id = plan(inspector, fixtures.bloc(), subject);
        PortalUser subjectAccount = fixtures.user(Role.MEMBER, subject, null);
        PortalUser otherMember = fixtures.user(Role.MEMBER, fixtures.member(cellA, "Đỗ", "Văn", Fixtures.unique("Hải")), null);

        mvc.perform(get("/inspections/{id}", id).with(user(subjectAccount))).andExpect(status().isForbidden());
        conclude(inspector, id);
        mvc.perform(get("/inspections/{id}", id).with(user(subjectAccount)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("05-TB/UBKT")));
        mvc.perform(get("/inspections").with(user(subjectAccount)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("tập trung dân chủ")));
        mvc.perform(get("/inspections/{id}", id).with(user(otherMember))).andExpect(status().isForbidden());
        mvc.perform(post("/inspections/{id}/recommendations", id).with(csrf()).with(user(subjectAccount))
                        .param("recommendation", "Tự sửa").param("recommendationDueOn", "31/12/2026"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMemberOfAGrassrootsInspectionCommitteeKeepsThatOrganisationsProgrammesOnly() throws Exception {
        long seated = fixtures.member(cellA, "Hà", "Văn", Fixtures.unique("Quang"));
        jdbc.sql("""
                INSERT INTO committee_position (organization_id, member_id, term_start_year, position, appointment, starts_on)
                VALUES (:unit, :member, 2025, 'INSPECTION_MEMBER', 'ELECTED', DATE '2025-06-01')
                """).param("unit", committeeA).param("member", seated).update();
        PortalUser inspectionMember = fixtures.user(Role.MEMBER, seated, null);
        long ownProgramme = plan(inspectionMember, committeeA, null);
        mvc.perform(get("/inspections/{id}", ownProgramme).with(user(inspectionMember))).andExpect(status().isOk());
        mvc.perform(get("/inspections").param("year", "2026").with(user(inspectionMember)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("tập trung dân chủ")));

        long blocFile = plan(inspector, fixtures.bloc(), null);
        mvc.perform(get("/inspections/{id}", blocFile).with(user(inspectionMember))).andExpect(status().isForbidden());
        long otherFile = plan(secretaryB, committeeB, null, fixtures.subCell(committeeB, "Chi bộ Kế hoạch"));
        mvc.perform(get("/inspections/{id}", otherFile).with(user(inspectionMember))).andExpect(status().isForbidden());
        mvc.perform(post("/inspections/new").with(csrf()).with(user(inspectionMember))
                        .param("programmeUnitId", String.valueOf(committeeB)).param("programmeBody", "INSPECTION_COMMITTEE")
                        .param("year", "2026").param("kind", "INSPECTION").param("mode", "REGULAR")
                        .param("subjectUnitId", String.valueOf(committeeB)).param("content", "Kiểm tra")
                        .param("startsOn", "01/09/2026").param("endsOn", "30/09/2026").param("team", "Tổ 1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyViewOfAFileIsAudited() throws Exception {
        long id = plan(inspector, committeeA, null);
        long before = views(id);
        mvc.perform(get("/inspections/{id}", id).with(user(secretaryA))).andExpect(status().isOk());
        mvc.perform(get("/inspections/{id}", id).with(user(inspector))).andExpect(status().isOk());
        assertThat(views(id) - before).isEqualTo(2);
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'VIEW' AND entity_type = 'Inspection' AND entity_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", String.valueOf(id)).query(String.class).single()).isEqualTo(inspector.getUsername());
    }

    long views(long id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'VIEW' AND entity_type = 'Inspection' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single();
    }
}
