package vn.dangbo.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import vn.dangbo.portal.TestClock;
import vn.dangbo.portal.TestDatabase;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.security.ScopeResolver;

/**
 * The demo load on an empty database (today 25/11/2026): the demo secretaries administer exactly the units
 * the loader gave them, now through their committee seats, and the cell life looks like the brief.
 */
@SpringBootTest
@ActiveProfiles("demo")
@ContextConfiguration(initializers = CellLifeDemoTest.EmptyDatabase.class)
@Import(TestClock.Config.class)
class CellLifeDemoTest {

    static class EmptyDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabase.Database database = TestDatabase.named("celllife_demo");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("demoDatabase", Map.of(
                    "spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
                    "spring.datasource.password", database.password())));
        }
    }

    @Autowired JdbcClient jdbc;
    @Autowired ScopeResolver scopes;
    @Autowired UserDetailsService users;

    @Test
    void demoSecretariesAdministerTheirUnitsThroughTheCommittee() {
        for (String account : new String[] {"secretary", "cellsecretary"}) {
            Long unitSetByTheLoader = jdbc.sql("SELECT organization_id FROM user_account WHERE username = :u").param("u", account)
                    .query(Long.class).single();
            Scope scope = scopes.forUser((PortalUser) users.loadUserByUsername(account));
            assertThat(scope.organizationId()).as(account).isEqualTo(unitSetByTheLoader);
        }
        assertThat(jdbc.sql("""
                        SELECT o.name FROM user_account u JOIN committee_position p ON p.member_id = u.member_id
                          JOIN organization o ON o.id = p.organization_id
                         WHERE u.username = 'secretary' AND p.position = 'SECRETARY' AND p.ends_on IS NULL
                        """).query(String.class).single()).isEqualTo("Đảng bộ Sở Nông nghiệp và Phát triển nông thôn");
        assertThat(jdbc.sql("SELECT count(DISTINCT term_start_year) FROM committee_position").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE secretary_member_id IS NULL").query(Long.class).single()).isZero();
    }

    @Test
    void everyCellMeetsMonthlyFrom2021WithAttendanceBetween90And97Percent() {
        long cells = jdbc.sql("SELECT count(*) FROM organization WHERE kind IN ('GRASSROOTS_CELL', 'SUB_CELL')").query(Long.class).single();
        long cellMonths = cells * (12 * 5 + 10);   // January 2021 to October 2026
        long monthsHeld = jdbc.sql("SELECT count(DISTINCT (organization_id, date_trunc('month', held_on))) FROM meeting WHERE kind <> 'THEMATIC'")
                .query(Long.class).single();
        assertThat(monthsHeld).isLessThan(cellMonths).isGreaterThan(cellMonths * 97 / 100);
        assertThat(jdbc.sql("SELECT min(held_on) >= '2021-01-01' AND max(held_on) < '2026-11-01' FROM meeting").query(Boolean.class).single()).isTrue();
        double rate = jdbc.sql("SELECT avg((presence = 'PRESENT')::int) FROM meeting_attendance").query(Double.class).single();
        assertThat(rate).isBetween(0.90, 0.97);
        assertThat(jdbc.sql("SELECT count(DISTINCT level) FROM meeting_assessment").query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void mostMembersHaveResidenceFeedbackAndTheDemoCellHasSampleScans() throws IOException {
        double lastYear = jdbc.sql("""
                        SELECT count(f.member_id)::float / count(*) FROM member m
                          LEFT JOIN residence_feedback f ON f.member_id = m.id AND f.year = 2025
                         WHERE m.status IN ('PROBATIONARY', 'OFFICIAL') AND m.admission_date < '2025-10-01'
                        """).query(Double.class).single();
        assertThat(lastYear).isBetween(0.85, 0.95);
        byte[] scan = jdbc.sql("""
                        SELECT c.content FROM member_document d JOIN member_document_content c ON c.document_id = d.id
                          JOIN user_account u ON u.member_id = d.member_id WHERE u.username = 'member' LIMIT 1
                        """).query(byte[].class).single();
        try (PDDocument document = Loader.loadPDF(scan)) {
            assertThat(new PDFTextStripper().getText(document)).contains("HỒ SƠ ĐẢNG VIÊN SỐ HÓA");
        }
    }
}
