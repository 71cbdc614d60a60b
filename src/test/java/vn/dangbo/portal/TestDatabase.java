package vn.dangbo.portal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Real PostgreSQL for the tests, never H2: a Testcontainers PostgreSQL when a Docker engine answers,
 * otherwise a freshly created database on the server given by {@code PORTAL_TEST_DB_URL} (default the
 * local one), dropped when the test JVM ends. Each name gets its own database: "shared" for the
 * ordinary test contexts, others for tests that need an empty one (the demo loader).
 */
public final class TestDatabase {

    private static final String SERVER = System.getenv().getOrDefault("PORTAL_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = System.getenv().getOrDefault("PORTAL_TEST_DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("PORTAL_TEST_DB_PASSWORD", "");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, Database> DATABASES = new ConcurrentHashMap<>();

    public record Database(String url, String username, String password) {
    }

    private TestDatabase() {
    }

    public static Database named(String name) {
        return DATABASES.computeIfAbsent(name, TestDatabase::create);
    }

    private static Database create(String name) {
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Database(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        String database = "portal_test_" + RUN + "_" + name;
        execute("CREATE DATABASE " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)")));
        return new Database(SERVER.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"), USER, PASSWORD);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database on " + SERVER + ": " + e.getMessage(), e);
        }
    }

    /** Points a test context at the "shared" database. */
    public static class Shared implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            use(context, named("shared"));
        }
    }

    public static void use(ConfigurableApplicationContext context, Database database) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password())));
    }
}
