package vn.dangbo.portal.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

@PortalTest
class CongressRegisterTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void romanNumeralsOfCongressNumbers() {
        assertThat(RomanNumerals.of(20)).isEqualTo("XX");
        assertThat(RomanNumerals.of(21)).isEqualTo("XXI");
        assertThat(RomanNumerals.of(14)).isEqualTo("XIV");
        assertThat(RomanNumerals.of(49)).isEqualTo("XLIX");
        assertThatThrownBy(() -> RomanNumerals.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void staffRecordAndOpenACongressWhichListsNewestFirstInRomanNumerals() throws Exception {
        long unit = fixtures.committee("Đảng bộ Sở Tài chính");
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        CongressFixtures congresses = new CongressFixtures(jdbc);
        long older = congresses.congress(unit, 14, 2015, LocalDate.of(2015, 5, 10), "CLOSED");

        String location = mvc.perform(post("/congresses/new").with(user(staff)).with(csrf())
                        .param("organizationId", String.valueOf(unit)).param("number", "15").param("termStartYear", "2020")
                        .param("termEndYear", "2025").param("kind", "DELEGATES").param("opensOn", "12/05/2020")
                        .param("closesOn", "13/05/2020").param("place", "Hội trường Sở")
                        .param("keyTasks", "Nâng cao chất lượng sinh hoạt chi bộ\n\nPhát triển đảng viên")
                        .param("breakthroughs", "Chuyển đổi số"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/congresses/{id}", id).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("lần thứ XV, nhiệm kỳ 2020–2025")))
                .andExpect(content().string(Matchers.containsString("Phát triển đảng viên")))
                .andExpect(content().string(Matchers.containsString("Đang chuẩn bị")));
        String list = mvc.perform(get("/congresses").with(user(staff))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list.indexOf("congress-" + id)).isPositive().isLessThan(list.indexOf("congress-" + older));
        assertThat(list).contains("lần thứ XIV");
        mvc.perform(get("/organizations/{id}", unit).with(user(staff)))
                .andExpect(content().string(Matchers.containsString("id=\"congresses-section\"")))
                .andExpect(content().string(Matchers.containsString("Đại hội lần thứ XV, nhiệm kỳ 2020–2025 (12/05/2020)")));
        assertThat(jdbc.sql("SELECT text FROM congress_item WHERE congress_id = :c AND kind = 'KEY_TASK' ORDER BY position")
                .param("c", id).query(String.class).list()).containsExactly("Nâng cao chất lượng sinh hoạt chi bộ", "Phát triển đảng viên");
    }

    @Test
    void aDuplicateNumberAndAWrongTermAreShownNextToTheirFields() throws Exception {
        long unit = fixtures.committee("Đảng bộ Sở Xây dựng");
        new CongressFixtures(jdbc).congress(unit, 15, 2020, LocalDate.of(2020, 5, 10), "PREPARING");
        mvc.perform(post("/congresses/new").with(user(fixtures.user(Role.STAFF, null, null))).with(csrf())
                        .param("organizationId", String.valueOf(unit)).param("number", "15").param("termStartYear", "2020")
                        .param("termEndYear", "2031").param("kind", "DELEGATES").param("opensOn", "12/05/2020")
                        .param("closesOn", "11/05/2020").param("place", "Vinh"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "number", "congress.numberTaken"))
                .andExpect(model().attributeHasFieldErrorCode("form", "termEndYear", "congress.termOrder"))
                .andExpect(model().attributeHasFieldErrorCode("form", "closesOn", "congress.closesBeforeOpening"))
                .andExpect(content().string(Matchers.containsString("Tổ chức này đã có đại hội mang số lần này.")));
    }

    @Test
    void afterClosingEverythingIsReadOnlyAndForgedPostsAreRefused() throws Exception {
        long unit = fixtures.committee("Đảng bộ Sở Công thương");
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        long id = new CongressFixtures(jdbc).congress(unit, 15, 2020, LocalDate.of(2020, 5, 10), "PREPARING");
        mvc.perform(multipart("/congresses/{id}/documents", id).file(new MockMultipartFile("file", "nghi-quyet.pdf", "application/pdf", PDF))
                        .param("kind", "RESOLUTION").with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/congresses/{id}/advance", id).param("version", "0").with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/congresses/{id}/advance", id).param("version", "1").with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT state FROM congress WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo("CLOSED");

        mvc.perform(get("/congresses/{id}", id).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("nghi-quyet.pdf")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"advance\""))));
        mvc.perform(post("/congresses/{id}/edit", id).with(user(staff)).with(csrf()).param("number", "16").param("version", "2"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/congresses/{id}/documents", id).file(new MockMultipartFile("file", "b.pdf", "application/pdf", PDF))
                        .param("kind", "MINUTES").with(user(staff)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/congresses/{id}/advance", id).param("version", "2").with(user(staff)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM congress_document WHERE congress_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1);
        // and the database itself refuses, whatever the application does
        assertThatThrownBy(() -> jdbc.sql("UPDATE congress SET place = 'X' WHERE id = :id").param("id", id).update())
                .hasMessageContaining("closed");
    }

    @Test
    void aSecretarySeesTheirOwnUnitsCongressButNotAnotherUnitsAndMembersNone() throws Exception {
        long mine = fixtures.committee("Đảng bộ Sở Nội vụ");
        long other = fixtures.committee("Đảng bộ Sở Tư pháp");
        long secretaryMember = fixtures.member(mine, "Lê", "Văn", Fixtures.unique("Nam"));
        fixtures.secretary(mine, secretaryMember);
        PortalUser secretary = fixtures.user(Role.SECRETARY, secretaryMember, null);
        CongressFixtures congresses = new CongressFixtures(jdbc);
        long own = congresses.congress(mine, 10, 2020, LocalDate.of(2020, 4, 1), "PREPARING");
        long foreign = congresses.congress(other, 10, 2020, LocalDate.of(2020, 4, 2), "PREPARING");

        mvc.perform(get("/congresses/{id}", own).with(user(secretary))).andExpect(status().isOk());
        mvc.perform(get("/congresses/{id}", foreign).with(user(secretary))).andExpect(status().isForbidden());
        mvc.perform(get("/congresses").with(user(secretary)))
                .andExpect(content().string(Matchers.containsString("congress-" + own)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("congress-" + foreign))));
        mvc.perform(get("/congresses").with(user(fixtures.user(Role.MEMBER, fixtures.member(mine, "Võ", "Thị", Fixtures.unique("Lan")), null)))).andExpect(status().isForbidden());
        mvc.perform(post("/congresses/{id}/advance", own).param("version", "0").with(user(fixtures.user(Role.LEADER, null, null))).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
