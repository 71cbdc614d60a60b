package vn.dangbo.portal.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.StatementCounter;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** Cadre planning: staff keep it, leaders read it, nobody else sees it; the rule warnings with their numbers; the yearly review. */
@PortalTest
class PlanningTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long committee;
    long cell;
    PortalUser staff;
    long list;

    @BeforeEach
    void aPlanningList() throws Exception {
        committee = fixtures.committee("Đảng bộ Sở Tài nguyên");
        cell = fixtures.subCell(committee, "Chi bộ Đất đai");
        staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(post("/planning").with(csrf()).with(user(staff)).param("unitId", String.valueOf(committee)).param("termStartYear", "2030"))
                .andExpect(status().is3xxRedirection());
        list = jdbc.sql("SELECT id FROM planning_list WHERE organization_id = :unit").param("unit", committee).query(Long.class).single();
    }

    void add(long member, String office, String reason) throws Exception {
        var request = post("/planning/{id}/entries", list).with(csrf()).with(user(staff))
                .param("memberId", String.valueOf(member)).param("office", office);
        if (reason != null) {
            request.param("reason", reason);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    @Test
    void secretaryCannotReadAnyPlanningList() throws Exception {
        long head = fixtures.member(cell, "Phan", "Văn", Fixtures.unique("Tú"));
        fixtures.secretary(committee, head);
        PortalUser secretary = fixtures.user(Role.SECRETARY, head, null);
        for (PortalUser outsider : List.of(secretary, fixtures.user(Role.ADMIN, null, null), fixtures.user(Role.INSPECTOR, null, null),
                fixtures.user(Role.MEMBER, fixtures.member(cell, "Phan", "Thị", Fixtures.unique("Yến")), null))) {
            mvc.perform(get("/planning").with(user(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/planning/{id}", list).with(user(outsider))).andExpect(status().isForbidden());
        }
        PortalUser leader = fixtures.user(Role.LEADER, null, null);
        mvc.perform(get("/planning/{id}", list).with(user(leader))).andExpect(status().isOk());
        mvc.perform(post("/planning/{id}/entries", list).with(csrf()).with(user(leader))
                        .param("memberId", String.valueOf(head)).param("office", "SECRETARY"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'VIEW' AND entity_type = 'PlanningList' AND actor = :a")
                .param("a", leader.getUsername()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rulesAreShownAsWarningsWithTheirNumbers() throws Exception {
        List<Long> men = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            men.add(fixtures.member(cell, "Trịnh", "Văn", Fixtures.unique("Sơn"), "MALE", LocalDate.of(1975, 4, 1), "OFFICIAL"));
        }
        long woman = fixtures.member(cell, "Trịnh", "Thị", Fixtures.unique("Thu"), "FEMALE", LocalDate.of(1995, 4, 1), "OFFICIAL");
        add(men.get(0), "SECRETARY", null);
        add(men.get(1), "DEPUTY_SECRETARY", null);
        for (int i = 2; i < 7; i++) {
            add(men.get(i), "COMMITTEE_MEMBER", null);
        }
        add(woman, "STANDING_MEMBER", null);
        jdbc.sql("""
                INSERT INTO discipline_record (member_id, form, decision_date, decision_number, decision_issuer, violation)
                VALUES (:m, 'REPRIMAND', DATE '2025-03-01', '7-QĐ', 'Đảng ủy', 'Vi phạm')
                """).param("m", men.get(2)).update();
        String name = jdbc.sql("SELECT family_name || ' ' || middle_name || ' ' || given_name FROM member WHERE id = :m")
                .param("m", men.get(2)).query(String.class).single();

        mvc.perform(get("/planning/{id}", list).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("8 người trong quy hoạch.")))
                .andExpect(content().string(containsString("Tỷ lệ nữ 1/8 (12,5 %) thấp hơn mức tối thiểu 15 %.")))
                .andExpect(content().string(containsString("Cán bộ trẻ (dưới 40 tuổi khi bắt đầu nhiệm kỳ) 1/8 (12,5 %) thấp hơn mức tối thiểu 15 %.")))
                .andExpect(content().string(containsString("Chức danh Cấp ủy viên có 5 người, vượt quá 4 người.")))
                .andExpect(content().string(containsString(name + " bị kỷ luật trong 3 năm gần đây.")));
    }

    @Test
    void aListsStatementsDoNotGrowWithItsPeople() throws Exception {
        add(fixtures.member(cell, "Đinh", "Văn", Fixtures.unique("Tài")), "SECRETARY", null);
        long few = statementsOfList();
        for (int i = 0; i < 12; i++) {
            add(fixtures.member(cell, "Đinh", "Thị", Fixtures.unique("Nga")), "COMMITTEE_MEMBER", null);
        }
        assertThat(statementsOfList()).isEqualTo(few);
    }

    long statementsOfList() throws Exception {
        StatementCounter.reset();
        mvc.perform(get("/planning/{id}", list).param("unit", String.valueOf(cell)).with(user(staff))).andExpect(status().isOk());
        return StatementCounter.count();
    }

    @Test
    void afterApprovalEveryChangeOfTheYearlyReviewNeedsAReason() throws Exception {
        long first = fixtures.member(cell, "Võ", "Văn", Fixtures.unique("Kiên"));
        long second = fixtures.member(cell, "Võ", "Thị", Fixtures.unique("Linh"));
        add(first, "SECRETARY", null);
        mvc.perform(post("/planning/{id}/approve", list).with(csrf()).with(user(staff)).param("version", "0")
                        .param("decisionNumber", "215-QĐ/ĐUK").param("decisionDate", "10/11/2026"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/planning/{id}/entries", list).with(csrf()).with(user(staff))
                        .param("memberId", String.valueOf(second)).param("office", "DEPUTY_SECRETARY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sau khi quy hoạch được phê duyệt, mọi thay đổi phải ghi lý do.")));
        add(second, "DEPUTY_SECRETARY", "Rà soát năm 2026: bổ sung nhân tố mới");
        long entry = jdbc.sql("SELECT id FROM planning_entry WHERE list_id = :l AND member_id = :m").param("l", list).param("m", first)
                .query(Long.class).single();
        mvc.perform(post("/planning/{id}/entries/{e}/remove", list, entry).with(csrf()).with(user(staff))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT removed_on FROM planning_entry WHERE id = :e").param("e", entry).query(LocalDate.class).optional()).isEmpty();
        mvc.perform(post("/planning/{id}/entries/{e}/remove", list, entry).with(csrf()).with(user(staff)).param("reason", "Chuyển công tác"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/planning/{id}", list).with(user(staff)))
                .andExpect(content().string(containsString("Đã phê duyệt theo quyết định số 215-QĐ/ĐUK ngày 10/11/2026")))
                .andExpect(content().string(containsString("Đưa ra ngày 25/11/2026: Chuyển công tác")))
                .andExpect(content().string(containsString("Bổ sung ngày 25/11/2026: Rà soát năm 2026: bổ sung nhân tố mới")))
                .andExpect(content().string(containsString("1 người trong quy hoạch.")));
    }
}
