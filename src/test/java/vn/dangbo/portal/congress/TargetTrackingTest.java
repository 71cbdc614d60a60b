package vn.dangbo.portal.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

@PortalTest
class TargetTrackingTest {

    /** A rating-like share per organisation and year, set by the test (the rating feature contributes the real ones). */
    static final Map<String, BigDecimal> SHARES = new ConcurrentHashMap<>();

    @TestConfiguration
    static class ShareIndicator {
        @Bean
        TargetIndicator testShare() {
            return new TargetIndicator() {
                public String code() { return "test-share"; }
                public String labelKey() { return "congress.indicator.admissions"; }
                public boolean cumulative() { return false; }
                public Optional<BigDecimal> valueIn(long organizationId, int year) {
                    return Optional.ofNullable(SHARES.get(organizationId + "/" + year));
                }
            };
        }
    }

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TargetTracking tracking;
    @Autowired CongressRepository congresses;

    private long target(long congress, int position, String text, String value, String comparator, String measure, String code) {
        return jdbc.sql("""
                        INSERT INTO congress_target (congress_id, position, text, unit, target_value, comparator, measure, indicator_code)
                        VALUES (:c, :p, :t, '%', :v, :cmp, :m, :code) RETURNING id""")
                .param("c", congress).param("p", position).param("t", text).param("v", new BigDecimal(value))
                .param("cmp", comparator).param("m", measure).param("code", code).query(Long.class).single();
    }

    @Test
    void theAdmissionsTargetCountsTheAdmissionsOfTheTermInTheSubtree() throws Exception {
        long unit = fixtures.committee("Đảng bộ Sở Giáo dục");
        long cell = fixtures.subCell(unit, "Chi bộ Phòng Tổ chức");
        long elsewhere = fixtures.grassrootsCell("Chi bộ Sở Ngoại vụ");
        String official = "OFFICIAL";
        LocalDate birth = LocalDate.of(1990, 1, 1);
        for (LocalDate admitted : new LocalDate[] {LocalDate.of(2020, 3, 1), LocalDate.of(2021, 6, 1), LocalDate.of(2021, 9, 1),
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 2), LocalDate.of(2019, 12, 31)}) {
            fixtures.member(cell, "Phạm", "Văn", Fixtures.unique("An"), "MALE", birth, official, admitted, admitted.plusYears(1));
        }
        fixtures.member(elsewhere, "Phạm", "Văn", Fixtures.unique("Bình"), "MALE", birth, official, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1));
        long congress = new CongressFixtures(jdbc).congress(unit, 15, 2020, LocalDate.of(2020, 5, 10), "PREPARING");
        target(congress, 1, "Kết nạp ít nhất 4 đảng viên", "4", "AT_LEAST", "TERM_TOTAL", "admissions");

        TargetTracking.Tracked admissions = tracking.track(congresses.findById(congress).orElseThrow()).targets().get(0);
        assertThat(admissions.actuals().get(2020).value()).isEqualByComparingTo("1");
        assertThat(admissions.actuals().get(2021).value()).isEqualByComparingTo("2");
        assertThat(admissions.actuals().get(2022).value()).isEqualByComparingTo("0");
        assertThat(admissions.evaluation().measured()).isEqualByComparingTo("4");   // 2020–2024: not 2019, not 2025, not the other unit
        assertThat(admissions.getStatus()).isEqualTo(TargetStatus.MET);
        long sql = jdbc.sql("""
                SELECT count(*) FROM member_event e JOIN organization o ON o.id = e.organization_id
                 WHERE e.kind = 'ADMISSION' AND o.path LIKE :p AND e.event_date BETWEEN DATE '2020-01-01' AND DATE '2024-12-31'""")
                .param("p", fixtures.pathOf(unit) + "%").query(Long.class).single();
        assertThat(admissions.evaluation().measured()).isEqualByComparingTo(BigDecimal.valueOf(sql));

        PortalUser leader = fixtures.user(Role.LEADER, null, null);
        mvc.perform(get("/congresses/{id}/targets/admissions", congress).with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("— 4 đảng viên")));
    }

    @Test
    void aComputedShareFollowsItsIndicatorAndACodeWithoutIndicatorShowsNoData() throws Exception {
        long unit = fixtures.committee("Đảng bộ Sở Y tế");
        long congress = new CongressFixtures(jdbc).congress(unit, 15, 2020, LocalDate.of(2020, 5, 10), "PREPARING");
        target(congress, 1, "Từ 85 % đảng viên hoàn thành tốt nhiệm vụ trở lên hằng năm", "85", "AT_LEAST", "EVERY_YEAR", "test-share");
        target(congress, 2, "Từ 85 % tổ chức hoàn thành tốt nhiệm vụ", "85", "AT_LEAST", "EVERY_YEAR", "organizations-httnv-share-missing");
        SHARES.put(unit + "/2021", new BigDecimal("86.00"));
        SHARES.put(unit + "/2022", new BigDecimal("93.42"));
        Congress found = congresses.findById(congress).orElseThrow();
        assertThat(tracking.track(found).targets().get(0).getStatus()).isEqualTo(TargetStatus.MET);
        assertThat(tracking.track(found).targets().get(1).getStatus()).isEqualTo(TargetStatus.NO_DATA);

        SHARES.put(unit + "/2023", new BigDecimal("84.99"));   // a newly published year below the target
        TargetTracking.Board board = tracking.track(found);
        assertThat(board.targets().get(0).getStatus()).isEqualTo(TargetStatus.NOT_MET);
        assertThat(board.summary().met()).isZero();

        mvc.perform(get("/congresses/{id}/targets", congress).with(user(fixtures.user(Role.LEADER, null, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("0/2 chỉ tiêu đạt và vượt, trong đó 0/2 chỉ tiêu vượt")))
                .andExpect(content().string(Matchers.containsString("Chưa có dữ liệu")))
                .andExpect(content().string(Matchers.containsString("84,99")));
    }

    @Test
    void staffEnterYearlyActualsWithEvidenceAndMidTermTargetsAreOnTrackOrAtRisk() throws Exception {
        long unit = fixtures.committee("Đảng bộ Sở Văn hóa");
        long congress = new CongressFixtures(jdbc).congress(unit, 16, 2025, LocalDate.of(2025, 5, 10), "IN_SESSION");
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        long online = target(congress, 1, "Trên 90 % văn bản xử lý trên môi trường mạng", "90", "MORE_THAN", "EVERY_YEAR", null);
        long trained = target(congress, 2, "100 % bí thư chi bộ được bồi dưỡng", "100", "AT_LEAST", "FINAL_YEAR", null);

        mvc.perform(post("/congresses/{id}/targets/actuals", congress).with(user(staff)).with(csrf())
                        .param("targetId", String.valueOf(online)).param("year", "2025").param("value", "92.5").param("evidence", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("actual", "evidence", "NotBlank"));
        for (String[] entry : new String[][] {{String.valueOf(online), "2025", "92.5"}, {String.valueOf(online), "2026", "95"},
                {String.valueOf(trained), "2026", "80"}}) {
            mvc.perform(post("/congresses/{id}/targets/actuals", congress).with(user(staff)).with(csrf())
                            .param("targetId", entry[0]).param("year", entry[1]).param("value", entry[2])
                            .param("evidence", "Báo cáo số 45-BC/ĐUK"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/congresses/{id}/targets/actuals", congress).with(user(staff)).with(csrf())
                        .param("targetId", String.valueOf(trained)).param("year", "2027").param("value", "90").param("evidence", "BC"))
                .andExpect(model().attributeHasFieldErrorCode("actual", "year", "congress.target.yearOutsideTerm"));

        TargetTracking.Board board = tracking.track(congresses.findById(congress).orElseThrow());
        assertThat(board.targets()).extracting(TargetTracking.Tracked::getStatus).containsExactly(TargetStatus.ON_TRACK, TargetStatus.AT_RISK);
        assertThat(board.summary().termOver()).isFalse();
        assertThat(board.targets().get(0).actual(2025).evidence()).isEqualTo("Báo cáo số 45-BC/ĐUK");
    }

    @Test
    void aComputedTargetTakesNoEnteredActualAndATermTotalNeedsACumulativeIndicator() throws Exception {
        long unit = fixtures.committee("Đảng bộ Sở Du lịch");
        long congress = new CongressFixtures(jdbc).congress(unit, 15, 2020, LocalDate.of(2020, 5, 10), "PREPARING");
        long admissions = target(congress, 1, "Kết nạp", "4", "AT_LEAST", "TERM_TOTAL", "admissions");
        PortalUser staff = fixtures.user(Role.STAFF, null, null);
        mvc.perform(post("/congresses/{id}/targets/actuals", congress).with(user(staff)).with(csrf())
                        .param("targetId", String.valueOf(admissions)).param("year", "2021").param("value", "9").param("evidence", "BC"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("actual"));
        mvc.perform(post("/congresses/{id}/targets/new", congress).with(user(staff)).with(csrf())
                        .param("position", "2").param("text", "Tỷ lệ").param("unit", "%").param("targetValue", "85")
                        .param("comparator", "AT_LEAST").param("measure", "TERM_TOTAL").param("indicatorCode", "test-share"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "measure", "congress.target.notCumulative"));
        mvc.perform(post("/congresses/{id}/targets/new", congress).with(user(staff)).with(csrf())
                        .param("position", "2").param("text", "Tỷ lệ").param("unit", "%").param("targetValue", "85")
                        .param("comparator", "AT_LEAST").param("measure", "EVERY_YEAR").param("indicatorCode", "test-share"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM congress_target WHERE congress_id = :c").param("c", congress).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void yearlyActualsAreEnteredAfterTheCongressClosedUntilItsTermIsOver() throws Exception {
        long unit = fixtures.committee("Đảng bộ Sở Công an");
        CongressFixtures fixturesOfCongress = new CongressFixtures(jdbc);
        long running = fixturesOfCongress.congress(unit, 21, 2025, LocalDate.of(2025, 8, 19), "IN_SESSION");
        long over = fixturesOfCongress.congress(unit, 20, 2020, LocalDate.of(2020, 7, 23), "IN_SESSION");
        long runningTarget = target(running, 1, "Trên 95 % văn bản trên mạng", "95", "MORE_THAN", "EVERY_YEAR", null);
        long overTarget = target(over, 1, "Trên 90 % văn bản trên mạng", "90", "MORE_THAN", "EVERY_YEAR", null);
        fixturesOfCongress.close(running);
        fixturesOfCongress.close(over);
        PortalUser staff = fixtures.user(Role.STAFF, null, null);

        mvc.perform(post("/congresses/{id}/targets/actuals", running).with(user(staff)).with(csrf())
                        .param("targetId", String.valueOf(runningTarget)).param("year", "2026").param("value", "96.8").param("evidence", "BC 2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/congresses/{id}/targets/actuals", over).with(user(staff)).with(csrf())
                        .param("targetId", String.valueOf(overTarget)).param("year", "2024").param("value", "97").param("evidence", "BC 2024"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/congresses/{id}/targets/new", running).with(user(staff)).with(csrf())
                        .param("position", "2").param("text", "Mới").param("unit", "%").param("targetValue", "85")
                        .param("comparator", "AT_LEAST").param("measure", "EVERY_YEAR"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM congress_target_actual WHERE target_id IN (:ids)")
                .param("ids", java.util.List.of(runningTarget, overTarget)).query(Long.class).single()).isEqualTo(1);
    }
}
