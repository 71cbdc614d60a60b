package vn.dangbo.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.Role;

/** The form fragments render each field once, so a value is never posted twice (and joined with a comma). */
@PortalTest
class FormFieldsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void eachTextAndDateFieldIsRenderedOnce() throws Exception {
        String page = mvc.perform(get("/members/new").with(user(fixtures.user(Role.STAFF, null, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(count(page, "name=\"familyName\"")).isEqualTo(1);
        assertThat(count(page, "name=\"birthDate\"")).isEqualTo(1);
        assertThat(count(page, "placeholder=\"dd/mm/yyyy\"")).isEqualTo(count(page, "inputmode=\"numeric\""));
        assertThat(count(page, "placeholder=\"dd/mm/yyyy\"")).isEqualTo(3);
    }

    private static long count(String page, String text) {
        return Pattern.compile(Pattern.quote(text)).matcher(page).results().count();
    }
}
