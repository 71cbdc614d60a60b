package vn.dangbo.portal.pledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.MemberStatus;
import vn.dangbo.portal.web.SqlArrays;

/**
 * The year of exemplary conduct of a set of members, read in two statements whatever the number of
 * members: pledge status and remark, and the submitted monthly entries with their area results counted.
 * This is the query the yearly rating pre-fills from, and the one the review matrix and the member's
 * book show, so all of them count the same way. Drafts are never counted.
 */
@Component
public class PledgeYearSummaries {

    /** The areas of an entry marked done, partly done and not done. */
    private static final String ENTRY_RESULTS = """
            CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE e.value ->> 'result' = 'DONE') AS done,
                                       count(*) FILTER (WHERE e.value ->> 'result' = 'PARTLY') AS partly,
                                       count(*) FILTER (WHERE e.value ->> 'result' = 'NOT_DONE') AS not_done
                                  FROM jsonb_each(a.results) e) r""";

    private final JdbcClient jdbc;
    private final MonthlyDeadline deadline;

    PledgeYearSummaries(JdbcClient jdbc, MonthlyDeadline deadline) {
        this.jdbc = jdbc;
        this.deadline = deadline;
    }

    public PledgeYearSummary forMember(long memberId, int year) {
        return forMembers(List.of(memberId), year).get(memberId);
    }

    /** Per member id, in the order given; ids of unknown members are left out. */
    public Map<Long, PledgeYearSummary> forMembers(Collection<Long> memberIds, int year) {
        return read(memberIds, year, true);
    }

    /**
     * The same months without what the entries say (area results counted as zero, no comments): for the review
     * matrix, which shows only each month's state, and is spared reading every entry's results.
     */
    Map<Long, PledgeYearSummary> statesOf(Collection<Long> memberIds, int year) {
        return read(memberIds, year, false);
    }

    private Map<Long, PledgeYearSummary> read(Collection<Long> memberIds, int year, boolean contents) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        String ids = SqlArrays.bigints(memberIds);
        Map<Long, MemberYear> members = new HashMap<>();
        jdbc.sql("""
                        SELECT m.id, m.status, m.admission_date, p.status AS pledge_status, p.remark
                          FROM member m LEFT JOIN pledge p ON p.member_id = m.id AND p.year = :year
                         WHERE m.id = ANY(CAST(:ids AS bigint[]))
                        """)
                .param("year", year).param("ids", ids)
                .query((rs, n) -> new MemberYear(rs.getLong("id"), MemberStatus.valueOf(rs.getString("status")),
                        rs.getObject("admission_date", LocalDate.class),
                        rs.getString("pledge_status") == null ? null : PledgeStatus.valueOf(rs.getString("pledge_status")),
                        rs.getString("remark")))
                .list().forEach(member -> members.put(member.id(), member));
        Map<Long, Map<Integer, EntryRow>> entries = new HashMap<>();
        // joined to the unnested ids rather than "member_id = ANY(...)": with a unit's hundreds of ids the planner
        // otherwise filters a scan of every pledge of the year (2.8 s at 100,000 members instead of 60 ms)
        jdbc.sql("""
                        SELECT p.member_id, a.id, a.month, a.status, a.late%s
                          FROM unnest(CAST(:ids AS bigint[])) AS wanted(member_id)
                          JOIN pledge p ON p.member_id = wanted.member_id AND p.year = :year
                          JOIN monthly_assessment a ON a.pledge_id = p.id
                         %s
                         WHERE a.status <> 'DRAFT'
                        """.formatted(contents ? ", a.review_comment, r.done, r.partly, r.not_done" : "", contents ? ENTRY_RESULTS : ""))
                .param("year", year).param("ids", ids)
                .query((rs, n) -> new EntryRow(rs.getLong("member_id"), rs.getLong("id"), rs.getInt("month"),
                        AssessmentStatus.valueOf(rs.getString("status")), rs.getBoolean("late"),
                        contents ? rs.getString("review_comment") : null, contents ? rs.getInt("done") : 0,
                        contents ? rs.getInt("partly") : 0, contents ? rs.getInt("not_done") : 0))
                .list().forEach(row -> entries.computeIfAbsent(row.memberId(), id -> new HashMap<>()).put(row.month(), row));

        Map<Long, PledgeYearSummary> summaries = new LinkedHashMap<>();
        for (Long id : memberIds) {
            MemberYear member = members.get(id);
            if (member != null) {
                summaries.put(id, summarise(member, year, entries.getOrDefault(id, Map.of())));
            }
        }
        return summaries;
    }

    private PledgeYearSummary summarise(MemberYear member, int year, Map<Integer, EntryRow> entries) {
        List<MonthState> months = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            YearMonth yearMonth = YearMonth.of(year, month);
            EntryRow entry = entries.get(month);
            boolean required = MonthlyDeadline.isRequired(member.status(), member.admissionDate(), yearMonth);
            months.add(entry == null
                    ? deadline.state(yearMonth, null, false, null, required, 0, 0, 0, null)
                    : deadline.state(yearMonth, entry.status(), entry.late(), entry.id(), required,
                            entry.done(), entry.partly(), entry.notDone(), entry.comment()));
        }
        return new PledgeYearSummary(member.id(), year, member.pledgeStatus(), member.remark(), List.copyOf(months));
    }

    private record MemberYear(long id, MemberStatus status, LocalDate admissionDate, PledgeStatus pledgeStatus, String remark) {
    }

    private record EntryRow(long memberId, long id, int month, AssessmentStatus status, boolean late, String comment,
                            int done, int partly, int notDone) {
    }
}
