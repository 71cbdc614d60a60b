package vn.dangbo.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.Role;

/**
 * The year 2026 seen on 25/11/2026 for a đảng bộ with two cells. Cell One met every month but March
 * (9 of the 10 months due; November is not due yet), had a thematic meeting in Q1 (with February's
 * regular one) and Q2 (on its own), none in Q3; attendance was taken at two meetings: 3 of 3 and 1 of 3
 * (4 of 6 = 66,67 %, under the 90 % threshold); January's meeting was assessed Good and checked Fair,
 * February's assessed Average. Cell Two was founded on 15/06/2026 and never met: June to October due.
 */
@PortalTest
class MeetingStatisticsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MeetingStatistics statistics;

    long committee;
    long cellOne;
    long cellTwo;
    String pathOfCommittee;

    @BeforeEach
    void aYearOfMeetings() {
        committee = fixtures.committee("Đảng bộ Thống kê");
        cellOne = fixtures.subCell(committee, "Chi bộ Một");
        cellTwo = fixtures.subCell(committee, "Chi bộ Hai");
        jdbc.sql("UPDATE organization SET founded_on = '2026-06-15' WHERE id = :id").param("id", cellTwo).update();
        pathOfCommittee = jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", committee).query(String.class).single();
        long a = fixtures.member(cellOne, "Nguyễn", "Thị", Fixtures.unique("A"));
        long b = fixtures.member(cellOne, "Trần", "Văn", Fixtures.unique("B"));
        long c = fixtures.member(cellOne, "Lê", "Văn", Fixtures.unique("C"));
        long january = meeting(cellOne, LocalDate.of(2026, 1, 8), "REGULAR");
        long february = meeting(cellOne, LocalDate.of(2026, 2, 5), "REGULAR_THEMATIC");
        for (int month : new int[] {4, 5, 6, 7, 8, 9, 10}) {
            meeting(cellOne, LocalDate.of(2026, month, 6), "REGULAR");
        }
        meeting(cellOne, LocalDate.of(2026, 5, 20), "THEMATIC");
        meeting(cellOne, LocalDate.of(2025, 12, 5), "REGULAR");   // another year: not counted
        attendance(january, Map.of(a, "PRESENT", b, "PRESENT", c, "PRESENT"));
        attendance(february, Map.of(a, "PRESENT", b, "EXCUSED", c, "ABSENT"));
        jdbc.sql("""
                INSERT INTO meeting_assessment (meeting_id, score, level, assessed_by, assessed_at, checked_level, checked_by, checked_at)
                VALUES (:j, 92, 'GOOD', 'cell', now(), 'FAIR', 'above', now()), (:f, 60, 'AVERAGE', 'cell', now(), NULL, NULL, NULL)
                """).param("j", january).param("f", february).update();
    }

    @Test
    void aCellsYearCountsMonthsDueQuartersAttendanceAndLevels() {
        List<MeetingStatistics.CellYear> cells = statistics.cellYears(pathOfCommittee, 2026);
        assertThat(cells).extracting(MeetingStatistics.CellYear::cellId).containsExactlyInAnyOrder(cellOne, cellTwo);
        MeetingStatistics.CellYear one = cells.stream().filter(cell -> cell.cellId() == cellOne).findFirst().orElseThrow();

        assertThat(one.monthsHeld()).isEqualTo(9);
        assertThat(one.monthsDue()).isEqualTo(10);
        assertThat(one.months().stream().filter(MeetingStatistics.Month::isMissed).map(MeetingStatistics.Month::month)).containsExactly(3);
        assertThat(one.quarters()).extracting(MeetingStatistics.Quarter::thematic).containsExactly(1, 1, 0, 0);
        assertThat(one.quarters()).extracting(MeetingStatistics.Quarter::isMissed).containsExactly(false, false, true, false);
        assertThat(one.present()).isEqualTo(4);
        assertThat(one.expected()).isEqualTo(6);
        assertThat(one.isUnderAttendanceThreshold()).isTrue();
        assertThat(one.level(QualityLevel.FAIR)).isEqualTo(1);
        assertThat(one.level(QualityLevel.AVERAGE)).isEqualTo(1);
        assertThat(one.level(QualityLevel.GOOD)).isZero();

        MeetingStatistics.CellYear two = cells.stream().filter(cell -> cell.cellId() == cellTwo).findFirst().orElseThrow();
        assertThat(two.monthsDue()).isEqualTo(5);
        assertThat(two.monthsHeld()).isZero();
        assertThat(two.quarters()).extracting(MeetingStatistics.Quarter::due).containsExactly(false, true, true, false);
        assertThat(two.isHighlighted()).isTrue();
    }

    @Test
    void theRatingFormGetsTheFactsOfACellAndOfAUnitSummedOverItsCells() {
        Map<Long, MeetingStatistics.MeetingFacts> facts = statistics.factsFor(List.of(cellOne, committee), 2026);

        MeetingStatistics.MeetingFacts one = facts.get(cellOne);
        assertThat(List.of(one.monthsHeld(), one.monthsDue(), one.thematicMeetings(), one.quartersWithThematic(), one.quartersDue()))
                .containsExactly(9, 10, 2, 2, 3);
        assertThat(one.attendanceRate()).isEqualByComparingTo(new BigDecimal("66.67"));

        MeetingStatistics.MeetingFacts unit = facts.get(committee);
        assertThat(List.of(unit.monthsHeld(), unit.monthsDue(), unit.thematicMeetings(), unit.quartersWithThematic(), unit.quartersDue()))
                .containsExactly(9, 15, 2, 2, 5);
        assertThat(unit.present()).isEqualTo(4);
        assertThat(unit.expected()).isEqualTo(6);
        assertThat(unit.qualityLevels()).containsExactlyInAnyOrderEntriesOf(Map.of(QualityLevel.FAIR, 1L, QualityLevel.AVERAGE, 1L));
    }

    @Test
    void statisticsPageHighlightsTheCellsThatMissedAMeetingOrFellUnderTheThreshold() throws Exception {
        mvc.perform(get("/meetings/statistics").param("year", "2026").with(user(fixtures.user(Role.SECRETARY, null, committee))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "2 chi bộ; sinh hoạt thường kỳ 9/15 tháng đến hạn; tỷ lệ dự họp 66,67 %; 2 chi bộ cần lưu ý.")))
                .andExpect(content().string(Matchers.containsString("66,67 %")))
                .andExpect(content().string(Matchers.containsString("<tr data-cell=\"" + cellOne + "\" class=\"table-danger\">")))
                .andExpect(content().string(Matchers.containsString("Tháng 3: chưa sinh hoạt")));
    }

    @Test
    void theCellsPageShowsItsYear() throws Exception {
        mvc.perform(get("/organizations/{id}", cellOne).with(user(fixtures.user(Role.STAFF, null, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("9/10 tháng đến hạn")))
                .andExpect(content().string(Matchers.containsString("Khá: 1")));
        mvc.perform(get("/meetings").param("cell", String.valueOf(cellOne)).param("year", "2026")
                        .with(user(fixtures.user(Role.SECRETARY, null, cellOne))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("năm 2026")))
                .andExpect(content().string(Matchers.containsString("1/3")));
    }

    private long meeting(long cell, LocalDate day, String kind) {
        return jdbc.sql("INSERT INTO meeting (organization_id, held_on, kind, topic) VALUES (:c, :d, :k, :t) RETURNING id")
                .param("c", cell).param("d", day).param("k", kind).param("t", "REGULAR".equals(kind) ? null : "Chuyên đề thử")
                .query(Long.class).single();
    }

    private void attendance(long meeting, Map<Long, String> lines) {
        lines.forEach((member, presence) -> jdbc.sql("INSERT INTO meeting_attendance (meeting_id, member_id, presence) VALUES (:m, :p, :s)")
                .param("m", meeting).param("p", member).param("s", presence).update());
    }
}
