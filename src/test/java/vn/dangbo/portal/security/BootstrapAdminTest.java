package vn.dangbo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangbo.portal.PortalTest;

/** Without the demo profile an empty portal gets one admin account with a one-time password. */
@PortalTest
class BootstrapAdminTest {

    @Autowired JdbcClient jdbc;
    @Autowired BootstrapAdmin bootstrap;

    @Test
    void theFirstStartCreatesOneAdminWhoMustChangeThePasswordAndLaterStartsCreateNothing() {
        assertThat(jdbc.sql("SELECT role || ' ' || must_change_password FROM user_account WHERE username = 'admin'")
                .query(String.class).single()).isEqualTo("ADMIN true");
        long accounts = jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single();
        bootstrap.run(null);
        assertThat(jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single()).isEqualTo(accounts);
    }
}
