package vn.dangbo.portal.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.PortalTest;

/** Vietnamese by default; ?lang=en switches to English and a cookie remembers it. */
@PortalTest
class LanguageTest {

    @Autowired MockMvc mvc;

    @Test
    void vietnameseByDefaultEnglishOnRequestAndRemembered() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("Đăng nhập")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(cookie().value("portal-lang", "en"))
                .andExpect(content().string(Matchers.containsString("Sign in")));
        mvc.perform(get("/login").cookie(new Cookie("portal-lang", "en")))
                .andExpect(content().string(Matchers.containsString("Sign in")));
    }
}
