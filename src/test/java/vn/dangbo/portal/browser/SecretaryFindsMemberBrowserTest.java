package vn.dangbo.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.TestClock;
import vn.dangbo.portal.TestDatabase;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * A secretary signs in, opens the export panel of the member list, types a name without accents, sees the list narrow
 * as they type, opens the profile and edits it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Shared.class)
@Import({TestClock.Config.class, Fixtures.class})
class SecretaryFindsMemberBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    @Test
    void secretarySearchesWithoutAccentsAndOpensTheProfile() {
        long committee = fixtures.committee("Đảng bộ Sở Nông nghiệp");
        long cell = fixtures.subCell(committee, "Chi bộ Văn phòng Sở");
        String given = "Hương" + Fixtures.unique("").strip();
        fixtures.member(cell, "Nguyễn", "Thị", given);
        fixtures.member(cell, "Trần", "Văn", "Nam");
        PortalUser secretary = fixtures.user(Role.SECRETARY, null, committee);

        try (Browser browser = new Browser(port, 1280, 900)) {
            browser.signIn(secretary.getUsername(), Fixtures.PASSWORD);
            browser.open("/members");
            // the export panel fetches its column checkboxes when first opened
            browser.driver().findElement(By.cssSelector("#member-export summary")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("column-GIVEN_NAME")));
            assertThat(browser.driver().findElements(By.cssSelector("#member-export input[name=columns]:checked"))).hasSizeGreaterThan(10);
            WebElement search = browser.driver().findElement(By.id("q"));
            search.sendKeys("nguyen thi huong");
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(
                    By.xpath("//div[@id='member-table']//a[text()='Trần Văn Nam']")));
            WebElement hit = browser.driver().findElement(By.linkText("Nguyễn Thị " + given));
            assertThat(browser.driver().getCurrentUrl()).contains("q=nguyen%20thi%20huong");
            browser.screenshot("secretary-search");
            hit.click();

            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Nguyễn Thị " + given));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Nguyễn Thị " + given);
            assertThat(browser.driver().getPageSource()).contains("Chi bộ Văn phòng Sở");
            browser.screenshot("member-profile");

            browser.driver().findElement(By.linkText("Sửa")).click();
            WebElement phone = browser.driver().findElement(By.id("phone"));
            phone.clear();
            phone.sendKeys("0912 345 678", Keys.ENTER);
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".alert-success"), "Đã lưu"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Nguyễn Thị " + given);
            assertThat(browser.driver().getPageSource()).contains("0912 345 678");
        }
    }
}
