package vn.dangbo.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.ScopeResolver;

/** SQL statements per request stay bounded: the committee lookup is one query, lists do not grow with their rows. */
@PortalTest
class MeetingStatementCountTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class CountingDataSource {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
                            ? ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build() : bean;
                }
            };
        }
    }

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ScopeResolver scopes;

    long committee;
    long cell;
    PortalUser secretary;

    @BeforeEach
    void aCommitteeWhoseSecretarySitsOnIt() {
        committee = fixtures.committee("Đảng bộ Đếm");
        cell = fixtures.subCell(committee, "Chi bộ Đếm");
        long head = fixtures.member(cell, "Nguyễn", "Văn", Fixtures.unique("Đếm"));
        jdbc.sql("""
                        INSERT INTO committee_position (organization_id, member_id, term_start_year, position, appointment, starts_on)
                        VALUES (:unit, :member, 2025, 'SECRETARY', 'ELECTED', '2025-06-01')
                        """)
                .param("unit", committee).param("member", head).update();
        secretary = fixtures.user(Role.SECRETARY, head, null);
        addCellWithMeetings(2);
    }

    @Test
    void theSecretarysUnitIsFoundWithOneQuery() {
        QueryCountHolder.clear();
        assertThat(scopes.forUser(secretary).organizationId()).isEqualTo(committee);
        assertThat(QueryCountHolder.getGrandTotal().getTotal()).isEqualTo(1);
    }

    @Test
    void statisticsPageStatementsDoNotGrowWithTheNumberOfCells() throws Exception {
        long few = statements(get("/meetings/statistics").param("year", "2026"));
        addCellWithMeetings(3);
        addCellWithMeetings(4);
        addCellWithMeetings(5);
        assertThat(statements(get("/meetings/statistics").param("year", "2026"))).isEqualTo(few).isLessThanOrEqualTo(8);
    }

    @Test
    void meetingListAndUnitPageStatementsDoNotGrowWithTheNumberOfMeetings() throws Exception {
        long list = statements(get("/meetings").param("cell", String.valueOf(cell)).param("year", "2026"));
        statements(get("/organizations/{id}", cell)); // fills the cached member counts (cache.VersionedCache)
        long unitPage = statements(get("/organizations/{id}", cell));
        for (int month = 1; month <= 8; month++) {
            meeting(cell, LocalDate.of(2026, month, 20));
        }
        assertThat(statements(get("/meetings").param("cell", String.valueOf(cell)).param("year", "2026"))).isEqualTo(list);
        assertThat(statements(get("/organizations/{id}", cell))).isEqualTo(unitPage);
    }

    private long statements(MockHttpServletRequestBuilder request) throws Exception {
        QueryCountHolder.clear();
        mvc.perform(request.with(user(secretary))).andExpect(status().isOk());
        return QueryCountHolder.getGrandTotal().getTotal();
    }

    private void addCellWithMeetings(int meetings) {
        long another = fixtures.subCell(committee, "Chi bộ Thêm");
        long member = fixtures.member(another, "Trần", "Thị", Fixtures.unique("Thêm"));
        for (int month = 1; month <= meetings; month++) {
            long id = meeting(another, LocalDate.of(2026, month, 10));
            jdbc.sql("INSERT INTO meeting_attendance (meeting_id, member_id, presence) VALUES (:m, :p, 'PRESENT')")
                    .param("m", id).param("p", member).update();
        }
    }

    private long meeting(long unit, LocalDate day) {
        return jdbc.sql("INSERT INTO meeting (organization_id, held_on, kind) VALUES (:c, :d, 'REGULAR') RETURNING id")
                .param("c", unit).param("d", day).query(Long.class).single();
    }
}
