package vn.dangbo.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** Administrators create accounts and link them; everyone else is kept out. */
@PortalTest
class UserAdminTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    PortalUser admin;
    long committee;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(Role.ADMIN, null, null);
        committee = fixtures.committee("Đảng bộ Kho bạc");
    }

    @Test
    void aNewSecretaryAccountMustChangeItsPasswordAtFirstSignInAndSeesItsUnit() throws Exception {
        String username = "bt" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/admin/users/new").with(user(admin)).with(csrf())
                        .param("username", username).param("displayName", "Bí thư Kho bạc").param("role", "SECRETARY")
                        .param("organizationId", String.valueOf(committee)).param("enabled", "true")
                        .param("password", "temporary password 1"))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(formLogin().user(username).password("temporary password 1")).andExpect(redirectedUrl("/account/password"));
        assertThat(jdbc.sql("SELECT organization_id FROM user_account WHERE username = :u").param("u", username).query(Long.class).single())
                .isEqualTo(committee);
    }

    @Test
    void badAccountsAreRefusedWithMessages() throws Exception {
        mvc.perform(post("/admin/users/new").with(user(admin)).with(csrf())
                        .param("username", "Có Dấu").param("displayName", "X").param("role", "SECRETARY")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("chữ thường không dấu")))
                .andExpect(content().string(Matchers.containsString("Mật khẩu phải có ít nhất 12 ký tự.")))
                .andExpect(content().string(Matchers.containsString("Bí thư chưa liên kết hồ sơ đảng viên phải được giao một đơn vị phụ trách.")));
        mvc.perform(post("/admin/users/new").with(user(admin)).with(csrf())
                        .param("username", "dv" + System.nanoTime() % 1_000_000).param("displayName", "X").param("role", "MEMBER")
                        .param("password", "long enough password"))
                .andExpect(content().string(Matchers.containsString("Tài khoản đảng viên phải liên kết với một hồ sơ đảng viên.")));
    }

    @Test
    void aMemberRecordLinksToOneAccountOnly() throws Exception {
        long member = fixtures.member(fixtures.subCell(committee, "Chi bộ Kế toán"), "Đỗ", "Thị", "Hoa");
        fixtures.user(Role.MEMBER, member, null);
        mvc.perform(post("/admin/users/new").with(user(admin)).with(csrf())
                        .param("username", "dup" + System.nanoTime() % 1_000_000).param("displayName", "Đỗ Thị Hoa")
                        .param("role", "MEMBER").param("memberId", String.valueOf(member)).param("password", "long enough password"))
                .andExpect(content().string(Matchers.containsString("Hồ sơ đảng viên này đã liên kết với một tài khoản khác.")));
    }

    @Test
    void memberSearchForLinkingIgnoresAccents() throws Exception {
        String given = "Thảo" + Fixtures.unique("").strip();
        fixtures.member(fixtures.subCell(committee, "Chi bộ Tin học"), "Đặng", "Phương", given);
        mvc.perform(get("/admin/users/member-options").param("q", "dang phuong thao").with(user(admin)))
                .andExpect(content().string(Matchers.containsString("Đặng Phương " + given)));
    }

    @Test
    void nobodyButAnAdministratorCreatesAccounts() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        String username = "x" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/admin/users/new").with(user(staff)).with(csrf())
                        .param("username", username).param("displayName", "X").param("role", "ADMIN")
                        .param("password", "long enough password"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE username = :u").param("u", username).query(Long.class).single()).isZero();
    }
}
