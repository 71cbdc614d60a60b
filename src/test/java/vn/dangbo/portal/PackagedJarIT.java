package vn.dangbo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The packaged jar, started as {@code docker compose up} starts it: in AOT mode, as the image runs it, and
 * with exactly the environment the compose file gives the app service, except that the database host "db"
 * becomes a fresh database on the local PostgreSQL (these machines have no Docker engine) and the port a free
 * one. The role and password are the compose file's own. The other tests run without AOT; this one checks
 * the build-time bean definitions and repositories (the demo beans are registered at start-up).
 */
class PackagedJarIT {

    private static final String SERVER = System.getenv().getOrDefault("PORTAL_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String ADMIN_USER = System.getenv().getOrDefault("PORTAL_TEST_DB_USER", "postgres");
    private static final String ADMIN_PASSWORD = System.getenv().getOrDefault("PORTAL_TEST_DB_PASSWORD", "");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Process portal;
    private String database;

    @Test
    void theJarStartsWithTheComposeEnvironmentServesTheDemoBlocAndSignsIn() throws Exception {
        Map<String, String> environment = composeEnvironment();
        String user = environment.get("SPRING_DATASOURCE_USERNAME");
        String password = environment.get("SPRING_DATASOURCE_PASSWORD");
        database = "portal_jar_it_" + ProcessHandle.current().pid();
        admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN CREATE ROLE %s LOGIN PASSWORD '%s'; END IF; END $$"
                .formatted(user, user, password));
        admin("CREATE DATABASE " + database + " OWNER " + user);
        int port = freePort();
        environment.put("SPRING_DATASOURCE_URL", environment.get("SPRING_DATASOURCE_URL")
                .replace("//db:5432/portal", "//" + URI.create(SERVER.substring(5)).getAuthority() + "/" + database));
        environment.put("SERVER_PORT", String.valueOf(port));

        Path log = Files.createTempFile("portal-jar", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.aot.enabled=true", "-jar", Path.of("target", "portal.jar").toString());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        portal = builder.start();

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = waitForLogin(http, port, log);
        System.out.printf("Packaged jar: first 200 on /login after %d ms (including the demo load)%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(login.body()).contains("portal-demo-2026", "cellsecretary");

        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=staff&password=portal-demo-2026&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        HttpResponse<String> tree = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/organizations")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tree.statusCode()).isEqualTo(200);
        assertThat(tree.body()).contains("Đảng bộ Khối các cơ quan tỉnh Nghệ An", "Đảng bộ Sở Nông nghiệp và Môi trường");   // merged in 2025 (issue 4)
    }

    @AfterEach
    void stop() throws Exception {
        if (portal != null) {
            portal.destroy();
            portal.waitFor();
        }
        if (database != null) {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> composeEnvironment() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("app");
            Map<String, String> environment = new HashMap<>();
            ((Map<String, Object>) app.get("environment")).forEach((key, value) -> environment.put(key, String.valueOf(value)));
            return environment;
        }
    }

    private static HttpResponse<String> waitForLogin(HttpClient http, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("portal-demo-2026")) {
                    return response;
                }
            } catch (ConnectException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The jar did not serve /login within 180 s; its log:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, ADMIN_USER, ADMIN_PASSWORD)) {
            connection.createStatement().execute(sql);
        }
    }
}
