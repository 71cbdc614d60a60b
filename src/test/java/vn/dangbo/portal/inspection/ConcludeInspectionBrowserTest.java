package vn.dangbo.portal.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
import vn.dangbo.portal.browser.Browser;
import vn.dangbo.portal.security.Role;

/**
 * In a real browser: a member of the bloc inspection committee plans an inspection of a member of a cell
 * (the member list follows the chosen unit), starts it, records the conclusion with a recommendation, and
 * sees the conclusion and the recommendation under follow-up on the file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Shared.class)
@Import({TestClock.Config.class, Fixtures.class})
class ConcludeInspectionBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void inspectorRecordsAConcludedInspectionWithARecommendation() {
        long cell = fixtures.grassrootsCell("Chi bộ Sở Khoa học");
        long member = fixtures.member(cell, "Lương", "Văn", Fixtures.unique("Thành"));
        String inspector = fixtures.user(Role.INSPECTOR, null, null).getUsername();

        try (Browser browser = new Browser(port, 1280, 1400)) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(10));
            browser.signIn(inspector, Fixtures.PASSWORD);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inspections")));
            browser.open("/inspections/new?programmeUnit=" + fixtures.bloc());

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inspection-form")));
            new Select(driver.findElement(By.id("programmeBody"))).selectByValue("INSPECTION_COMMITTEE");
            new Select(driver.findElement(By.id("kind"))).selectByValue("INSPECTION");
            new Select(driver.findElement(By.id("mode"))).selectByValue("THEMATIC");
            new Select(driver.findElement(By.id("subjectUnitId"))).selectByValue(String.valueOf(cell));
            // htmx fills the members of the chosen unit
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#subjectMemberId option[value='" + member + "']")));
            new Select(driver.findElement(By.id("subjectMemberId"))).selectByValue(String.valueOf(member));
            driver.findElement(By.id("content")).sendKeys("Kiểm tra việc thực hiện nhiệm vụ đảng viên");
            driver.findElement(By.id("startsOn")).sendKeys("01/09/2026");
            driver.findElement(By.id("endsOn")).sendKeys("30/09/2026");
            driver.findElement(By.id("team")).sendKeys("Tổ kiểm tra số 3");
            browser.screenshot("inspection-form");
            driver.findElement(By.cssSelector("#inspection-form button[type=submit]")).click();

            wait.until(ExpectedConditions.elementToBeClickable(By.id("start"))).click();
            wait.until(ExpectedConditions.textToBe(By.id("inspection-state"), "Đang tiến hành"));
            driver.findElement(By.id("conclude-link")).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conclusion-form")));
            driver.findElement(By.id("conclusionNumber")).sendKeys("17-TB/UBKT");
            WebElement date = driver.findElement(By.id("conclusionDate"));
            date.clear();
            date.sendKeys("20/10/2026");
            driver.findElement(By.id("conclusion")).sendKeys("Đảng viên chấp hành tốt; cần nâng cao chất lượng báo cáo.");
            driver.findElement(By.id("recommendation")).sendKeys("Bổ sung báo cáo kết quả thực hiện nhiệm vụ");
            driver.findElement(By.id("recommendationDueOn")).sendKeys("31/12/2026");
            browser.screenshot("inspection-conclusion");
            driver.findElement(By.id("conclude")).click();

            WebElement conclusion = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conclusion")));
            assertThat(conclusion.getText()).contains("Thông báo kết luận số 17-TB/UBKT ngày 20/10/2026",
                    "Đảng viên chấp hành tốt; cần nâng cao chất lượng báo cáo.");
            assertThat(driver.findElement(By.id("inspection-state")).getText()).isEqualTo("Đã kết luận");
            assertThat(driver.findElement(By.id("recommendations")).getText())
                    .contains("Bổ sung báo cáo kết quả thực hiện nhiệm vụ", "31/12/2026", "Đang thực hiện");
            browser.screenshot("inspection-concluded");
        }
        assertThat(jdbc.sql("""
                        SELECT i.state || ' ' || i.conclusion_number || ' ' || r.due_on FROM inspection i
                          JOIN inspection_recommendation r ON r.inspection_id = i.id WHERE i.subject_member_id = :m
                        """).param("m", member).query(String.class).single())
                .isEqualTo("CONCLUDED 17-TB/UBKT 2026-12-31");
    }
}
