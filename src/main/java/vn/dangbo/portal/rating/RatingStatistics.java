package vn.dangbo.portal.rating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statistics of published results, read only from {@code rating_tally_subtree} (the tally refreshed when a
 * body publishes, summed over each unit's subtree), never from the ratings themselves: by level for the root unit
 * and each unit one level below it, and the same totals for every year up to the one shown. Two statements, a few
 * rows per unit shown whatever the number of members.
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
        private final LevelCounts members;
        private final LevelCounts organizations;

        UnitCounts(long unitId, String name) {
            this(unitId, name, new LevelCounts(), new LevelCounts());
        }

        UnitCounts(long unitId, String name, LevelCounts members, LevelCounts organizations) {
            this.unitId = unitId;
            this.name = name;
            this.members = members;
            this.organizations = organizations;
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

    /** The statistics of one year under a root unit: its total, the units below it (a page of them) and the years up to it. */
    record Report(int year, UnitCounts total, Page<UnitCounts> unitPage, List<YearCounts> years) {
        public int getYear() { return year; }
        public UnitCounts getTotal() { return total; }
        public List<UnitCounts> getUnits() { return unitPage.getContent(); }
        public Page<UnitCounts> getUnitPage() { return unitPage; }
        public List<YearCounts> getYears() { return years; }
    }

    /**
     * The year under the root: its totals and previous years from the root's own subtree line, and the units one
     * level below it that existed in the year (those without a published result with zeros) whose name contains
     * {@code name} (all when blank), sorted by name, the page asked for ({@link Pageable#unpaged()} for the
     * downloads, which list every unit).
     */
    Report report(int year, long rootId, String rootName, String name, Pageable page) {
        Map<Integer, YearCounts> years = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.year, s.subject, s.level, s.total
                          FROM rating_tally_subtree s JOIN rating_round r ON r.id = s.round_id
                         WHERE s.organization_id = :root AND r.year <= :year
                         ORDER BY r.year
                        """)
                .param("root", rootId).param("year", year)
                .query(rs -> {
                    YearCounts counts = years.computeIfAbsent(rs.getInt("year"), y -> new YearCounts(y, new LevelCounts(), new LevelCounts()));
                    (RatingSubject.valueOf(rs.getString("subject")) == RatingSubject.MEMBER ? counts.members() : counts.organizations())
                            .add(rs.getString("level"), rs.getLong("total"));
                });
        YearCounts shown = years.getOrDefault(year, new YearCounts(year, new LevelCounts(), new LevelCounts()));
        UnitCounts total = new UnitCounts(rootId, rootName, shown.members(), shown.organizations());
        Map<Long, UnitCounts> units = new LinkedHashMap<>();
        long[] count = {0};
        jdbc.sql("""
                        SELECT g.id, g.name, g.units, s.subject, s.level, s.total
                          FROM (SELECT g.id, g.name, count(*) OVER () AS units
                                  FROM organization g
                                 WHERE g.parent_id = :root
                                   AND (g.founded_on IS NULL OR g.founded_on <= make_date(:year, 12, 31))
                                   AND (g.dissolved_on IS NULL OR g.dissolved_on >= make_date(:year, 1, 1))
                                   AND (:name = '' OR search_text(g.name) LIKE '%' || search_text(:name) || '%')
                                 ORDER BY g.name, g.id
                                 LIMIT CAST(:limit AS bigint) OFFSET :offset) g
                          LEFT JOIN rating_tally_subtree s
                                 ON s.organization_id = g.id AND s.round_id = (SELECT id FROM rating_round WHERE year = :year)
                         ORDER BY g.name, g.id
                        """)
                .param("root", rootId).param("year", year).param("name", name == null ? "" : name.strip())
                .param("limit", page.isPaged() ? page.getPageSize() : null)
                .param("offset", page.isPaged() ? page.getOffset() : 0)
                .query(rs -> {
                    count[0] = rs.getLong("units");
                    String unitName = rs.getString("name");
                    UnitCounts unit = units.computeIfAbsent(rs.getLong("id"), id -> new UnitCounts(id, unitName));
                    if (rs.getString("subject") != null) {
                        unit.of(RatingSubject.valueOf(rs.getString("subject"))).add(rs.getString("level"), rs.getLong("total"));
                    }
                });
        return new Report(year, total, new PageImpl<>(new ArrayList<>(units.values()), page, count[0]), new ArrayList<>(years.values()));
    }
}
