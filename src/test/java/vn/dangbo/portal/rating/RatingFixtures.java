package vn.dangbo.portal.rating;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rating rounds and ratings written straight to the test database. Rounds are one per year for the whole
 * bloc and tests share the database, so every round gets a year of its own: 2001… for Quy định 124,
 * 2031… for Quy định 366 (far from the demo's and the browser test's years).
 */
final class RatingFixtures {

    private static final AtomicInteger CRITERIA_YEARS = new AtomicInteger(2000);
    private static final AtomicInteger SCORED_YEARS = new AtomicInteger(2030);

    private final JdbcClient jdbc;

    RatingFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static int criteriaYear() {
        return CRITERIA_YEARS.incrementAndGet();
    }

    static int scoredYear() {
        return SCORED_YEARS.incrementAndGet();
    }

    /** An open round of the year, opened on 15/11 of that year. */
    long round(int year) {
        return jdbc.sql("""
                        INSERT INTO rating_round (year, rules, opened_on, self_assessment_deadline, proposal_deadline, decision_deadline)
                        VALUES (:year, :rules, :opened, :self, :proposal, :decision) RETURNING id
                        """)
                .param("year", year).param("rules", RatingPolicy.forYear(year).code())
                .param("opened", LocalDate.of(year, 11, 15)).param("self", LocalDate.of(year, 12, 10))
                .param("proposal", LocalDate.of(year, 12, 20)).param("decision", LocalDate.of(year, 12, 31))
                .query(Long.class).single();
    }

    /** A member's rating, pending. */
    long member(long round, long member, long cell, long body) {
        return jdbc.sql("""
                        INSERT INTO rating (round_id, subject, member_id, organization_id, deciding_body_id)
                        VALUES (:round, 'MEMBER', :member, :cell, :body) RETURNING id
                        """)
                .param("round", round).param("member", member).param("cell", cell).param("body", body)
                .query(Long.class).single();
    }

    long organization(long round, long unit, long body) {
        return jdbc.sql("""
                        INSERT INTO rating (round_id, subject, organization_id, deciding_body_id)
                        VALUES (:round, 'ORGANIZATION', :unit, :body) RETURNING id
                        """)
                .param("round", round).param("unit", unit).param("body", body).query(Long.class).single();
    }

    /** Sets a rating straight to decided (or published) with the level. */
    void decided(long rating, String level, boolean published) {
        jdbc.sql("""
                        UPDATE rating SET decided_level = :level, state = :state, decided_at = now(), decided_by = 'fixtures',
                                          published_at = CASE WHEN :published THEN now() END
                         WHERE id = :id
                        """)
                .param("level", level).param("state", published ? "PUBLISHED" : "DECIDED").param("published", published)
                .param("id", rating).update();
    }

    void notRated(long rating, String reason) {
        jdbc.sql("UPDATE rating SET state = 'NOT_RATED', not_rated_reason = :reason WHERE id = :id")
                .param("reason", reason).param("id", rating).update();
    }

    String state(long rating) {
        return jdbc.sql("SELECT state FROM rating WHERE id = :id").param("id", rating).query(String.class).single();
    }

    String column(long rating, String column) {
        return jdbc.sql("SELECT CAST(" + column + " AS text) FROM rating WHERE id = :id").param("id", rating)
                .query(String.class).optional().orElse(null);
    }

    long version(long rating) {
        return jdbc.sql("SELECT version FROM rating WHERE id = :id").param("id", rating).query(Long.class).single();
    }

    void discipline(long member, LocalDate decided) {
        jdbc.sql("""
                        INSERT INTO discipline_record (member_id, form, decision_date, decision_number, decision_issuer, violation)
                        VALUES (:member, 'REPRIMAND', :date, '12-QĐ/UBKT', 'Ủy ban Kiểm tra', 'Vi phạm quy chế làm việc')
                        """)
                .param("member", member).param("date", decided).update();
    }
}
