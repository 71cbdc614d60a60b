package vn.dangbo.portal.congress;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.committee.Appointment;
import vn.dangbo.portal.committee.CommitteeChanges;
import vn.dangbo.portal.committee.CommitteeForm;
import vn.dangbo.portal.committee.CommitteeOffice;
import vn.dangbo.portal.member.MemberNames;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Running an election: the seats and the candidate list (its size within the allowed surplus before the first
 * round opens), rounds, the two entries of each count by two different people — the second compared with the
 * first and refused on any difference, the round counted by {@link BallotCount} when they agree — further rounds
 * for tied or unfilled seats, and finally the elected executive committee seated as the organisation's
 * committee for the new term through {@link CommitteeChanges}.
 */
@Service
class ElectionChanges {

    private final CongressRecords records;
    private final Elections elections;
    private final Delegates delegates;
    private final CommitteeChanges committees;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    ElectionChanges(CongressRecords records, Elections elections, Delegates delegates, CommitteeChanges committees, JdbcClient jdbc,
                    AuditLog auditLog, Clock clock) {
        this.records = records;
        this.elections = elections;
        this.delegates = delegates;
        this.committees = committees;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public void create(long congressId, ElectionKind kind, Integer seats, Errors errors, Scope scope) {
        records.open(congressId, scope);
        if (kind == null) {
            errors.reject("congress.election.kindRequired");
        } else if (seats == null || seats < 1 || seats > 200) {
            errors.reject("congress.election.seatsRange");
        } else if (election(congressId, kind) != null) {
            errors.reject("congress.election.exists");
        }
        if (!errors.hasErrors()) {
            jdbc.sql("INSERT INTO congress_election (congress_id, kind, seats) VALUES (:c, :k, :s)")
                    .param("c", congressId).param("k", kind.name()).param("s", seats).update();
        }
    }

    @Transactional
    public void addCandidate(long congressId, long electionId, Long memberId, Errors errors, Scope scope) {
        Organization organization = records.open(congressId, scope).organization();
        Elections.Election election = find(congressId, electionId);
        if (!election.rounds().isEmpty()) {
            errors.reject("congress.election.listClosed");
            return;
        }
        String path = memberId == null ? null : jdbc.sql("""
                        SELECT o.path FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE m.id = :m AND m.status IN ('PROBATIONARY', 'OFFICIAL')""")
                .param("m", memberId).query(String.class).optional().orElse(null);
        if (path == null || !path.startsWith(organization.getPath())) {
            errors.reject("congress.delegate.notInOrganization");
        } else if (election.candidates().stream().anyMatch(c -> c.memberId() == memberId)) {
            errors.reject("congress.election.alreadyCandidate");
        } else {
            jdbc.sql("INSERT INTO congress_candidate (election_id, member_id) VALUES (:e, :m)").param("e", electionId).param("m", memberId).update();
        }
    }

    /** Current members of the organisation's subtree matching a name: who may be put on the candidate list. */
    List<DelegateChanges.Candidate> pickable(String path, String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT m.id, %s, o.name FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE o.path LIKE :p AND m.status IN ('PROBATIONARY', 'OFFICIAL')
                           AND m.search_name LIKE '%%' || portal.search_text(:q) || '%%'
                         ORDER BY m.given_name, m.family_name, m.middle_name, m.id LIMIT 20
                        """.formatted(MemberNames.sql("m")))
                .param("p", path + "%").param("q", query.strip())
                .query((rs, n) -> new DelegateChanges.Candidate(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Opens the first round (checking the surplus of candidates) or another one for the seats left. */
    @Transactional
    public void openRound(long congressId, long electionId, Errors errors, Scope scope) {
        records.open(congressId, scope);
        Elections.Election election = find(congressId, electionId);
        Elections.Round current = election.current();
        List<Long> standing;
        int seats;
        if (current == null) {
            if (!election.surplusAllowed()) {
                errors.reject("congress.election.surplus", new Object[] {election.seats(), election.minCandidates(),
                        election.maxCandidates(), election.candidates().size()}, null);
                return;
            }
            standing = election.candidates().stream().map(Elections.Candidate::id).toList();
            seats = election.seats();
        } else {
            if (!current.isCounted() || election.seatsLeft() == 0) {
                errors.reject("congress.election.noFurtherRound");
                return;
            }
            List<Long> elected = election.elected().stream().map(Elections.Candidate::id).toList();
            List<Long> tied = tiedIn(current);
            standing = tied.isEmpty() ? election.candidates().stream().map(Elections.Candidate::id).filter(id -> !elected.contains(id)).toList() : tied;
            seats = election.seatsLeft();
        }
        long round = jdbc.sql("INSERT INTO congress_round (election_id, number, seats) VALUES (:e, :n, :s) RETURNING id")
                .param("e", electionId).param("n", current == null ? 1 : current.number() + 1).param("s", seats).query(Long.class).single();
        standing.forEach(candidate -> jdbc.sql("INSERT INTO congress_round_candidate (round_id, candidate_id) VALUES (:r, :c)")
                .param("r", round).param("c", candidate).update());
    }

    /** Candidates of a counted round who passed the majority but were not elected: tied for the last seat. */
    private static List<Long> tiedIn(Elections.Round round) {
        return round.results().values().stream()
                .filter(r -> r.votes() != null && r.votes() >= round.votesNeeded() && !Boolean.TRUE.equals(r.elected()))
                .map(Elections.Result::candidateId).toList();
    }

    /** What happened to an entry of the count. */
    enum TallyOutcome { FIRST_ENTERED, COUNTED, REFUSED }

    @Transactional
    public TallyOutcome enter(long congressId, long roundId, TallyForm form, Errors errors, Scope scope, PortalUser user) {
        records.open(congressId, scope);
        Elections.Election election = elections.of(congressId).stream()
                .filter(e -> e.rounds().stream().anyMatch(r -> r.id() == roundId)).findFirst().orElseThrow(NotFound::new);
        Elections.Round round = election.rounds().stream().filter(r -> r.id() == roundId).findFirst().orElseThrow();
        if (round.isCounted()) {
            errors.reject("congress.tally.alreadyCounted");
            return TallyOutcome.REFUSED;
        }
        Map<Long, Integer> votes = new TreeMap<>();
        for (long candidate : round.results().keySet()) {
            Integer value = form.getVotes().get(candidate);
            if (value == null || value < 0) {
                errors.rejectValue("votes[" + candidate + "]", "congress.tally.votesRequired");
            } else if (form.getValidBallots() != null && value > form.getValidBallots()) {
                errors.rejectValue("votes[" + candidate + "]", "congress.tally.moreThanBallots");
            } else {
                votes.put(candidate, value);
            }
        }
        Delegates.Counter counter = delegates.counter(congressId);
        if (form.getValidBallots() != null && form.getInvalidBallots() != null
                && form.getValidBallots() + form.getInvalidBallots() > counter.summoned()) {
            errors.rejectValue("validBallots", "congress.tally.moreThanSummoned", new Object[] {counter.summoned()}, null);
        }
        if (errors.hasErrors()) {
            return TallyOutcome.REFUSED;
        }
        record Stored(long userId, int valid, int invalid, Map<Long, Integer> votes) {
        }
        Stored first = jdbc.sql("SELECT entered_by_user_id, valid_ballots, invalid_ballots FROM congress_tally WHERE round_id = :r AND entry = 1")
                .param("r", roundId)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getInt(2), rs.getInt(3), firstVotes(roundId)))
                .optional().orElse(null);
        if (first == null) {
            insertTally(roundId, 1, form, votes, user);
            auditLog.record(AuditAction.CREATE, "CongressTally", roundId, "First entry of the count");
            return TallyOutcome.FIRST_ENTERED;
        }
        if (first.userId() == user.getId()) {
            errors.reject("congress.tally.samePerson");
            return TallyOutcome.REFUSED;
        }
        if (first.valid() != form.getValidBallots() || first.invalid() != form.getInvalidBallots()) {
            errors.reject("congress.tally.ballotsDiffer");
        }
        votes.forEach((candidate, value) -> {
            if (!value.equals(first.votes().get(candidate))) {
                errors.rejectValue("votes[" + candidate + "]", "congress.tally.differs");
            }
        });
        if (errors.hasErrors()) {
            auditLog.record(AuditAction.UPDATE, "CongressTally", roundId, "Second entry refused: it differs from the first");
            return TallyOutcome.REFUSED;
        }
        insertTally(roundId, 2, form, votes, user);
        BallotCount.Outcome outcome = BallotCount.count(votes, round.seats(), counter.summoned(), counter.absentWithReason());
        votes.forEach((candidate, value) -> jdbc.sql("UPDATE congress_round_candidate SET votes = :v, elected = :e WHERE round_id = :r AND candidate_id = :c")
                .param("v", value).param("e", outcome.elected().contains(candidate)).param("r", roundId).param("c", candidate).update());
        jdbc.sql("""
                        UPDATE congress_round SET summoned = :s, absent_with_reason = :a, valid_ballots = :v, invalid_ballots = :i, counted_at = :at
                         WHERE id = :r""")
                .param("s", counter.summoned()).param("a", counter.absentWithReason()).param("v", form.getValidBallots())
                .param("i", form.getInvalidBallots()).param("at", Timestamp.from(clock.instant())).param("r", roundId).update();
        auditLog.record(AuditAction.UPDATE, "CongressTally", roundId, "Both entries agree: round counted, %d elected".formatted(outcome.elected().size()));
        return TallyOutcome.COUNTED;
    }

    /** The board recounts: the entries of a round not yet counted are discarded. */
    @Transactional
    public void discardEntries(long congressId, long roundId, Scope scope) {
        records.open(congressId, scope);
        jdbc.sql("""
                        DELETE FROM congress_tally t USING congress_round r, congress_election e
                         WHERE t.round_id = r.id AND r.election_id = e.id AND e.congress_id = :c AND r.id = :r AND r.counted_at IS NULL""")
                .param("c", congressId).param("r", roundId).update();
        auditLog.record(AuditAction.DELETE, "CongressTally", roundId, "Entries discarded for a recount");
    }

    /**
     * The elected executive committee becomes the organisation's committee for the new term: the seats still
     * running end the day before the congress closes, and each elected member takes the office given (a
     * committee member unless chosen as secretary, deputy …), elected, from the closing day.
     */
    @Transactional
    public void install(long congressId, long electionId, Map<Long, CommitteeOffice> offices, Errors errors, Scope scope) {
        CongressRecords.Visible visible = records.open(congressId, scope);
        Elections.Election election = find(congressId, electionId);
        if (election.kind() != ElectionKind.EXECUTIVE_COMMITTEE || election.installed() || election.elected().isEmpty()
                || election.rounds().stream().anyMatch(r -> !r.isCounted())) {
            errors.reject("congress.election.notInstallable");
            return;
        }
        Congress congress = visible.congress();
        committees.endSeatsBefore(congress.getOrganizationId(), congress.getClosesOn(), scope);
        for (Elections.Candidate candidate : election.elected()) {
            CommitteeForm seat = new CommitteeForm();
            seat.setMemberId(candidate.memberId());
            seat.setTermStartYear(congress.getTermStartYear());
            seat.setOffice(offices.getOrDefault(candidate.memberId(), CommitteeOffice.COMMITTEE_MEMBER));
            seat.setAppointment(Appointment.ELECTED);
            seat.setStartsOn(congress.getClosesOn());
            seat.setDecision("Đại hội lần thứ " + congress.getRoman());
            MapBindingResult seatErrors = new MapBindingResult(new HashMap<>(), "seat");
            committees.add(congress.getOrganizationId(), seat, seatErrors, scope);
            if (seatErrors.hasErrors()) {
                errors.reject("congress.election.seatRefused", new Object[] {candidate.fullName()}, null);
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();   // nothing half-seated
                return;
            }
        }
        jdbc.sql("UPDATE congress_election SET installed = true, version = version + 1 WHERE id = :e").param("e", electionId).update();
    }

    private void insertTally(long roundId, int entry, TallyForm form, Map<Long, Integer> votes, PortalUser user) {
        jdbc.sql("""
                        INSERT INTO congress_tally (round_id, entry, entered_by_user_id, entered_by, entered_at, valid_ballots, invalid_ballots, votes)
                        VALUES (:r, :n, :u, :by, :at, :v, :i, CAST(:votes AS jsonb))""")
                .param("r", roundId).param("n", entry).param("u", user.getId()).param("by", user.getDisplayName())
                .param("at", Timestamp.from(clock.instant())).param("v", form.getValidBallots()).param("i", form.getInvalidBallots())
                .param("votes", write(votes)).update();
    }

    private Elections.Election find(long congressId, long electionId) {
        return elections.of(congressId).stream().filter(e -> e.id() == electionId).findFirst().orElseThrow(NotFound::new);
    }

    private Long election(long congressId, ElectionKind kind) {
        return jdbc.sql("SELECT id FROM congress_election WHERE congress_id = :c AND kind = :k").param("c", congressId)
                .param("k", kind.name()).query(Long.class).optional().orElse(null);
    }

    /** The votes as a JSON object, candidate id → votes. */
    private static String write(Map<Long, Integer> votes) {
        StringBuilder json = new StringBuilder("{");
        votes.forEach((candidate, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(candidate).append("\":").append(value));
        return json.append('}').toString();
    }

    private Map<Long, Integer> firstVotes(long roundId) {
        Map<Long, Integer> votes = new TreeMap<>();
        jdbc.sql("SELECT CAST(key AS bigint), CAST(value AS integer) FROM congress_tally t, jsonb_each_text(t.votes) WHERE t.round_id = :r AND t.entry = 1")
                .param("r", roundId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list()
                .forEach(entry -> votes.put(entry.getKey(), entry.getValue()));
        return votes;
    }
}
