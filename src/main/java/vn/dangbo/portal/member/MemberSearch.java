package vn.dangbo.portal.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.security.Scope;

/**
 * The member list query: filters, scope, accent-insensitive search (the trigram index on
 * {@code search_name}), Vietnamese name order and pagination, all in SQL. Two statements per page
 * whatever its size: the rows and the count. With an "as of" date the list is the register on that date,
 * read from the members' history.
 */
@Component
public class MemberSearch {

    private static final Map<String, String> ORDER = Map.of(
            "name", "m.given_name %1$s, m.family_name %1$s, m.middle_name %1$s, m.id %1$s",
            "birthDate", "m.birth_date %1$s, m.id %1$s",
            "admissionDate", "m.admission_date %1$s NULLS LAST, m.id %1$s",
            "organization", "o.name %1$s, m.given_name, m.family_name, m.middle_name, m.id");

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Page<MemberRow> find(MemberFilter filter, Scope scope) {
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        String from = from(filter, params);
        String where = where(filter, scope, params);
        long total = jdbc.sql("SELECT count(*)" + from + where).params(params).query(Long.class).single();
        String order = ORDER.get(filter.getSort()).formatted(filter.getDir());
        List<MemberRow> rows = jdbc.sql("SELECT m.id, m.family_name, m.middle_name, m.given_name, m.gender, m.birth_date, "
                        + status(filter) + " AS status, m.party_card_number, m.admission_date, o.id AS organization_id, "
                        + "o.name AS organization_name, p.name AS parent_name" + from
                        + " LEFT JOIN organization p ON p.id = o.parent_id AND p.kind <> 'BLOC'"
                        + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", filter.getSize())
                .param("offset", (long) filter.getPage() * filter.getSize())
                .query((rs, n) -> new MemberRow(rs.getLong("id"),
                        String.join(" ", rs.getString("family_name"), rs.getString("middle_name"), rs.getString("given_name"))
                                .replaceAll("\\s+", " ").strip(),
                        Gender.valueOf(rs.getString("gender")),
                        rs.getObject("birth_date", LocalDate.class),
                        MemberStatus.valueOf(rs.getString("status")),
                        rs.getString("party_card_number"),
                        rs.getObject("admission_date", LocalDate.class),
                        rs.getLong("organization_id"), rs.getString("organization_name"), rs.getString("parent_name")))
                .list();
        return new PageImpl<>(rows, PageRequest.of(filter.getPage(), filter.getSize()), total);
    }

    /**
     * Every member of the filtered list (no paging) with all register columns and the unit names, in list
     * order, for the Excel export. One statement, streamed row by row.
     */
    public void forEach(MemberFilter filter, Scope scope, RowCallbackHandler handler) {
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        String from = from(filter, params);
        String where = where(filter, scope, params);
        String order = ORDER.get(filter.getSort()).formatted(filter.getDir());
        jdbc.sql("SELECT m.*, " + status(filter) + " AS list_status, o.name AS organization_name, p.name AS parent_name" + from
                        + " LEFT JOIN organization p ON p.id = o.parent_id AND p.kind <> 'BLOC'" + where + " ORDER BY " + order)
                .params(params)
                .query(handler);
    }

    /**
     * The members' state: today's (the register), or with an "as of" date the state after each member's last
     * event on or before it, in the cell they belonged to then (so dissolved units list their members).
     */
    private static String from(MemberFilter filter, Map<String, Object> params) {
        if (filter.getAsOf() == null) {
            return " FROM member m JOIN organization o ON o.id = m.organization_id";
        }
        params.put("asOf", filter.getAsOf());
        return " " + """
                 FROM member m
                 JOIN (SELECT DISTINCT ON (member_id) member_id, organization_id, status_after
                         FROM member_event WHERE event_date <= :asOf
                        ORDER BY member_id, event_date DESC, id DESC) h ON h.member_id = m.id
                 JOIN organization o ON o.id = h.organization_id""";
    }

    private static String status(MemberFilter filter) {
        return filter.getAsOf() == null ? "m.status" : "h.status_after";
    }

    private String where(MemberFilter filter, Scope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("m", "o"));
        where.append(" AND ").append(status(filter)).append(" IN (:statuses)");
        params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        if (filter.getOrganization() != null) {
            where.append(" AND o.path LIKE (SELECT f.path || '%' FROM organization f WHERE f.id = :filterOrganization)");
            params.put("filterOrganization", filter.getOrganization());
        }
        if (filter.getGender() != null) {
            where.append(" AND m.gender = :gender");
            params.put("gender", filter.getGender().name());
        }
        if (filter.getAgeGroup() != null) {
            LocalDate today = LocalDate.now(clock);
            where.append(" AND m.birth_date > :bornAfter AND m.birth_date <= :bornOnOrBefore");
            params.put("bornAfter", filter.getAgeGroup().bornAfter(today));
            params.put("bornOnOrBefore", filter.getAgeGroup().bornOnOrBefore(today));
        }
        if (filter.getQ() != null) {
            // accents, case and spacing ignored; a Party card number matches exactly. The trigram index serves
            // searches of the whole register; inside one unit's subtree its members are few, and filtering them
            // directly is far cheaper than probing the index once per cell ("|| ''" keeps the index out)
            boolean wholeRegister = scope.isEverything() && filter.getOrganization() == null;
            where.append(" AND (" + (wholeRegister ? "m.search_name" : "(m.search_name || '')") + " " + """
                     LIKE '%' || replace(replace(replace(search_text(:q), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
                          OR m.party_card_number = :q)""");
            params.put("q", filter.getQ());
        }
        return where.toString();
    }
}
