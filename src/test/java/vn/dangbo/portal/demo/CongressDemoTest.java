package vn.dangbo.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

import vn.dangbo.portal.StatementCounter;
import vn.dangbo.portal.TestClock;
import vn.dangbo.portal.congress.TargetStatus;
import vn.dangbo.portal.congress.TargetTracking;
import vn.dangbo.portal.congress.Congress;
import vn.dangbo.portal.congress.CongressRecords;
import vn.dangbo.portal.security.Scope;

/** The demo congresses, in the demo database of {@link DemoBlocTest} (today = 25/11/2026). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ContextConfiguration(initializers = DemoBlocTest.OwnDatabase.class)
@Import({TestClock.Config.class, StatementCounter.Config.class})
class CongressDemoTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired CongressRecords records;
    @Autowired TargetTracking tracking;
    @Autowired UserDetailsService users;

    private Congress bloc(int number) {
        long id = jdbc.sql("SELECT c.id FROM congress c JOIN organization o ON o.id = c.organization_id WHERE o.parent_id IS NULL AND c.number = :n")
                .param("n", number).query(Long.class).single();
        return records.read(id, Scope.everything(false)).congress();
    }

    @Test
    void theXXCongressHas250DelegatesAndTenOfItsElevenTargetsMetFiveExceeded() {
        Congress xx = bloc(20);
        assertThat(xx.isClosed()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM congress_delegate WHERE congress_id = :c AND standing = 'OFFICIAL'")
                .param("c", xx.getId()).query(Long.class).single()).isEqualTo(250);
        TargetTracking.Board board = tracking.track(xx);
        assertThat(board.targets()).hasSize(11);
        List<TargetStatus> statuses = board.targets().stream().map(TargetTracking.Tracked::getStatus).toList();
        // the two rating shares come from the published demo rounds 2020–2025 (members ≥ 85 %, organisations ≥ 87 % every year)
        assertThat(statuses).containsExactly(TargetStatus.EXCEEDED, TargetStatus.MET, TargetStatus.MET, TargetStatus.MET,
                TargetStatus.EXCEEDED, TargetStatus.MET, TargetStatus.EXCEEDED, TargetStatus.MET, TargetStatus.EXCEEDED, TargetStatus.EXCEEDED,
                TargetStatus.NOT_MET);
        assertThat(board.summary().met()).isEqualTo(10);
        assertThat(board.summary().exceeded()).isEqualTo(5);
    }

    @Test
    void theXXICongressIsFollowedMidTermAndListedFirst() throws Exception {
        Congress xxi = bloc(21);
        TargetTracking.Board board = tracking.track(xxi);
        assertThat(board.summary().termOver()).isFalse();
        List<TargetStatus> statuses = board.targets().stream().map(TargetTracking.Tracked::getStatus).toList();
        System.out.printf("MEASURE XXI admissions so far: %s (%s); XX admissions: %s%n", board.targets().get(0).evaluation().measured(),
                statuses.get(0), tracking.track(bloc(20)).targets().get(0).evaluation().measured());
        assertThat(statuses.get(0)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(statuses.subList(3, 7)).containsExactly(TargetStatus.ON_TRACK, TargetStatus.AT_RISK, TargetStatus.AT_RISK,
                TargetStatus.ON_TRACK);
        String list = mvc.perform(get("/congresses").with(user(users.loadUserByUsername("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list.indexOf("congress-" + xxi.getId())).isPositive().isLessThan(list.indexOf("congress-" + bloc(20).getId()));
        String report = mvc.perform(get("/congresses/{id}/report", bloc(20).getId()).with(user(users.loadUserByUsername("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("id=\"figure-organizations\">64<", "id=\"figure-members\">5.112<", "lần thứ XX, nhiệm kỳ 2020–2025");
    }

    /** The leadership pages on the whole demo bloc: statements and time (printed for the write-up). */
    @Test
    void theReportAndTheDashboardStayWithinTheirStatementBudgetOnTheDemoBloc() throws Exception {
        var leader = user(users.loadUserByUsername("leader"));
        long xx = bloc(20).getId();
        for (String path : new String[] {"/congresses/" + xx + "/report", "/congresses/" + xx + "/report.pdf",
                "/congresses/" + xx + "/report.xlsx", "/congresses/" + xx + "/credentials", "/dashboard"}) {
            mvc.perform(get(path).with(leader)).andExpect(status().isOk());   // warm up
            StatementCounter.reset();
            long started = System.nanoTime();
            mvc.perform(get(path).with(leader)).andExpect(status().isOk());
            long millis = (System.nanoTime() - started) / 1_000_000;
            long statements = StatementCounter.count();
            System.out.printf("MEASURE %s: %d statements, %d ms%n", path, statements, millis);
            assertThat(statements).as(path).isLessThanOrEqualTo(path.equals("/dashboard") ? 25 + 64 : 40);
        }
    }
}
