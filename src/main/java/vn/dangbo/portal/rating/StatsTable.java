package vn.dangbo.portal.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.dangbo.portal.web.Formats;

/**
 * A table of the statistics page and PDF by level, as text: a row per unit, then the total, each level's count
 * with its share of the rated. Formatted here rather than in the template, where a page of 25 units made some
 * eleven hundred interpreted method calls, most of the page's CPU (README "Scale").
 */
public record StatsTable(List<Row> rows) {

    static StatsTable of(RatingStatistics.Report report, RatingSubject subject, Formats fmt) {
        List<Row> rows = new ArrayList<>();
        report.getUnits().forEach(unit -> rows.add(Row.of(unit.getName(), unit.of(subject), false, fmt)));
        rows.add(Row.of(report.total().getName(), report.total().of(subject), true, fmt));
        return new StatsTable(rows);
    }

    /** {@code levels}: one cell per {@link RatingLevel}, in their order. */
    public record Row(String name, String rated, List<String> levels, String goodOrAbove, String notRated, boolean total) {

        static Row of(String name, LevelCounts counts, boolean total, Formats fmt) {
            long rated = counts.getRated();
            List<String> levels = Arrays.stream(RatingLevel.values()).map(level -> share(counts.count(level), rated, fmt)).toList();
            return new Row(name, fmt.number(rated), levels, share(counts.getGoodOrAbove(), rated, fmt), fmt.number(counts.getNotRated()),
                    total);
        }

        private static String share(long count, long rated, Formats fmt) {
            return fmt.number(count) + " (" + fmt.percent(count, rated) + ")";
        }
    }
}
