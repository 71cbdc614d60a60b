package vn.dangbo.portal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** The member form: messages next to the fields, duplicates, stale edits and the audit trail of a change. */
@PortalTest
class MemberFormTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    long cell;
    PortalUser staff;

    @BeforeEach
    void setUp() {
        cell = fixtures.grassrootsCell("Chi bộ Sở Tư pháp");
        staff = fixtures.user(Role.STAFF, null, null);
    }

    @Test
    void missingAndImpossibleValuesAreReportedNextToTheFieldsInVietnamese() throws Exception {
        mvc.perform(post("/members/new").with(user(staff)).with(csrf())
                        .param("familyName", " ").param("givenName", "Hương").param("gender", "FEMALE")
                        .param("birthDate", "31/02/1990").param("status", "OFFICIAL").param("politicalTheory", "NONE")
                        .param("organizationId", String.valueOf(cell)).param("email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Không được để trống.")))
                .andExpect(content().string(Matchers.containsString("Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm")))
                .andExpect(content().string(Matchers.containsString("Địa chỉ thư điện tử không hợp lệ.")))
                .andExpect(content().string(Matchers.containsString("value=\"Hương\"")));
    }

    @Test
    void theSameMessagesAreInEnglishWhenTheUserSwitched() throws Exception {
        mvc.perform(post("/members/new").param("lang", "en").with(user(staff)).with(csrf())
                        .param("familyName", "").param("givenName", "Hương").param("gender", "FEMALE")
                        .param("birthDate", "01/02/1990").param("status", "OFFICIAL").param("politicalTheory", "NONE")
                        .param("organizationId", String.valueOf(cell)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Must not be empty.")));
    }

    @Test
    void rulesAcrossFieldsAreChecked() throws Exception {
        mvc.perform(valid(post("/members/new"), "birthDate", "01/01/2000", "admissionDate", "01/06/2015",
                        "officialDate", "01/01/2016"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Người vào Đảng phải đủ 18 tuổi.")))
                .andExpect(content().string(Matchers.containsString("Ngày chính thức phải sau ngày vào Đảng ít nhất 12 tháng.")));
    }

    @Test
    void aDuplicatePartyCardNumberIsRefusedWithAMessage() throws Exception {
        String card = "36." + System.nanoTime() % 100_000_000;
        mvc.perform(valid(post("/members/new"), "partyCardNumber", card)).andExpect(redirectedUrlPattern("/members/*"));
        mvc.perform(valid(post("/members/new"), "partyCardNumber", card))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Số thẻ đảng viên này đã có trong sổ.")));
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE party_card_number = :c").param("c", card).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndNothingIsOverwritten() throws Exception {
        long member = fixtures.member(cell, "Lê", "Thị", "Lan");
        mvc.perform(edit(member, "Lan Anh", 0)).andExpect(redirectedUrlPattern("/members/*"));

        mvc.perform(edit(member, "Lan Chi", 0))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vừa được người khác thay đổi")));
        assertThat(jdbc.sql("SELECT given_name FROM member WHERE id = :id").param("id", member).query(String.class).single())
                .isEqualTo("Lan Anh");
    }

    @Test
    void aChangeIsAuditedWithTheFieldBeforeAndAfter() throws Exception {
        long member = fixtures.member(cell, "Lê", "Thị", "Lan");
        mvc.perform(edit(member, "Lan Phương", 0)).andExpect(redirectedUrlPattern("/members/*"));

        String changes = jdbc.sql("""
                        SELECT changes::text FROM audit_event
                         WHERE action = 'UPDATE' AND entity_type = 'Member' AND entity_id = :id AND actor = :actor
                        """)
                .param("id", String.valueOf(member)).param("actor", staff.getUsername()).query(String.class).single();
        assertThat(changes).contains("\"givenName\": {\"after\": \"Lan Phương\", \"before\": \"Lan\"}");
    }

    private MockHttpServletRequestBuilder edit(long member, String givenName, long version) {
        return valid(post("/members/{id}/edit", member), "familyName", "Lê", "middleName", "Thị", "givenName", givenName,
                "version", String.valueOf(version));
    }

    /** A valid form, with some fields replaced by name/value pairs. */
    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of(
                "familyName", "Trần", "middleName", "Văn", "givenName", "Nam", "gender", "MALE", "birthDate", "14/03/1985",
                "status", "OFFICIAL", "politicalTheory", "INTERMEDIATE", "organizationId", String.valueOf(cell),
                "admissionDate", "19/05/2010", "officialDate", "19/05/2011"));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        request.with(user(staff)).with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
