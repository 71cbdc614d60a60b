package vn.dangbo.portal.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.security.Scope;

/**
 * The live units a user may pick in a filter. A scope of up to {@link #LIST_LIMIT} units is offered as one
 * drop-down; a larger one (the whole bloc at national scale has twelve thousand, a megabyte of options on
 * every page) is searched by name as the user types ({@code /organizations/choices}). One statement each.
 */
@Component
public class UnitChoices {

    /** Scopes with more live units than this get the search instead of the drop-down. */
    public static final int LIST_LIMIT = 300;
    /** Matches returned for one search. */
    static final int SEARCH_LIMIT = 30;

    private final JdbcClient jdbc;

    UnitChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit to pick, with its parent's name to tell apart the many "Chi bộ 1". */
    public record Choice(long id, String name, String parentName) {
    }

    /** Every live unit of the scope in name order when there are at most {@link #LIST_LIMIT}, otherwise empty. */
    public Optional<List<Choice>> listedIn(Scope scope) {
        List<Choice> units = query(scope, "", Map.of(), LIST_LIMIT + 1);
        return units.size() > LIST_LIMIT ? Optional.empty() : Optional.of(units);
    }

    /**
     * What a page's unit filter shows ({@code fragments/unit-filter}): the scope's units, or null when there are too
     * many to list, and then the name of the chosen unit, if the user may see it.
     */
    public record Filter(List<Choice> units, String selectedName) {
    }

    public Filter filter(Scope scope, Long selectedId) {
        return listedIn(scope).map(units -> new Filter(units, null)).orElseGet(() -> new Filter(null,
                selectedId == null ? null : find(selectedId, scope).map(Choice::name).orElse(null)));
    }

    /** The live units of the scope whose name contains the text, accents and case ignored. */
    public List<Choice> search(String text, Scope scope) {
        return query(scope, " AND search_text(o.name) LIKE '%' || search_text(:text) || '%'", Map.of("text", text.strip()), SEARCH_LIMIT);
    }

    /** One unit of the scope (the one a filter holds), if the user may see it. */
    public Optional<Choice> find(long id, Scope scope) {
        return query(scope, " AND o.id = :id", Map.of("id", id), 1).stream().findFirst();
    }

    private List<Choice> query(Scope scope, String condition, Map<String, Object> extra, int limit) {
        if (scope.isSelf()) {
            throw new AccessDeniedException("no organisation in the user's scope");
        }
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        params.putAll(extra);
        return jdbc.sql("""
                        SELECT o.id, o.name, p.name AS parent_name
                          FROM organization o LEFT JOIN organization p ON p.id = o.parent_id AND p.kind <> 'BLOC'
                         WHERE o.dissolved_on IS NULL AND o.kind <> 'BLOC' AND %s%s
                         ORDER BY coalesce(o.short_name, o.name), o.id
                         LIMIT :limit
                        """.formatted(scope.sqlCondition(null, "o"), condition))
                .params(params)
                .param("limit", limit)
                .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name"), rs.getString("parent_name")))
                .list();
    }
}
