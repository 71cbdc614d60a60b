package vn.dangbo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.TestClock;

/** Sign-in, throttling, session fixation and passwords. */
@PortalTest
class SignInTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired PasswordEncoder encoder;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void successfulSignInIsAudited() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(formLogin().user(staff.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(countAudit(staff.getUsername(), "LOGIN_SUCCESS")).isEqualTo(1);
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhetherTheUserExists() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(formLogin().user(staff.getUsername()).password("wrong-password-123")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("nobody-" + staff.getUsername()).password("wrong-password-123")).andExpect(redirectedUrl("/login?error"));
        assertThat(countAudit(staff.getUsername(), "LOGIN_FAILURE")).isEqualTo(1);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(staff.getUsername()).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(staff.getUsername()).password("wrong")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(formLogin().user(staff.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?locked"));

        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin().user(staff.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(formLogin().user(staff.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void unknownUserNamesLockTheSameWaySoALockRevealsNothing() throws Exception {
        String nobody = "nobody-" + Fixtures.unique("x").replace(' ', '-');
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(nobody).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(nobody).password("wrong")).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(staff.getUsername()).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(formLogin().user(staff.getUsername()).password("wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anAccountWhosePasswordWasSetBySomeoneElseMustChangeItFirst() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        jdbc.sql("UPDATE user_account SET must_change_password = true WHERE id = :id").param("id", staff.getId()).update();
        PortalUser fresh = fixtures.principal(staff.getUsername());

        mvc.perform(get("/members").with(user(fresh))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").with(user(fresh)).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", "a much longer secret 2026")
                        .param("confirmPassword", "a much longer secret 2026"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/members").with(user(fresh))).andExpect(status().isOk());
        String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE id = :id").param("id", staff.getId()).query(String.class).single();
        assertThat(encoder.matches("a much longer secret 2026", hash)).isTrue();
        assertThat(hash).startsWith("{bcrypt}");
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndTwelveCharacters() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(post("/account/password").with(user(staff)).with(csrf())
                        .param("currentPassword", "not-my-password")
                        .param("newPassword", "short")
                        .param("confirmPassword", "different"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mật khẩu hiện tại không đúng.")))
                .andExpect(content().string(Matchers.containsString("Mật khẩu phải có ít nhất 12 ký tự.")))
                .andExpect(content().string(Matchers.containsString("Hai lần nhập mật khẩu mới không khớp.")));
        String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE id = :id").param("id", staff.getId()).query(String.class).single();
        assertThat(encoder.matches(Fixtures.PASSWORD, hash)).isTrue();
    }

    @Test
    void signOutNeedsAPostWithTheCsrfToken() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(post("/logout").with(user(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user(staff)).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void securityHeadersForbidInlineScriptsFramingAndCachingOfMemberPages() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        long member = fixtures.member(fixtures.grassrootsCell("Chi bộ H"), "Phạm", "Văn", "Hải");
        mvc.perform(get("/members/{id}", member).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(result -> {
                    String csp = result.getResponse().getHeader("Content-Security-Policy");
                    assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
                    assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
                    assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
                    assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
                    assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
                });
    }

    private long countAudit(String actor, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = :actor AND action = :action")
                .param("actor", actor).param("action", action).query(Long.class).single();
    }

    @Test
    void theMenuFollowsTheRoleAndThePageTitleNamesThePortal() throws Exception {
        long cell = fixtures.unit(fixtures.bloc(), "GRASSROOTS_CELL", Fixtures.unique("Chi bộ"));
        PortalUser member = fixtures.user(Role.MEMBER, fixtures.member(cell, "Lê", "Thị", "Menu"), null);
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        PortalUser admin = fixtures.user(Role.ADMIN, null, null);

        String memberPage = page(member, "/members/" + member.getMemberId());
        assertThat(memberPage).contains("href=\"/pledges/my\"").doesNotContain("href=\"/members/import\"")
                .doesNotContain("href=\"/admin/users\"");
        String staffPage = page(staff, "/members");
        assertThat(staffPage).contains("<title>Danh sách đảng viên · Cổng thông tin Đảng bộ Khối các cơ quan tỉnh</title>")
                .contains("href=\"/members/import\"", "href=\"/dashboard\"").doesNotContain("href=\"/pledges/my\"")
                .doesNotContain("href=\"/admin/users\"");
        assertThat(page(admin, "/members")).contains("href=\"/admin/users\"", "href=\"/audit\"");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"current-user\"", "href=\"/members\"");
    }

    private String page(PortalUser user, String path) throws Exception {
        return mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
