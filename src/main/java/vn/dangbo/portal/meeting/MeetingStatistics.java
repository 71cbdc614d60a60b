package vn.dangbo.portal.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meeting statistics of a year, per cell: regular meetings held against the months due, thematic
 * meetings per quarter, attendance rate, quality levels, and what to highlight (a month missed, a quarter
 * without a thematic meeting, attendance under the year's threshold). A month is due once it is over and
 * the cell existed in it (the current month only when its meeting is already held); a quarter likewise.
 * Attendance rate = members present / members on the sheets, over the year's meetings. Five statements
 * whatever the number of cells.
 *
 * <p>{@link #factsFor} is the query for the organisations' yearly rating form.
 */
@Component
public class MeetingStatistics {

    /** One month of a cell: regular meetings held, and whether one was due. */
    public record Month(int month, int held, boolean due) {
        public boolean isMissed() {
            return due && held == 0;
        }
    }

    /** One quarter of a cell: thematic meetings held, and whether one was due. */
    public record Quarter(int quarter, int thematic, boolean due) {
        public boolean isMissed() {
            return due && thematic == 0;
        }
    }

    /** A cell's year. */
    public record CellYear(long cellId, String cellName, String parentName, String path, int year, List<Month> months,
                           List<Quarter> quarters, long present, long expected, Map<QualityLevel, Long> levels,
                           BigDecimal attendanceThreshold) {

        public int monthsHeld() {
            return (int) months.stream().filter(month -> month.due() && month.held() > 0).count();
        }

        public int monthsDue() {
            return (int) months.stream().filter(Month::due).count();
        }

        public int thematicMeetings() {
            return quarters.stream().mapToInt(Quarter::thematic).sum();
        }

        public boolean isMissedMeeting() {
            return months.stream().anyMatch(Month::isMissed);
        }

        public boolean isUnderAttendanceThreshold() {
            return expected > 0 && BigDecimal.valueOf(present * 100).compareTo(attendanceThreshold.multiply(BigDecimal.valueOf(expected))) < 0;
        }

        public boolean isHighlighted() {
            return isMissedMeeting() || isUnderAttendanceThreshold();
        }

        public long level(QualityLevel level) {
            return levels.getOrDefault(level, 0L);
        }
    }

    /**
     * The facts of an organisation's year for its rating form, summed over the cells of its subtree:
     * months with a regular meeting and months due, thematic meetings and the quarters due and covered,
     * members present and on the sheets, meetings per quality level (the checked level where checked).
     */
    public record MeetingFacts(long organizationId, int year, int monthsHeld, int monthsDue, int thematicMeetings,
                               int quartersWithThematic, int quartersDue, long present, long expected,
                               Map<QualityLevel, Long> qualityLevels) {

        /** Present / on the sheets in percent, two decimals; null without any sheet. */
        public BigDecimal attendanceRate() {
            return expected == 0 ? null
                    : BigDecimal.valueOf(present * 100).divide(BigDecimal.valueOf(expected), 2, RoundingMode.HALF_UP);
        }
    }

    private record MonthCount(long cellId, int month, int regular, int thematic) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The cells under the path prefix that existed in the year, chi bộ cơ sở first, then sub-cells by đảng bộ. */
    public List<CellYear> cellYears(String pathPrefix, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        YearMonth current = YearMonth.now(clock);
        Map<String, Object> range = Map.of("prefix", pathPrefix + "%", "start", start, "end", end);
        BigDecimal threshold = jdbc.sql("SELECT attendance_threshold FROM meeting_framework WHERE year = :year")
                .param("year", year).query(BigDecimal.class).optional().orElse(QualityFramework.DEFAULT_ATTENDANCE_THRESHOLD);
        Map<Long, List<MonthCount>> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT m.organization_id, extract(month FROM m.held_on)::int AS month,
                               count(*) FILTER (WHERE m.kind IN ('REGULAR', 'REGULAR_THEMATIC')) AS regular,
                               count(*) FILTER (WHERE m.kind IN ('THEMATIC', 'REGULAR_THEMATIC')) AS thematic
                          FROM meeting m JOIN organization o ON o.id = m.organization_id
                         WHERE o.path LIKE :prefix AND m.held_on BETWEEN :start AND :end
                         GROUP BY 1, 2
                        """)
                .params(range)
                .query((rs, n) -> new MonthCount(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list()
                .forEach(count -> counts.computeIfAbsent(count.cellId(), id -> new ArrayList<>()).add(count));
        Map<Long, long[]> attendance = new HashMap<>();
        jdbc.sql("""
                        SELECT m.organization_id, count(*) FILTER (WHERE a.presence = 'PRESENT'), count(*)
                          FROM meeting m JOIN organization o ON o.id = m.organization_id
                          JOIN meeting_attendance a ON a.meeting_id = m.id
                         WHERE o.path LIKE :prefix AND m.held_on BETWEEN :start AND :end
                         GROUP BY 1
                        """)
                .params(range)
                .query(rs -> {
                    attendance.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        Map<Long, Map<QualityLevel, Long>> levels = new HashMap<>();
        jdbc.sql("""
                        SELECT m.organization_id, coalesce(q.checked_level, q.level), count(*)
                          FROM meeting m JOIN organization o ON o.id = m.organization_id
                          JOIN meeting_assessment q ON q.meeting_id = m.id
                         WHERE o.path LIKE :prefix AND m.held_on BETWEEN :start AND :end
                         GROUP BY 1, 2
                        """)
                .params(range)
                .query(rs -> {
                    levels.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(QualityLevel.class))
                            .put(QualityLevel.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return jdbc.sql("""
                        SELECT o.id, o.name, p.name AS parent_name, o.path, o.founded_on, o.dissolved_on
                          FROM organization o LEFT JOIN organization p ON p.id = o.parent_id AND p.kind <> 'BLOC'
                         WHERE o.kind IN ('GRASSROOTS_CELL', 'SUB_CELL') AND o.path LIKE :prefix
                           AND (o.dissolved_on IS NULL OR o.dissolved_on > :start) AND (o.founded_on IS NULL OR o.founded_on <= :end)
                         ORDER BY p.name NULLS FIRST, p.id NULLS FIRST, o.name, o.id
                        """)
                .params(range)
                .query((rs, n) -> {
                    long cell = rs.getLong("id");
                    LocalDate founded = rs.getObject("founded_on", LocalDate.class);
                    LocalDate dissolved = rs.getObject("dissolved_on", LocalDate.class);
                    long[] present = attendance.getOrDefault(cell, new long[2]);
                    return cellYear(cell, rs.getString("name"), rs.getString("parent_name"), rs.getString("path"), year,
                            founded, dissolved, current, counts.getOrDefault(cell, List.of()), present[0], present[1],
                            levels.getOrDefault(cell, Map.of()), threshold);
                })
                .list();
    }

    /** The rating form's facts for each organisation (a cell, or a unit summed over the cells below it). */
    public Map<Long, MeetingFacts> factsFor(Collection<Long> organizationIds, int year) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> paths = new LinkedHashMap<>();
        jdbc.sql("SELECT id, path FROM organization WHERE id IN (:ids) ORDER BY id")
                .param("ids", organizationIds)
                .query(rs -> {
                    paths.put(rs.getLong(1), rs.getString(2));
                });
        String common = paths.values().stream().reduce(MeetingStatistics::commonPrefix).orElse("/");
        List<CellYear> cells = cellYears(common, year);
        Map<Long, MeetingFacts> facts = new LinkedHashMap<>();
        paths.forEach((id, path) -> {
            List<CellYear> under = cells.stream().filter(cell -> cell.path().startsWith(path)).toList();
            Map<QualityLevel, Long> qualityLevels = new EnumMap<>(QualityLevel.class);
            under.forEach(cell -> cell.levels().forEach((level, count) -> qualityLevels.merge(level, count, Long::sum)));
            facts.put(id, new MeetingFacts(id, year,
                    under.stream().mapToInt(CellYear::monthsHeld).sum(),
                    under.stream().mapToInt(CellYear::monthsDue).sum(),
                    under.stream().mapToInt(CellYear::thematicMeetings).sum(),
                    (int) under.stream().flatMap(cell -> cell.quarters().stream()).filter(q -> q.due() && q.thematic() > 0).count(),
                    (int) under.stream().flatMap(cell -> cell.quarters().stream()).filter(Quarter::due).count(),
                    under.stream().mapToLong(CellYear::present).sum(),
                    under.stream().mapToLong(CellYear::expected).sum(),
                    qualityLevels));
        });
        return facts;
    }

    private static CellYear cellYear(long cell, String name, String parentName, String path, int year, LocalDate founded,
                                     LocalDate dissolved, YearMonth current, List<MonthCount> counts, long present,
                                     long expected, Map<QualityLevel, Long> levels, BigDecimal threshold) {
        int[] regular = new int[13];
        int[] thematic = new int[13];
        counts.forEach(count -> {
            regular[count.month()] = count.regular();
            thematic[count.month()] = count.thematic();
        });
        boolean[] existed = new boolean[13];
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            existed[m] = (founded == null || !founded.isAfter(month.atEndOfMonth()))
                    && (dissolved == null || dissolved.isAfter(month.atDay(1)));
            months.add(new Month(m, regular[m], existed[m] && (month.isBefore(current) || regular[m] > 0)));
        }
        List<Quarter> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            int last = q * 3;
            int held = thematic[last - 2] + thematic[last - 1] + thematic[last];
            boolean existedInQuarter = existed[last - 2] || existed[last - 1] || existed[last];
            quarters.add(new Quarter(q, held, existedInQuarter && (YearMonth.of(year, last).isBefore(current) || held > 0)));
        }
        return new CellYear(cell, name, parentName, path, year, months, quarters, present, expected, levels, threshold);
    }

    private static String commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(0, a.lastIndexOf('/', i - 1) + 1);
    }
}
