package vn.dangbo.portal.rating;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is in a round: when it opens, one rating per organisation (sub-cells decided by their đảng bộ cơ sở,
 * grassroots organisations by the bloc) and per member who belonged to the bloc in the year — the member's
 * cell decides through its deciding body (the đảng bộ cơ sở above a sub-cell, a chi bộ cơ sở itself).
 * Members who are not rated are listed with the reason, not left out: exempt from work and activity,
 * admitted less than 6 months before the round opened, deceased or transferred out during the year.
 * Two INSERT … SELECT statements, idempotent (a member already in the round is kept as is).
 */
@Component
class RatingRoster {

    private final JdbcClient jdbc;

    RatingRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void fill(RatingRound round) {
        jdbc.sql("""
                        INSERT INTO rating (round_id, subject, organization_id, deciding_body_id)
                        SELECT :round, 'ORGANIZATION', o.id, o.parent_id
                          FROM organization o
                         WHERE o.kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'SUB_CELL')
                           AND (o.founded_on IS NULL OR o.founded_on <= make_date(:year, 12, 31))
                           AND (o.dissolved_on IS NULL OR o.dissolved_on > :openedOn)
                        ON CONFLICT (round_id, organization_id) WHERE subject = 'ORGANIZATION' DO NOTHING
                        """)
                .param("round", round.getId()).param("year", round.getYear()).param("openedOn", round.getOpenedOn())
                .update();
        jdbc.sql("""
                        INSERT INTO rating (round_id, subject, member_id, organization_id, deciding_body_id, state, not_rated_reason)
                        SELECT :round, 'MEMBER', m.id, c.id, CASE WHEN c.kind = 'SUB_CELL' THEN c.parent_id ELSE c.id END,
                               CASE WHEN r.reason IS NULL THEN 'PENDING' ELSE 'NOT_RATED' END, r.reason
                          FROM member m
                          JOIN organization c ON c.id = m.organization_id
                         CROSS JOIN LATERAL (SELECT CASE
                                    WHEN m.status = 'EXEMPT' THEN 'EXEMPT'
                                    WHEN m.status = 'DECEASED' THEN 'DECEASED'
                                    WHEN m.status = 'TRANSFERRED_OUT' THEN 'TRANSFERRED_OUT'
                                    WHEN m.admission_date > CAST(:openedOn AS date) - interval '6 months' THEN 'RECENTLY_ADMITTED'
                                END AS reason) r
                         WHERE m.admission_date <= make_date(:year, 12, 31)
                           AND (m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPT')
                                OR (m.status IN ('DECEASED', 'TRANSFERRED_OUT') AND EXISTS (
                                    SELECT 1 FROM member_event e
                                     WHERE e.member_id = m.id AND e.kind IN ('DEATH', 'TRANSFER_OUT')
                                       AND e.event_date >= make_date(:year, 1, 1))))
                        ON CONFLICT (round_id, member_id) WHERE subject = 'MEMBER' DO NOTHING
                        """)
                .param("round", round.getId()).param("year", round.getYear()).param("openedOn", round.getOpenedOn())
                .update();
    }
}
