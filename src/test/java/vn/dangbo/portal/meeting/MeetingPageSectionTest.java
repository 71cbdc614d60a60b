package vn.dangbo.portal.meeting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.Scope;

/** Another feature (the pledges' monthly self-assessments) adds its section to a meeting's page. */
@PortalTest
class MeetingPageSectionTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class MonthlyReviewSection {
        @Bean
        MeetingPageSection monthlyReview() {
            return new MeetingPageSection() {
                @Override
                public int order() {
                    return 10;
                }

                @Override
                public String template() {
                    return "meeting/test-section";
                }

                @Override
                public Object load(Meeting meeting, Scope scope) {
                    return "Tự đánh giá tháng " + meeting.getHeldOn().format(DateTimeFormatter.ofPattern("MM/yyyy"))
                            + " của chi bộ " + meeting.getOrganizationId();
                }
            };
        }
    }

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aSectionOfAnotherFeatureShowsOnTheMeetingPage() throws Exception {
        long cell = fixtures.grassrootsCell("Chi bộ Mục");
        long meeting = jdbc.sql("INSERT INTO meeting (organization_id, held_on, kind) VALUES (:c, '2026-10-07', 'REGULAR') RETURNING id")
                .param("c", cell).query(Long.class).single();
        mvc.perform(get("/meetings/{id}", meeting).with(user(fixtures.user(Role.SECRETARY, null, cell))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tự đánh giá tháng 10/2026 của chi bộ " + cell)));
    }
}
