package vn.dangbo.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.TestClock;
import vn.dangbo.portal.TestDatabase;

/** The demo bloc, loaded into an empty database of its own under the profile "demo" with today = 25/11/2026. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ContextConfiguration(initializers = DemoBlocTest.OwnDatabase.class)
@Import(TestClock.Config.class)
class DemoBlocTest {

    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabase.use(context, TestDatabase.named("demo"));
        }
    }

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DemoBlocLoader loader;

    @Test
    void theBlocHasTheShapeOfTheXXCongress() {
        // as the tree stood on the congress date: the 2025 merger (issue 4) formed a unit and dissolved two since
        String liveAtCongress = " AND (founded_on IS NULL OR founded_on <= DATE '2020-07-23') AND (dissolved_on IS NULL OR dissolved_on > DATE '2020-07-23')";
        assertThat(count("SELECT count(*) FROM organization WHERE kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')" + liveAtCongress)).isEqualTo(64);
        assertThat(count("SELECT count(*) FROM organization WHERE kind = 'GRASSROOTS_COMMITTEE'" + liveAtCongress)).isEqualTo(21);
        List<Long> subCells = jdbc.sql("""
                SELECT count(s.id) FROM organization c JOIN organization s ON s.parent_id = c.id
                 WHERE c.kind = 'GRASSROOTS_COMMITTEE' AND c.founded_on <= DATE '2020-07-23' GROUP BY c.id
                """).query(Long.class).list();
        assertThat(subCells).hasSize(21).allSatisfy(n -> assertThat(n).isBetween(2L, 8L));
        assertThat(count("SELECT name FROM organization WHERE kind = 'BLOC'", String.class)).isEqualTo("Đảng bộ Khối các cơ quan tỉnh Nghệ An");
    }

    @Test
    void exactly5112MembersOnTheCongressDateAbout10PercentOfThemProbationary() {
        assertThat(count("SELECT count(*) FROM member WHERE admission_date <= DATE '2020-07-23'")).isEqualTo(5112);
        long probationaryThen = count("SELECT count(*) FROM member WHERE admission_date > DATE '2019-07-23' AND admission_date <= DATE '2020-07-23'");
        assertThat(probationaryThen).isBetween(450L, 570L);
        // per committee as it stood on the congress date, from the members' history (issue 4)
        long largest = count("""
                SELECT max(n) FROM (SELECT count(*) AS n FROM (SELECT DISTINCT ON (member_id) member_id, organization_id FROM member_event
                                                              WHERE event_date <= DATE '2020-07-23'
                                                              ORDER BY member_id, event_date DESC, id DESC) m
                 JOIN organization s ON s.id = m.organization_id WHERE s.kind = 'SUB_CELL' GROUP BY s.parent_id) per_committee
                """);
        assertThat(largest).isBetween(380L, 420L);
    }

    @Test
    void membersLookVietnameseAndAdmissionsSpanFortyYears() {
        long all = count("SELECT count(*) FROM member");
        long nguyen = count("SELECT count(*) FROM member WHERE family_name = 'Nguyễn'");
        assertThat((double) nguyen / all).isBetween(0.30, 0.45);
        assertThat(count("SELECT count(*) FROM member WHERE gender = 'FEMALE'") * 100 / all).isBetween(35L, 55L);
        assertThat(count("SELECT min(extract(year FROM admission_date))::bigint FROM member")).isLessThanOrEqualTo(1981L);
        assertThat(count("SELECT count(*) FROM member WHERE status = 'EXEMPT'")).isBetween(10L, 100L);
    }

    @Test
    void about190AdmissionsAYearSinceTheCongressUpToToday() {
        long since = count("SELECT count(*) FROM member WHERE admission_date > DATE '2020-07-23'");
        assertThat(since).isBetween(1100L, 1320L);
        assertThat(count("SELECT max(admission_date)::text FROM member", String.class)).isLessThanOrEqualTo("2026-11-25");
        assertThat(count("SELECT count(*) FROM member WHERE status = 'PROBATIONARY' AND admission_date < DATE '2025-10-01'")).isZero();
        assertThat(count("SELECT count(*) FROM member WHERE status = 'PROBATIONARY'")).isBetween(150L, 240L);
    }

    @Test
    void theSixDemoAccountsSignInAndSitWhereTheIssueSays() throws Exception {
        for (String username : List.of("admin", "staff", "leader", "secretary", "cellsecretary", "member")) {
            mvc.perform(formLogin().user(username).password("portal-demo-2026")).andExpect(redirectedUrl("/"));
        }
        long committee = count("SELECT organization_id FROM user_account WHERE username = 'secretary'");
        assertThat(count("SELECT kind FROM organization WHERE id = " + committee, String.class)).isEqualTo("GRASSROOTS_COMMITTEE");
        // the largest committee (402 members at the congress) merged with the 158 of the environment department on 01/03/2025 (issue 4)
        assertThat(count("""
                SELECT count(*) FROM member m JOIN organization s ON s.id = m.organization_id
                 WHERE s.parent_id = %d AND m.admission_date <= DATE '2020-07-23'""".formatted(committee))).isEqualTo(402 + 158);
        long subCell = count("SELECT organization_id FROM user_account WHERE username = 'cellsecretary'");
        assertThat(count("SELECT parent_id FROM organization WHERE id = " + subCell)).isEqualTo(committee);
        assertThat(count("""
                SELECT m.family_name || ' ' || m.middle_name || ' ' || m.given_name FROM user_account u JOIN member m ON m.id = u.member_id
                 WHERE u.username = 'member' AND m.organization_id = %d""".formatted(subCell), String.class)).isEqualTo("Nguyễn Thị Hương");
    }

    @Test
    void theLoginPageListsTheDemoAccounts() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(Matchers.containsString("portal-demo-2026")))
                .andExpect(content().string(Matchers.containsString("cellsecretary")));
    }

    @Test
    void aRestartLoadsNothingTwice() throws Exception {
        long members = count("SELECT count(*) FROM member");
        long units = count("SELECT count(*) FROM organization");
        loader.start();
        assertThat(count("SELECT count(*) FROM member")).isEqualTo(members);
        assertThat(count("SELECT count(*) FROM organization")).isEqualTo(units);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String count(String sql, Class<String> type) {
        return jdbc.sql(sql).query(type).single();
    }
}
