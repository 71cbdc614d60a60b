package vn.dangbo.portal.badge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.security.Scope;

/**
 * Staff of the bloc record the badges awarded in a batch: only members on the batch's list (not deferred),
 * each at the milestone and in the way the list proposes; a badge is awarded once per milestone.
 */
@Service
class BadgeAwards {

    private final BadgeProposals proposals;
    private final BadgeAwardRepository awards;
    private final Clock clock;

    BadgeAwards(BadgeProposals proposals, BadgeAwardRepository awards, Clock clock) {
        this.proposals = proposals;
        this.awards = awards;
        this.clock = clock;
    }

    /** Records the picked proposals ("member:years:kind"); returns how many were awarded, or 0 with the reason in errors. */
    @Transactional
    int award(LocalDate batch, List<String> picks, String decisionNumber, Errors errors, Scope scope) {
        if (!scope.isEverything() || !scope.canEdit()) {
            throw new AccessDeniedException("badges are recorded by the bloc's staff");
        }
        if (!BadgePolicy.isBatchDay(batch) || batch.isAfter(LocalDate.now(clock).plusYears(1))) {
            errors.reject("badge.notABatch");
            return 0;
        }
        if (picks == null || picks.isEmpty()) {
            errors.reject("badge.nothingPicked");
            return 0;
        }
        if (decisionNumber == null || decisionNumber.isBlank()) {
            errors.reject("badge.decisionRequired");
            return 0;
        }
        BadgeProposals.Batch list = proposals.of(batch, scope);
        Set<String> allowed = list.regular().stream().map(BadgeProposals.Proposal::pick).collect(Collectors.toSet());
        list.early().forEach(proposal -> allowed.add(proposal.pick()));
        list.posthumous().forEach(proposal -> allowed.add(proposal.pick()));
        if (!allowed.containsAll(picks)) {
            errors.reject("badge.notProposed");
            return 0;
        }
        for (String pick : Set.copyOf(picks)) {
            String[] parts = pick.split(":");
            awards.save(new BadgeAward(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), batch, decisionNumber.strip(),
                    BadgeKind.valueOf(parts[2]), clock.instant(), AuditLog.currentActor()));
        }
        awards.flush();
        return Set.copyOf(picks).size();
    }
}
