package vn.dangbo.portal.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * The monthly journey in a real browser: a member signs in on a phone-sized window, fills this month's
 * self-assessment and submits it; the cell secretary acknowledges it in place in the month matrix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Shared.class)
@Import({TestClock.Config.class, Fixtures.class})
class PledgeBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PledgeAreas pledgeAreas;

    WebDriver browser;
    long member;
    PortalUser memberUser;
    PortalUser cellSecretary;
    List<PledgeArea> areas;

    @BeforeEach
    void aMemberWithThisYearsPledgeAndTheirCellSecretary() {
        PledgeFixtures pledges = new PledgeFixtures(jdbc, pledgeAreas);
        areas = pledges.areas(2026);
        long cell = fixtures.subCell(fixtures.committee("Đảng bộ Sở Nông nghiệp"), "Chi bộ Văn phòng Sở");
        member = fixtures.member(cell, "Nguyễn", "Thị", Fixtures.unique("Hương"));
        long secretary = fixtures.member(cell, "Trần", "Văn", Fixtures.unique("Hùng"));
        fixtures.secretary(cell, secretary);
        long pledge = pledges.pledge(member, 2026, PledgeStatus.APPROVED);
        for (int month = 1; month <= 10; month++) {
            pledges.entry(pledge, 2026, month, AssessmentStatus.ACKNOWLEDGED);
        }
        memberUser = fixtures.user(Role.MEMBER, member, null);
        cellSecretary = fixtures.user(Role.SECRETARY, secretary, cell);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void memberFillsThisMonthOnAPhoneAndTheCellSecretaryAcknowledgesIt() throws IOException {
        browser = chromium(390, 844);
        signIn(memberUser.getUsername());

        // the profile leads straight to this month's self-assessment (members land on their book since the menu regrouping)
        browser.get(url("/members/" + member));
        click(patiently().until(ExpectedConditions.elementToBeClickable(By.id("profile-fill"))));
        patiently().until(ExpectedConditions.urlContains("/pledges/my/2026/11"));
        for (int i = 0; i < areas.size(); i++) {
            click(browser.findElement(By.cssSelector("label[for='area-" + i + "-" + (i == 3 ? "PARTLY" : "DONE") + "']")));
            browser.findElement(By.id("areas" + i + ".note")).sendKeys("Kết quả nội dung " + (i + 1));
        }
        browser.findElement(By.id("nextMonthPlan")).sendKeys("Hoàn thành báo cáo năm của phòng.");
        assertThat(horizontalOverflow()).as("the form fits a phone screen").isFalse();
        screenshot("member-entry-phone");
        click(browser.findElement(By.id("submit-entry")));

        patiently().until(ExpectedConditions.urlContains("/pledges/my?year=2026"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Đã nộp bản tự đánh giá");
        assertThat(browser.findElement(By.id("month-11")).getText()).contains("Chờ xác nhận");
        assertThat(horizontalOverflow()).as("the book fits a phone screen").isFalse();
        screenshot("member-book-phone");
        assertThat(status()).isEqualTo("SUBMITTED");

        browser.quit();
        browser = chromium(1280, 900);
        signIn(cellSecretary.getUsername());
        browser.get(url("/pledges/review?year=2026&month=11"));
        WebElement row = patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("row-" + member)));
        click(row.findElement(By.cssSelector("button.btn-ack")));
        // the row is swapped in place by htmx: a lookup may land on the old one while it goes
        patiently().ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeContains(By.cssSelector("#row-" + member + " td.selected"), "class", "month-ACKNOWLEDGED"));
        screenshot("secretary-matrix");

        assertThat(status()).isEqualTo("ACKNOWLEDGED");
        assertThat(browser.findElements(By.cssSelector("#row-" + member + " button.btn-ack"))).isEmpty();
    }

    private String status() {
        return jdbc.sql("""
                        SELECT a.status FROM monthly_assessment a JOIN pledge p ON p.id = a.pledge_id
                         WHERE p.member_id = :m AND p.year = 2026 AND a.month = 11""")
                .param("m", member).query(String.class).single();
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        patiently().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private WebDriver chromium(int width, int height) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=" + width + "," + height);
        return new ChromeDriver(options);
    }

    private boolean horizontalOverflow() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private WebDriverWait patiently() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
