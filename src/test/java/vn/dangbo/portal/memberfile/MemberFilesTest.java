package vn.dangbo.portal.memberfile;

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

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** Scans in a member's file: checked by content, served only to those who may see the member, every download audited. */
@PortalTest
class MemberFilesTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long cell;
    long own;
    long neighbour;
    PortalUser secretary;
    PortalUser ownUser;
    PortalUser neighbourUser;

    @BeforeEach
    void twoMembersOfACell() {
        cell = fixtures.grassrootsCell("Chi bộ Hồ sơ");
        own = fixtures.member(cell, "Nguyễn", "Thị", Fixtures.unique("Hồ"));
        neighbour = fixtures.member(cell, "Trần", "Văn", Fixtures.unique("Sơ"));
        secretary = fixtures.user(Role.SECRETARY, null, cell);
        ownUser = fixtures.user(Role.MEMBER, own, null);
        neighbourUser = fixtures.user(Role.MEMBER, neighbour, null);
    }

    @Test
    void uploadWithAForgedContentTypeIsRefused() throws Exception {
        byte[] script = "<script>alert('x')</script>".getBytes(StandardCharsets.UTF_8);
        upload(own, "ly-lich.pdf", "application/pdf", script, secretary)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "file", "upload.notAllowed"));
        upload(own, "ly-lich.jpg", "image/jpeg", PNG, secretary)
                .andExpect(model().attributeHasFieldErrorCode("form", "file", "upload.typeMismatch"));
        upload(own, "ly-lich.pdf", "image/png", PNG, secretary)
                .andExpect(model().attributeHasFieldErrorCode("form", "file", "upload.typeMismatch"));
        upload(own, "ly-lich.pdf", "application/pdf", new byte[0], secretary)
                .andExpect(model().attributeHasFieldErrorCode("form", "file", "upload.empty"));
        assertThat(documentsOf(own)).isZero();
    }

    @Test
    void scansAreStoredWithTheTypeFoundInTheirContent() throws Exception {
        upload(own, "C:\\scans\\quyet-dinh", "application/octet-stream", JPEG, secretary).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT filename || ' ' || content_type || ' ' || size FROM member_document WHERE member_id = :m")
                .param("m", own).query(String.class).single()).isEqualTo("quyet-dinh.jpg image/jpeg 10");
    }

    @Test
    void aMemberDownloadsTheirOwnDocumentsButNotAnothersAndEveryDownloadIsAudited() throws Exception {
        upload(own, "ly-lich.pdf", "application/pdf", PDF, secretary).andExpect(status().is3xxRedirection());
        long document = jdbc.sql("SELECT id FROM member_document WHERE member_id = :m").param("m", own).query(Long.class).single();

        mvc.perform(get("/member-files/{id}", document).with(user(neighbourUser))).andExpect(status().isForbidden());
        mvc.perform(get("/member-files/{id}", document).with(user(fixtures.user(Role.SECRETARY, null, fixtures.grassrootsCell("Chi bộ Khác")))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/member-files/{id}", document).with(user(ownUser)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/member-files/{id}", document).with(user(secretary))).andExpect(status().isOk());

        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'EXPORT' AND entity_type = 'MemberDocument' AND entity_id = :id ORDER BY id")
                .param("id", String.valueOf(document)).query(String.class).list())
                .containsExactly(ownUser.getUsername(), secretary.getUsername());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor = :a")
                .param("a", neighbourUser.getUsername()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyThoseWhoMayEditTheMemberUploadOrDelete() throws Exception {
        upload(own, "ly-lich.pdf", "application/pdf", PDF, ownUser).andExpect(status().isForbidden());
        upload(own, "ly-lich.pdf", "application/pdf", PDF, fixtures.user(Role.LEADER, null, null)).andExpect(status().isForbidden());
        upload(own, "ly-lich.pdf", "application/pdf", PDF, fixtures.user(Role.SECRETARY, null, fixtures.grassrootsCell("Chi bộ Ngoài")))
                .andExpect(status().isForbidden());
        upload(own, "ly-lich.pdf", "application/pdf", PDF, secretary).andExpect(status().is3xxRedirection());
        long document = jdbc.sql("SELECT id FROM member_document WHERE member_id = :m").param("m", own).query(Long.class).single();
        mvc.perform(post("/member-files/{id}/delete", document).with(user(ownUser)).with(csrf())).andExpect(status().isForbidden());
        assertThat(documentsOf(own)).isEqualTo(1);
        mvc.perform(post("/member-files/{id}/delete", document).with(user(secretary)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(documentsOf(own)).isZero();
    }

    @Test
    void completenessShowsWhoLacksWhichDocument() throws Exception {
        for (String type : new String[] {"RESUME", "MEMBER_RECORD", "ADMISSION_DECISION", "OFFICIAL_DECISION"}) {
            document(own, type);
        }
        document(neighbour, "RESUME");
        mvc.perform(get("/member-files/completeness").param("unit", String.valueOf(cell)).with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 trên 2 đảng viên đã đủ hồ sơ số hóa (50,00 %).")))
                .andExpect(content().string(Matchers.containsString("thiếu")));
        mvc.perform(get("/members/{id}", neighbour).with(user(neighbourUser)))
                .andExpect(content().string(Matchers.containsString("Còn thiếu:")))
                .andExpect(content().string(Matchers.containsString("Phiếu đảng viên")));
        mvc.perform(get("/member-files/completeness").param("unit", String.valueOf(cell)).with(user(ownUser)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aboveACellCompletenessIsCountedPerCell() throws Exception {
        long committee = fixtures.committee("Đảng bộ Hồ sơ");
        long cellA = fixtures.subCell(committee, "Chi bộ Hồ sơ A");
        long cellB = fixtures.subCell(committee, "Chi bộ Hồ sơ B");
        long complete = fixtures.member(cellA, "Lê", "Thị", Fixtures.unique("Đủ"));
        fixtures.member(cellA, "Lê", "Văn", Fixtures.unique("Thiếu"));
        long lacking = fixtures.member(cellB, "Lê", "Văn", Fixtures.unique("Thiếu"));
        for (String type : new String[] {"RESUME", "MEMBER_RECORD", "ADMISSION_DECISION", "OFFICIAL_DECISION"}) {
            document(complete, type);
        }
        document(lacking, "RESUME");

        String html = mvc.perform(get("/member-files/completeness").param("unit", String.valueOf(committee))
                        .with(user(fixtures.user(Role.STAFF, null, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(html).contains("1 trên 3 đảng viên đã đủ hồ sơ số hóa (33,33 %).")
                .containsPattern("Chi bộ Hồ sơ A[^<]*</a>.*?<td class=\"text-end\">2</td> <td class=\"text-end\">1</td> <td class=\"text-end\">50,00 %</td>")
                .containsPattern("Chi bộ Hồ sơ B[^<]*</a>.*?<td class=\"text-end\">1</td> <td class=\"text-end\">0</td> <td class=\"text-end\">0,00 %</td>")
                .doesNotContain("id=\"completeness-members\"");
    }

    private ResultActions upload(long member, String filename, String type, byte[] bytes, PortalUser who) throws Exception {
        return mvc.perform(multipart("/member-files/members/{id}/new", member)
                .file(new MockMultipartFile("file", filename, type, bytes))
                .param("type", "RESUME").param("documentDate", "12/03/2010")
                .with(user(who)).with(csrf()));
    }

    private void document(long member, String type) {
        long id = jdbc.sql("""
                        INSERT INTO member_document (member_id, type, filename, content_type, size, uploaded_at, uploaded_by)
                        VALUES (:m, :t, 'x.pdf', 'application/pdf', :s, now(), 'test') RETURNING id
                        """)
                .param("m", member).param("t", type).param("s", PDF.length).query(Long.class).single();
        jdbc.sql("INSERT INTO member_document_content (document_id, content) VALUES (:id, :c)").param("id", id).param("c", PDF).update();
    }

    private long documentsOf(long member) {
        return jdbc.sql("SELECT count(*) FROM member_document WHERE member_id = :m").param("m", member).query(Long.class).single();
    }
}
