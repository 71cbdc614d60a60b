package vn.dangbo.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.TestClock;
import vn.dangbo.portal.TestDatabase;
import vn.dangbo.portal.security.Role;

/**
 * In a real browser: the secretary of a cell (who administers it through their seat in its committee)
 * signs in, opens the cell, records the month's meeting with one member excused and one absent, and sees
 * the attendance on the meeting's page. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Shared.class)
@Import({TestClock.Config.class, Fixtures.class})
class RecordMeetingBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    WebDriver browser;
    long cell;
    long secretary;
    long excused;
    long absent;
    String username;

    @BeforeEach
    void aCellWhoseSecretarySitsOnItsCommittee() {
        cell = fixtures.grassrootsCell("Chi bộ Trình duyệt");
        secretary = fixtures.member(cell, "Hoàng", "Thị", Fixtures.unique("Bí thư"));
        excused = fixtures.member(cell, "Phan", "Văn", Fixtures.unique("Công tác"));
        absent = fixtures.member(cell, "Võ", "Văn", Fixtures.unique("Vắng"));
        fixtures.member(cell, "Đỗ", "Văn", Fixtures.unique("Miễn"), "MALE", LocalDate.of(1942, 2, 2), "EXEMPT");
        jdbc.sql("""
                        INSERT INTO committee_position (organization_id, member_id, term_start_year, position, appointment, starts_on)
                        VALUES (:cell, :member, 2025, 'SECRETARY', 'ELECTED', '2025-05-20')
                        """)
                .param("cell", cell).param("member", secretary).update();
        username = fixtures.user(Role.SECRETARY, secretary, null).getUsername();

        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1280,1400");
        browser = new ChromeDriver(options);
    }

    @AfterEach
    void closeTheBrowser() {
        browser.quit();
    }

    @Test
    void cellSecretaryRecordsAMeetingWithAttendance() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        // the committee seat brings the secretary to their cell, where the meetings section offers to record one
        wait.until(ExpectedConditions.urlToBe(url("/organizations/" + cell)));
        browser.findElement(By.cssSelector("#meetings-section a.btn-primary")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-form")));
        WebElement day = browser.findElement(By.id("heldOn"));
        day.clear();
        day.sendKeys("13/11/2026");
        new Select(browser.findElement(By.id("kind"))).selectByValue("REGULAR_THEMATIC");
        browser.findElement(By.id("topic")).sendKeys("Nâng cao chất lượng sinh hoạt chi bộ");
        browser.findElement(By.id("place")).sendKeys("Hội trường tầng 2");
        new Select(browser.findElement(By.id("chairMemberId"))).selectByValue(String.valueOf(secretary));
        browser.findElement(By.id("presence-" + excused + "-EXCUSED")).click();
        browser.findElement(By.id("reason-" + excused)).sendKeys("Đi công tác");
        browser.findElement(By.id("presence-" + absent + "-ABSENT")).click();
        browser.findElement(By.id("minutes")).sendKeys("Chi bộ đánh giá kết quả tháng 11.");
        screenshot("meeting-form");
        browser.findElement(By.id("save-meeting")).click();

        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance-summary")));
        assertThat(summary.getText()).isEqualTo("Có mặt 1/3 (33,33 %)");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Đã lưu buổi sinh hoạt.", "Vắng có lý do: Đi công tác", "Nâng cao chất lượng sinh hoạt chi bộ",
                "Thường kỳ kết hợp chuyên đề — 13/11/2026", "Đảng viên miễn sinh hoạt");
        screenshot("meeting-recorded");

        assertThat(jdbc.sql("SELECT count(*) FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.organization_id = :c")
                .param("c", cell).query(Long.class).single()).isEqualTo(3);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
