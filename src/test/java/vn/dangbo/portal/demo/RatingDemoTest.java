package vn.dangbo.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
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

/** The demo rating rounds, in the demo database of {@link DemoBlocTest} (today = 25/11/2026). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ContextConfiguration(initializers = DemoBlocTest.OwnDatabase.class)
@Import(TestClock.Config.class)
class RatingDemoTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void closedRounds2020To2025AndThisYearsUnderWayWithTheRulesOfTheirYear() {
        List<Map<String, Object>> rounds = jdbc.sql("SELECT year, rules, closed_at IS NOT NULL AS closed FROM rating_round ORDER BY year")
                .query().listOfRows();
        assertThat(rounds).extracting(r -> r.get("year")).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(rounds).extracting(r -> r.get("rules")).containsExactly("QD124", "QD124", "QD124", "QD124", "QD124", "QD366", "QD366");
        assertThat(rounds).extracting(r -> r.get("closed")).containsExactly(true, true, true, true, true, true, false);
    }

    @Test
    void membersHttnvOrAboveRiseFromAbout86To93PercentWithHtxsnvWithinTheQuota() {
        Map<Integer, double[]> shares = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT r.year, sum(t.total) FILTER (WHERE t.level IN ('HTXSNV', 'HTTNV')) AS good,
                               sum(t.total) FILTER (WHERE t.level = 'HTXSNV') AS excellent,
                               sum(t.total) FILTER (WHERE t.level <> 'NOT_RATED') AS rated
                          FROM rating_tally t JOIN rating_round r ON r.id = t.round_id
                         WHERE t.subject = 'MEMBER' GROUP BY r.year
                        """)
                .query(rs -> {
                    double rated = rs.getDouble("rated");
                    shares.put(rs.getInt("year"), new double[] {rs.getDouble("good") / rated, rs.getDouble("excellent") / rated, rated});
                });
        assertThat(shares).containsOnlyKeys(2020, 2021, 2022, 2023, 2024, 2025);
        assertThat(shares.get(2020)[0]).isBetween(0.855, 0.87);
        assertThat(shares.get(2025)[0]).isBetween(0.925, 0.935);
        assertThat(shares.get(2025)[0]).isGreaterThan(shares.get(2020)[0] + 0.04);
        shares.values().forEach(share -> {
            assertThat(share[1]).as("HTXSNV").isBetween(0.11, 0.16);
            assertThat(share[2]).as("rated").isBetween(4800.0, 6500.0);
        });
        long overQuota = jdbc.sql("""
                        SELECT count(*) FROM (SELECT round_id, subject, deciding_body_id,
                                                     count(*) FILTER (WHERE decided_level = 'HTXSNV') AS excellent,
                                                     count(*) FILTER (WHERE decided_level = 'HTTNV') AS good
                                                FROM rating WHERE state = 'PUBLISHED' GROUP BY 1, 2, 3) b
                         WHERE excellent > good / 5
                        """).query(Long.class).single();
        assertThat(overQuota).isZero();
    }

    @Test
    void organisationsHttnvOrAboveAbout90PercentAndNotRatedMembersListed() {
        double share = jdbc.sql("""
                        SELECT sum(total) FILTER (WHERE level IN ('HTXSNV', 'HTTNV')) * 1.0 / sum(total)
                          FROM rating_tally WHERE subject = 'ORGANIZATION'
                        """).query(Double.class).single();
        assertThat(share).isBetween(0.86, 0.95);
        assertThat(jdbc.sql("SELECT count(DISTINCT not_rated_reason) FROM rating WHERE state = 'NOT_RATED'").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM rating r JOIN discipline_record d ON d.member_id = r.member_id
                          JOIN rating_round o ON o.id = r.round_id AND extract(year FROM d.decision_date) = o.year
                         WHERE r.state = 'PUBLISHED' AND r.decided_level <> 'KHTNV' AND NOT r.self_remedied
                        """).query(Long.class).single()).as("disciplined members rated above KHTNV").isZero();
    }

    @Test
    void thisYearsRoundIsUnderWayAndTheDemoAccountsHaveTheirStep() throws Exception {
        Map<String, Object> states = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE r.state = 'SELF_ASSESSED') AS self_assessed,
                               count(*) FILTER (WHERE r.state = 'PROPOSED') AS proposed,
                               count(*) FILTER (WHERE r.state IN ('DECIDED', 'PUBLISHED')) AS decided,
                               count(*) FILTER (WHERE r.state = 'PENDING') AS pending
                          FROM rating r JOIN rating_round o ON o.id = r.round_id WHERE o.year = 2026 AND r.subject = 'MEMBER'
                        """).query().singleRow();
        assertThat((Long) states.get("self_assessed")).isGreaterThan(1500);
        assertThat((Long) states.get("proposed")).isGreaterThan(200);
        assertThat((Long) states.get("decided")).isZero();
        assertThat((Long) states.get("pending")).isGreaterThan(2500);

        mvc.perform(get("/ratings/2026/self").with(user(users.loadUserByUsername("member"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Gửi bản tự đánh giá")));
        String cell = jdbc.sql("""
                        SELECT c.id FROM user_account u JOIN member m ON m.id = u.member_id JOIN organization c ON c.id = m.organization_id
                         WHERE u.username = 'cellsecretary'""").query(String.class).single();
        mvc.perform(get("/ratings/2026/members/proposals/" + cell).with(user(users.loadUserByUsername("cellsecretary"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã tự đánh giá")))
                .andExpect(content().string(Matchers.containsString("<select")));
        String committee = jdbc.sql("SELECT parent_id FROM organization WHERE id = :id").param("id", Long.valueOf(cell)).query(String.class).single();
        mvc.perform(get("/ratings/2026/members/decisions/" + committee).with(user(users.loadUserByUsername("secretary"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"quota\"")))
                .andExpect(content().string(Matchers.containsString("<select")));
        mvc.perform(get("/ratings/2025/statistics").with(user(users.loadUserByUsername("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đảng bộ Khối các cơ quan tỉnh Nghệ An")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*\\(9\\d,\\d\\d %\\).*")));
    }
}
