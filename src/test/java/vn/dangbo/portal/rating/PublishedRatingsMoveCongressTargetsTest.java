package vn.dangbo.portal.rating;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * A congress target computed from the members' ratings ("từ 85 % đảng viên hoàn thành tốt nhiệm vụ trở lên
 * hằng năm") has no data until the deciding body publishes the year's round; publishing 5 HTTNV and 2 HTNV
 * gives it 71,43 % for that year and makes it "not met".
 */
@PortalTest
class PublishedRatingsMoveCongressTargetsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void publishingTheRoundGivesTheComputedTargetItsActualValueAndStatus() throws Exception {
        RatingFixtures ratings = new RatingFixtures(jdbc);
        int year = RatingFixtures.criteriaYear();
        long body = fixtures.committee(Fixtures.unique("Đảng bộ Sở Tư pháp"));
        long cell = fixtures.subCell(body, "Chi bộ Văn phòng");
        long secretaryMember = fixtures.member(cell, "Ngô", "Văn", Fixtures.unique("Toàn"));
        fixtures.secretary(body, secretaryMember);
        PortalUser secretary = fixtures.user(Role.SECRETARY, secretaryMember, null);
        long congress = jdbc.sql("""
                        INSERT INTO congress (organization_id, number, term_start_year, term_end_year, kind, opens_on, closes_on, place, state)
                        VALUES (:body, 12, :start, :start + 5, 'DELEGATES', :opens, CAST(:opens AS date) + 2, 'Vinh', 'PREPARING') RETURNING id
                        """)
                .param("body", body).param("start", year - 1).param("opens", LocalDate.of(year - 1, 5, 10)).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO congress_target (congress_id, position, text, unit, target_value, comparator, measure, indicator_code)
                        VALUES (:c, 1, 'Từ 85 % đảng viên hoàn thành tốt nhiệm vụ trở lên hằng năm', '%', 85, 'AT_LEAST', 'EVERY_YEAR',
                                'members-httnv-share')""")
                .param("c", congress).update();
        long round = ratings.round(year);
        ratings.notRated(ratings.member(round, secretaryMember, cell, body), "EXEMPT");
        for (int i = 0; i < 7; i++) {
            long rating = ratings.member(round, fixtures.member(cell, "Lý", "Thị", Fixtures.unique("Hoa")), cell, body);
            ratings.decided(rating, i < 5 ? "HTTNV" : "HTNV", false);
        }
        PortalUser leader = fixtures.user(Role.LEADER, null, null);

        mvc.perform(get("/congresses/{id}/targets", congress).with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chưa có dữ liệu")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("71,43"))));

        mvc.perform(post("/ratings/{y}/members/decisions/{u}/publish", year, body).with(user(secretary)).with(csrf()))
                .andExpect(flash().attribute("published", 7));

        mvc.perform(get("/congresses/{id}/targets", congress).with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("71,43")))
                .andExpect(content().string(Matchers.containsString("Không đạt")))
                .andExpect(content().string(Matchers.containsString("0/1 chỉ tiêu đạt và vượt")));
    }

    @Test
    void aCongressWhoseTermHasNotStartedShowsItsComputedShareAsNoData() throws Exception {
        long body = fixtures.committee(Fixtures.unique("Đảng bộ Sở Xây dựng"));
        long congress = jdbc.sql("""
                        INSERT INTO congress (organization_id, number, term_start_year, term_end_year, kind, opens_on, closes_on, place, state)
                        VALUES (:body, 13, 2027, 2032, 'DELEGATES', DATE '2027-05-10', DATE '2027-05-12', 'Vinh', 'PREPARING') RETURNING id
                        """)
                .param("body", body).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO congress_target (congress_id, position, text, unit, target_value, comparator, measure, indicator_code)
                        VALUES (:c, 1, 'Hằng năm từ 90 % đảng viên hoàn thành tốt nhiệm vụ trở lên', '%', 90, 'AT_LEAST', 'EVERY_YEAR',
                                'members-httnv-share')""")
                .param("c", congress).update();

        mvc.perform(get("/congresses/{id}/report", congress).with(user(fixtures.user(Role.LEADER, null, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chưa có dữ liệu")));
    }
}
