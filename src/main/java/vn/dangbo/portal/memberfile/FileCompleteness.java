package vn.dangbo.portal.memberfile;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.MemberNames;
import vn.dangbo.portal.member.MemberStatus;
import vn.dangbo.portal.web.SqlArrays;

/**
 * Which current members lack which documents of a complete digitised file ({@link DocumentType#required}),
 * for the members of a subtree in one query, and the share of complete files per cell (a congress target:
 * "member records digitised").
 */
@Component
public class FileCompleteness {

    /** A member's file: the required documents present and missing. */
    public record MemberFile(long memberId, String name, MemberStatus status, long cellId, String cellName,
                             String parentName, Set<DocumentType> required, Set<DocumentType> present) {

        public boolean has(DocumentType type) {
            return present.contains(type);
        }

        public boolean isRequired(DocumentType type) {
            return required.contains(type);
        }

        public boolean isComplete() {
            return present.containsAll(required);
        }
    }

    /** Complete files of a cell's current members. */
    public record CellSummary(long cellId, String cellName, String parentName, int members, int complete) {
    }

    private static final List<String> CURRENT = MemberStatus.CURRENT.stream().map(Enum::name).toList();

    private final JdbcClient jdbc;

    FileCompleteness(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current members under the path prefix (a cell's), by cell and name. */
    public List<MemberFile> under(String pathPrefix) {
        return jdbc.sql("""
                        SELECT m.id, %s AS name,
                               m.status, m.official_date IS NOT NULL AS official, o.id AS cell_id, o.name AS cell_name,
                               p.name AS parent_name, array_remove(array_agg(DISTINCT d.type), NULL) AS types
                          FROM member m
                          JOIN organization o ON o.id = m.organization_id
                          LEFT JOIN organization p ON p.id = o.parent_id AND p.kind <> 'BLOC'
                          LEFT JOIN member_document d ON d.member_id = m.id
                         WHERE o.path LIKE :prefix AND m.status IN (:current)
                         GROUP BY m.id, o.id, p.name
                         ORDER BY o.name, o.id, m.given_name, m.family_name, m.middle_name, m.id
                        """.formatted(MemberNames.sql("m")))
                .param("prefix", pathPrefix + "%").param("current", CURRENT)
                .query((rs, n) -> new MemberFile(rs.getLong("id"), rs.getString("name"), MemberStatus.valueOf(rs.getString("status")),
                        rs.getLong("cell_id"), rs.getString("cell_name"), rs.getString("parent_name"),
                        DocumentType.required(rs.getBoolean("official")), types(rs.getArray("types"))))
                .list();
    }

    /**
     * One summary per cell under the path prefix, counted in SQL: above a cell the page shows only these (a member's
     * row for each of the bloc's members did not fit in memory at 1 M members).
     */
    public List<CellSummary> cellsUnder(String pathPrefix) {
        return jdbc.sql("""
                        SELECT o.id, o.name, p.name AS parent_name, count(*) AS members,
                               count(*) FILTER (WHERE d.types @> CASE WHEN m.official_date IS NOT NULL THEN CAST(:official AS text[])
                                                                      ELSE CAST(:probationary AS text[]) END) AS complete
                          FROM member m
                          JOIN organization o ON o.id = m.organization_id
                          LEFT JOIN organization p ON p.id = o.parent_id AND p.kind <> 'BLOC'
                          LEFT JOIN LATERAL (SELECT array_agg(md.type) AS types FROM member_document md WHERE md.member_id = m.id) d ON true
                         WHERE o.path LIKE :prefix AND m.status IN (:current)
                         GROUP BY o.id, o.name, p.name
                         ORDER BY o.name, o.id
                        """)
                .param("prefix", pathPrefix + "%").param("current", CURRENT)
                .param("official", textArray(DocumentType.required(true)))
                .param("probationary", textArray(DocumentType.required(false)))
                .query((rs, n) -> new CellSummary(rs.getLong("id"), rs.getString("name"), rs.getString("parent_name"),
                        rs.getInt("members"), rs.getInt("complete")))
                .list();
    }

    private static String textArray(Set<DocumentType> types) {
        return SqlArrays.texts(types.stream().map(Enum::name).toList());
    }

    private static Set<DocumentType> types(Array array) throws SQLException {
        Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
        Arrays.stream((String[]) array.getArray()).map(DocumentType::valueOf).forEach(types::add);
        return types;
    }
}
