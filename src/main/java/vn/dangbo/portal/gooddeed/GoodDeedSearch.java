package vn.dangbo.portal.gooddeed;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.security.Scope;

/**
 * The good-deeds list in SQL: scope, filters (accent-insensitive text in the deed or the member's name),
 * newest first, 20 a page, and the counts of individual and collective entries behind the filter.
 * Three statements per page.
 */
@Component
class GoodDeedSearch {

    static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;

    GoodDeedSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many entries the filter finds, per kind. */
    record Totals(long individuals, long collectives) {
    }

    Page<GoodDeedRow> find(GoodDeedFilter filter, Scope scope) {
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        String from = " FROM good_deed g JOIN organization o ON o.id = g.organization_id LEFT JOIN member m ON m.id = g.member_id"
                + where(filter, scope, params);
        long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
        List<GoodDeedRow> rows = jdbc.sql("""
                        SELECT g.id, g.deed_date, g.member_id, m.family_name || ' ' || m.middle_name || ' ' || m.given_name AS member_name,
                               o.id AS organization_id, o.name AS organization_name, g.deed, g.recognition, g.recognized_by""" + from
                        + " ORDER BY g.deed_date DESC, g.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", PAGE_SIZE).param("offset", (long) filter.getPage() * PAGE_SIZE)
                .query((rs, n) -> new GoodDeedRow(rs.getLong("id"), rs.getObject("deed_date", LocalDate.class),
                        (Long) rs.getObject("member_id"),
                        rs.getString("member_name") == null ? null : rs.getString("member_name").replaceAll("\\s+", " ").strip(),
                        rs.getLong("organization_id"), rs.getString("organization_name"), rs.getString("deed"),
                        Recognition.valueOf(rs.getString("recognition")), rs.getString("recognized_by")))
                .list();
        return new PageImpl<>(rows, PageRequest.of(filter.getPage(), PAGE_SIZE), total);
    }

    Totals totals(GoodDeedFilter filter, Scope scope) {
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        return jdbc.sql("SELECT count(g.member_id), count(*) - count(g.member_id) FROM good_deed g "
                        + "JOIN organization o ON o.id = g.organization_id LEFT JOIN member m ON m.id = g.member_id" + where(filter, scope, params))
                .params(params)
                .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2))).single();
    }

    private static String where(GoodDeedFilter filter, Scope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("m", "o"));
        if (filter.getYear() != null) {
            where.append(" AND g.deed_date BETWEEN :from AND :to");
            params.put("from", LocalDate.of(filter.getYear(), 1, 1));
            params.put("to", LocalDate.of(filter.getYear(), 12, 31));
        }
        if (filter.getOrganization() != null) {
            where.append(" AND o.path LIKE (SELECT f.path || '%' FROM organization f WHERE f.id = :filterOrganization)");
            params.put("filterOrganization", filter.getOrganization());
        }
        if (filter.getRecognition() != null) {
            where.append(" AND g.recognition = :recognition");
            params.put("recognition", filter.getRecognition().name());
        }
        if ("INDIVIDUAL".equals(filter.getSubject())) {
            where.append(" AND g.member_id IS NOT NULL");
        } else if ("COLLECTIVE".equals(filter.getSubject())) {
            where.append(" AND g.member_id IS NULL");
        }
        if (filter.getQ() != null) {
            // accents and case ignored, in the deed or the member's name; % and _ typed by the user are literal
            where.append(" " + """
                     AND (search_text(g.deed) LIKE '%' || replace(replace(replace(search_text(:q), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
                          OR m.search_name LIKE '%' || replace(replace(replace(search_text(:q), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')""");
            params.put("q", filter.getQ());
        }
        return where.toString();
    }
}
