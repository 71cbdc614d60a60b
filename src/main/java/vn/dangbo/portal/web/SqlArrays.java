package vn.dangbo.portal.web;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Ids (or texts) passed to PostgreSQL as one array parameter, read as {@code = ANY(CAST(:ids AS bigint[]))} or
 * {@code unnest(CAST(:ids AS bigint[]))}: one bind value however many ids, where an {@code IN (:ids)} list is
 * expanded into a placeholder per id (thousands on the bloc's pages).
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** The ids as a {@code bigint[]} literal: {@code {1,2,3}}. */
    public static String bigints(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** The texts as a {@code text[]} literal, each quoted: {@code {"a, b","c \"d\""}}. */
    public static String texts(Collection<String> values) {
        return values.stream().map(value -> '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}
