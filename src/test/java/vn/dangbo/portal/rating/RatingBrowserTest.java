package vn.dangbo.portal.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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

/**
 * One member's year-end rating in a real browser: she scores her self-assessment (the total adds up as she
 * types), the cell secretary proposes her level, the committee secretary sees the quota move live, decides and
 * publishes, and she then reads her published level.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Shared.class)
@Import({TestClock.Config.class, Fixtures.class})
class RatingBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aMemberGoesFromSelfAssessmentToHerPublishedLevel() {
        RatingFixtures ratings = new RatingFixtures(jdbc);
        int year = RatingFixtures.scoredYear();
        long round = ratings.round(year);
        long committee = fixtures.committee("Đảng bộ Sở Công Thương");
        long cell = fixtures.subCell(committee, "Chi bộ Văn phòng Sở");
        long member = fixtures.member(cell, "Nguyễn", "Thị", Fixtures.unique("Hương"));
        long colleague = fixtures.member(cell, "Hà", "Văn", Fixtures.unique("Minh"));
        long cellSecretaryMember = fixtures.member(cell, "Trần", "Văn", Fixtures.unique("Hùng"));
        long committeeSecretaryMember = fixtures.member(cell, "Phan", "Thị", Fixtures.unique("Yến"));
        fixtures.secretary(cell, cellSecretaryMember);
        fixtures.secretary(committee, committeeSecretaryMember);
        long rating = ratings.member(round, member, cell, committee);
        ratings.decided(ratings.member(round, colleague, cell, committee), "HTTNV", false);
        PortalUser memberUser = fixtures.user(Role.MEMBER, member, null);
        PortalUser cellSecretary = fixtures.user(Role.SECRETARY, cellSecretaryMember, null);
        PortalUser committeeSecretary = fixtures.user(Role.SECRETARY, committeeSecretaryMember, null);

        try (Browser browser = new Browser(port, 1280, 900)) {
            WebDriver driver = browser.driver();
            signIn(browser, memberUser);
            browser.open("/ratings/" + year + "/self");
            driver.findElement(By.id("review")).sendKeys("Hoàn thành tốt nhiệm vụ chuyên môn; thực hiện nghiêm bản đăng ký nêu gương.");
            type(driver, "score-politics", "18");
            type(driver, "score-ethics", "19");
            type(driver, "score-discipline", "9");
            type(driver, "score-duties", "34.5");
            type(driver, "score-example", "8");
            assertThat(driver.findElement(By.id("total")).getText()).isEqualTo("88,50");
            click(driver, driver.findElement(By.cssSelector("#self-form button[type=submit]")));
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
            assertThat(driver.findElement(By.id("self-level")).getText()).isEqualTo("Hoàn thành tốt nhiệm vụ");
            browser.screenshot("rating-self");
            driver.manage().deleteAllCookies();

            signIn(browser, cellSecretary);
            browser.open("/ratings/" + year + "/members/proposals/" + cell);
            WebElement row = driver.findElement(By.id("row-" + rating));
            assertThat(new Select(row.findElement(By.tagName("select"))).getFirstSelectedOption().getText()).isEqualTo("HTTNV");
            click(driver, driver.findElement(By.id("save-table")));
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
            assertThat(ratings.state(rating)).isEqualTo("PROPOSED");
            driver.manage().deleteAllCookies();

            signIn(browser, committeeSecretary);
            browser.open("/ratings/" + year + "/members/decisions/" + committee);
            Select decision = new Select(driver.findElement(By.cssSelector("#row-" + rating + " select[data-level]")));
            assertThat(driver.findElement(By.id("quota-text")).getText()).isEqualTo("HTXSNV: 0 / tối đa 0 (20 % của 2 HTTNV)");
            decision.selectByValue("HTXSNV");
            assertThat(driver.findElement(By.id("quota-text")).getText()).isEqualTo("HTXSNV: 1 / tối đa 0 (20 % của 1 HTTNV)");
            assertThat(driver.findElement(By.id("quota-warning")).getText()).contains("Vượt tỷ lệ HTXSNV");
            decision.selectByValue("HTTNV");
            assertThat(driver.findElement(By.id("quota-warning")).getText()).isEmpty();
            click(driver, driver.findElement(By.id("save-table")));
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
            click(driver, driver.findElement(By.cssSelector("#publish-form button")));
            browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".alert-success"), "Đã công bố 2 kết quả."));
            browser.screenshot("rating-decisions");
            driver.manage().deleteAllCookies();

            signIn(browser, memberUser);
            browser.open("/ratings/self");
            assertThat(driver.findElement(By.id("result")).getText()).contains("Hoàn thành tốt nhiệm vụ").contains("HTTNV");
            assertThat(driver.findElements(By.cssSelector("#self-form button[type=submit]"))).isEmpty();
        }
        assertThat(ratings.state(rating)).isEqualTo("PUBLISHED");
    }

    private static void signIn(Browser browser, PortalUser user) {
        browser.signIn(user.getUsername(), Fixtures.PASSWORD);
        browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static void type(WebDriver driver, String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
