package vn.dangbo.portal;

import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    /**
     * The class-data-sharing training run of the image build ({@code -Dspring.context.exit=onRefresh}, see the
     * Dockerfile) has no database. In AOT mode {@code spring.flyway.enabled} is fixed at build time, so that run
     * skips the migration here; every other start migrates as usual.
     */
    @Bean
    FlywayMigrationStrategy migrateUnlessTrainingRun() {
        return "onRefresh".equals(System.getProperty("spring.context.exit")) ? flyway -> { } : Flyway::migrate;
    }
}
