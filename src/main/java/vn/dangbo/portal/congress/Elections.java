package vn.dangbo.portal.congress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.MemberNames;

/** Reads the elections of a congress with their candidates, rounds, entries and results: five statements for all. */
@Component
public class Elections {

    private final JdbcClient jdbc;

    Elections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Candidate(long id, long memberId, String fullName, String cellName) {
    }

    public record Result(long candidateId, Integer votes, Boolean elected) {
    }

    public record Entry(int entry, String enteredBy, Instant enteredAt) {
    }

    public record Round(long id, int number, int seats, Integer summoned, Integer absentWithReason, Integer validBallots,
                        Integer invalidBallots, Instant countedAt, Map<Long, Result> results, List<Entry> entries) {

        public boolean isCounted() {
            return countedAt != null;
        }

        public long votesNeeded() {
            return CongressRules.votesNeeded(summoned, absentWithReason);
        }

        public Result result(long candidateId) {
            return results.get(candidateId);
        }
    }

    public record Election(long id, ElectionKind kind, int seats, boolean installed, List<Candidate> candidates, List<Round> rounds) {

        public Round current() {
            return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        }

        /** The candidates elected over all rounds, in the order of the candidate list. */
        public List<Candidate> elected() {
            return candidates.stream().filter(c -> rounds.stream()
                    .anyMatch(r -> r.result(c.id()) != null && Boolean.TRUE.equals(r.result(c.id()).elected()))).toList();
        }

        public int seatsLeft() {
            return seats - elected().size();
        }

        public boolean surplusAllowed() {
            return CongressRules.surplusAllowed(seats, candidates.size());
        }

        public int minCandidates() {
            return CongressRules.minCandidates(seats);
        }

        public int maxCandidates() {
            return CongressRules.maxCandidates(seats);
        }
    }

    public List<Election> of(long congressId) {
        Map<Long, List<Candidate>> candidates = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT c.election_id, c.id, c.member_id, %s, o.name FROM congress_candidate c
                          JOIN congress_election e ON e.id = c.election_id
                          JOIN member m ON m.id = c.member_id JOIN organization o ON o.id = m.organization_id
                         WHERE e.congress_id = :c ORDER BY m.given_name, m.family_name, m.middle_name, c.id
                        """.formatted(MemberNames.sql("m")))
                .param("c", congressId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Candidate(rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5))))
                .list().forEach(e -> candidates.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, Map<Long, Result>> results = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT rc.round_id, rc.candidate_id, rc.votes, rc.elected FROM congress_round_candidate rc
                          JOIN congress_round r ON r.id = rc.round_id JOIN congress_election e ON e.id = r.election_id
                         WHERE e.congress_id = :c
                        """)
                .param("c", congressId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Result(rs.getLong(2), (Integer) rs.getObject(3), (Boolean) rs.getObject(4))))
                .list().forEach(e -> results.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(e.getValue().candidateId(), e.getValue()));
        Map<Long, List<Entry>> entries = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT t.round_id, t.entry, t.entered_by, t.entered_at FROM congress_tally t
                          JOIN congress_round r ON r.id = t.round_id JOIN congress_election e ON e.id = r.election_id
                         WHERE e.congress_id = :c ORDER BY t.entry
                        """)
                .param("c", congressId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Entry(rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant())))
                .list().forEach(e -> entries.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<Round>> rounds = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.election_id, r.id, r.number, r.seats, r.summoned, r.absent_with_reason, r.valid_ballots, r.invalid_ballots,
                               r.counted_at
                          FROM congress_round r JOIN congress_election e ON e.id = r.election_id
                         WHERE e.congress_id = :c ORDER BY r.number
                        """)
                .param("c", congressId)
                .query((rs, n) -> {
                    long id = rs.getLong(2);
                    java.sql.Timestamp counted = rs.getTimestamp(9);
                    return Map.entry(rs.getLong(1), new Round(id, rs.getInt(3), rs.getInt(4), (Integer) rs.getObject(5),
                            (Integer) rs.getObject(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8),
                            counted == null ? null : counted.toInstant(), results.getOrDefault(id, Map.of()), entries.getOrDefault(id, List.of())));
                })
                .list().forEach(e -> rounds.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("SELECT id, kind, seats, installed FROM congress_election WHERE congress_id = :c ORDER BY kind")
                .param("c", congressId)
                .query((rs, n) -> new Election(rs.getLong(1), ElectionKind.valueOf(rs.getString(2)), rs.getInt(3), rs.getBoolean(4),
                        candidates.getOrDefault(rs.getLong(1), List.of()), rounds.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }
}
