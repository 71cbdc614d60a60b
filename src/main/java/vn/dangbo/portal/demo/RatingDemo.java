package vn.dangbo.portal.demo;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo yearly ratings: closed rounds from 2020 to last year (up to 2024 under Quy định 124, from 2025 scored under
 * 366) with members HTTNV or above rising from about 86 % to about 93 %, HTXSNV about 12–15 % (capped by the quota
 * of each deciding body: a fifth of its HTTNV), members disciplined in the year KHTNV, exempt and newly admitted
 * members listed as not rated, and organisations HTTNV or above about 90 %; and this year's round under way:
 * about 45 % of the members self-assessed, some of the sub-cells' proposals made, nothing decided. The demo
 * member (account {@code member}) has not self-assessed yet. Who is in a round comes from the lifecycle history
 * (cell and status on the day the round opened). Spread by a hash of the ids: the same data on every load.
 */
@Order(60)
class RatingDemo implements DemoSeeder {

    static final int FIRST_YEAR = 2020;

    private static final Logger log = LoggerFactory.getLogger(RatingDemo.class);

    /** u, v: two independent draws in [0, 1) from a member (or unit) id and a year expression. */
    private static final String DRAWS = """
            (hashtext(%1$s || ':' || %2$s) & 2147483647) / 2147483648.0::float8 AS u,
            (hashtext(%1$s || '/' || %2$s) & 2147483647) / 2147483648.0::float8 AS v""";

    /** The final level with HTXSNV capped per deciding body: at most floor(HTTNV-or-above / 6), so HTXSNV ≤ 20 % of HTTNV. */
    private static final String CAPPED = """
            CASE WHEN level = 'HTXSNV' AND row_number() OVER (PARTITION BY round_id, body, level ORDER BY u)
                      > floor(count(*) FILTER (WHERE level IN ('HTXSNV', 'HTTNV')) OVER (PARTITION BY round_id, body) / 6.0)
                 THEN 'HTTNV' ELSE level END AS final""";

    private final JdbcClient jdbc;

    RatingDemo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void seed(LocalDate today) {
        long started = System.nanoTime();
        int thisYear = today.getYear();
        jdbc.sql("""
                        INSERT INTO rating_round (year, rules, opened_on, self_assessment_deadline, proposal_deadline, decision_deadline,
                                                  closed_at, closed_by)
                        SELECT y, CASE WHEN y >= 2025 THEN 'QD366' ELSE 'QD124' END, make_date(y, 11, 20), make_date(y, 12, 10),
                               make_date(y, 12, 20), make_date(y + 1, 1, 10), make_date(y + 1, 1, 20) + time '10:00', 'Ban Tổ chức Đảng ủy Khối'
                          FROM generate_series(:first, :last) AS y
                        """)
                .param("first", FIRST_YEAR).param("last", thisYear - 1).update();
        LocalDate selfDeadline = LocalDate.of(thisYear, 12, 10).isAfter(today) ? LocalDate.of(thisYear, 12, 10) : today.plusDays(7);
        jdbc.sql("""
                        INSERT INTO rating_round (year, rules, opened_on, self_assessment_deadline, proposal_deadline, decision_deadline)
                        VALUES (:year, CASE WHEN :year >= 2025 THEN 'QD366' ELSE 'QD124' END, :opened, :self, :proposal, :decision)
                        """)
                .param("year", thisYear).param("opened", today.minusDays(10)).param("self", selfDeadline)
                .param("proposal", selfDeadline.plusDays(10)).param("decision", selfDeadline.plusDays(31)).update();

        int members = closedMemberRatings(thisYear);
        int organizations = closedOrganizationRatings(thisYear);
        jdbc.sql("""
                INSERT INTO rating_tally (round_id, subject, deciding_body_id, organization_id, level, total)
                SELECT round_id, subject, deciding_body_id, organization_id, coalesce(decided_level, 'NOT_RATED'), count(*)
                  FROM rating WHERE state IN ('PUBLISHED', 'NOT_RATED')
                 GROUP BY 1, 2, 3, 4, 5
                """).update();
        int current = currentRound(thisYear, today);
        log.info("Demo ratings: {} member and {} organisation ratings in closed rounds, {} in {}'s round, in {} ms",
                members, organizations, current, thisYear, (System.nanoTime() - started) / 1_000_000);
    }

    /** Members of each closed round, as the lifecycle history had them on the day it opened. */
    private int closedMemberRatings(int thisYear) {
        return jdbc.sql("""
                        WITH at_opening AS (
                            SELECT r.id AS round_id, r.year, r.opened_on, e.member_id, e.organization_id, e.status_after
                              FROM rating_round r
                             CROSS JOIN LATERAL (SELECT DISTINCT ON (member_id) member_id, organization_id, status_after
                                                   FROM member_event WHERE event_date <= r.opened_on
                                                  ORDER BY member_id, event_date DESC, id DESC) e
                             WHERE r.year < :thisYear AND e.status_after IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPT')),
                        drawn AS (
                            SELECT a.*, CASE WHEN c.kind = 'SUB_CELL' THEN c.parent_id ELSE c.id END AS body, %s,
                                   CASE WHEN a.status_after = 'EXEMPT' THEN 'EXEMPT'
                                        WHEN m.admission_date > a.opened_on - interval '6 months' THEN 'RECENTLY_ADMITTED' END AS reason,
                                   EXISTS (SELECT 1 FROM discipline_record d WHERE d.member_id = a.member_id
                                              AND d.decision_date BETWEEN make_date(a.year, 1, 1) AND make_date(a.year, 12, 31)) AS disciplined
                              FROM at_opening a
                              JOIN member m ON m.id = a.member_id
                              JOIN organization c ON c.id = a.organization_id),
                        ranked AS (SELECT d.*, cume_dist() OVER (PARTITION BY round_id, reason IS NULL ORDER BY u) AS p FROM drawn d),
                        levelled AS (
                            SELECT d.*, CASE WHEN reason IS NOT NULL THEN NULL
                                             WHEN disciplined THEN 'KHTNV'
                                             WHEN p <= 0.125 + (year - 2020) * 0.006 THEN 'HTXSNV'
                                             WHEN p <= 0.862 + (year - 2020) * 0.0136 THEN 'HTTNV'
                                             WHEN p <= 0.985 THEN 'HTNV'
                                             ELSE 'KHTNV' END AS level
                              FROM ranked d),
                        capped AS (SELECT l.*, %s FROM levelled l),
                        scored AS (
                            SELECT c.*, CASE WHEN c.year < 2025 OR c.final IS NULL THEN NULL
                                             ELSE CAST(CASE c.final WHEN 'HTXSNV' THEN 90 + v * 8 WHEN 'HTTNV' THEN 71 + v * 18
                                                               WHEN 'HTNV' THEN 51 + v * 18 ELSE 30 + v * 19 END AS numeric) END AS score
                              FROM capped c)
                        INSERT INTO rating (round_id, subject, member_id, organization_id, deciding_body_id, state, not_rated_reason,
                                            self_level, self_score, self_scores, self_review, self_assessed_at, self_assessed_by,
                                            proposed_level, proposed_at, proposed_by, decided_level, decided_at, decided_by, published_at)
                        SELECT s.round_id, 'MEMBER', s.member_id, s.organization_id, s.body,
                               CASE WHEN s.final IS NULL THEN 'NOT_RATED' ELSE 'PUBLISHED' END, s.reason,
                               CASE WHEN s.final = 'HTTNV' AND s.v < 0.15 AND s.year < 2025 THEN 'HTXSNV' ELSE s.final END,
                               g.total, g.scores,
                               CASE WHEN s.final IS NOT NULL THEN (ARRAY[
                                   'Giữ vững lập trường tư tưởng chính trị; hoàn thành các nhiệm vụ được giao. Hạn chế: có lúc chưa chủ động đề xuất.',
                                   'Chấp hành nghiêm nguyên tắc tổ chức, kỷ luật; thực hiện tốt bản đăng ký nêu gương. Cần tăng cường tự học.',
                                   'Hoàn thành khối lượng công việc lớn, đúng tiến độ; đoàn kết với đồng nghiệp. Còn hạn chế về ngoại ngữ.'])[1 + floor(s.v * 3)::int] END,
                               CASE WHEN s.final IS NOT NULL THEN s.opened_on + 5 + time '08:30' END,
                               CASE WHEN s.final IS NOT NULL THEN 'Đảng viên tự đánh giá' END,
                               s.final, CASE WHEN s.final IS NOT NULL THEN s.opened_on + 20 + time '15:00' END,
                               CASE WHEN s.final IS NOT NULL THEN 'Chi bộ' END,
                               s.final, CASE WHEN s.final IS NOT NULL THEN make_date(s.year + 1, 1, 8) + time '16:00' END,
                               CASE WHEN s.final IS NOT NULL THEN 'Cấp ủy có thẩm quyền' END,
                               CASE WHEN s.final IS NOT NULL THEN make_date(s.year + 1, 1, 15) + time '09:00' END
                          FROM scored s
                          LEFT JOIN LATERAL (SELECT jsonb_build_object('politics', round(s.score * 0.20, 2), 'ethics', round(s.score * 0.20, 2),
                                                           'discipline', round(s.score * 0.10, 2), 'duties', round(s.score * 0.40, 2),
                                                           'example', round(s.score * 0.10, 2)) AS scores,
                                                    round(s.score * 0.20, 2) * 2 + round(s.score * 0.10, 2) * 2 + round(s.score * 0.40, 2) AS total
                                             WHERE s.score IS NOT NULL) g ON true
                        """.formatted(DRAWS.formatted("a.member_id", "a.year"), CAPPED))
                .param("thisYear", thisYear).update();
    }

    /** Units live on the day each closed round opened: sub-cells decided by their đảng bộ cơ sở, grassroots units by the bloc. */
    private int closedOrganizationRatings(int thisYear) {
        return jdbc.sql("""
                        WITH drawn AS (
                            SELECT r.id AS round_id, r.year, r.opened_on, o.id AS unit, o.parent_id AS body, %s
                              FROM rating_round r
                              JOIN organization o ON o.kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'SUB_CELL')
                                                 AND (o.founded_on IS NULL OR o.founded_on <= r.opened_on)
                                                 AND (o.dissolved_on IS NULL OR o.dissolved_on > r.opened_on)
                             WHERE r.year < :thisYear),
                        ranked AS (SELECT d.*, cume_dist() OVER (PARTITION BY round_id ORDER BY u) AS p FROM drawn d),
                        levelled AS (
                            SELECT d.*, CASE WHEN p <= 0.14 THEN 'HTXSNV' WHEN p <= 0.895 + (year - 2020) * 0.004 THEN 'HTTNV'
                                             WHEN p <= 0.985 THEN 'HTNV' ELSE 'KHTNV' END AS level
                              FROM ranked d),
                        capped AS (SELECT l.*, %s FROM levelled l)
                        INSERT INTO rating (round_id, subject, organization_id, deciding_body_id, state, self_level, self_review,
                                            self_assessed_at, self_assessed_by, decided_level, decided_at, decided_by, published_at)
                        SELECT round_id, 'ORGANIZATION', unit, body, 'PUBLISHED', final,
                               'Lãnh đạo hoàn thành nhiệm vụ chính trị; duy trì sinh hoạt chi bộ nền nếp, chất lượng.',
                               opened_on + 7 + time '09:00', 'Bí thư', final, make_date(year + 1, 1, 8) + time '16:00',
                               'Cấp ủy có thẩm quyền', make_date(year + 1, 1, 15) + time '09:00'
                          FROM capped
                        """.formatted(DRAWS.formatted("o.id", "r.year"), CAPPED))
                .param("thisYear", thisYear).update();
    }

    /** This year's round: every current member and live unit listed; some self-assessed, some proposed, none decided. */
    private int currentRound(int thisYear, LocalDate today) {
        Long demoMember = jdbc.sql("SELECT member_id FROM user_account WHERE username = 'member'").query(Long.class).optional().orElse(-1L);
        int members = jdbc.sql("""
                        WITH drawn AS (
                            SELECT r.id AS round_id, r.opened_on, m.id AS member_id, c.id AS cell, c.kind,
                                   CASE WHEN c.kind = 'SUB_CELL' THEN c.parent_id ELSE c.id END AS body, %s,
                                   CASE WHEN m.status = 'EXEMPT' THEN 'EXEMPT'
                                        WHEN m.admission_date > r.opened_on - interval '6 months' THEN 'RECENTLY_ADMITTED' END AS reason
                              FROM rating_round r
                              JOIN member m ON m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPT') AND m.admission_date <= r.opened_on
                              JOIN organization c ON c.id = m.organization_id
                             WHERE r.year = :year),
                        steps AS (
                            SELECT d.*, d.reason IS NULL AND d.member_id <> :demoMember AND d.u < 0.45 AS self_assessed,
                                   CAST(70 + d.v * 25 AS numeric) AS score
                              FROM drawn d)
                        INSERT INTO rating (round_id, subject, member_id, organization_id, deciding_body_id, state, not_rated_reason,
                                            self_level, self_score, self_scores, self_review, self_assessed_at, self_assessed_by,
                                            proposed_level, proposed_at, proposed_by)
                        SELECT s.round_id, 'MEMBER', s.member_id, s.cell, s.body,
                               CASE WHEN s.reason IS NOT NULL THEN 'NOT_RATED'
                                    WHEN s.self_assessed AND s.kind = 'SUB_CELL' AND s.u < 0.15 THEN 'PROPOSED'
                                    WHEN s.self_assessed THEN 'SELF_ASSESSED' ELSE 'PENDING' END,
                               s.reason,
                               CASE WHEN s.self_assessed THEN CASE WHEN g.total >= 90 AND s.v > 0.97 THEN 'HTXSNV'
                                                                   WHEN g.total >= 70 THEN 'HTTNV' ELSE 'HTNV' END END,
                               CASE WHEN s.self_assessed THEN g.total END, CASE WHEN s.self_assessed THEN g.scores END,
                               CASE WHEN s.self_assessed THEN 'Hoàn thành tốt chức trách, nhiệm vụ được giao; thực hiện nghiêm bản đăng ký nêu gương.' END,
                               CASE WHEN s.self_assessed THEN :today - 3 + time '10:00' END,
                               CASE WHEN s.self_assessed THEN 'Đảng viên tự đánh giá' END,
                               CASE WHEN s.self_assessed AND s.kind = 'SUB_CELL' AND s.u < 0.15 THEN CASE WHEN g.total >= 70 THEN 'HTTNV' ELSE 'HTNV' END END,
                               CASE WHEN s.self_assessed AND s.kind = 'SUB_CELL' AND s.u < 0.15 THEN :today - 1 + time '15:00' END,
                               CASE WHEN s.self_assessed AND s.kind = 'SUB_CELL' AND s.u < 0.15 THEN 'Bí thư chi bộ' END
                          FROM steps s
                         CROSS JOIN LATERAL (SELECT jsonb_build_object('politics', round(s.score * 0.20, 2), 'ethics', round(s.score * 0.20, 2),
                                                           'discipline', round(s.score * 0.10, 2), 'duties', round(s.score * 0.40, 2),
                                                           'example', round(s.score * 0.10, 2)) AS scores,
                                                    round(s.score * 0.20, 2) * 2 + round(s.score * 0.10, 2) * 2 + round(s.score * 0.40, 2) AS total) g
                        """.formatted(DRAWS.formatted("m.id", "r.year")))
                .param("year", thisYear).param("demoMember", demoMember).param("today", today).update();
        int units = jdbc.sql("""
                        INSERT INTO rating (round_id, subject, organization_id, deciding_body_id, state, self_level, self_review,
                                            self_assessed_at, self_assessed_by)
                        SELECT r.id, 'ORGANIZATION', o.id, o.parent_id, CASE WHEN x.u < 0.3 THEN 'SELF_ASSESSED' ELSE 'PENDING' END,
                               CASE WHEN x.u < 0.3 THEN 'HTTNV' END,
                               CASE WHEN x.u < 0.3 THEN 'Lãnh đạo hoàn thành nhiệm vụ chính trị của cơ quan, đơn vị.' END,
                               CASE WHEN x.u < 0.3 THEN :today - 2 + time '09:00' END, CASE WHEN x.u < 0.3 THEN 'Bí thư' END
                          FROM rating_round r
                          JOIN organization o ON o.kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'SUB_CELL') AND o.dissolved_on IS NULL
                         CROSS JOIN LATERAL (SELECT (hashtext(o.id || ':' || r.year) & 2147483647) / 2147483648.0::float8 AS u) x
                         WHERE r.year = :year
                        """)
                .param("year", thisYear).param("today", today).update();
        return members + units;
    }
}
