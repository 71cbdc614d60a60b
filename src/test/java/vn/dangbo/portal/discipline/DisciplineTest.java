package vn.dangbo.portal.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

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

/** Discipline records: the year they count in (31/12 against 1/1), expulsion ending membership, who may record. */
@PortalTest
class DisciplineTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired DisciplineRecords records;

    long committee;
    long member;
    long other;
    PortalUser staff;
    PortalUser secretary;

    @BeforeEach
    void members() {
        committee = fixtures.committee("Đảng bộ Sở Tư pháp");
        long cell = fixtures.subCell(committee, "Chi bộ Văn phòng");
        member = fixtures.member(cell, "Lê", "Văn", Fixtures.unique("Tâm"));
        other = fixtures.member(fixtures.grassrootsCell("Chi bộ Sở Ngoại vụ"), "Lê", "Thị", Fixtures.unique("Hà"));
        staff = fixtures.user(Role.STAFF, null, null);
        secretary = fixtures.user(Role.SECRETARY, null, committee);
    }

    MockHttpServletRequestBuilder discipline(long id, String measure, String date) {
        return post("/members/{id}/discipline", id).with(csrf()).param("measure", measure).param("decisionDate", date)
                .param("decisionNumber", "15-QĐ/UBKT").param("decisionIssuer", "Ủy ban Kiểm tra Đảng ủy Khối")
                .param("violation", "Vi phạm quy định về những điều đảng viên không được làm");
    }

    @Test
    void disciplineDatedThirtyFirstOfDecemberCountsInThatYearAndFirstOfJanuaryInTheNext() throws Exception {
        mvc.perform(discipline(member, "REPRIMAND", "31/12/2025").with(user(secretary))).andExpect(status().is3xxRedirection());
        mvc.perform(discipline(member, "WARNING", "01/01/2026").with(user(secretary))).andExpect(status().is3xxRedirection());

        Map<Long, List<DisciplineRecord>> in2025 = records.inYear(List.of(member, other), 2025);
        Map<Long, List<DisciplineRecord>> in2026 = records.inYear(List.of(member, other), 2026);
        assertThat(in2025.get(member)).extracting(DisciplineRecord::getMeasure).containsExactly(DisciplineMeasure.REPRIMAND);
        assertThat(in2026.get(member)).extracting(DisciplineRecord::getMeasure).containsExactly(DisciplineMeasure.WARNING);
        assertThat(in2025).doesNotContainKey(other);
        assertThat(records.inYear(List.of(member), 2024)).isEmpty();
        mvc.perform(get("/members/{id}", member).with(user(staff)))
                .andExpect(content().string(Matchers.containsString("Cảnh cáo")))
                .andExpect(content().string(Matchers.containsString("15-QĐ/UBKT")));
    }

    @Test
    void expulsionEndsMembershipAndCannotBeRecordedTwice() throws Exception {
        mvc.perform(discipline(member, "EXPULSION", "10/11/2026").with(user(staff))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM member WHERE id = :id").param("id", member).query(String.class).single()).isEqualTo("EXPELLED");
        assertThat(jdbc.sql("SELECT kind || ' ' || event_date || ' ' || decision_number FROM member_event WHERE member_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", member).query(String.class).single()).isEqualTo("EXPULSION 2026-11-10 15-QĐ/UBKT");

        mvc.perform(discipline(member, "EXPULSION", "11/11/2026").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chỉ ghi kỷ luật cho người đang là đảng viên.")));
        assertThat(jdbc.sql("SELECT count(*) FROM discipline_record WHERE member_id = :id").param("id", member).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void expulsionDatedBeforeTheMembersLastEventIsRefusedWithNothingWritten() throws Exception {
        mvc.perform(discipline(member, "EXPULSION", "01/01/2011").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ngày phải từ 19/05/2011 trở đi")));
        assertThat(jdbc.sql("SELECT count(*) FROM discipline_record WHERE member_id = :id").param("id", member).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT status FROM member WHERE id = :id").param("id", member).query(String.class).single()).isEqualTo("OFFICIAL");
    }

    @Test
    void onlyThoseWhoMayEditTheMemberRecordDiscipline() throws Exception {
        mvc.perform(discipline(other, "WARNING", "01/11/2026").with(user(secretary))).andExpect(status().isForbidden());
        mvc.perform(get("/members/{id}/discipline/new", other).with(user(secretary))).andExpect(status().isForbidden());
        mvc.perform(discipline(member, "WARNING", "01/11/2026").with(user(fixtures.user(Role.LEADER, null, null)))).andExpect(status().isForbidden());
        mvc.perform(discipline(member, "WARNING", "01/11/2026").with(user(fixtures.user(Role.MEMBER, member, null)))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM discipline_record WHERE member_id IN (:ids)").param("ids", List.of(member, other))
                .query(Long.class).single()).isZero();
    }
}
