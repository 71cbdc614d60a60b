package vn.dangbo.portal.pledge;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Monthly self-assessments of a month per grassroots organisation of the whole bloc (its sub-cells
 * included): how many members were expected to submit ({@link MonthlyDeadline#isRequired}) and how many
 * did, on time or late. For the leadership dashboard's "not submitted" list; one statement.
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
                               count(*) AS expected,
                               count(*) FILTER (WHERE a.status IN ('SUBMITTED', 'ACKNOWLEDGED', 'RETURNED')) AS submitted
                          FROM member m
                          JOIN organization o ON o.id = m.organization_id
                          LEFT JOIN pledge p ON p.member_id = m.id AND p.year = :year
                          LEFT JOIN monthly_assessment a ON a.pledge_id = p.id AND a.month = :month
                         WHERE %s AND split_part(o.path, '/', 3) <> ''
                         GROUP BY 1
                        """.formatted(MonthlyDeadline.REQUIRED_SQL))
                .param("year", month.getYear()).param("month", month.getMonthValue()).param("monthStart", month.atDay(1))
                .query((rs, n) -> new Submissions(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }
}
