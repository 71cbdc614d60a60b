package vn.dangbo.portal.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
import vn.dangbo.portal.browser.Browser;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * In a real browser: a secretary signs in, uploads a small spreadsheet with one bad row, sees the preview
 * with the reason and nothing written, uploads the corrected file and writes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Shared.class)
@Import({TestClock.Config.class, Fixtures.class})
class MemberImportBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    Browser chromium;
    WebDriver browser;
    Path folder;

    @BeforeEach
    void startBrowser() throws Exception {
        chromium = new Browser(port, 1280, 1600);
        browser = chromium.driver();
        folder = Files.createTempDirectory("import-browser");
    }

    @AfterEach
    void stopBrowser() {
        chromium.close();
    }

    @Test
    void secretaryImportsASmallFileAfterSeeingThePreview() throws Exception {
        String committee = Fixtures.unique("Đảng bộ Sở Văn hóa");
        long committeeId = fixtures.unit(fixtures.bloc(), "GRASSROOTS_COMMITTEE", committee);
        fixtures.unit(committeeId, "SUB_CELL", "Chi bộ Bảo tàng tỉnh");
        PortalUser secretary = fixtures.user(Role.SECRETARY, null, committeeId);
        String given = Fixtures.unique("Thảo").replace(" ", "");
        String[] header = {"Họ", "Tên đệm", "Tên", "Giới tính", "Ngày sinh", "Đảng bộ cơ sở", "Chi bộ", "Ngày vào Đảng"};
        Path bad = folder.resolve("dang-vien-loi.xlsx");
        Files.write(bad, MemberImportTest.xlsx(header, List.of(
                new Object[] {"Hoàng", "Thị", given, "Nữ", LocalDate.of(1992, 4, 1), committee, "Chi bộ Bảo tàng tỉnh", "12/06/2018"},
                new Object[] {"Hoàng", "Văn", given + "B", "Nam", "30/02/1991", committee, "chi bo bao tang tinh", "12/06/2018"})));

        chromium.signIn(secretary.getUsername(), Fixtures.PASSWORD);
        chromium.open("/members/import");

        browser.findElement(By.id("file")).sendKeys(bad.toString());
        browser.findElement(By.cssSelector("#import-upload button[type=submit]")).click();
        WebDriverWait wait = chromium.waitUpTo(Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-preview")));
        chromium.screenshot("import-preview");
        assertThat(browser.findElement(By.id("import-refused")).getText()).contains("Có 1 dòng sai: chưa có gì được ghi.");
        assertThat(browser.findElement(By.id("import-problems")).getText())
                .contains("3", "«Ngày sinh»: «30/02/1991» không phải một ngày có thật.");
        assertThat(browser.findElement(By.id("import-sample")).getText()).contains("Hoàng Thị " + given, "Thêm mới");
        assertThat(browser.findElements(By.id("import-write"))).isEmpty();
        assertThat(count(given)).isZero();

        Path good = folder.resolve("dang-vien.xlsx");
        Files.write(good, MemberImportTest.xlsx(header, List.of(
                new Object[] {"Hoàng", "Thị", given, "Nữ", LocalDate.of(1992, 4, 1), committee, "Chi bộ Bảo tàng tỉnh", "12/06/2018"},
                new Object[] {"Hoàng", "Văn", given + "B", "Nam", "28/02/1991", committee, "chi bo bao tang tinh", "12/06/2018"})));
        browser.findElement(By.id("file")).sendKeys(good.toString());
        browser.findElement(By.cssSelector("#import-upload button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-write")));
        assertThat(browser.findElement(By.id("import-summary")).getText()).contains("2 dòng: 2 thêm mới, 0 cập nhật, 0 không đổi, 0 dòng sai");
        browser.findElement(By.cssSelector("#import-write button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-done")));
        chromium.screenshot("import-done");
        assertThat(count(given)).isEqualTo(2);
    }

    private long count(String given) {
        return jdbc.sql("SELECT count(*) FROM member WHERE given_name LIKE :given").param("given", given + "%").query(Long.class).single();
    }
}
