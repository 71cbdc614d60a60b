package vn.dangbo.portal.pledge;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Monthly self-assessments of a month per grassroots organisation of the whole bloc (its sub-cells
 * included): how many members were expected to submit ({@link MonthlyDeadline#isRequired}) and how many
 * did, on time or late. For the leadership dashboard's "not submitted" list; one statement.
 * <p>
 * It reads two per-cell tallies (migration V70_1) instead of the month's entries of every member: counting
 * those took seconds at a million members on every dashboard request. The tallies are kept by database
 * triggers on {@code member} and {@code monthly_assessment}, in the transaction of every write to them, so
 * they follow submitting (and returning to a draft) as well as what changes who is expected — admissions,
 * status changes, transfers, reorganisations, the import — whichever code path writes it; acknowledging or
 * returning an entry does not change them. A cache would have been emptied by every submission in the first
 * days of a month, just when the list is read.
 */
@Component
public class GrassrootsSubmissions {

    private final JdbcClient jdbc;

    GrassrootsSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One grassroots organisation's month. */
    public record Submissions(long grassrootsId, int expected, int submitted) {

        public int missing() {
            return expected - submitted;
        }
    }

    /** Every grassroots organisation with members expected to submit the month. */
    public List<Submissions> forMonth(YearMonth month) {
        return jdbc.sql("""
                        SELECT CAST(split_part(o.path, '/', 3) AS bigint) AS grassroots,
                               sum(t.expected) AS expected, sum(t.submitted) AS submitted
                          FROM (SELECT organization_id, members AS expected, 0 AS submitted FROM cell_submitters
                                UNION ALL
                                SELECT organization_id, 0, submitted FROM cell_submissions WHERE year = :year AND month = :month
                                UNION ALL
                                -- the tally counts every probationary and official member: not those admitted since
                                SELECT m.organization_id, -count(*), 0 FROM member m
                                 WHERE m.admission_date >= :monthStart AND m.status IN ('PROBATIONARY', 'OFFICIAL')
                                 GROUP BY m.organization_id) t
                          JOIN organization o ON o.id = t.organization_id
                         WHERE split_part(o.path, '/', 3) <> ''
                         GROUP BY 1
                        HAVING sum(t.expected) > 0
                        """)
                .param("year", month.getYear()).param("month", month.getMonthValue()).param("monthStart", month.atDay(1))
                .query((rs, n) -> new Submissions(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }
}
