package vn.dangbo.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import vn.dangbo.portal.member.Membership;
import vn.dangbo.portal.security.SecretaryOffices;

/**
 * The demo bloc with its member history (same context and database as {@link DemoBlocTest}): the bloc as of
 * the XX congress is still 64 grassroots organisations and 5,112 members, every member's state is the one
 * their history ends in, and the 2025 merger left the demo accounts working in the merged committee.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ContextConfiguration(initializers = DemoBlocTest.OwnDatabase.class)
@Import(TestClock.Config.class)
class LifecycleDemoTest {

    @Autowired JdbcClient jdbc;
    @Autowired Membership membership;
    @Autowired SecretaryOffices offices;

    @Test
    void theBlocAsOfTheCongressIsUnchanged() {
        assertThat(membership.count(DemoBloc.CONGRESS_XX, "/")).isEqualTo(5112);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM organization WHERE kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')
                           AND (founded_on IS NULL OR founded_on <= :date) AND (dissolved_on IS NULL OR dissolved_on > :date)
                        """).param("date", DemoBloc.CONGRESS_XX).query(Long.class).single()).isEqualTo(64);
    }

    @Test
    void everyMembersStateIsWhereTheirHistoryEnds() {
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM member m
                          LEFT JOIN (SELECT DISTINCT ON (member_id) member_id, organization_id, status_after FROM member_event
                                      ORDER BY member_id, event_date DESC, id DESC) last ON last.member_id = m.id
                         WHERE last.member_id IS NULL OR last.status_after <> m.status OR last.organization_id <> m.organization_id
                        """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPT') AND o.dissolved_on IS NOT NULL
                        """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE status = 'PROBATIONARY' AND official_date IS NOT NULL").query(Long.class).single()).isZero();
    }

    @Test
    void theMergerKeptTheDemoAccountsInTheMergedCommittee() {
        long merged = jdbc.sql("SELECT id FROM organization WHERE name = :name AND dissolved_on IS NULL AND founded_on = :date")
                .param("name", LifecycleDemo.MERGED).param("date", LifecycleDemo.MERGER).query(Long.class).single();
        for (String old : new String[] {LifecycleDemo.AGRICULTURE, LifecycleDemo.ENVIRONMENT}) {
            assertThat(jdbc.sql("SELECT dissolved_on || ' ' || successor_id FROM organization WHERE name = :name").param("name", old)
                    .query(String.class).single()).isEqualTo("2025-03-01 " + merged);
        }
        assertThat(jdbc.sql("SELECT organization_id FROM user_account WHERE username = 'secretary'").query(Long.class).single()).isEqualTo(merged);
        long secretary = jdbc.sql("SELECT member_id FROM user_account WHERE username = 'secretary'").query(Long.class).single();
        assertThat(offices.heldBy(secretary, LocalDate.of(2026, 11, 25)).orElseThrow().organizationId()).isEqualTo(merged);
        assertThat(jdbc.sql("SELECT secretary_member_id = (SELECT member_id FROM user_account WHERE username = 'secretary') FROM organization WHERE id = :id")
                .param("id", merged).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                        SELECT o.parent_id FROM user_account u JOIN organization o ON o.id = u.organization_id
                         WHERE u.username = 'cellsecretary' AND o.dissolved_on IS NULL AND o.kind = 'SUB_CELL'
                        """).query(Long.class).single()).isEqualTo(merged);
        assertThat(jdbc.sql("""
                        SELECT o.parent_id FROM user_account u JOIN member m ON m.id = u.member_id JOIN organization o ON o.id = m.organization_id
                         WHERE u.username = 'member' AND o.dissolved_on IS NULL AND m.status IN ('OFFICIAL', 'PROBATIONARY')
                        """).query(Long.class).single()).isEqualTo(merged);
        String agriculture = jdbc.sql("SELECT path FROM organization WHERE name = :name").param("name", LifecycleDemo.AGRICULTURE)
                .query(String.class).single();
        String mergedPath = jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", merged).query(String.class).single();
        assertThat(membership.count(LifecycleDemo.MERGER.minusDays(1), agriculture)).isGreaterThan(400);
        assertThat(membership.count(LifecycleDemo.MERGER, agriculture)).isZero();
        assertThat(membership.count(LifecycleDemo.MERGER, mergedPath)).isGreaterThan(550);
    }

    @Test
    void theRecordsAroundTheLifecycleAreThere() {
        Map<String, Long> counts = Map.of(
                "discipline", count("SELECT count(*) FROM discipline_record"),
                "goodDeeds", count("SELECT count(*) FROM good_deed"),
                "badges", count("SELECT count(*) FROM badge_award"),
                "candidates", count("SELECT count(*) FROM admission_candidate"),
                "retired", count("SELECT count(*) FROM member_event WHERE kind = 'TRANSFER_OUT'"),
                "deaths", count("SELECT count(*) FROM member_event WHERE kind = 'DEATH'"),
                "admissionsSinceCongress", count("SELECT count(*) FROM member_event WHERE kind = 'ADMISSION' AND event_date > '2020-07-23'"));
        System.out.println("MEASURED: demo lifecycle records " + counts);
        assertThat(counts.get("discipline")).isEqualTo(8);
        assertThat(counts.get("goodDeeds")).isEqualTo(150);
        assertThat(counts.get("candidates")).isEqualTo(25);
        assertThat(counts.get("badges")).isGreaterThan(100);
        assertThat(counts.get("deaths")).isEqualTo(12);
        assertThat(counts.get("retired")).isGreaterThan(100);
        assertThat(count("SELECT count(*) FROM member WHERE interruption_days > 0")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM member_event WHERE event_date > :today")).isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("today", LocalDate.of(2026, 11, 25)).query(Long.class).single();
    }
}
