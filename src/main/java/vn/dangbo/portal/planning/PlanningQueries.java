package vn.dangbo.portal.planning;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.committee.CommitteeOffice;
import vn.dangbo.portal.discipline.DisciplineRecord;
import vn.dangbo.portal.discipline.DisciplineRecords;
import vn.dangbo.portal.member.MemberNames;
import vn.dangbo.portal.member.PoliticalTheoryLevel;

/** The planning lists and a list's people with what the review looks at: age, gender, training, discipline. */
@Component
class PlanningQueries {

    private final JdbcClient jdbc;
    private final DisciplineRecords disciplineRecords;
    private final PlanningRules rules;

    PlanningQueries(JdbcClient jdbc, DisciplineRecords disciplineRecords, PlanningRules rules) {
        this.jdbc = jdbc;
        this.disciplineRecords = disciplineRecords;
        this.rules = rules;
    }

    record ListRow(long id, String unitName, int termStartYear, boolean approved, String decisionNumber, LocalDate decisionDate,
                   long people) {

        public String term() {
            return termStartYear + "–" + (termStartYear + 5);
        }
    }

    /** One line of a list: the person, the position, and the review's history of the line. */
    record Person(long entryId, long memberId, String name, boolean female, LocalDate birthDate, int age, PoliticalTheoryLevel theory,
                  String degree, String unitName, CommitteeOffice office, LocalDate addedOn, String addedReason, LocalDate removedOn,
                  String removedReason, String note, boolean disciplined) {
    }

    record Choice(long id, String name, String unitName) {
    }

    /** The probationary and full members of a unit (and below it) inside the list's organisation, to add to the list. */
    List<Choice> choices(long unitId, String listPath) {
        return jdbc.sql("""
                        SELECT m.id, %s AS name, o.name AS unit_name
                          FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE o.path LIKE (SELECT path FROM organization WHERE id = :unit) || '%%'
                           AND o.path LIKE :listPath AND m.status IN ('PROBATIONARY', 'OFFICIAL')
                         ORDER BY m.given_name, m.family_name, m.id
                        """.formatted(MemberNames.sql("m")))
                .param("unit", unitId).param("listPath", listPath + "%")
                .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name"), rs.getString("unit_name")))
                .list();
    }

    List<ListRow> lists() {
        return jdbc.sql("""
                        SELECT l.id, o.name, l.term_start_year, l.state, l.decision_number, l.decision_date,
                               (SELECT count(DISTINCT e.member_id) FROM planning_entry e WHERE e.list_id = l.id AND e.removed_on IS NULL) AS people
                          FROM planning_list l JOIN organization o ON o.id = l.organization_id
                         ORDER BY l.term_start_year DESC, o.path
                        """)
                .query((rs, n) -> new ListRow(rs.getLong("id"), rs.getString("name"), rs.getInt("term_start_year"),
                        "APPROVED".equals(rs.getString("state")), rs.getString("decision_number"),
                        rs.getObject("decision_date", LocalDate.class), rs.getLong("people")))
                .list();
    }

    /** Every line of the list (removed ones too), by position then name; discipline within {@code disciplineYears} before the term (or before today, for a list prepared ahead). */
    List<Person> people(PlanningList list, LocalDate today) {
        List<Person> rows = jdbc.sql("""
                        SELECT e.id, e.member_id, %s AS name, m.gender, m.birth_date, m.political_theory, m.professional_degree,
                               o.name AS unit_name, e.position, e.added_on, e.added_reason, e.removed_on, e.removed_reason, e.note
                          FROM planning_entry e JOIN member m ON m.id = e.member_id JOIN organization o ON o.id = m.organization_id
                         WHERE e.list_id = :list
                         ORDER BY array_position(ARRAY['SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'COMMITTEE_MEMBER',
                                  'INSPECTION_MEMBER'], e.position), e.removed_on NULLS FIRST, m.given_name, m.family_name, e.id
                        """.formatted(MemberNames.sql("m")))
                .param("list", list.getId())
                .query((rs, n) -> {
                    LocalDate birth = rs.getObject("birth_date", LocalDate.class);
                    return new Person(rs.getLong("id"), rs.getLong("member_id"), rs.getString("name"), "FEMALE".equals(rs.getString("gender")),
                            birth, Period.between(birth, today).getYears(), PoliticalTheoryLevel.valueOf(rs.getString("political_theory")),
                            rs.getString("professional_degree"), rs.getString("unit_name"), CommitteeOffice.valueOf(rs.getString("position")),
                            rs.getObject("added_on", LocalDate.class), rs.getString("added_reason"), rs.getObject("removed_on", LocalDate.class),
                            rs.getString("removed_reason"), rs.getString("note"), false);
                })
                .list();
        LocalDate termStart = PlanningRules.termStart(list.getTermStartYear());
        LocalDate since = (termStart.isBefore(today) ? termStart : today).minusYears(rules.disciplineYears());
        Map<Long, List<DisciplineRecord>> discipline = disciplineRecords.between(rows.stream().map(Person::memberId).distinct().toList(),
                since, today);
        Set<Long> disciplined = discipline.keySet();
        return rows.stream().map(p -> disciplined.contains(p.memberId()) ? new Person(p.entryId(), p.memberId(), p.name(), p.female(),
                p.birthDate(), p.age(), p.theory(), p.degree(), p.unitName(), p.office(), p.addedOn(), p.addedReason(), p.removedOn(),
                p.removedReason(), p.note(), true) : p).toList();
    }
}
