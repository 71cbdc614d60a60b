package vn.dangbo.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** Recording a cell's meeting with attendance, and every way to get it wrong or to reach another cell. */
@PortalTest
class MeetingRecordsTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long cell;
    long otherCell;
    long anna;
    long binh;
    long exempt;
    long stranger;
    PortalUser cellSecretary;
    PortalUser otherSecretary;

    @BeforeEach
    void aCellOfThree() {
        long committee = fixtures.committee("Đảng bộ Sinh hoạt");
        cell = fixtures.subCell(committee, "Chi bộ Họp");
        otherCell = fixtures.subCell(committee, "Chi bộ Khác");
        anna = fixtures.member(cell, "Nguyễn", "Thị", Fixtures.unique("An"));
        binh = fixtures.member(cell, "Trần", "Văn", Fixtures.unique("Bình"));
        exempt = fixtures.member(cell, "Lê", "Văn", Fixtures.unique("Cụ"), "MALE", LocalDate.of(1940, 1, 1), "EXEMPT");
        stranger = fixtures.member(otherCell, "Phạm", "Văn", Fixtures.unique("Lạ"));
        cellSecretary = fixtures.user(Role.SECRETARY, null, cell);
        otherSecretary = fixtures.user(Role.SECRETARY, null, otherCell);
    }

    @Test
    void cellSecretaryRecordsAMeetingWithAttendance() throws Exception {
        String location = mvc.perform(meeting(cell, Map.of(anna, "PRESENT", binh, "EXCUSED")).param("reasons[" + binh + "]", "Đi công tác")
                        .with(user(cellSecretary)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/meetings/".length()));

        assertThat(jdbc.sql("SELECT member_id || ':' || presence || ':' || coalesce(reason, '') FROM meeting_attendance WHERE meeting_id = :m ORDER BY member_id")
                .param("m", id).query(String.class).list())
                .containsExactly(anna + ":PRESENT:", binh + ":EXCUSED:Đi công tác");
        mvc.perform(get("/meetings/{id}", id).with(user(cellSecretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Có mặt 1/2 (50,00 %)")))
                .andExpect(content().string(Matchers.containsString("Đi công tác")));
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE entity_type = 'MeetingAttendance' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(String.class).single()).isEqualTo("1 có mặt, 1 vắng có lý do, 0 vắng");
    }

    @Test
    void attendanceCannotListAMemberOfAnotherCell() throws Exception {
        mvc.perform(meeting(cell, Map.of(anna, "PRESENT", binh, "PRESENT", stranger, "PRESENT")).with(user(cellSecretary)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(Matchers.containsString("có người không thuộc chi bộ")));
        mvc.perform(meeting(cell, Map.of(anna, "PRESENT", binh, "PRESENT", exempt, "PRESENT")).with(user(cellSecretary)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"));
        assertThat(meetingsOf(cell)).isZero();
    }

    @Test
    void everyMemberOnTheSheetIsAccountedForAndAnExcuseHasAReason() throws Exception {
        mvc.perform(meeting(cell, Map.of(anna, "PRESENT")).with(user(cellSecretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chưa điểm danh Trần Văn")));
        mvc.perform(meeting(cell, Map.of(anna, "PRESENT", binh, "EXCUSED")).with(user(cellSecretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hãy ghi lý do vắng của Trần Văn")));
        mvc.perform(meeting(cell, Map.of(anna, "PRESENT", binh, "PRESENT"), "kind", "THEMATIC").with(user(cellSecretary)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "topic", "meeting.topicRequired"));
        mvc.perform(meeting(cell, Map.of(anna, "PRESENT", binh, "PRESENT"), "heldOn", "26/11/2026").with(user(cellSecretary)))
                .andExpect(model().attributeHasFieldErrorCode("form", "heldOn", "meeting.heldInFuture"));
        mvc.perform(meeting(cell, Map.of(anna, "PRESENT", binh, "PRESENT"), "chairMemberId", String.valueOf(stranger))
                        .with(user(cellSecretary)))
                .andExpect(model().attributeHasFieldErrorCode("form", "chairMemberId", "meeting.notOnSheet"));
        assertThat(meetingsOf(cell)).isZero();
    }

    @Test
    void exemptMembersAreShownApartOnTheForm() throws Exception {
        String name = jdbc.sql("SELECT given_name FROM member WHERE id = :m").param("m", exempt).query(String.class).single();
        mvc.perform(get("/meetings/new").param("cell", String.valueOf(cell)).with(user(cellSecretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("presence[" + anna + "]")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("presence[" + exempt + "]"))))
                .andExpect(content().string(Matchers.containsString(name)));
    }

    @Test
    void secretaryOfAnotherCellCannotOpenRecordOrChangeTheMeeting() throws Exception {
        long id = recordedMeeting();
        mvc.perform(get("/meetings/{id}", id).with(user(otherSecretary))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings").param("cell", String.valueOf(cell)).with(user(otherSecretary))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/new").param("cell", String.valueOf(cell)).with(user(otherSecretary))).andExpect(status().isForbidden());
        mvc.perform(meeting(cell, Map.of(anna, "PRESENT", binh, "PRESENT")).with(user(otherSecretary))).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/edit", id).with(user(otherSecretary)).with(csrf()).param("heldOn", "10/11/2026")
                        .param("kind", "REGULAR").param("version", "0").param("presence[" + anna + "]", "ABSENT")
                        .param("presence[" + binh + "]", "ABSENT"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/delete", id).with(user(otherSecretary)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/meetings/{id}/scan", id).file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
                .with(user(otherSecretary)).with(csrf())).andExpect(status().isForbidden());
        assertThat(meetingsOf(cell)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_attendance WHERE meeting_id = :m AND presence = 'ABSENT'")
                .param("m", id).query(Long.class).single()).isZero();
    }

    @Test
    void membersAndLeadersDoNotRecordMeetings() throws Exception {
        PortalUser member = fixtures.user(Role.MEMBER, anna, null);
        PortalUser leader = fixtures.user(Role.LEADER, null, null);
        mvc.perform(get("/meetings").with(user(member))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/statistics").with(user(member))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings").param("cell", String.valueOf(cell)).with(user(leader))).andExpect(status().isOk());
        mvc.perform(meeting(cell, Map.of(anna, "PRESENT", binh, "PRESENT")).with(user(leader))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/criteria").with(user(leader))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/criteria").with(user(cellSecretary))).andExpect(status().isForbidden());
    }

    @Test
    void editingTheAttendanceKeepsTheSheetAndRefusesAStaleForm() throws Exception {
        long id = recordedMeeting();
        mvc.perform(post("/meetings/{id}/edit", id).with(user(cellSecretary)).with(csrf()).param("heldOn", "10/11/2026")
                        .param("kind", "REGULAR").param("version", "0").param("presence[" + anna + "]", "ABSENT")
                        .param("presence[" + binh + "]", "PRESENT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/{id}/edit", id).with(user(cellSecretary)).with(csrf()).param("heldOn", "10/11/2026")
                        .param("kind", "REGULAR").param("version", "0").param("presence[" + anna + "]", "PRESENT")
                        .param("presence[" + binh + "]", "PRESENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vừa được người khác thay đổi")));
        assertThat(jdbc.sql("SELECT presence FROM meeting_attendance WHERE meeting_id = :m AND member_id = :a")
                .param("m", id).param("a", anna).query(String.class).single()).isEqualTo("ABSENT");
    }

    @Test
    void scanWithAForgedContentTypeIsRefusedAndADownloadIsAudited() throws Exception {
        long id = recordedMeeting();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/meetings/{id}/scan", id).file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", html))
                        .with(user(cellSecretary)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("scanForm", "file", "upload.notAllowed"));
        mvc.perform(multipart("/meetings/{id}/scan", id).file(new MockMultipartFile("file", "bien-ban.png", "image/png", PDF))
                        .with(user(cellSecretary)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("scanForm", "file", "upload.typeMismatch"));
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_scan WHERE meeting_id = :m").param("m", id).query(Long.class).single()).isZero();

        mvc.perform(multipart("/meetings/{id}/scan", id).file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", PDF))
                        .with(user(cellSecretary)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/meetings/{id}/scan", id).with(user(cellSecretary)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(content().bytes(PDF));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND entity_type = 'MeetingScan' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    private long recordedMeeting() throws Exception {
        String location = mvc.perform(meeting(cell, Map.of(anna, "PRESENT", binh, "PRESENT")).with(user(cellSecretary)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/meetings/".length()));
    }

    /** A POST of the meeting form: 10/11/2026, regular, with the attendance and any field given in {@code fields} changed. */
    private MockHttpServletRequestBuilder meeting(long cellId, Map<Long, String> presence, String... fields) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("heldOn", "10/11/2026", "kind", "REGULAR", "place", "Phòng họp"));
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/meetings/new").param("cell", String.valueOf(cellId)).with(csrf());
        values.forEach(request::param);
        presence.forEach((member, value) -> request.param("presence[" + member + "]", value));
        return request;
    }

    private long meetingsOf(long cellId) {
        return jdbc.sql("SELECT count(*) FROM meeting WHERE organization_id = :c").param("c", cellId).query(Long.class).single();
    }

}
