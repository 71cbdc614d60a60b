package vn.dangbo.portal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.breakthrough.BreakthroughResults;
import vn.dangbo.portal.cache.VersionedCache;
import vn.dangbo.portal.congress.Congress;
import vn.dangbo.portal.congress.CongressRecords;
import vn.dangbo.portal.congress.CongressReport;
import vn.dangbo.portal.congress.TargetIndicator;
import vn.dangbo.portal.congress.TargetTracking;
import vn.dangbo.portal.member.AdmittedMembers;
import vn.dangbo.portal.member.Membership;
import vn.dangbo.portal.pledge.GrassrootsSubmissions;
import vn.dangbo.portal.pledge.MonthlyDeadline;

/**
 * Bảng điều hành: the bloc today for leadership — members, grassroots organisations, admissions this year,
 * the latest published rating shares, each with its trend against a year before; the targets of the
 * current congress; and the grassroots organisations that need attention: many members who have not
 * submitted last month's self-assessment, a low share of members rated HTTNV or above, overdue
 * breakthrough tasks. A fixed number of statements; the figures and lists over the whole bloc are kept in
 * cache.VersionedCache until a table they read changes.
 */
@Component
class Dashboard {

    /** A grassroots organisation needs attention below these shares (in %). */
    static final BigDecimal SUBMISSION_ATTENTION = new BigDecimal("90");
    static final BigDecimal RATING_ATTENTION = new BigDecimal("80");
    private static final int LIST_LENGTH = 10;
    /** The tables each cached part of the page reads (see VersionedCache). */
    private static final List<String> TREE = List.of("organization");
    private static final List<String> SUBMISSIONS = List.of("organization", "member", "cell_submitters", "cell_submissions");
    private static final List<String> RATINGS = List.of("organization", "rating_round", "rating_tally_subtree");
    private static final List<String> BREAKTHROUGHS = List.of("organization", "breakthrough_task");
    /** The grassroots organisations live on {@code :on}. */
    private static final String GRASSROOTS = """
            SELECT o.id, o.name FROM organization o
             WHERE o.kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')
               AND (o.founded_on IS NULL OR o.founded_on <= :on) AND (o.dissolved_on IS NULL OR o.dissolved_on > :on)""";

    private final JdbcClient jdbc;
    private final Membership membership;
    private final AdmittedMembers admitted;
    private final GrassrootsSubmissions submissions;
    private final MonthlyDeadline deadline;
    private final BreakthroughResults breakthroughs;
    private final CongressRecords congresses;
    private final TargetTracking tracking;
    private final VersionedCache cache;
    private final Clock clock;

    Dashboard(JdbcClient jdbc, Membership membership, AdmittedMembers admitted, GrassrootsSubmissions submissions,
              MonthlyDeadline deadline, BreakthroughResults breakthroughs, CongressRecords congresses, TargetTracking tracking,
              VersionedCache cache, Clock clock) {
        this.jdbc = jdbc;
        this.membership = membership;
        this.admitted = admitted;
        this.submissions = submissions;
        this.deadline = deadline;
        this.breakthroughs = breakthroughs;
        this.congresses = congresses;
        this.tracking = tracking;
        this.cache = cache;
        this.clock = clock;
    }

    /** A figure now and a year before (null when unknown). */
    record Figure(BigDecimal now, BigDecimal before, Integer year) {

        public BigDecimal getChange() {
            return now == null || before == null ? null : now.subtract(before);
        }

        public int trend() {
            BigDecimal change = getChange();
            return change == null ? 0 : change.signum();
        }
    }

    record Unit(long id, String name) {
    }

    /** A grassroots organisation that needs attention and why (the figure behind it). */
    record Attention(Unit unit, BigDecimal share, long count) {
    }

    record View(LocalDate today, Figure members, Figure organizations, Figure admissions, Figure membersShare, Figure organizationsShare,
                Congress congress, TargetTracking.Summary targets, YearMonth submissionMonth, List<Attention> notSubmitted,
                Integer ratingYear, List<Attention> lowRatings, boolean ratingsAvailable, List<Attention> overdue) {
    }

    View today() {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearAgo = today.minusYears(1);
        Map<Long, Unit> grassroots = cache.get("dashboard grassroots " + today, TREE, () -> grassroots(today));
        long bloc = jdbc.sql("SELECT id FROM organization WHERE parent_id IS NULL ORDER BY id LIMIT 1").query(Long.class).optional().orElse(-1L);
        Figure members = new Figure(BigDecimal.valueOf(membership.count(today, "/")), BigDecimal.valueOf(membership.count(yearAgo, "/")), null);
        long grassrootsYearAgo = cache.get("dashboard grassroots count " + yearAgo, TREE, () -> grassrootsCount(yearAgo));
        Figure organizations = new Figure(BigDecimal.valueOf(grassroots.size()), BigDecimal.valueOf(grassrootsYearAgo), null);
        Figure admissions = new Figure(
                BigDecimal.valueOf(admitted.countBetween("/", today.withDayOfYear(1), today)),
                BigDecimal.valueOf(admitted.countBetween("/", yearAgo.withDayOfYear(1), yearAgo)), today.getYear());

        Optional<TargetIndicator> membersIndicator = Optional.ofNullable(tracking.indicators().get(CongressReport.MEMBERS_SHARE));
        Optional<TargetIndicator> organizationsIndicator = Optional.ofNullable(tracking.indicators().get(CongressReport.ORGANIZATIONS_SHARE));
        Figure membersShare = latestShare(membersIndicator, bloc, today.getYear());
        Figure organizationsShare = latestShare(organizationsIndicator, bloc, today.getYear());

        Congress congress = congresses.latestOf(bloc).orElse(null);
        TargetTracking.Summary targets = congress == null ? null : tracking.track(congress).summary();

        YearMonth month = deadline.reportingMonth();
        List<Attention> notSubmitted = cache.get("dashboard not submitted " + month + " " + today, SUBMISSIONS,
                () -> notSubmitted(month, grassroots));
        Integer ratingYear = membersShare.year();
        List<Attention> lowRatings = membersIndicator.isEmpty() || ratingYear == null ? List.of()
                : cache.get("dashboard low ratings " + ratingYear + " " + today, RATINGS,
                        () -> lowRatings(membersIndicator.get(), ratingYear, grassroots));
        List<Attention> overdue = cache.get("dashboard overdue " + today, BREAKTHROUGHS, () -> overdue(today, grassroots));

        return new View(today, members, organizations, admissions, membersShare, organizationsShare, congress, targets, month,
                notSubmitted, ratingYear, lowRatings, membersIndicator.isPresent(), overdue);
    }

    /** The grassroots organisations where the fewest members submitted the month. */
    private List<Attention> notSubmitted(YearMonth month, Map<Long, Unit> grassroots) {
        return submissions.forMonth(month).stream()
                .filter(s -> grassroots.containsKey(s.grassrootsId()) && s.expected() > 0)
                .map(s -> new Attention(grassroots.get(s.grassrootsId()), percent(s.submitted(), s.expected()), s.missing()))
                .filter(a -> a.share().compareTo(SUBMISSION_ATTENTION) < 0)
                .sorted(Comparator.comparingLong(Attention::count).reversed().thenComparing(Attention::share)
                        .thenComparing(a -> a.unit().name()))
                .limit(LIST_LENGTH).toList();
    }

    /** The grassroots organisations with the lowest share of members rated HTTNV or above in the year. */
    private static List<Attention> lowRatings(TargetIndicator indicator, int year, Map<Long, Unit> grassroots) {
        return indicator.valuesFor(grassroots.keySet(), year).entrySet().stream()
                .filter(entry -> entry.getValue().compareTo(RATING_ATTENTION) < 0)
                .map(entry -> new Attention(grassroots.get(entry.getKey()), entry.getValue(), 0))
                .sorted(Comparator.comparing(Attention::share).thenComparing(a -> a.unit().name()))
                .limit(LIST_LENGTH).toList();
    }

    /** The grassroots organisations with the most breakthrough tasks past their deadline. */
    private List<Attention> overdue(LocalDate today, Map<Long, Unit> grassroots) {
        return breakthroughs.overdueByGrassroots(today).entrySet().stream()
                .filter(entry -> grassroots.containsKey(entry.getKey()))
                .map(entry -> new Attention(grassroots.get(entry.getKey()), null, entry.getValue()))
                .limit(LIST_LENGTH).toList();
    }

    /** The latest year with a published share (this year or the two before) against the year before it. */
    private static Figure latestShare(Optional<TargetIndicator> indicator, long bloc, int thisYear) {
        if (indicator.isEmpty()) {
            return new Figure(null, null, null);
        }
        for (int year = thisYear; year >= thisYear - 2; year--) {
            Optional<BigDecimal> value = indicator.get().valueIn(bloc, year);
            if (value.isPresent()) {
                return new Figure(value.get(), indicator.get().valueIn(bloc, year - 1).orElse(null), year);
            }
        }
        return new Figure(null, null, null);
    }

    private Map<Long, Unit> grassroots(LocalDate on) {
        return jdbc.sql(GRASSROOTS).param("on", on)
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2)))
                .list().stream().collect(Collectors.toUnmodifiableMap(Unit::id, unit -> unit));
    }

    private long grassrootsCount(LocalDate on) {
        return jdbc.sql("SELECT count(*) FROM (" + GRASSROOTS + ") g").param("on", on).query(Long.class).single();
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
