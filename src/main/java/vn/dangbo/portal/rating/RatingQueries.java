package vn.dangbo.portal.rating;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.organization.OrganizationKind;

/**
 * The reads of the rating pages, one statement each: the rows of a table (a cell's members, a deciding body's
 * members or organisations), one row, the round's progress by unit, the not-rated list and a member's history.
 */
@Component
class RatingQueries {

    private static final String ROW_SELECT = """
            SELECT r.id, r.version, r.round_id, r.subject, r.member_id,
                   CASE WHEN r.subject = 'MEMBER' THEN regexp_replace(m.family_name || ' ' || m.middle_name || ' ' || m.given_name, '\\s+', ' ', 'g')
                        ELSE u.name END AS name,
                   u.id AS unit_id, u.name AS unit_name, u.kind AS unit_kind, u.path AS unit_path, u.secretary_member_id,
                   b.id AS body_id, b.name AS body_name, b.kind AS body_kind,
                   r.state, r.not_rated_reason, r.self_level, r.self_score, r.self_review, r.proposed_level, r.proposal_note,
                   r.decided_level, r.decision_note, r.self_remedied
              FROM rating r
              JOIN organization u ON u.id = r.organization_id
              JOIN organization b ON b.id = r.deciding_body_id
              LEFT JOIN member m ON m.id = r.member_id
            """;
    private static final String ROW_ORDER = " ORDER BY u.name, m.given_name, m.family_name, m.middle_name, r.id";

    private final JdbcClient jdbc;

    RatingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RatingRow> row(long ratingId) {
        return jdbc.sql(ROW_SELECT + " WHERE r.id = :id").param("id", ratingId).query(RatingQueries::mapRow).optional();
    }

    Optional<RatingRow> memberRow(long roundId, long memberId) {
        return jdbc.sql(ROW_SELECT + " WHERE r.round_id = :round AND r.subject = 'MEMBER' AND r.member_id = :member")
                .param("round", roundId).param("member", memberId).query(RatingQueries::mapRow).optional();
    }

    Optional<RatingRow> organizationRow(long roundId, long organizationId) {
        return jdbc.sql(ROW_SELECT + " WHERE r.round_id = :round AND r.subject = 'ORGANIZATION' AND r.organization_id = :unit")
                .param("round", roundId).param("unit", organizationId).query(RatingQueries::mapRow).optional();
    }

    /** The members of one cell (the proposal table), rated or not. */
    List<RatingRow> cellRows(long roundId, long cellId) {
        return jdbc.sql(ROW_SELECT + " WHERE r.round_id = :round AND r.subject = 'MEMBER' AND r.organization_id = :cell" + ROW_ORDER)
                .param("round", roundId).param("cell", cellId).query(RatingQueries::mapRow).list();
    }

    /** Everything a deciding body decides for one subject (the decision table), rated or not. */
    List<RatingRow> bodyRows(long roundId, RatingSubject subject, long bodyId) {
        return jdbc.sql(ROW_SELECT + " WHERE r.round_id = :round AND r.subject = :subject AND r.deciding_body_id = :body" + ROW_ORDER)
                .param("round", roundId).param("subject", subject.name()).param("body", bodyId)
                .query(RatingQueries::mapRow).list();
    }

    /** One cell's members of a deciding body's table (large đảng bộ cơ sở are decided cell by cell). */
    List<RatingRow> bodyRowsOfCell(long roundId, long bodyId, long cellId) {
        return jdbc.sql(ROW_SELECT + " WHERE r.round_id = :round AND r.subject = 'MEMBER' AND r.deciding_body_id = :body"
                        + " AND r.organization_id = :cell" + ROW_ORDER)
                .param("round", roundId).param("body", bodyId).param("cell", cellId).query(RatingQueries::mapRow).list();
    }

    /** HTXSNV and HTTNV decided by a body, for its quota: {excellent, good}. */
    int[] decidedCounts(long roundId, RatingSubject subject, long bodyId) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE decided_level = 'HTXSNV') AS excellent,
                               count(*) FILTER (WHERE decided_level = 'HTTNV') AS good
                          FROM rating
                         WHERE round_id = :round AND subject = :subject AND deciding_body_id = :body AND state IN ('DECIDED', 'PUBLISHED')
                        """)
                .param("round", roundId).param("subject", subject.name()).param("body", bodyId)
                .query((rs, n) -> new int[] {rs.getInt("excellent"), rs.getInt("good")}).single();
    }

    /** Members listed but not rated in the round, inside a path prefix, with their reason. */
    List<RatingRow> notRated(long roundId, String pathPrefix) {
        return jdbc.sql(ROW_SELECT + " WHERE r.round_id = :round AND r.subject = 'MEMBER' AND r.state = 'NOT_RATED'"
                        + " AND u.path LIKE :prefix" + ROW_ORDER)
                .param("round", roundId).param("prefix", pathPrefix + "%").query(RatingQueries::mapRow).list();
    }

    /** How far the round is, per unit one level below the root of the path prefix, for one subject. */
    List<Progress> progress(long roundId, RatingSubject subject, String rootPath) {
        int part = rootPath.split("/").length + 1;
        return jdbc.sql("""
                        SELECT g.id, g.name, g.kind,
                               count(*) FILTER (WHERE r.state <> 'NOT_RATED') AS rated,
                               count(*) FILTER (WHERE r.state IN ('SELF_ASSESSED', 'PROPOSED', 'DECIDED', 'PUBLISHED')) AS self_assessed,
                               count(*) FILTER (WHERE r.state IN ('PROPOSED', 'DECIDED', 'PUBLISHED') OR r.proposed_level IS NOT NULL) AS proposed,
                               count(*) FILTER (WHERE r.state IN ('DECIDED', 'PUBLISHED')) AS decided,
                               count(*) FILTER (WHERE r.state = 'PUBLISHED') AS published,
                               count(*) FILTER (WHERE r.state = 'NOT_RATED') AS not_rated
                          FROM rating r
                          JOIN organization u ON u.id = r.organization_id
                          JOIN organization g ON g.id = coalesce(CAST(NULLIF(split_part(u.path, '/', :part), '') AS bigint), u.id)
                         WHERE r.round_id = :round AND r.subject = :subject AND u.path LIKE :prefix
                         GROUP BY g.id, g.name, g.kind
                         ORDER BY g.name, g.id
                        """)
                .param("part", part).param("round", roundId).param("subject", subject.name()).param("prefix", rootPath + "%")
                .query((rs, n) -> new Progress(rs.getLong("id"), rs.getString("name"), OrganizationKind.valueOf(rs.getString("kind")),
                        rs.getLong("rated"), rs.getLong("self_assessed"), rs.getLong("proposed"), rs.getLong("decided"),
                        rs.getLong("published"), rs.getLong("not_rated")))
                .list();
    }

    /** A member's published levels, newest year first. */
    List<YearLevel> memberHistory(long memberId) {
        return jdbc.sql("""
                        SELECT o.year, r.decided_level, r.state, r.not_rated_reason, r.self_score
                          FROM rating r JOIN rating_round o ON o.id = r.round_id
                         WHERE r.member_id = :member AND r.state IN ('PUBLISHED', 'NOT_RATED')
                         ORDER BY o.year DESC
                        """)
                .param("member", memberId)
                .query((rs, n) -> new YearLevel(rs.getInt("year"), level(rs, "decided_level"),
                        rs.getString("not_rated_reason") == null ? null : NotRatedReason.valueOf(rs.getString("not_rated_reason")),
                        rs.getBigDecimal("self_score")))
                .list();
    }

    /** The points per criteria group of a scored self-assessment. */
    Map<String, BigDecimal> selfScores(long ratingId) {
        return jdbc.sql("SELECT s.key, CAST(s.value AS numeric) AS points FROM rating r, jsonb_each_text(r.self_scores) s WHERE r.id = :id")
                .param("id", ratingId)
                .query((rs, n) -> Map.entry(rs.getString("key"), rs.getBigDecimal("points"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    record Progress(long unitId, String unitName, OrganizationKind unitKind, long rated, long selfAssessed, long proposed,
                    long decided, long published, long notRated) {
    }

    record YearLevel(int year, RatingLevel level, NotRatedReason notRatedReason, BigDecimal selfScore) {
    }

    private static RatingRow mapRow(ResultSet rs, int n) throws SQLException {
        return new RatingRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("round_id"), RatingSubject.valueOf(rs.getString("subject")),
                rs.getObject("member_id", Long.class), rs.getString("name").strip(), rs.getLong("unit_id"), rs.getString("unit_name"),
                OrganizationKind.valueOf(rs.getString("unit_kind")), rs.getString("unit_path"),
                rs.getObject("secretary_member_id", Long.class), rs.getLong("body_id"), rs.getString("body_name"),
                OrganizationKind.valueOf(rs.getString("body_kind")), RatingState.valueOf(rs.getString("state")),
                rs.getString("not_rated_reason") == null ? null : NotRatedReason.valueOf(rs.getString("not_rated_reason")),
                level(rs, "self_level"), rs.getBigDecimal("self_score"), rs.getString("self_review"),
                level(rs, "proposed_level"), rs.getString("proposal_note"), level(rs, "decided_level"),
                rs.getString("decision_note"), rs.getBoolean("self_remedied"));
    }

    private static RatingLevel level(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : RatingLevel.valueOf(value);
    }
}
