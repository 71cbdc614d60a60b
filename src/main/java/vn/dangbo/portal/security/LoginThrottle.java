package vn.dangbo.portal.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After {@value #MAX_FAILURES} failed sign-ins within 15 minutes a user name is locked for 15 minutes.
 * Counted per typed user name whether or not such an account exists, so a lock reveals nothing.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        return jdbc.sql("SELECT count(*) FROM login_lock WHERE username = :u AND locked_until > :now")
                .param("u", username).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single() > 0;
    }

    /** Records a failure; returns true when this failure locks the user name. */
    public boolean recordFailure(String username) {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO login_failure (username, failed_at) VALUES (:u, :at)")
                .param("u", username).param("at", Timestamp.from(now)).update();
        long recent = jdbc.sql("SELECT count(*) FROM login_failure WHERE username = :u AND failed_at > :since")
                .param("u", username).param("since", Timestamp.from(now.minus(WINDOW)))
                .query(Long.class).single();
        if (recent < MAX_FAILURES) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO login_lock (username, locked_until) VALUES (:u, :until)
                ON CONFLICT (username) DO UPDATE SET locked_until = excluded.locked_until
                """).param("u", username).param("until", Timestamp.from(now.plus(LOCK))).update();
        jdbc.sql("DELETE FROM login_failure WHERE username = :u").param("u", username).update();
        return true;
    }

    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE username = :u").param("u", username).update();
    }

    /** An administrator lifts a lock before it runs out. */
    public void unlock(String username) {
        jdbc.sql("DELETE FROM login_lock WHERE username = :u").param("u", username).update();
        recordSuccess(username);
    }
}
