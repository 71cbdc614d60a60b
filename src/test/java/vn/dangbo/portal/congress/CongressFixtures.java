package vn.dangbo.portal.congress;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Congresses and their parts written straight to the database, for tests. */
record CongressFixtures(JdbcClient jdbc) {

    long congress(long organization, int number, int termStart, LocalDate opens, String state) {
        return jdbc.sql("""
                        INSERT INTO congress (organization_id, number, term_start_year, term_end_year, kind, opens_on, closes_on, place, state)
                        VALUES (:o, :n, :s, :s + 5, 'DELEGATES', :opens, CAST(:opens AS date) + 2, 'Vinh', :state) RETURNING id
                        """)
                .param("o", organization).param("n", number).param("s", termStart).param("opens", opens).param("state", state)
                .query(Long.class).single();
    }

    void close(long congress) {
        jdbc.sql("UPDATE congress SET state = 'CLOSED' WHERE id = :id").param("id", congress).update();
    }
}
