package vn.dangbo.portal.breakthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
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

/**
 * Registering, approving (by the right level, never by oneself), returning, following and evaluating
 * breakthrough tasks; and who may see them.
 */
@PortalTest
class BreakthroughWorkflowTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired BreakthroughResults results;

    long committee;
    long subCell;
    long member;
    long grassrootsSecretary;
    PortalUser memberUser;
    PortalUser cellSecretary;
    PortalUser committeeSecretary;
    PortalUser leader;
    PortalUser otherLeader;
    PortalUser otherCommitteeSecretary;
    PortalUser otherMember;

    @BeforeEach
    void aCommitteeWithASubCellAndTheBlocLeaders() {
        committee = fixtures.committee("Đảng bộ Sở Công Thương");
        subCell = fixtures.subCell(committee, "Chi bộ Phòng Quản lý thương mại");
        member = fixtures.member(subCell, "Nguyễn", "Văn", Fixtures.unique("An"));
        long cellSecretaryMember = fixtures.member(subCell, "Lê", "Thị", Fixtures.unique("Bình"));
        grassrootsSecretary = fixtures.member(subCell, "Trần", "Văn", Fixtures.unique("Cường"));
        fixtures.secretary(subCell, cellSecretaryMember);
        fixtures.secretary(committee, grassrootsSecretary);
        long office = fixtures.grassrootsCell("Chi bộ Cơ quan Đảng ủy Khối");
        memberUser = fixtures.user(Role.MEMBER, member, null);
        cellSecretary = fixtures.user(Role.SECRETARY, cellSecretaryMember, subCell);
        committeeSecretary = fixtures.user(Role.SECRETARY, grassrootsSecretary, committee);
        leader = fixtures.user(Role.LEADER, fixtures.member(office, "Hồ", "Văn", Fixtures.unique("Lãnh")), null);
        otherLeader = fixtures.user(Role.LEADER, fixtures.member(office, "Võ", "Thị", Fixtures.unique("Đạo")), null);
        long otherCommittee = fixtures.committee("Đảng bộ Sở Tài chính");
        otherCommitteeSecretary = fixtures.user(Role.SECRETARY, null, otherCommittee);
        otherMember = fixtures.user(Role.MEMBER, fixtures.member(fixtures.subCell(otherCommittee, "Chi bộ Văn phòng"), "Phạm", "Văn", Fixtures.unique("Dũng")), null);
    }

    @Test
    void membersOwnTaskIsApprovedByTheGrassrootsCommitteeNotByTheCell() throws Exception {
        long task = registered(memberUser, null);
        assertThat(row(task)).containsEntry("member_id", member).containsEntry("organization_id", subCell);

        mvc.perform(post("/breakthroughs/{id}/approve", task).with(user(cellSecretary)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/breakthroughs/{id}/approve", task).with(user(leader)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/breakthroughs/{id}/approve", task).with(user(committeeSecretary)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(state(task)).isEqualTo("APPROVED");
    }

    @Test
    void subCellTaskGoesToItsCommitteeAndTheCommitteesOwnToTheStandingCommittee() throws Exception {
        long cellTask = registered(cellSecretary, subCell);
        mvc.perform(post("/breakthroughs/{id}/approve", cellTask).with(user(cellSecretary)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/breakthroughs/{id}/approve", cellTask).with(user(committeeSecretary)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(cellTask)).isEqualTo("APPROVED");

        long committeeTask = registered(committeeSecretary, committee);
        mvc.perform(post("/breakthroughs/{id}/approve", committeeTask).with(user(committeeSecretary)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/breakthroughs/{id}/approve", committeeTask).with(user(leader)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(committeeTask)).isEqualTo("APPROVED");
    }

    @Test
    void aLeadersOwnTaskIsRecordedByAnotherLeader() throws Exception {
        long task = registered(leader, null);

        mvc.perform(post("/breakthroughs/{id}/approve", task).with(user(leader)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/breakthroughs/{id}/approve", task).with(user(otherLeader)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(row(task)).containsEntry("state", "APPROVED").containsEntry("decided_by_user_id", otherLeader.getId());
    }

    @Test
    void theGrassrootsSecretarysOwnTaskGoesToTheStandingCommittee() throws Exception {
        long task = registered(committeeSecretary, null);

        mvc.perform(post("/breakthroughs/{id}/approve", task).with(user(committeeSecretary)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/breakthroughs/{id}/approve", task).with(user(leader)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(state(task)).isEqualTo("APPROVED");
    }

    @Test
    void returningNeedsAReasonAndTheOwnerCorrectsAndRegistersAgain() throws Exception {
        long task = registered(memberUser, null);

        mvc.perform(post("/breakthroughs/{id}/return", task).with(user(committeeSecretary)).with(csrf()).param("text", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hãy ghi lý do trả lại.")));
        assertThat(state(task)).isEqualTo("REGISTERED");

        mvc.perform(post("/breakthroughs/{id}/return", task).with(user(committeeSecretary)).with(csrf())
                        .param("text", "Kết quả dự kiến chưa đo được."))
                .andExpect(status().is3xxRedirection());
        assertThat(state(task)).isEqualTo("RETURNED");

        mvc.perform(form(post("/breakthroughs/{id}/edit", task), memberUser, null, "version", String.valueOf(version(task)),
                        "expectedResult", "100 % hồ sơ được số hóa trước 30/11."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/breakthroughs/{id}/register", task).with(user(memberUser)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(row(task)).containsEntry("state", "REGISTERED").containsEntry("expected_result", "100 % hồ sơ được số hóa trước 30/11.");
    }

    @Test
    void aRegisteredTaskCannotBeChangedByItsOwner() throws Exception {
        long task = registered(memberUser, null);

        mvc.perform(form(post("/breakthroughs/{id}/edit", task), memberUser, null, "version", String.valueOf(version(task)),
                        "title", "Đổi tên"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("không sửa được")));
        assertThat(row(task).get("title")).isNotEqualTo("Đổi tên");
    }

    @Test
    void progressStartsTheWorkAndTheApproverRecordsTheResult() throws Exception {
        long task = registered(memberUser, null);
        mvc.perform(post("/breakthroughs/{id}/approve", task).with(user(committeeSecretary)).with(csrf()));

        mvc.perform(post("/breakthroughs/{id}/progress", task).with(user(memberUser)).with(csrf())
                        .param("notedOn", "20/11/2026").param("text", "Đã số hóa 60 % hồ sơ."))
                .andExpect(status().is3xxRedirection());
        assertThat(state(task)).isEqualTo("IN_PROGRESS");
        mvc.perform(post("/breakthroughs/{id}/progress", task).with(user(memberUser)).with(csrf())
                        .param("notedOn", "26/11/2026").param("text", "Ngày mai"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("không được ở tương lai")));

        mvc.perform(post("/breakthroughs/{id}/evaluate", task).with(user(memberUser)).with(csrf()).param("completed", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/breakthroughs/{id}/evaluate", task).with(user(committeeSecretary)).with(csrf())
                        .param("completed", "true").param("text", "Hoàn thành đúng hạn."))
                .andExpect(status().is3xxRedirection());
        assertThat(row(task)).containsEntry("state", "COMPLETED").containsEntry("result_note", "Hoàn thành đúng hạn.");
        assertThat(jdbc.sql("SELECT count(*) FROM breakthrough_progress WHERE task_id = :id").param("id", task)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTaskIsFinishedWithinItsYearAndRegisteredForThisYearOrTheNext() throws Exception {
        mvc.perform(form(post("/breakthroughs/new"), memberUser, null, "deadline", "15/01/2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("phải hoàn thành trong năm đăng ký")));
        mvc.perform(form(post("/breakthroughs/new"), memberUser, null, "year", "2024", "deadline", "15/10/2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chỉ đăng ký công việc cho năm nay hoặc năm sau.")));
        assertThat(jdbc.sql("SELECT count(*) FROM breakthrough_task WHERE member_id = :m").param("m", member)
                .query(Long.class).single()).isZero();
    }

    @Test
    void nobodyRegistersForAUnitTheyDoNotRun() throws Exception {
        mvc.perform(form(post("/breakthroughs/new"), cellSecretary, committee)).andExpect(status().isForbidden());
        mvc.perform(form(post("/breakthroughs/new"), otherCommitteeSecretary, committee)).andExpect(status().isForbidden());
        mvc.perform(form(post("/breakthroughs/new"), memberUser, subCell)).andExpect(status().isForbidden());
    }

    @Test
    void tasksAreReadWithinScopeAndDraftsOnlyByTheirOwner() throws Exception {
        long draft = created(memberUser, null);
        mvc.perform(get("/breakthroughs/{id}", draft).with(user(committeeSecretary))).andExpect(status().isNotFound());
        mvc.perform(post("/breakthroughs/{id}/register", draft).with(user(committeeSecretary)).with(csrf()))
                .andExpect(status().isNotFound());

        long task = registered(memberUser, null);
        mvc.perform(get("/breakthroughs/{id}", task).with(user(memberUser))).andExpect(status().isOk());
        mvc.perform(get("/breakthroughs/{id}", task).with(user(committeeSecretary))).andExpect(status().isOk());
        mvc.perform(get("/breakthroughs/{id}", task).with(user(leader))).andExpect(status().isOk());
        mvc.perform(get("/breakthroughs/{id}", task).with(user(otherMember))).andExpect(status().isForbidden());
        mvc.perform(get("/breakthroughs/{id}", task).with(user(otherCommitteeSecretary))).andExpect(status().isForbidden());
        mvc.perform(post("/breakthroughs/{id}/approve", task).with(user(otherCommitteeSecretary)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/breakthroughs/summary").with(user(memberUser))).andExpect(status().isForbidden());
    }

    @Test
    void countsByYearUnitAndStateAndTheResultsTheRatingReads() throws Exception {
        long completed = registered(memberUser, null);
        mvc.perform(post("/breakthroughs/{id}/approve", completed).with(user(committeeSecretary)).with(csrf()));
        mvc.perform(post("/breakthroughs/{id}/evaluate", completed).with(user(committeeSecretary)).with(csrf()).param("completed", "true"));
        long awaiting = registered(cellSecretary, subCell);
        long returned = registered(committeeSecretary, committee);
        mvc.perform(post("/breakthroughs/{id}/return", returned).with(user(leader)).with(csrf()).param("text", "Chưa cụ thể."));
        created(memberUser, null);

        mvc.perform(get("/breakthroughs").param("unit", String.valueOf(committee)).with(user(committeeSecretary)))
                .andExpect(content().string(Matchers.containsString("Năm 2026: 3 công việc đã đăng ký, 1 hoàn thành.")));

        Map<Long, List<BreakthroughResults.TaskResult>> byMember = results.forMembers(List.of(member, grassrootsSecretary), 2026);
        assertThat(byMember.get(member)).extracting(BreakthroughResults.TaskResult::id, BreakthroughResults.TaskResult::state)
                .containsExactly(tuple(completed, TaskState.COMPLETED));
        assertThat(byMember.get(grassrootsSecretary)).isEmpty();
        Map<Long, List<BreakthroughResults.TaskResult>> byUnit = results.forOrganizations(List.of(subCell, committee), 2026);
        assertThat(byUnit.get(subCell)).extracting(BreakthroughResults.TaskResult::id).containsExactly(awaiting);
        assertThat(byUnit.get(committee)).extracting(BreakthroughResults.TaskResult::state).containsExactly(TaskState.RETURNED);
    }

    /** A task created (as a draft) by the user, for the unit or for themself (unit null). */
    private long created(PortalUser owner, Long unit) throws Exception {
        String location = mvc.perform(form(post("/breakthroughs/new"), owner, unit))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long registered(PortalUser owner, Long unit) throws Exception {
        long task = created(owner, unit);
        mvc.perform(post("/breakthroughs/{id}/register", task).with(user(owner)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(state(task)).isEqualTo("REGISTERED");
        return task;
    }

    /** The task form with sensible values, some replaced by the given name/value pairs. */
    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, PortalUser owner, Long unit,
                                                      String... replaced) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("unitId", unit == null ? "" : String.valueOf(unit));
        values.put("year", "2026");
        values.put("title", "Số hóa toàn bộ hồ sơ đảng viên của chi bộ");
        values.put("problem", "Hồ sơ giấy thất lạc, tra cứu chậm.");
        values.put("expectedResult", "100 % hồ sơ được số hóa.");
        values.put("deadline", "30/11/2026");
        for (int i = 0; i < replaced.length; i += 2) {
            values.put(replaced[i], replaced[i + 1]);
        }
        request.with(user(owner)).with(csrf());
        values.forEach(request::param);
        return request;
    }

    private Map<String, Object> row(long task) {
        return jdbc.sql("SELECT * FROM breakthrough_task WHERE id = :id").param("id", task).query().singleRow();
    }

    private String state(long task) {
        return (String) row(task).get("state");
    }

    private long version(long task) {
        return (Long) row(task).get("version");
    }
}
