package vn.dangbo.portal.pledge;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.meeting.Meeting;
import vn.dangbo.portal.meeting.MeetingPageSection;
import vn.dangbo.portal.member.Membership;
import vn.dangbo.portal.security.Scope;

/**
 * The cell's monthly self-assessments of the meeting's month on the meeting's page: who submitted, who
 * is awaiting review, who was returned or missed it, with a link to each entry (acknowledge or return it
 * there) and to the month in the review matrix for a bulk acknowledgement. The members are those of the
 * cell on the meeting day, read from their history, so an old meeting shows the cell as it was.
 */
@Component
class MeetingSelfAssessments implements MeetingPageSection {

    private final JdbcClient jdbc;
    private final Membership membership;
    private final PledgeYearSummaries summaries;

    MeetingSelfAssessments(JdbcClient jdbc, Membership membership, PledgeYearSummaries summaries) {
        this.jdbc = jdbc;
        this.membership = membership;
        this.summaries = summaries;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "pledge/meeting";
    }

    @Override
    public Object load(Meeting meeting, Scope scope) {
        YearMonth month = YearMonth.from(meeting.getHeldOn());
        String cellPath = jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", meeting.getOrganizationId())
                .query(String.class).single();
        List<Long> ids = membership.members(meeting.getHeldOn(), cellPath).stream()
                .filter(member -> member.cellId() == meeting.getOrganizationId())
                .map(Membership.MemberOnDate::memberId).toList();
        if (ids.isEmpty()) {
            return new Data(meeting.getOrganizationId(), month, List.of(), Map.of());
        }
        Map<Long, PledgeYearSummary> years = summaries.forMembers(ids, month.getYear());
        List<Row> rows = jdbc.sql("""
                        SELECT id, family_name || ' ' || middle_name || ' ' || given_name AS full_name
                          FROM member WHERE id IN (:ids)
                         ORDER BY given_name, family_name, middle_name, id""")
                .param("ids", ids)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("full_name").replaceAll("\\s+", " ").strip(),
                        years.get(rs.getLong("id")).months().get(month.getMonthValue() - 1)))
                .list();
        Map<MonthStatus, Integer> counts = new EnumMap<>(MonthStatus.class);
        rows.forEach(row -> counts.merge(row.month().status(), 1, Integer::sum));
        return new Data(meeting.getOrganizationId(), month, rows, counts);
    }

    /** The cell, the month, one row per member of the cell on the meeting day, and the number of rows per status (in enum order). */
    record Data(long cellId, YearMonth month, List<Row> rows, Map<MonthStatus, Integer> counts) {
    }

    record Row(long memberId, String fullName, MonthState month) {
    }
}
