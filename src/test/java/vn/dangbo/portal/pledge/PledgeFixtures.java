package vn.dangbo.portal.pledge;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangbo.portal.TestClock;

/** Pledges and monthly entries written straight to the database, for the pledge tests. */
final class PledgeFixtures {

    private final JdbcClient jdbc;
    private final PledgeAreas areas;

    PledgeFixtures(JdbcClient jdbc, PledgeAreas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    List<PledgeArea> areas(int year) {
        return areas.ensureYear(year);
    }

    /** A pledge with a commitment for every area of the year. */
    long pledge(long memberId, int year, PledgeStatus status) {
        String commitments = areas(year).stream().map(area -> "\"" + area.getId() + "\": \"Cam kết " + area.getPosition() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
        return jdbc.sql("""
                        INSERT INTO pledge (member_id, year, status, commitments, submitted_at, approved_at, approved_by)
                        VALUES (:member, :year, :status, CAST(:commitments AS jsonb),
                                CASE WHEN CAST(:status AS text) <> 'DRAFT' THEN now() END,
                                CASE WHEN CAST(:status AS text) = 'APPROVED' THEN now() END,
                                CASE WHEN CAST(:status AS text) = 'APPROVED' THEN 'Bí thư thử nghiệm' END)
                        RETURNING id
                        """)
                .param("member", memberId).param("year", year).param("status", status.name()).param("commitments", commitments)
                .query(Long.class).single();
    }

    /**
     * An entry whose areas are all {@code result} except the last {@code others} areas, which get {@code other}.
     * Submitted entries are dated the given day at 17:00 in Vietnam.
     */
    long entry(long pledgeId, int year, int month, AssessmentStatus status, boolean late, Fulfilment result, int others,
               Fulfilment other, LocalDateTime submitted) {
        List<PledgeArea> yearAreas = areas(year);
        StringBuilder results = new StringBuilder("{");
        for (int i = 0; i < yearAreas.size(); i++) {
            Fulfilment value = i >= yearAreas.size() - others ? other : result;
            results.append(i == 0 ? "" : ", ").append('"').append(yearAreas.get(i).getId()).append("\": {\"result\": \"")
                    .append(value).append("\", \"note\": \"Ghi chú ").append(i + 1).append("\"}");
        }
        results.append('}');
        Timestamp at = submitted == null ? null : Timestamp.from(submitted.atZone(TestClock.VIETNAM).toInstant());
        boolean reviewed = status == AssessmentStatus.ACKNOWLEDGED || status == AssessmentStatus.RETURNED;
        return jdbc.sql("""
                        INSERT INTO monthly_assessment (pledge_id, month, status, results, next_month_plan, first_submitted_at,
                                                        submitted_at, late, reviewed_at, reviewed_by, review_comment)
                        VALUES (:pledge, :month, :status, CAST(:results AS jsonb), 'Kế hoạch', CAST(:at AS timestamptz),
                                CAST(:at AS timestamptz), :late, CASE WHEN :reviewed THEN CAST(:at AS timestamptz) END, CASE WHEN :reviewed THEN 'Bí thư thử nghiệm' END,
                                CASE WHEN CAST(:status AS text) = 'RETURNED' THEN 'Đề nghị bổ sung' END)
                        RETURNING id
                        """)
                .param("pledge", pledgeId).param("month", month).param("status", status.name()).param("results", results.toString())
                .param("at", at).param("late", late).param("reviewed", reviewed)
                .query(Long.class).single();
    }

    long entry(long pledgeId, int year, int month, AssessmentStatus status) {
        return entry(pledgeId, year, month, status, false, Fulfilment.DONE, 0, Fulfilment.DONE,
                status == AssessmentStatus.DRAFT ? null : LocalDateTime.of(year, month, 20, 17, 0));
    }

    String status(long entryId) {
        return jdbc.sql("SELECT status FROM monthly_assessment WHERE id = :id").param("id", entryId).query(String.class).single();
    }
}
