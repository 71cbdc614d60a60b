package vn.dangbo.portal.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** The names printed on official documents are data that an administrator changes (successor committees since 2025). */
@PortalTest
class BlocSettingsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OfficialHeaders headers;
    @Autowired BlocSettingsRepository settings;

    @Test
    void aSuccessorCommitteePrintsItsOwnNamesAndAStaleFormIsRefused() throws Exception {
        PortalUser admin = fixtures.user(Role.ADMIN, null, null);
        long version = settings.current().getVersion();
        mvc.perform(post("/settings").with(user(admin)).with(csrf())
                        .param("superiorBody", "ĐẢNG BỘ TỈNH NGHỆ AN").param("issuingBody", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH")
                        .param("documentSuffix", "ĐU").param("placeName", "Nghệ An").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/settings"));

        OfficialHeaders.OfficialHeader header = headers.header("BC", 7, LocalDate.of(2026, 2, 3));
        assertThat(header.issuingBody()).isEqualTo("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH");
        assertThat(header.number()).isEqualTo("Số 7-BC/ĐU");
        assertThat(header.placeAndDate()).isEqualTo("Nghệ An, ngày 3 tháng 2 năm 2026");

        mvc.perform(post("/settings").with(user(admin)).with(csrf())
                        .param("superiorBody", "X").param("issuingBody", "Y").param("documentSuffix", "Z").param("placeName", "W")
                        .param("version", String.valueOf(version)))
                .andExpect(content().string(Matchers.containsString("vừa được người khác thay đổi")));
        assertThat(settings.current().getPlaceName()).isEqualTo("Nghệ An");
    }
}
