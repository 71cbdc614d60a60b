package vn.dangbo.portal.breakthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** Evidence uploads: type by content, size limit, stored in the database, served only as an attachment to those who may see the task. */
@PortalTest
class EvidenceUploadTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long task;
    PortalUser secretary;
    PortalUser stranger;

    @BeforeEach
    void anApprovedTaskOfACell() {
        long cell = fixtures.grassrootsCell("Chi bộ Sở Du lịch");
        long member = fixtures.member(cell, "Đinh", "Văn", Fixtures.unique("Hải"));
        fixtures.secretary(cell, member);
        secretary = fixtures.user(Role.SECRETARY, member, cell);
        stranger = fixtures.user(Role.MEMBER, fixtures.member(fixtures.grassrootsCell("Chi bộ Sở Ngoại vụ"), "Lý", "Thị", Fixtures.unique("Mai")), null);
        task = jdbc.sql("""
                        INSERT INTO breakthrough_task (year, organization_id, title, problem, expected_result, deadline, state,
                                                       registered_by, registered_at, decided_by, decided_at)
                        VALUES (2026, :cell, 'Quảng bá du lịch số', 'Thông tin rời rạc', 'Bản đồ số', '2026-12-15', 'APPROVED',
                                'Bí thư', now(), 'Lãnh đạo', now()) RETURNING id
                        """)
                .param("cell", cell).query(Long.class).single();
    }

    @Test
    void aPdfIsStoredWithTheDetectedTypeAndServedOnlyAsAnAttachment() throws Exception {
        mvc.perform(multipart("/breakthroughs/{id}/evidence", task)
                        .file(new MockMultipartFile("file", "Báo cáo.pdf", "text/html", EvidenceTypeTest.PDF))
                        .with(user(secretary)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        long evidence = jdbc.sql("SELECT id FROM breakthrough_evidence WHERE task_id = :t").param("t", task).query(Long.class).single();
        assertThat(jdbc.sql("SELECT content_type FROM breakthrough_evidence WHERE id = :id").param("id", evidence)
                .query(String.class).single()).isEqualTo("application/pdf");
        mvc.perform(get("/breakthroughs/evidence/{id}", evidence).with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(EvidenceTypeTest.PDF));
        mvc.perform(get("/breakthroughs/evidence/{id}", evidence).with(user(stranger))).andExpect(status().isForbidden());
    }

    @Test
    void aPageDisguisedAsAPdfIsRefused() throws Exception {
        mvc.perform(multipart("/breakthroughs/{id}/evidence", task)
                        .file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", EvidenceTypeTest.HTML))
                        .with(user(secretary)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("nội dung tệp phải đúng với phần mở rộng")));
        assertThat(countEvidence()).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(EvidenceTypeTest.PDF, 0, big, 0, EvidenceTypeTest.PDF.length);
        mvc.perform(multipart("/breakthroughs/{id}/evidence", task)
                        .file(new MockMultipartFile("file", "lon.pdf", "application/pdf", big))
                        .with(user(secretary)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tệp quá lớn: tối đa 10 MB.")));
        assertThat(countEvidence()).isZero();
    }

    @Test
    void onlyTheOwnerSideUploadsAndOnlyWhileTheTaskIsUnderWay() throws Exception {
        mvc.perform(multipart("/breakthroughs/{id}/evidence", task)
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", EvidenceTypeTest.PDF))
                        .with(user(stranger)).with(csrf()))
                .andExpect(status().isForbidden());
        jdbc.sql("UPDATE breakthrough_task SET state = 'COMPLETED', evaluated_by = 'Lãnh đạo', evaluated_at = now() WHERE id = :id")
                .param("id", task).update();
        mvc.perform(multipart("/breakthroughs/{id}/evidence", task)
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", EvidenceTypeTest.PDF))
                        .with(user(secretary)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chỉ ghi tiến độ, minh chứng và kết quả")));
        assertThat(countEvidence()).isZero();
        mvc.perform(post("/breakthroughs/{id}/evidence", task).with(user(secretary))).andExpect(status().isForbidden());
    }

    private long countEvidence() {
        return jdbc.sql("SELECT count(*) FROM breakthrough_evidence WHERE task_id = :t").param("t", task).query(Long.class).single();
    }
}
