package vn.dangbo.portal.cache;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figures that read whole tables at national size, kept under the versions of the tables they read (table
 * data_version, bumped by every statement that writes one of them, in the writing transaction; migration V72_1
 * lists the tables). A figure is computed in one snapshot together with those versions and served until one of
 * them moves on, so it is never older than the data. Checking costs one small statement; the figures returned
 * are shared, so they must not be changed by the caller.
 */
@Component
public class VersionedCache {

    /** The figures asked for (dates, subtrees, months) stay few; past this many all are dropped at once. */
    private static final int MAX_ENTRIES = 1_000;

    private record Entry(long version, Object value) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** One lock per figure, dropped with the figures. */
    private final Map<String, Object> computing = new ConcurrentHashMap<>();

    VersionedCache(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** The figure the key names, read from the given tables by {@code compute} when one of them has changed. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, List<String> tables, Supplier<T> compute) {
        String versioned = key + " " + tables;
        Entry cached = entries.get(versioned);
        if (cached != null && cached.version() == version(tables)) {
            return (T) cached.value();
        }
        // One request computes a figure while the others asking for it wait and take its result: a busy page
        // after a change would otherwise start the same seconds-long count once per request. The transaction
        // (and so its connection) is opened before the lock is taken: the request holding the lock never waits
        // for a connection held by the requests waiting for it.
        return (T) snapshot.execute(status -> {
            synchronized (computing.computeIfAbsent(versioned, k -> new Object())) {
                long version = version(tables);
                Entry again = entries.get(versioned);
                if (again != null && again.version() == version) {
                    return again.value();
                }
                Entry fresh = new Entry(version, compute.get());
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                    computing.clear();
                }
                entries.put(versioned, fresh);
                return fresh.value();
            }
        });
    }

    /** Versions only grow, so their sum changes whenever one of them does. */
    private long version(List<String> tables) {
        return jdbc.sql("SELECT count(*), coalesce(sum(version), 0) FROM data_version WHERE table_name IN (:tables)")
                .param("tables", tables)
                .query((rs, n) -> {
                    if (rs.getInt(1) != tables.size()) {
                        throw new IllegalStateException("tables without a version (migration V72_1): " + tables);
                    }
                    return rs.getLong(2);
                }).single();
    }
}
