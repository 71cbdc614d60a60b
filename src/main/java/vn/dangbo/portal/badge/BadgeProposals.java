package vn.dangbo.portal.badge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.discipline.DisciplineRecord;
import vn.dangbo.portal.discipline.DisciplineRecords;
import vn.dangbo.portal.security.Scope;

/**
 * Who is due a Party badge in an award batch, in the user's scope: members whose Party age (from the
 * admission decision, less interruptions) reaches a milestone by the award day and who have not had it
 * (or a higher one); those who reach the next one within the early margin (only if seriously ill); members
 * who died in the 12 months before and lacked at most 12 months (posthumous); and, flagged as deferred with
 * the reason, those under a discipline of warning or heavier decided in the 12 months before. Plus the
 * awards already recorded in the batch. Two statements. Each list holds at most {@value #LIMIT} members (the highest
 * milestones first): at a national scale the bloc-wide list runs to a hundred thousand members, whom grassroots
 * secretaries list unit by unit ({@link Batch#truncated}).
 */
@Component
class BadgeProposals {

    static final int LIMIT = 2_000;

    private static final String MILESTONES = BadgePolicy.MILESTONES.stream().map(String::valueOf).collect(Collectors.joining(",", "ARRAY[", "]"));

    private final JdbcClient jdbc;
    private final DisciplineRecords discipline;

    BadgeProposals(JdbcClient jdbc, DisciplineRecords discipline) {
        this.jdbc = jdbc;
        this.discipline = discipline;
    }

    /** A member proposed (or awarded) in the batch. {@code deferral} is the discipline that defers them, if any. */
    public record Proposal(long memberId, String fullName, LocalDate birthDate, String cellName, String grassrootsName,
                    LocalDate admissionDate, int years, BadgeKind kind, LocalDate reachedOn, LocalDate diedOn,
                    DisciplineRecord deferral, String awardDecision) {

        public boolean isAwarded() {
            return awardDecision != null;
        }

        /** The value of the award checkbox: member, milestone and kind. */
        public String pick() {
            return memberId + ":" + years + ":" + kind;
        }
    }

    /**
     * The batch's list: proposals not yet awarded, then the awards already recorded in the batch. {@code truncated}
     * when there were more than {@value #LIMIT} proposals or awards in the user's scope and only the first are listed.
     */
    public record Batch(LocalDate date, List<Proposal> regular, List<Proposal> early, List<Proposal> posthumous, List<Proposal> deferred,
                 List<Proposal> awarded, boolean truncated) {

        public int limit() {
            return LIMIT;
        }

        /** What the printed list shows: everything proposed and not deferred, and what was awarded. */
        public List<Proposal> printable() {
            List<Proposal> all = new ArrayList<>(awarded);
            all.addAll(regular);
            all.addAll(early);
            all.addAll(posthumous);
            all.sort(Comparator.comparing(Proposal::years).reversed().thenComparing(Proposal::kind));
            return all;
        }
    }

    Batch of(LocalDate batch, Scope scope) {
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        params.put("batch", batch);
        params.put("limit", LIMIT + 1);
        List<Proposal> due = jdbc.sql("""
                        WITH candidate AS (
                            SELECT m.id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name AS full_name, m.birth_date,
                                   m.status, m.admission_date, m.admission_date + m.interruption_days AS counts_from,
                                   o.name AS cell_name, coalesce(p.name, o.name) AS grassroots_name,
                                   coalesce((SELECT max(a.years) FROM badge_award a WHERE a.member_id = m.id), 0) AS awarded_max,
                                   (SELECT max(e.event_date) FROM member_event e WHERE e.member_id = m.id AND e.kind = 'DEATH') AS died_on
                              FROM member m
                              JOIN organization o ON o.id = m.organization_id
                              LEFT JOIN organization p ON p.id = o.parent_id AND p.kind <> 'BLOC'
                             WHERE m.admission_date IS NOT NULL AND m.status IN ('OFFICIAL', 'EXEMPT', 'DECEASED') AND\s"""
                        + scope.sqlCondition("m", "o") + """
                        )
                        SELECT c.*, coalesce(reg.years, early.years, post.years) AS years,
                               CASE WHEN reg.years IS NOT NULL THEN 'REGULAR' WHEN early.years IS NOT NULL THEN 'EARLY' ELSE 'POSTHUMOUS' END AS kind
                          FROM candidate c
                          LEFT JOIN LATERAL (SELECT max(y) AS years FROM unnest(%1$s) y
                                              WHERE c.status <> 'DECEASED' AND y > c.awarded_max
                                                AND c.counts_from + make_interval(years => y) <= :batch) reg ON true
                          LEFT JOIN LATERAL (SELECT min(y) AS years FROM unnest(%1$s) y
                                              WHERE c.status <> 'DECEASED' AND y > c.awarded_max
                                                AND c.counts_from + make_interval(years => y) > :batch
                                                AND c.counts_from + make_interval(years => y)
                                                    <= :batch + make_interval(months => CASE WHEN y >= 70 THEN %2$d ELSE %3$d END)) early ON true
                          LEFT JOIN LATERAL (SELECT max(y) AS years FROM unnest(%1$s) y
                                              WHERE c.status = 'DECEASED' AND c.died_on <= :batch
                                                AND c.died_on > :batch - make_interval(months => %4$d) AND y > c.awarded_max
                                                AND c.counts_from + make_interval(years => y) <= c.died_on + make_interval(months => %4$d)) post ON true
                         WHERE coalesce(reg.years, early.years, post.years) IS NOT NULL
                         ORDER BY years DESC, c.counts_from, c.full_name
                         LIMIT :limit
                        """.formatted(MILESTONES, BadgePolicy.EARLY_MONTHS_FROM_70, BadgePolicy.EARLY_MONTHS, BadgePolicy.POSTHUMOUS_MONTHS))
                .params(params)
                .query((rs, n) -> proposal(rs.getLong("id"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
                        rs.getString("cell_name"), rs.getString("grassroots_name"), rs.getObject("admission_date", LocalDate.class),
                        rs.getObject("counts_from", LocalDate.class), rs.getInt("years"), BadgeKind.valueOf(rs.getString("kind")),
                        rs.getObject("died_on", LocalDate.class), null))
                .list();
        List<Proposal> awarded = jdbc.sql("""
                        SELECT m.id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name AS full_name, m.birth_date,
                               o.name AS cell_name, coalesce(p.name, o.name) AS grassroots_name, m.admission_date,
                               m.admission_date + m.interruption_days AS counts_from, a.years, a.kind, a.decision_number
                          FROM badge_award a
                          JOIN member m ON m.id = a.member_id
                          JOIN organization o ON o.id = m.organization_id
                          LEFT JOIN organization p ON p.id = o.parent_id AND p.kind <> 'BLOC'
                         WHERE a.batch_date = :batch AND\s""" + scope.sqlCondition("m", "o") + " ORDER BY a.years DESC, counts_from, full_name LIMIT :limit")
                .params(params)
                .query((rs, n) -> proposal(rs.getLong("id"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
                        rs.getString("cell_name"), rs.getString("grassroots_name"), rs.getObject("admission_date", LocalDate.class),
                        rs.getObject("counts_from", LocalDate.class), rs.getInt("years"), BadgeKind.valueOf(rs.getString("kind")),
                        null, rs.getString("decision_number") == null ? "" : rs.getString("decision_number")))
                .list();
        boolean truncated = due.size() > LIMIT || awarded.size() > LIMIT;
        due = due.subList(0, Math.min(due.size(), LIMIT));
        awarded = awarded.subList(0, Math.min(awarded.size(), LIMIT));
        Map<Long, List<DisciplineRecord>> disciplined = discipline.between(due.stream().map(Proposal::memberId).toList(),
                batch.minusMonths(BadgePolicy.DISCIPLINE_DEFERRAL_MONTHS).plusDays(1), batch);
        List<Proposal> regular = new ArrayList<>();
        List<Proposal> early = new ArrayList<>();
        List<Proposal> posthumous = new ArrayList<>();
        List<Proposal> deferred = new ArrayList<>();
        for (Proposal proposal : due) {
            DisciplineRecord deferral = disciplined.getOrDefault(proposal.memberId(), List.of()).stream()
                    .filter(record -> record.getMeasure().isWarningOrHeavier())
                    .reduce((first, second) -> second).orElse(null);
            if (deferral != null && proposal.kind() != BadgeKind.POSTHUMOUS) {
                deferred.add(new Proposal(proposal.memberId(), proposal.fullName(), proposal.birthDate(), proposal.cellName(),
                        proposal.grassrootsName(), proposal.admissionDate(), proposal.years(), proposal.kind(), proposal.reachedOn(),
                        proposal.diedOn(), deferral, null));
            } else {
                (switch (proposal.kind()) {
                    case REGULAR -> regular;
                    case EARLY -> early;
                    case POSTHUMOUS -> posthumous;
                }).add(proposal);
            }
        }
        return new Batch(batch, regular, early, posthumous, deferred, awarded, truncated);
    }

    private static Proposal proposal(long id, String fullName, LocalDate birthDate, String cellName, String grassrootsName,
                                     LocalDate admissionDate, LocalDate countsFrom, int years, BadgeKind kind, LocalDate diedOn,
                                     String awardDecision) {
        return new Proposal(id, fullName.replaceAll("\\s+", " ").strip(), birthDate, cellName, grassrootsName, admissionDate, years,
                kind, countsFrom.plusYears(years), diedOn, null, awardDecision);
    }
}
