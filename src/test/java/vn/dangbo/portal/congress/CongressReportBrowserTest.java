package vn.dangbo.portal.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.TestClock;
import vn.dangbo.portal.TestDatabase;
import vn.dangbo.portal.browser.Browser;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/** A leader signs in (landing on the dashboard), opens a congress's report and downloads its PDF. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Shared.class)
@Import({TestClock.Config.class, Fixtures.class})
class CongressReportBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @TempDir Path downloads;

    @Test
    void aLeaderOpensTheCongressReportAndDownloadsThePdf() throws Exception {
        long unit = fixtures.committee("Đảng bộ Sở Kế hoạch");
        long congress = new CongressFixtures(jdbc).congress(unit, 16, 2020, LocalDate.of(2020, 6, 2), "PREPARING");
        long target = jdbc.sql("""
                        INSERT INTO congress_target (congress_id, position, text, unit, target_value, comparator, measure)
                        VALUES (:c, 1, '100 % hồ sơ đảng viên được số hóa', '%', 100, 'AT_LEAST', 'FINAL_YEAR') RETURNING id""")
                .param("c", congress).query(Long.class).single();
        jdbc.sql("INSERT INTO congress_target_actual (target_id, year, value, evidence, entered_by, entered_at) VALUES (:t, 2024, :v, 'BC', 'staff', now())")
                .param("t", target).param("v", new BigDecimal("100")).update();
        new CongressFixtures(jdbc).close(congress);
        PortalUser leader = fixtures.user(Role.LEADER, null, null);

        try (Browser browser = new Browser(port, 1280, 900, downloads)) {
            browser.signIn(leader.getUsername(), Fixtures.PASSWORD);
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/dashboard"));
            browser.screenshot("leader-dashboard");

            browser.open("/congresses");
            browser.driver().findElement(By.id("congress-" + congress)).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("tab-report"))).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("target-summary")));
            assertThat(browser.driver().findElement(By.id("target-summary")).getText())
                    .isEqualTo("1/1 chỉ tiêu đạt và vượt, trong đó 0/1 chỉ tiêu vượt");
            assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript("return typeof Chart === 'function';"))
                    .as("Chart.js loads from the webjar under the Content-Security-Policy").isTrue();
            browser.screenshot("leader-congress-report");

            browser.driver().findElement(By.id("report-pdf")).click();
            Path pdf = browser.waitUpTo(Duration.ofSeconds(20)).until(driver -> finishedPdf(downloads));
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                        .contains("1/1 chỉ tiêu đạt và vượt, trong đó 0/1 chỉ tiêu vượt", "ĐẢNG CỘNG SẢN VIỆT NAM");
            }
        }
    }

    /** The downloaded PDF once Chromium has written all of it (the file can appear before its content does). */
    private static Path finishedPdf(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".pdf")).filter(CongressReportBrowserTest::complete)
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean complete(Path pdf) {
        try {
            String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
            return text.startsWith("%PDF") && text.stripTrailing().endsWith("%%EOF");
        } catch (IOException e) {
            return false;
        }
    }
}
