package vn.dangbo.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.TestClock;
import vn.dangbo.portal.congress.TargetIndicator;

/** The demo's inspections, courses and planning lists (same context and database as {@link DemoBlocTest}). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ContextConfiguration(initializers = DemoBlocTest.OwnDatabase.class)
@Import(TestClock.Config.class)
class InspectionTrainingDemoTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired List<TargetIndicator> indicators;

    @Test
    void fifteenCoursesAYearWithAboutTwelveHundredParticipants() {
        List<long[]> years = jdbc.sql("""
                        SELECT extract(year FROM c.starts_on)::int, count(DISTINCT c.id), count(p.id)
                          FROM training_course c LEFT JOIN training_participant p ON p.course_id = c.id
                         WHERE c.starts_on < DATE '2026-01-01' GROUP BY 1 ORDER BY 1
                        """)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        assertThat(years).hasSize(5).allSatisfy(year -> {
            assertThat(year[1]).isEqualTo(15);
            assertThat(year[2]).isBetween(1000L, 1500L);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM training_participant WHERE candidate_id IS NOT NULL").query(Long.class).single()).isPositive();
        BigDecimal share = indicators.stream().filter(i -> i.code().equals("secretaries-trained")).findFirst().orElseThrow()
                .valueIn(jdbc.sql("SELECT id FROM organization WHERE kind = 'BLOC'").query(Long.class).single(), 2025).orElseThrow();
        assertThat(share).isBetween(new BigDecimal("60"), new BigDecimal("100"));
    }

    @Test
    void programmesFrom2021WithConclusionsAndTheDisciplinePath() throws Exception {
        assertThat(jdbc.sql("SELECT min(year) FROM inspection").query(Integer.class).single()).isEqualTo(2021);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection WHERE state = 'CONCLUDED' AND year = 2025").query(Long.class).single())
                .isGreaterThan(100);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_violation WHERE discipline_record_id IS NOT NULL").query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM discipline_record").query(Long.class).single());
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_recommendation WHERE done_on IS NULL AND due_on < DATE '2026-11-25'")
                .query(Long.class).single()).isPositive();
        mvc.perform(get("/inspections/statistics").param("year", "2025").with(user(users.loadUserByUsername("inspector"))))
                .andExpect(status().isOk());
        mvc.perform(get("/trainings").with(user(users.loadUserByUsername("staff")))).andExpect(status().isOk());
        mvc.perform(get("/trainings/gaps").with(user(users.loadUserByUsername("secretary")))).andExpect(status().isOk());
    }

    @Test
    void theBlocsPlanningListsForBothTerms() throws Exception {
        List<String> lists = jdbc.sql("""
                        SELECT l.term_start_year || ' ' || l.state FROM planning_list l JOIN organization o ON o.id = l.organization_id
                         WHERE o.kind = 'BLOC' ORDER BY 1
                        """).query(String.class).list();
        assertThat(lists).containsExactly("2025 APPROVED", "2030 DRAFT");
        long list = jdbc.sql("SELECT l.id FROM planning_list l JOIN organization o ON o.id = l.organization_id WHERE o.kind = 'BLOC' AND l.term_start_year = 2025")
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM planning_entry WHERE list_id = :l AND removed_on IS NULL").param("l", list)
                .query(Long.class).single()).isBetween(30L, 40L);
        mvc.perform(get("/planning/{id}", list).with(user(users.loadUserByUsername("leader")))).andExpect(status().isOk());
    }
}
