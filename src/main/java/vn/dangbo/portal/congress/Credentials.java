package vn.dangbo.portal.congress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Thẩm tra tư cách đại biểu: the credential verification report, generated from the data — the counter
 * (summoned, present, absent with reason, disqualified) and the summoned delegates broken down by gender,
 * age group, ethnicity, education, political-theory level, Party age and committee position, all on the
 * congress's opening day. Two statements.
 */
@Component
public class Credentials {

    private final JdbcClient jdbc;
    private final Delegates delegates;

    Credentials(JdbcClient jdbc, Delegates delegates) {
        this.jdbc = jdbc;
        this.delegates = delegates;
    }

    /** One line of a breakdown: a message key (or a literal value when {@code literal}), the count and its share in %. */
    public record Share(String label, boolean literal, long count, BigDecimal percent) {
    }

    public record Breakdown(String dimension, List<Share> shares) {
    }

    public record Report(Delegates.Counter counter, List<Breakdown> breakdowns) {
    }

    private record Person(String gender, LocalDate birth, String ethnicity, String education, String theory, LocalDate admitted,
                          String office) {
    }

    public Report of(Congress congress) {
        LocalDate on = congress.getOpensOn();
        List<Person> people = jdbc.sql("""
                        SELECT m.gender, m.birth_date, coalesce(nullif(btrim(m.ethnicity), ''), 'Kinh'), nullif(btrim(m.general_education), ''),
                               m.political_theory, m.admission_date,
                               (SELECT p.position FROM committee_position p
                                 WHERE p.member_id = m.id AND p.starts_on <= :on AND (p.ends_on IS NULL OR p.ends_on >= :on)
                                 ORDER BY array_position(ARRAY['SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'COMMITTEE_MEMBER',
                                          'INSPECTION_MEMBER'], p.position) LIMIT 1)
                          FROM congress_delegate d JOIN member m ON m.id = d.member_id
                         WHERE d.congress_id = :c AND d.standing = 'OFFICIAL' AND d.attendance <> 'DISQUALIFIED'
                        """)
                .param("c", congress.getId()).param("on", on)
                .query((rs, n) -> new Person(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(breakdown("congress.credentials.gender", people, p -> "member.gender." + p.gender(), false,
                List.of("member.gender.MALE", "member.gender.FEMALE")));
        breakdowns.add(breakdown("congress.credentials.age", people, p -> "member.ageGroup." + ageGroup(p.birth(), on), false,
                List.of("member.ageGroup.UNDER_30", "member.ageGroup.FROM_30_TO_39", "member.ageGroup.FROM_40_TO_49",
                        "member.ageGroup.FROM_50_TO_59", "member.ageGroup.FROM_60")));
        breakdowns.add(breakdown("congress.credentials.ethnicity", people, Person::ethnicity, true, List.of()));
        breakdowns.add(breakdown("congress.credentials.education", people,
                p -> p.education() == null ? "congress.credentials.unknown" : p.education(), true, List.of()));
        breakdowns.add(breakdown("congress.credentials.theory", people, p -> "member.theory." + p.theory(), false,
                List.of("member.theory.BACHELOR", "member.theory.ADVANCED", "member.theory.INTERMEDIATE", "member.theory.ELEMENTARY",
                        "member.theory.NONE")));
        breakdowns.add(breakdown("congress.credentials.partyAge", people, p -> partyAge(p.admitted(), on), false,
                List.of("congress.credentials.partyAge.UNDER_10", "congress.credentials.partyAge.FROM_10_TO_19",
                        "congress.credentials.partyAge.FROM_20_TO_29", "congress.credentials.partyAge.FROM_30")));
        breakdowns.add(breakdown("congress.credentials.position", people,
                p -> p.office() == null ? "congress.credentials.noOffice" : "committee.office." + p.office(), false,
                List.of("committee.office.SECRETARY", "committee.office.DEPUTY_SECRETARY", "committee.office.STANDING_MEMBER",
                        "committee.office.COMMITTEE_MEMBER", "committee.office.INSPECTION_MEMBER", "congress.credentials.noOffice")));
        return new Report(delegates.counter(congress.getId()), breakdowns);
    }

    /** Counts per label; the labels of {@code order} first (even at zero), then the others by count. */
    private static Breakdown breakdown(String dimension, List<Person> people, Function<Person, String> label, boolean literal,
                                       List<String> order) {
        Map<String, Long> counts = new LinkedHashMap<>();
        order.forEach(key -> counts.put(key, 0L));
        Map<String, Long> found = new LinkedHashMap<>();
        people.forEach(person -> found.merge(label.apply(person), 1L, Long::sum));
        found.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> counts.merge(entry.getKey(), entry.getValue(), Long::sum));
        List<Share> shares = counts.entrySet().stream()
                .map(entry -> new Share(entry.getKey(), literal && !entry.getKey().startsWith("congress."), entry.getValue(),
                        people.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(entry.getValue() * 100)
                                .divide(BigDecimal.valueOf(people.size()), 2, RoundingMode.HALF_UP)))
                .toList();
        return new Breakdown(dimension, shares);
    }

    static String ageGroup(LocalDate birth, LocalDate on) {
        int age = Period.between(birth, on).getYears();
        return age < 30 ? "UNDER_30" : age < 40 ? "FROM_30_TO_39" : age < 50 ? "FROM_40_TO_49" : age < 60 ? "FROM_50_TO_59" : "FROM_60";
    }

    /** Party age in whole years on the day, counted from the admission decision. */
    static String partyAge(LocalDate admitted, LocalDate on) {
        int years = admitted == null ? 0 : Math.max(0, Period.between(admitted, on).getYears());
        return "congress.credentials.partyAge." + (years < 10 ? "UNDER_10" : years < 20 ? "FROM_10_TO_19" : years < 30 ? "FROM_20_TO_29" : "FROM_30");
    }
}
