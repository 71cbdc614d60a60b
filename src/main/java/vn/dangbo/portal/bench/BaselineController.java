package vn.dangbo.portal.bench;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Profile {@code bench} only: the bare baseline of the load benchmark (bench/run). It reads the same 50
 * member rows as the first page of a unit's member list (the unit given by its path, bound as the portal's scope
 * binds it) with one plain JDBC query and renders them with
 * Thymeleaf, outside Spring Security and without JPA, so the benchmark can say what the portal's own
 * layers cost. Never active in production. bench/run starts the jar without AOT: an AOT-processed build fixes
 * {@code @Profile} at build time, where no profile is active, so this controller is not in it.
 */
@Controller
@Profile("bench")
class BaselineController {

    private final JdbcClient jdbc;

    BaselineController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/bench/baseline")
    String baseline(@RequestParam String path, Model model) {
        List<Row> rows = jdbc.sql("""
                        SELECT m.id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name AS full_name, m.birth_date, o.name
                          FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE o.path LIKE :prefix
                           AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPT')
                         ORDER BY m.given_name, m.family_name, m.middle_name, m.id
                         LIMIT 50
                        """)
                .param("prefix", path + "%")
                .query(Row.class).list();
        model.addAttribute("rows", rows);
        return "bench/baseline";
    }

    /** The baseline page bypasses the security filter chain entirely. */
    @Bean
    WebSecurityCustomizer baselineWithoutSecurity() {
        return web -> web.ignoring().requestMatchers("/bench/baseline");
    }

    record Row(long id, String fullName, LocalDate birthDate, String name) {
    }
}
