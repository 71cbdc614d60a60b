package vn.dangbo.portal.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** The printed Sổ đăng ký nêu gương: official header, the member's name with its diacritics, page by page. */
@PortalTest
class PledgeBookPdfTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PledgeAreas pledgeAreas;

    @Test
    void yearBookPrintsTheOfficialHeaderTheMemberAndEveryMonth() throws Exception {
        PledgeFixtures pledges = new PledgeFixtures(jdbc, pledgeAreas);
        long committee = fixtures.committee("Đảng bộ Sở Y tế");
        long cell = fixtures.subCell(committee, "Chi bộ Văn phòng Sở");
        String given = Fixtures.unique("Hương");
        long member = fixtures.member(cell, "Nguyễn", "Thị", given);
        long pledge = pledges.pledge(member, 2026, PledgeStatus.APPROVED);
        pledges.entry(pledge, 2026, 1, AssessmentStatus.ACKNOWLEDGED);
        pledges.entry(pledge, 2026, 7, AssessmentStatus.RETURNED);
        PortalUser secretary = fixtures.user(Role.SECRETARY, null, committee);

        byte[] bytes = mvc.perform(get("/pledges/book/{m}/2026.pdf", member).with(user(secretary)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Nguyễn Thị " + given, "SỔ ĐĂNG KÝ NÊU GƯƠNG",
                    "CHI BỘ VĂN PHÒNG SỞ", "ĐẢNG BỘ SỞ Y TẾ", "Phẩm chất đạo đức, lối sống", "Tháng 7/2026",
                    "Đề nghị bổ sung", "Không nộp bản tự đánh giá.");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(14);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND entity_type = 'Pledge' AND entity_id = :id")
                .param("id", String.valueOf(member)).query(Long.class).single()).isEqualTo(1);
    }
}
