package vn.dangbo.portal.planning;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.committee.CommitteeOffice;

/**
 * The rules a planning list is checked against, shown as warnings with the numbers, never as a block
 * (configurable, {@code portal.planning.*}): the share of women and of young cadres (under the given age
 * at the start of the term) among the people planned, at most so many people per position, and nobody
 * disciplined in the last years before the term.
 */
@Component
class PlanningRules {

    private final int minWomenPercent;
    private final int minYoungPercent;
    private final int youngUnderAge;
    private final int maxPerPosition;
    private final int disciplineYears;

    PlanningRules(@Value("${portal.planning.min-women-percent:15}") int minWomenPercent,
                  @Value("${portal.planning.min-young-percent:15}") int minYoungPercent,
                  @Value("${portal.planning.young-under-age:40}") int youngUnderAge,
                  @Value("${portal.planning.max-per-position:4}") int maxPerPosition,
                  @Value("${portal.planning.discipline-years:3}") int disciplineYears) {
        this.minWomenPercent = minWomenPercent;
        this.minYoungPercent = minYoungPercent;
        this.youngUnderAge = youngUnderAge;
        this.maxPerPosition = maxPerPosition;
        this.disciplineYears = disciplineYears;
    }

    /** A rule not met: the message code and its arguments (the numbers). */
    record Warning(String code, Object[] args) {
    }

    int disciplineYears() {
        return disciplineYears;
    }

    /** The first day of the term, from which ages are counted. */
    static LocalDate termStart(int termStartYear) {
        return LocalDate.of(termStartYear, 1, 1);
    }

    List<Warning> check(int termStartYear, List<PlanningQueries.Person> people) {
        List<Warning> warnings = new ArrayList<>();
        List<PlanningQueries.Person> distinct = people.stream()
                .collect(Collectors.toMap(PlanningQueries.Person::memberId, p -> p, (a, b) -> a)).values().stream().toList();
        int total = distinct.size();
        if (total == 0) {
            return warnings;
        }
        long women = distinct.stream().filter(PlanningQueries.Person::female).count();
        if (women * 100 < (long) minWomenPercent * total) {
            warnings.add(new Warning("planning.rule.women", new Object[] {women, total, percent(women, total), minWomenPercent}));
        }
        LocalDate start = termStart(termStartYear);
        long young = distinct.stream().filter(p -> Period.between(p.birthDate(), start).getYears() < youngUnderAge).count();
        if (young * 100 < (long) minYoungPercent * total) {
            warnings.add(new Warning("planning.rule.young", new Object[] {young, total, percent(young, total), youngUnderAge, minYoungPercent}));
        }
        Map<CommitteeOffice, Long> perPosition = new EnumMap<>(CommitteeOffice.class);
        people.forEach(p -> perPosition.merge(p.office(), 1L, Long::sum));
        perPosition.forEach((office, count) -> {
            if (count > maxPerPosition) {
                warnings.add(new Warning("planning.rule.perPosition", new Object[] {office, count, maxPerPosition}));
            }
        });
        for (PlanningQueries.Person person : distinct) {
            if (person.disciplined()) {
                warnings.add(new Warning("planning.rule.disciplined", new Object[] {person.name(), disciplineYears}));
            }
        }
        return warnings;
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f", part * 100.0 / whole).replace('.', ',');
    }
}
