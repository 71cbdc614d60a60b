package vn.dangbo.portal.congress;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationPageSection;
import vn.dangbo.portal.security.Scope;

/** The unit's own congresses on its page ({@code /organizations/{id}}), newest first; left out when it has none. One statement. */
@Component
class CongressesSection implements OrganizationPageSection {

    private final JdbcClient jdbc;

    CongressesSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public String template() {
        return "congress/section";
    }

    @Override
    public Object load(Organization unit, Scope scope) {
        List<Row> rows = jdbc.sql("""
                        SELECT id, number, term_start_year, term_end_year, opens_on, state FROM congress
                         WHERE organization_id = :o ORDER BY opens_on DESC, id DESC
                        """)
                .param("o", unit.getId())
                .query((rs, n) -> new Row(rs.getLong(1), RomanNumerals.of(rs.getInt(2)), rs.getInt(3) + "–" + rs.getInt(4),
                        rs.getObject(5, LocalDate.class), CongressState.valueOf(rs.getString(6))))
                .list();
        return rows.isEmpty() ? null : rows;
    }

    record Row(long id, String roman, String term, LocalDate opensOn, CongressState state) {
    }
}
