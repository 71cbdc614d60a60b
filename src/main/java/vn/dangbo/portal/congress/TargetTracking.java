package vn.dangbo.portal.congress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A congress's targets tracked live: for each target the actual of every year of the term — from its
 * {@link TargetIndicator} (one statement per computed target and year) or from the entries of staff (one
 * statement for all) — the measured value and the status by {@link TargetPolicy}, and the summary line
 * ("10/11 targets met, 5/11 exceeded"). A code with no indicator bean gives "no data yet", never an error.
 */
@Component
public class TargetTracking {

    private final TargetRepository targets;
    private final Map<String, TargetIndicator> indicators;
    private final JdbcClient jdbc;
    private final Clock clock;

    TargetTracking(TargetRepository targets, List<TargetIndicator> indicators, JdbcClient jdbc, Clock clock) {
        this.targets = targets;
        this.indicators = indicators.stream().collect(Collectors.toMap(TargetIndicator::code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The indicators contributed by the features that hold data, by code. */
    public Map<String, TargetIndicator> indicators() {
        return indicators;
    }

    /** One year's actual: the value, and for an entered one its evidence and who entered it. */
    public record Actual(int year, BigDecimal value, String evidence, String enteredBy) {
    }

    public record Tracked(Target target, Map<Integer, Actual> actuals, TargetPolicy.Evaluation evaluation, boolean indicatorMissing) {

        public TargetStatus getStatus() {
            return evaluation.status();
        }

        public Actual actual(int year) {
            return actuals.get(year);
        }
    }

    /** The summary line's counts. */
    public record Summary(int total, int met, int exceeded, int onTrack, int atRisk, int notMet, int noData, boolean termOver) {
    }

    public record Board(List<Integer> years, List<Tracked> targets, Summary summary, LocalDate today) {
    }

    public Board track(Congress congress) {
        LocalDate today = LocalDate.now(clock);
        List<Integer> years = new ArrayList<>();
        for (int year : congress.termYears()) {
            years.add(year);
        }
        List<Target> list = targets.findByCongressIdOrderByPositionAscIdAsc(congress.getId());
        Map<Long, Map<Integer, Actual>> entered = entered(congress.getId());
        List<Tracked> tracked = new ArrayList<>();
        for (Target target : list) {
            Map<Integer, Actual> actuals;
            boolean missing = false;
            if (target.isComputed()) {
                TargetIndicator indicator = indicators.get(target.getIndicatorCode());
                missing = indicator == null;
                actuals = missing ? Map.of() : computed(indicator, congress.getOrganizationId(), years, today);
            } else {
                actuals = entered.getOrDefault(target.getId(), Map.of());
            }
            Map<Integer, BigDecimal> values = new HashMap<>();
            actuals.forEach((year, actual) -> values.put(year, actual.value()));
            TargetPolicy.Evaluation evaluation = TargetPolicy.evaluate(target.getComparator(), target.getMeasure(),
                    target.getTargetValue(), values, congress.getTermStartYear(), congress.getTermEndYear(), today);
            tracked.add(new Tracked(target, actuals, evaluation, missing));
        }
        return new Board(years, tracked, summary(tracked, today.getYear() >= congress.getTermEndYear()), today);
    }

    private static Map<Integer, Actual> computed(TargetIndicator indicator, long organizationId, List<Integer> years, LocalDate today) {
        Map<Integer, Actual> actuals = new LinkedHashMap<>();
        indicator.valuesIn(organizationId, years.stream().filter(year -> year <= today.getYear()).toList())
                .forEach((year, value) -> actuals.put(year, new Actual(year, value, null, null)));
        return actuals;
    }

    private Map<Long, Map<Integer, Actual>> entered(long congressId) {
        Map<Long, Map<Integer, Actual>> byTarget = new HashMap<>();
        jdbc.sql("""
                        SELECT a.target_id, a.year, a.value, a.evidence, a.entered_by
                          FROM congress_target_actual a JOIN congress_target t ON t.id = a.target_id
                         WHERE t.congress_id = :c ORDER BY a.year
                        """)
                .param("c", congressId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Actual(rs.getInt(2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5))))
                .list()
                .forEach(entry -> byTarget.computeIfAbsent(entry.getKey(), k -> new LinkedHashMap<>()).put(entry.getValue().year(), entry.getValue()));
        return byTarget;
    }

    private static Summary summary(List<Tracked> tracked, boolean termOver) {
        int met = 0;
        int exceeded = 0;
        int onTrack = 0;
        int atRisk = 0;
        int notMet = 0;
        int noData = 0;
        for (Tracked target : tracked) {
            switch (target.getStatus()) {
                case EXCEEDED -> {
                    exceeded++;
                    met++;
                }
                case MET -> met++;
                case ON_TRACK -> onTrack++;
                case AT_RISK -> atRisk++;
                case NOT_MET -> notMet++;
                case NO_DATA -> noData++;
            }
        }
        return new Summary(tracked.size(), met, exceeded, onTrack, atRisk, notMet, noData, termOver);
    }
}
