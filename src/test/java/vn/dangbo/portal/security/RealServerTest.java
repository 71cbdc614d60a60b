package vn.dangbo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.TestClock;
import vn.dangbo.portal.TestDatabase;

/** What only a real servlet container shows: session cookies, session fixation, error pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Shared.class)
@Import({TestClock.Config.class, Fixtures.class})
class RealServerTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ServerProperties server;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void signInIssuesANewHttpOnlySameSiteSessionCookie() throws Exception {
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        HttpResponse<String> loginPage = get("/login");
        String before = sessionCookie(loginPage);
        assertThat(before).contains("HttpOnly").contains("SameSite=Lax");

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + staff.getUsername() + "&password="
                        + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(loginPage.body())))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        String after = sessionCookie(signedIn);
        assertThat(after).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(value(after)).isNotEqualTo(value(before));
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutes() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(java.time.Duration.ofMinutes(30));
    }

    @Test
    void errorPagesAreFriendlyAndShowNoInternals() throws Exception {
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(url("/no-such-page")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(302);   // anonymous: sign in first

        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        signIn(staff);
        HttpResponse<String> notFound = getHtml("/members/999999999");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Không tìm thấy").doesNotContain("Exception", "at vn.", "Whitelabel", "Tomcat");

        HttpResponse<String> badRequest = getHtml("/members/not-a-number");
        assertThat(badRequest.statusCode()).isEqualTo(400);
        assertThat(badRequest.body()).doesNotContain("Exception", "at org.", "NumberFormat", "Tomcat");
        assertThat(notFound.headers().firstValue("Server")).isEmpty();
    }

    private void signIn(PortalUser user) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = get("/login");
        http.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user.getUsername() + "&password="
                        + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(loginPage.body())))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getHtml(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("CSRF field on the login page").isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PORTALSESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private static String value(String cookie) {
        return cookie.substring(0, cookie.indexOf(';'));
    }
}
