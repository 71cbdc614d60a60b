package vn.dangbo.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import vn.dangbo.portal.TestClock;

/** The demo pledge books and breakthrough tasks, in the demo database of {@link DemoBlocTest} (today = 25/11/2026). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ContextConfiguration(initializers = DemoBlocTest.OwnDatabase.class)
@Import(TestClock.Config.class)
class PledgeDemoTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theDemoMemberHasEveryMonthUpToLastMonthAndThisMonthOpen() {
        List<Map<String, Object>> months = jdbc.sql("""
                        SELECT a.month, a.status FROM monthly_assessment a JOIN pledge p ON p.id = a.pledge_id
                          JOIN user_account u ON u.member_id = p.member_id
                         WHERE u.username = 'member' AND p.year = 2026 ORDER BY a.month""")
                .query().listOfRows();
        assertThat(months).extracting(row -> row.get("month")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(months.get(9)).containsEntry("status", "SUBMITTED");
        assertThat(jdbc.sql("""
                        SELECT p.status FROM pledge p JOIN user_account u ON u.member_id = p.member_id
                         WHERE u.username = 'member' AND p.year = 2026""").query(String.class).single()).isEqualTo("APPROVED");
    }

    @Test
    void aboutNinetyTwoPercentOfTheExpectedMonthsAreOnTimeSomeLateAFewMissingSomeReturned() {
        Map<String, Object> counts = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE NOT a.late) AS on_time, count(*) FILTER (WHERE a.late) AS late,
                               count(*) FILTER (WHERE a.status = 'RETURNED') AS returned,
                               (SELECT count(*) FROM member m CROSS JOIN generate_series(DATE '2021-01-01', DATE '2026-10-01', interval '1 month') AS mo(start)
                                 WHERE m.status IN ('PROBATIONARY', 'OFFICIAL') AND (m.admission_date IS NULL OR m.admission_date < mo.start)) AS expected
                          FROM monthly_assessment a""")
                .query().singleRow();
        double expected = ((Number) counts.get("expected")).doubleValue();
        assertThat(((Number) counts.get("on_time")).doubleValue() / expected).isBetween(0.90, 0.95);
        assertThat(((Number) counts.get("late")).doubleValue() / expected).isBetween(0.04, 0.08);
        double submitted = ((Number) counts.get("on_time")).doubleValue() + ((Number) counts.get("late")).doubleValue();
        assertThat(1 - submitted / expected).as("missing").isBetween(0.005, 0.03);
        assertThat((Long) counts.get("returned")).isPositive();
    }

    @Test
    void aboutOneHundredThirtyBreakthroughTasksAYearAndTheDemoAccountsHaveWorkToDo() {
        List<Long> perYear = jdbc.sql("SELECT count(*) FROM breakthrough_task GROUP BY year ORDER BY year").query(Long.class).list();
        assertThat(perYear).hasSize(6).allSatisfy(count -> assertThat(count).isBetween(115L, 150L));
        assertThat(jdbc.sql("""
                        SELECT t.state FROM breakthrough_task t JOIN user_account u ON u.member_id = t.member_id
                         WHERE u.username = 'member' AND t.year = 2026 AND t.registered_by_user_id = u.id""")
                .query(String.class).single()).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM breakthrough_task t JOIN user_account u ON u.organization_id = t.organization_id
                         WHERE u.username IN ('secretary', 'cellsecretary') AND t.member_id IS NULL AND t.year = 2026
                           AND t.state = 'REGISTERED' AND t.registered_by_user_id = u.id""")
                .query(Long.class).single()).isEqualTo(2);
    }
}
