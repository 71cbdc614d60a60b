package vn.dangbo.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** The audit log is append-only, records who changed what, and is searchable by administrators. */
@PortalTest
class AuditLogTest {

    @Autowired JdbcClient jdbc;
    @Autowired AuditLog auditLog;
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void auditRowsCanBeNeitherChangedNorDeleted() {
        auditLog.record(AuditAction.EXPORT, "Member", 1, "append-only check");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void creatingAUnitIsRecordedWithItsFieldsAndFoundByTheFilters() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        PortalUser admin = fixtures.user(Role.ADMIN, null, null);
        long committee = fixtures.committee("Đảng bộ Cục Thuế");
        String name = Fixtures.unique("Chi bộ Phòng Kiểm tra");
        mvc.perform(post("/organizations/new").param("parent", String.valueOf(committee)).with(user(staff)).with(csrf())
                .param("kind", "SUB_CELL").param("name", name));

        String changes = jdbc.sql("SELECT changes::text FROM audit_event WHERE actor = :actor AND action = 'CREATE' AND entity_type = 'Organization'")
                .param("actor", staff.getUsername()).query(String.class).single();
        assertThat(changes).contains("\"name\": {\"after\": \"" + name + "\", \"before\": null}");

        mvc.perform(get("/audit").param("actor", staff.getUsername()).param("action", "CREATE").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name)));
        mvc.perform(get("/audit").param("actor", staff.getUsername()).param("action", "DELETE").with(user(admin)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(name))));
    }

    @Test
    void passwordHashesNeverReachTheLog() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(post("/account/password").with(user(staff)).with(csrf())
                .param("currentPassword", Fixtures.PASSWORD)
                .param("newPassword", "another long passphrase")
                .param("confirmPassword", "another long passphrase"));
        String changes = jdbc.sql("SELECT changes::text FROM audit_event WHERE actor = :actor AND entity_type = 'UserAccount'")
                .param("actor", staff.getUsername()).query(String.class).single();
        assertThat(changes).contains("\"passwordHash\": {\"after\": \"***\", \"before\": \"***\"}").doesNotContain("bcrypt");
    }
}
