package vn.dangbo.portal.rating;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.discipline.DisciplineRecords;
import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * The steps of a rating: open a round, self-assess, propose, decide, publish (locks; refused over the HTXSNV
 * quota or against the discipline rule), reopen with a reason, close the round. Every step checks
 * {@link RatingRights}, the state and the version the user read; a table is saved all or nothing.
 */
@Component
class RatingWorkflow {

    private final RatingRoundRepository rounds;
    private final RatingRepository ratings;
    private final RatingQueries queries;
    private final RatingRoster roster;
    private final DisciplineRecords discipline;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final Clock clock;

    RatingWorkflow(RatingRoundRepository rounds, RatingRepository ratings, RatingQueries queries, RatingRoster roster,
                   DisciplineRecords discipline, AuditLog auditLog, JdbcClient jdbc, Clock clock) {
        this.rounds = rounds;
        this.ratings = ratings;
        this.queries = queries;
        this.roster = roster;
        this.discipline = discipline;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    RatingRound open(RoundForm form, PortalUser user, Errors errors) {
        if (!RatingRights.mayManageRounds(user)) {
            throw new AccessDeniedException("only staff open rating rounds");
        }
        if (rounds.existsByYear(form.getYear())) {
            errors.rejectValue("year", "rating.round.duplicate", new Object[] {String.valueOf(form.getYear())}, "duplicate");
        }
        if (form.getYear() > LocalDate.now(clock).getYear()) {
            errors.rejectValue("year", "rating.round.future");
        }
        if (form.getSelfAssessmentDeadline() != null && form.getProposalDeadline() != null
                && form.getProposalDeadline().isBefore(form.getSelfAssessmentDeadline())) {
            errors.rejectValue("proposalDeadline", "rating.round.deadlineOrder");
        }
        if (form.getProposalDeadline() != null && form.getDecisionDeadline() != null
                && form.getDecisionDeadline().isBefore(form.getProposalDeadline())) {
            errors.rejectValue("decisionDeadline", "rating.round.deadlineOrder");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getSelfAssessmentDeadline() != null && form.getSelfAssessmentDeadline().isBefore(today)) {
            errors.rejectValue("selfAssessmentDeadline", "rating.round.deadlinePast");
        }
        if (errors.hasErrors()) {
            return null;
        }
        RatingRound round = rounds.saveAndFlush(new RatingRound(form.getYear(), today, form.getSelfAssessmentDeadline(),
                form.getProposalDeadline(), form.getDecisionDeadline()));
        roster.fill(round);
        return round;
    }

    @Transactional
    void selfAssess(RatingRound round, RatingRow row, SelfAssessmentForm form, PortalUser user, Scope scope, Errors errors) {
        if (!RatingRights.maySelfAssess(user, scope, row)) {
            throw new AccessDeniedException("not your self-assessment");
        }
        checkOpen(round);
        if (row.state() != RatingState.PENDING && row.state() != RatingState.SELF_ASSESSED) {
            errors.reject(row.state() == RatingState.NOT_RATED ? "rating.self.notRated" : "rating.self.locked");
            return;
        }
        if (form.getVersion() != row.version()) {
            errors.reject("rating.conflict");
            return;
        }
        RatingPolicy policy = round.policy();
        RatingLevel level = form.getLevel();
        BigDecimal total = null;
        Map<String, BigDecimal> scores = null;
        if (policy.scored()) {
            scores = new LinkedHashMap<>();
            total = BigDecimal.ZERO;
            for (RatingPolicy.CriteriaGroup group : policy.groups(row.subject())) {
                BigDecimal points = form.getScores().get(group.code());
                if (points == null || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(group.maxPoints())) > 0
                        || points.scale() > 2) {
                    errors.rejectValue("scores[" + group.code() + "]", "rating.self.points", new Object[] {group.maxPoints()}, "points");
                    continue;
                }
                scores.put(group.code(), points);
                total = total.add(points);
            }
            if (!errors.hasErrors()) {
                level = policy.levelForScore(total, form.isExcellenceConditions());
            }
        } else if (level == null) {
            errors.rejectValue("level", "rating.level.required");
        }
        if (errors.hasErrors()) {
            return;
        }
        Rating rating = ratings.findById(row.id()).orElseThrow(NotFound::new);
        rating.selfAssess(level, total, scores, form.getReview().strip(), Instant.now(clock), user.getDisplayName());
    }

    /** The cell's proposals (or the staff's preparation for grassroots organisations); rows left without a level are skipped. */
    @Transactional
    void propose(RatingRound round, List<RatingRow> table, RatingTableForm form, PortalUser user, Scope scope, Errors errors) {
        checkOpen(round);
        Map<Long, Rating> entities = entities(table, form, errors, row -> RatingRights.mayPropose(user, scope, row), row -> {
            if (row.state().isDecided()) {
                return "rating.proposal.decided";
            }
            return null;
        });
        if (errors.hasErrors()) {
            return;
        }
        Instant now = Instant.now(clock);
        forEachEntry(form, (index, entry) -> {
            Rating rating = entities.get(entry.getId());
            if (rating != null && entry.getLevel() != null && (entry.getLevel() != rating.getProposedLevel()
                    || !Objects.equals(blankToNull(entry.getNote()), rating.getProposalNote()))) {
                rating.propose(entry.getLevel(), blankToNull(entry.getNote()), now, user.getDisplayName());
            }
        });
    }

    /** The competent body's decisions; refused row by row (and then as a whole) for a published row, a stale version or the discipline rule. */
    @Transactional
    void decide(RatingRound round, List<RatingRow> table, RatingTableForm form, PortalUser user, Scope scope, Errors errors) {
        checkOpen(round);
        Set<Long> disciplined = disciplined(round, table);
        Map<Long, RatingTableForm.Entry> byId = form.getRows().stream().filter(entry -> entry.getId() != null)
                .collect(Collectors.toMap(RatingTableForm.Entry::getId, Function.identity(), (a, b) -> a));
        Map<Long, Rating> entities = entities(table, form, errors, row -> RatingRights.mayDecide(user, scope, row), row -> {
            RatingTableForm.Entry entry = byId.get(row.id());
            if (row.isPublished()) {
                return unchanged(row, entry) ? null : "rating.decision.published";
            }
            if (entry.getLevel() != null && entry.getLevel() != RatingLevel.KHTNV && row.memberId() != null
                    && round.policy().mustBeNotFulfilled(disciplined.contains(row.memberId()), entry.isRemedied())) {
                return "rating.decision.disciplined";
            }
            return null;
        });
        if (errors.hasErrors()) {
            return;
        }
        Instant now = Instant.now(clock);
        forEachEntry(form, (index, entry) -> {
            Rating rating = entities.get(entry.getId());
            if (rating != null && entry.getLevel() != null && rating.getState() != RatingState.PUBLISHED
                    && !(rating.getState() == RatingState.DECIDED && entry.getLevel() == rating.getDecidedLevel()
                         && Objects.equals(blankToNull(entry.getNote()), rating.getDecisionNote())
                         && entry.isRemedied() == rating.isSelfRemedied())) {
                rating.decide(entry.getLevel(), blankToNull(entry.getNote()), entry.isRemedied(), now, user.getDisplayName());
            }
        });
    }

    /**
     * Công bố: every rated row of the body decided, HTXSNV within the quota and the discipline rule kept, then
     * all its decisions are locked at once and the statistics of that body refreshed.
     */
    @Transactional
    int publish(RatingRound round, RatingSubject subject, long bodyId, OrganizationKind bodyKind, PortalUser user, Scope scope,
                Errors errors) {
        if (!RatingRights.mayDecideFor(user, scope, subject, bodyId, bodyKind)) {
            throw new AccessDeniedException("not the deciding body");
        }
        checkOpen(round);
        List<RatingRow> table = queries.bodyRows(round.getId(), subject, bodyId);
        long undecided = table.stream().filter(row -> row.isRated() && !row.state().isDecided()).count();
        if (undecided > 0) {
            errors.reject("rating.publish.undecided", new Object[] {undecided}, "undecided");
            return 0;
        }
        Quota quota = Quota.of(round.policy(), table);
        if (quota.exceeded()) {
            errors.reject("rating.publish.overQuota", new Object[] {quota.excellent(), quota.allowed(), quota.good()}, "quota");
            return 0;
        }
        Set<Long> disciplined = disciplined(round, table);
        long breaking = table.stream().filter(row -> row.state() == RatingState.DECIDED && row.memberId() != null
                && row.decidedLevel() != RatingLevel.KHTNV
                && round.policy().mustBeNotFulfilled(disciplined.contains(row.memberId()), row.selfRemedied())).count();
        if (breaking > 0) {
            errors.reject("rating.publish.disciplined", new Object[] {breaking}, "discipline");
            return 0;
        }
        int published = jdbc.sql("""
                        UPDATE rating SET state = 'PUBLISHED', published_at = :now, version = version + 1
                         WHERE round_id = :round AND subject = :subject AND deciding_body_id = :body AND state = 'DECIDED'
                        """)
                .param("now", java.sql.Timestamp.from(Instant.now(clock))).param("round", round.getId())
                .param("subject", subject.name()).param("body", bodyId).update();
        refreshTally(round.getId(), subject, bodyId);
        auditLog.record(AuditAction.UPDATE, "RatingPublication", bodyId,
                "Công bố kết quả xếp loại %s năm %d: %d".formatted(subject == RatingSubject.MEMBER ? "đảng viên" : "tổ chức đảng",
                        round.getYear(), published));
        return published;
    }

    /**
     * Đình chỉ sinh hoạt: the deciding body lists a member as not rated for suspension, or takes it back, until
     * its results are published.
     */
    @Transactional
    void suspend(RatingRound round, RatingRow row, boolean suspended, PortalUser user, Scope scope, Errors errors) {
        if (row.subject() != RatingSubject.MEMBER || !RatingRights.mayDecide(user, scope, row)) {
            throw new AccessDeniedException("not the deciding body");
        }
        checkOpen(round);
        boolean isSuspended = row.notRatedReason() == NotRatedReason.SUSPENDED;
        if (row.isPublished() || (row.state() == RatingState.NOT_RATED && !isSuspended)) {
            errors.reject("rating.suspend.locked");
            return;
        }
        Rating rating = ratings.findById(row.id()).orElseThrow(NotFound::new);
        if (suspended && !isSuspended) {
            rating.markNotRated(NotRatedReason.SUSPENDED);
        } else if (!suspended && isSuspended) {
            rating.rateAgain();
        }
    }

    /** Mở lại một kết quả đã công bố: staff or admin, with the reason in the audit log. */
    @Transactional
    void reopen(RatingRound round, RatingRow row, String reason, PortalUser user, Errors errors) {
        if (!RatingRights.mayReopen(user)) {
            throw new AccessDeniedException("only staff reopen a published rating");
        }
        checkOpen(round);
        if (!row.isPublished()) {
            errors.reject("rating.reopen.notPublished");
            return;
        }
        if (reason == null || reason.strip().length() < 10) {
            errors.rejectValue("reason", "rating.reopen.reason");
            return;
        }
        Rating rating = ratings.findById(row.id()).orElseThrow(NotFound::new);
        rating.reopen();
        ratings.flush();
        refreshTally(round.getId(), row.subject(), row.decidingBodyId());
        auditLog.record(AuditAction.UPDATE, "Rating", row.id(), "Mở lại kết quả xếp loại năm %d của %s. Lý do: %s"
                .formatted(round.getYear(), row.name(), reason.strip()), Map.of("reason", reason.strip()));
    }

    /** Khóa đợt: once every rated row is published, the round becomes read-only. */
    @Transactional
    void close(RatingRound round, PortalUser user, Errors errors) {
        if (!RatingRights.mayManageRounds(user)) {
            throw new AccessDeniedException("only staff close rating rounds");
        }
        checkOpen(round);
        long open = jdbc.sql("SELECT count(*) FROM rating WHERE round_id = :round AND state NOT IN ('PUBLISHED', 'NOT_RATED')")
                .param("round", round.getId()).query(Long.class).single();
        if (open > 0) {
            errors.reject("rating.round.notAllPublished", new Object[] {open}, "open");
            return;
        }
        round.close(Instant.now(clock), user.getDisplayName());
        rounds.save(round);
    }

    /** Counts the published results of one deciding body again (statistics read only this table). */
    void refreshTally(long roundId, RatingSubject subject, long bodyId) {
        jdbc.sql("DELETE FROM rating_tally WHERE round_id = :round AND subject = :subject AND deciding_body_id = :body")
                .param("round", roundId).param("subject", subject.name()).param("body", bodyId).update();
        jdbc.sql("""
                        INSERT INTO rating_tally (round_id, subject, deciding_body_id, organization_id, level, total)
                        SELECT round_id, subject, deciding_body_id, organization_id,
                               CASE WHEN state = 'NOT_RATED' THEN 'NOT_RATED' ELSE decided_level END, count(*)
                          FROM rating
                         WHERE round_id = :round AND subject = :subject AND deciding_body_id = :body AND state IN ('PUBLISHED', 'NOT_RATED')
                         GROUP BY 1, 2, 3, 4, 5
                        """)
                .param("round", roundId).param("subject", subject.name()).param("body", bodyId).update();
    }

    private Set<Long> disciplined(RatingRound round, List<RatingRow> table) {
        List<Long> members = table.stream().map(RatingRow::memberId).filter(Objects::nonNull).toList();
        return discipline.inYear(members, round.getYear()).keySet();
    }

    /**
     * The entities behind the posted rows, after checking each: it belongs to the table shown (a forged id does
     * not), the user may act on it, it is rated, the version is the one read, and the step's own rule.
     */
    private Map<Long, Rating> entities(List<RatingRow> table, RatingTableForm form, Errors errors,
                                       java.util.function.Predicate<RatingRow> allowed, Function<RatingRow, String> rule) {
        Map<Long, RatingRow> rows = table.stream().collect(Collectors.toMap(RatingRow::id, Function.identity()));
        List<Long> ids = form.getRows().stream().map(RatingTableForm.Entry::getId).filter(Objects::nonNull).toList();
        Map<Long, Rating> entities = ratings.findByIdIn(ids).stream().collect(Collectors.toMap(Rating::getId, Function.identity()));
        forEachEntry(form, (index, entry) -> {
            if (entry.getId() == null) {
                return;
            }
            RatingRow row = rows.get(entry.getId());
            if (row == null || !allowed.test(row)) {
                throw new AccessDeniedException("rating outside the table or the user's rights");
            }
            String field = "rows[" + index + "].level";
            if (!row.isRated()) {
                return;
            }
            if (entry.getVersion() != row.version()) {
                errors.rejectValue(field, "rating.conflict.row", new Object[] {row.name()}, "conflict");
                return;
            }
            String broken = rule.apply(row);
            if (broken != null) {
                errors.rejectValue(field, broken, new Object[] {row.name()}, broken);
            }
        });
        return entities;
    }

    private static boolean unchanged(RatingRow row, RatingTableForm.Entry entry) {
        return entry.getLevel() == row.decidedLevel() && Objects.equals(blankToNull(entry.getNote()), row.decisionNote())
                && entry.isRemedied() == row.selfRemedied();
    }

    private static void forEachEntry(RatingTableForm form, java.util.function.BiConsumer<Integer, RatingTableForm.Entry> action) {
        for (int i = 0; i < form.getRows().size(); i++) {
            action.accept(i, form.getRows().get(i));
        }
    }

    private static void checkOpen(RatingRound round) {
        if (round.isClosed()) {
            throw new AccessDeniedException("the round is closed");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
