package vn.dangbo.portal.member;

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

/** Recording lifecycle events through the pages: the rules' messages, the timeline, and every forbidden path. */
@PortalTest
class MemberLifecycleTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long committee;
    long cell;
    long otherCell;
    long foreignCell;
    long probationary;
    long official;
    PortalUser staff;
    PortalUser secretary;

    @BeforeEach
    void cells() {
        committee = fixtures.committee("Đảng bộ Sở Y tế");
        cell = fixtures.subCell(committee, "Chi bộ Văn phòng");
        otherCell = fixtures.subCell(committee, "Chi bộ Thanh tra");
        foreignCell = fixtures.subCell(fixtures.committee("Đảng bộ Cục Thuế"), "Chi bộ Kiểm tra");
        probationary = fixtures.member(cell, "Nguyễn", "Thị", Fixtures.unique("Mai"), "FEMALE", LocalDate.of(1998, 2, 1),
                "PROBATIONARY", LocalDate.of(2025, 12, 1), null);
        official = fixtures.member(cell, "Trần", "Văn", Fixtures.unique("Nam"));
        staff = fixtures.user(Role.STAFF, null, null);
        secretary = fixtures.user(Role.SECRETARY, null, committee);
    }

    MockHttpServletRequestBuilder event(long member, String kind, String date) {
        return post("/members/{id}/events", member).with(csrf()).param("kind", kind).param("eventDate", date)
                .param("version", String.valueOf(version(member)));
    }

    @Test
    void madeOfficialAfterTwelveMonthsUpdatesStatusAndTimeline() throws Exception {
        mvc.perform(event(probationary, "OFFICIAL", "01/12/2026").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ngày này chưa đến")));
        mvc.perform(event(probationary, "OFFICIAL", "25/11/2026").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chưa đủ 12 tháng dự bị tính từ ngày lễ kết nạp: sớm nhất là ngày 01/12/2026.")));
        assertThat(statusOf(probationary)).isEqualTo("PROBATIONARY");
    }

    @Test
    void secretaryRecordsOfficialStatusOnceProbationIsOver() throws Exception {
        long due = fixtures.member(cell, "Lê", "Thị", Fixtures.unique("Hoa"), "FEMALE", LocalDate.of(1997, 5, 5),
                "PROBATIONARY", LocalDate.of(2025, 11, 20), null);
        mvc.perform(event(due, "OFFICIAL", "21/11/2026").with(user(secretary)).param("decisionNumber", "88-QĐ/ĐU"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(due)).isEqualTo("OFFICIAL");
        assertThat(jdbc.sql("SELECT official_date FROM member WHERE id = :id").param("id", due).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 11, 21));
        mvc.perform(get("/members/{id}", due).with(user(secretary)))
                .andExpect(content().string(Matchers.containsString("Quá trình sinh hoạt Đảng")))
                .andExpect(content().string(Matchers.containsString("Chuyển đảng chính thức")))
                .andExpect(content().string(Matchers.containsString("88-QĐ/ĐU")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'MemberEvent' AND action = 'CREATE' AND changes ->> 'memberId' IS NOT NULL AND changes -> 'memberId' ->> 'after' = :id")
                .param("id", String.valueOf(due)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void expelledMemberCannotBeTransferredAndTheReasonIsShown() throws Exception {
        long expelled = fixtures.member(cell, "Phạm", "Văn", Fixtures.unique("Tú"), "MALE", LocalDate.of(1980, 1, 1), "EXPELLED");
        mvc.perform(event(expelled, "TRANSFER_INTERNAL", "20/11/2026").with(user(staff)).param("organizationId", String.valueOf(otherCell)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Không thể ghi nhận «Chuyển sinh hoạt trong Đảng bộ Khối» cho đảng viên đang ở tình trạng «Khai trừ».")));
        assertThat(cellOf(expelled)).isEqualTo(cell);
    }

    @Test
    void transferInsideTheSubtreeMovesTheMemberAndKeepsTheOldCellInHistory() throws Exception {
        mvc.perform(event(official, "TRANSFER_INTERNAL", "20/11/2026").with(user(secretary)).param("organizationId", String.valueOf(otherCell)))
                .andExpect(status().is3xxRedirection());
        assertThat(cellOf(official)).isEqualTo(otherCell);
        assertThat(jdbc.sql("SELECT organization_id FROM member_event WHERE member_id = :id ORDER BY event_date, id")
                .param("id", official).query(Long.class).list()).containsExactly(cell, cell, otherCell);
    }

    @Test
    void transferOutEndsMembershipAndTransferInBringsTheMemberBack() throws Exception {
        mvc.perform(event(official, "TRANSFER_OUT", "01/10/2026").with(user(staff)).param("counterpart", "Đảng bộ phường Hưng Bình"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(official)).isEqualTo("TRANSFERRED_OUT");
        mvc.perform(event(official, "TRANSFER_IN", "20/11/2026").with(user(staff)).param("counterpart", "Đảng bộ phường Hưng Bình")
                        .param("organizationId", String.valueOf(foreignCell)))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(official)).isEqualTo("OFFICIAL");
        assertThat(cellOf(official)).isEqualTo(foreignCell);
    }

    @Test
    void staleFormIsRefusedAsAConcurrentEdit() throws Exception {
        mvc.perform(post("/members/{id}/events", official).with(csrf()).with(user(staff)).param("kind", "EXEMPTION")
                        .param("eventDate", "20/11/2026").param("version", String.valueOf(version(official) - 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vừa được người khác thay đổi")));
        assertThat(statusOf(official)).isEqualTo("OFFICIAL");
    }

    @Test
    void forbiddenPathsChangeNothing() throws Exception {
        long outsider = fixtures.member(foreignCell, "Hồ", "Văn", Fixtures.unique("Sơn"));
        // another subtree, by forged POST and by the form
        mvc.perform(event(outsider, "DEATH", "20/11/2026").with(user(secretary))).andExpect(status().isForbidden());
        mvc.perform(get("/members/{id}/events/new", outsider).param("kind", "DEATH").with(user(secretary))).andExpect(status().isForbidden());
        // into another subtree
        mvc.perform(event(official, "TRANSFER_INTERNAL", "20/11/2026").with(user(secretary)).param("organizationId", String.valueOf(foreignCell)))
                .andExpect(status().isForbidden());
        // read-only roles and the member themself
        mvc.perform(event(official, "DEATH", "20/11/2026").with(user(fixtures.user(Role.LEADER, null, null)))).andExpect(status().isForbidden());
        mvc.perform(event(official, "DEATH", "20/11/2026").with(user(fixtures.user(Role.MEMBER, official, null)))).andExpect(status().isForbidden());
        // expulsion only comes with its discipline record
        mvc.perform(event(official, "EXPULSION", "20/11/2026").with(user(staff))).andExpect(status().isNotFound());
        assertThat(statusOf(official)).isEqualTo("OFFICIAL");
        assertThat(statusOf(outsider)).isEqualTo("OFFICIAL");
        assertThat(cellOf(official)).isEqualTo(cell);
    }

    @Test
    void newMemberEntersWithAnAdmissionEvent() throws Exception {
        String given = Fixtures.unique("Quỳnh");
        mvc.perform(post("/members/new").with(user(secretary)).with(csrf())
                        .param("familyName", "Đặng").param("middleName", "Thị").param("givenName", given).param("gender", "FEMALE")
                        .param("birthDate", "03/04/2000").param("politicalTheory", "NONE").param("entry.kind", "ADMISSION")
                        .param("entry.organizationId", String.valueOf(cell)).param("entry.eventDate", "19/05/2026")
                        .param("entry.ceremonyDate", "26/05/2026").param("entry.decisionNumber", "301-QĐ/ĐU")
                        .param("entry.decisionIssuer", "Đảng ủy Sở Y tế"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM member WHERE given_name = :given").param("given", given).query(Long.class).single();
        assertThat(statusOf(id)).isEqualTo("PROBATIONARY");
        assertThat(jdbc.sql("SELECT admission_date || ' ' || admission_ceremony_date FROM member WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("2026-05-19 2026-05-26");
        assertThat(jdbc.sql("SELECT kind || ' ' || status_after || ' ' || decision_number FROM member_event WHERE member_id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("ADMISSION PROBATIONARY 301-QĐ/ĐU");
    }

    @Test
    void newMemberWithoutTheCeremonyDateIsRefusedAndNothingIsWritten() throws Exception {
        String given = Fixtures.unique("Thơ");
        mvc.perform(post("/members/new").with(user(staff)).with(csrf())
                        .param("familyName", "Đặng").param("givenName", given).param("gender", "FEMALE")
                        .param("birthDate", "03/04/2000").param("politicalTheory", "NONE").param("entry.kind", "ADMISSION")
                        .param("entry.organizationId", String.valueOf(cell)).param("entry.eventDate", "19/05/2026")
                        .param("entry.decisionNumber", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hãy nhập ngày tổ chức lễ kết nạp")));
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE given_name = :given").param("given", given).query(Long.class).single()).isZero();
    }

    @Test
    void editingTheRegisterNoLongerChangesStatusOrCell() throws Exception {
        mvc.perform(post("/members/{id}/edit", official).with(user(staff)).with(csrf())
                        .param("familyName", "Trần").param("middleName", "Văn").param("givenName", "Nam mới").param("gender", "MALE")
                        .param("birthDate", "14/03/1985").param("politicalTheory", "NONE").param("version", String.valueOf(version(official)))
                        .param("status", "EXPELLED").param("organizationId", String.valueOf(foreignCell)))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(official)).isEqualTo("OFFICIAL");
        assertThat(cellOf(official)).isEqualTo(cell);
        assertThat(jdbc.sql("SELECT given_name FROM member WHERE id = :id").param("id", official).query(String.class).single())
                .isEqualTo("Nam mới");
    }

    private String statusOf(long member) {
        return jdbc.sql("SELECT status FROM member WHERE id = :id").param("id", member).query(String.class).single();
    }

    private long cellOf(long member) {
        return jdbc.sql("SELECT organization_id FROM member WHERE id = :id").param("id", member).query(Long.class).single();
    }

    private long version(long member) {
        return jdbc.sql("SELECT version FROM member WHERE id = :id").param("id", member).query(Long.class).single();
    }
}
