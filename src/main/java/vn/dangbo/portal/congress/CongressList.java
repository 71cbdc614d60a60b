package vn.dangbo.portal.congress;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.organization.OrganizationNode;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;

/** {@code /congresses}: the congresses the user may see, newest first; one statement. */
@Component
class CongressList {

    private final JdbcClient jdbc;
    private final OrganizationRepository organizations;

    CongressList(JdbcClient jdbc, OrganizationRepository organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    record Row(long id, String organizationName, boolean bloc, int number, int termStartYear, int termEndYear, CongressKind kind,
               LocalDate opensOn, LocalDate closesOn, String place, String theme, CongressState state, int targets) {

        public String roman() {
            return RomanNumerals.of(number);
        }

        public String term() {
            return termStartYear + "–" + termEndYear;
        }
    }

    List<Row> visible(Scope scope) {
        if (scope.isSelf()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT c.id, o.name, o.parent_id IS NULL AS bloc, c.number, c.term_start_year, c.term_end_year, c.kind,
                               c.opens_on, c.closes_on, c.place, c.theme, c.state,
                               (SELECT count(*) FROM congress_target t WHERE t.congress_id = c.id) AS targets
                          FROM congress c JOIN organization o ON o.id = c.organization_id
                         WHERE %s
                         ORDER BY c.opens_on DESC, length(o.path), c.id DESC
                        """.formatted(scope.sqlCondition("m", "o")))
                .params(scope.sqlParams())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        CongressKind.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        rs.getString(10), rs.getString(11), CongressState.valueOf(rs.getString(12)), rs.getInt(13)))
                .list();
    }

    /** The units a congress may be recorded for by this user: live units they may edit. */
    List<OrganizationNode> editableUnits(Scope scope) {
        return organizations.findNodesIn(scope).stream()
                .filter(node -> !node.isDissolved() && scope.canEdit(node.getPath()))
                .toList();
    }
}
