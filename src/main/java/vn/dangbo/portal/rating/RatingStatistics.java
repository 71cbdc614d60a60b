package vn.dangbo.portal.rating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statistics of published results, read only from {@code rating_tally} (refreshed when a body publishes),
 * never from the ratings themselves: by level for the root unit and each unit one level below it, and the same
 * totals for every year up to the one shown. Two statements, a few hundred rows whatever the number of members.
 */
@Component
class RatingStatistics {

    private final JdbcClient jdbc;

    RatingStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One unit's (or the whole root's) members and organisations by level. */
    static final class UnitCounts {
        private final long unitId;
        private final String name;
        private final LevelCounts members = new LevelCounts();
        private final LevelCounts organizations = new LevelCounts();

        UnitCounts(long unitId, String name) {
            this.unitId = unitId;
            this.name = name;
        }

        LevelCounts of(RatingSubject subject) {
            return subject == RatingSubject.MEMBER ? members : organizations;
        }

        public long getUnitId() { return unitId; }
        public String getName() { return name; }
        public LevelCounts getMembers() { return members; }
        public LevelCounts getOrganizations() { return organizations; }
    }

    /** A year's totals for the root, for the comparison with previous years. */
    record YearCounts(int year, LevelCounts members, LevelCounts organizations) {
        public int getYear() { return year; }
        public LevelCounts getMembers() { return members; }
        public LevelCounts getOrganizations() { return organizations; }
    }

    /** The statistics of one year under a root unit: its total and one line per unit below it. */
    record Report(int year, UnitCounts total, List<UnitCounts> units, List<YearCounts> years) {
        public int getYear() { return year; }
        public UnitCounts getTotal() { return total; }
        public List<UnitCounts> getUnits() { return units; }
        public List<YearCounts> getYears() { return years; }
    }

    Report report(int year, long rootId, String rootName, String rootPath) {
        int part = rootPath.split("/").length + 1;
        UnitCounts total = new UnitCounts(rootId, rootName);
        Map<Long, UnitCounts> units = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT g.id, g.name, t.subject, t.level, sum(t.total) AS total
                          FROM rating_tally t
                          JOIN rating_round r ON r.id = t.round_id
                          JOIN organization o ON o.id = t.organization_id
                          JOIN organization g ON g.id = coalesce(CAST(NULLIF(split_part(o.path, '/', :part), '') AS bigint), o.id)
                         WHERE r.year = :year AND o.path LIKE :prefix
                         GROUP BY g.id, g.name, t.subject, t.level
                         ORDER BY g.name, g.id
                        """)
                .param("part", part).param("year", year).param("prefix", rootPath + "%")
                .query(rs -> {
                    RatingSubject subject = RatingSubject.valueOf(rs.getString("subject"));
                    long count = rs.getLong("total");
                    String level = rs.getString("level");
                    total.of(subject).add(level, count);
                    String name = rs.getString("name");
                    if (rs.getLong("id") != rootId) {
                        units.computeIfAbsent(rs.getLong("id"), id -> new UnitCounts(id, name)).of(subject).add(level, count);
                    }
                });
        Map<Integer, YearCounts> years = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.year, t.subject, t.level, sum(t.total) AS total
                          FROM rating_tally t
                          JOIN rating_round r ON r.id = t.round_id
                          JOIN organization o ON o.id = t.organization_id
                         WHERE r.year <= :year AND o.path LIKE :prefix
                         GROUP BY r.year, t.subject, t.level
                         ORDER BY r.year
                        """)
                .param("year", year).param("prefix", rootPath + "%")
                .query(rs -> {
                    YearCounts counts = years.computeIfAbsent(rs.getInt("year"), y -> new YearCounts(y, new LevelCounts(), new LevelCounts()));
                    (RatingSubject.valueOf(rs.getString("subject")) == RatingSubject.MEMBER ? counts.members() : counts.organizations())
                            .add(rs.getString("level"), rs.getLong("total"));
                });
        return new Report(year, total, new ArrayList<>(units.values()), new ArrayList<>(years.values()));
    }
}
