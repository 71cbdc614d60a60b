package vn.dangbo.portal.pledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * What the reviewing secretary does (see {@link PledgeReviewers} for who that is): approve or reopen a
 * pledge, write the remark on the year, acknowledge a submitted entry (one or many at once) or return it
 * with a comment — an acknowledged entry can be returned too, which reopens it for the member.
 */
@Service
public class PledgeReview {

    private final PledgeRepository pledges;
    private final MonthlySelfAssessmentRepository entries;
    private final PledgeMembers members;
    private final MonthlyDeadline deadline;

    PledgeReview(PledgeRepository pledges, MonthlySelfAssessmentRepository entries, PledgeMembers members,
                 MonthlyDeadline deadline) {
        this.pledges = pledges;
        this.entries = entries;
        this.members = members;
        this.deadline = deadline;
    }

    @Transactional
    public Pledge approve(long pledgeId, Scope scope, PortalUser user, Errors errors) {
        Pledge pledge = reviewedPledge(pledgeId, scope, user);
        if (pledge.getStatus() != PledgeStatus.SUBMITTED) {
            errors.reject("pledge.review.notSubmitted");
            return pledge;
        }
        pledge.approve(user.getDisplayName(), deadline.now());
        pledges.flush();
        return pledge;
    }

    @Transactional
    public Pledge reopen(long pledgeId, Scope scope, PortalUser user, Errors errors) {
        Pledge pledge = reviewedPledge(pledgeId, scope, user);
        if (pledge.getStatus() != PledgeStatus.APPROVED) {
            errors.reject("pledge.review.notApproved");
            return pledge;
        }
        pledge.reopen();
        pledges.flush();
        return pledge;
    }

    @Transactional
    public Pledge remark(long pledgeId, ReviewForm form, Scope scope, PortalUser user, Errors errors) {
        Pledge pledge = reviewedPledge(pledgeId, scope, user);
        if (!Objects.equals(form.getVersion(), pledge.getVersion())) {
            errors.reject("concurrentEdit");
            return pledge;
        }
        pledge.remark(form.getComment());
        pledges.flush();
        return pledge;
    }

    /** Acknowledges a submitted entry; returns false when it was not waiting (e.g. acknowledged a moment ago). */
    @Transactional
    public boolean acknowledge(long entryId, String comment, Scope scope, PortalUser user) {
        MonthlySelfAssessment entry = reviewedEntries(List.of(entryId), scope, user).get(0);
        if (entry.getStatus() != AssessmentStatus.SUBMITTED) {
            return false;
        }
        entry.acknowledge(user.getDisplayName(), deadline.now(), comment);
        entries.flush();
        return true;
    }

    @Transactional
    public void returnToMember(long entryId, String comment, Scope scope, PortalUser user, Errors errors) {
        MonthlySelfAssessment entry = reviewedEntries(List.of(entryId), scope, user).get(0);
        if (comment == null) {
            errors.rejectValue("comment", "pledge.review.commentRequired");
            return;
        }
        if (entry.getStatus() != AssessmentStatus.SUBMITTED && entry.getStatus() != AssessmentStatus.ACKNOWLEDGED) {
            errors.reject("pledge.review.notSubmitted");
            return;
        }
        entry.returnToMember(user.getDisplayName(), deadline.now(), comment);
        entries.flush();
    }

    /**
     * Acknowledges all the given entries that are waiting. Every one must be the user's to review: one
     * forged id refuses the whole batch. Returns how many were acknowledged.
     */
    @Transactional
    public int acknowledgeAll(Collection<Long> entryIds, Scope scope, PortalUser user) {
        int acknowledged = 0;
        for (MonthlySelfAssessment entry : reviewedEntries(entryIds, scope, user)) {
            if (entry.getStatus() == AssessmentStatus.SUBMITTED) {
                entry.acknowledge(user.getDisplayName(), deadline.now(), null);
                acknowledged++;
            }
        }
        entries.flush();
        return acknowledged;
    }

    private Pledge reviewedPledge(long pledgeId, Scope scope, PortalUser user) {
        Pledge pledge = pledges.findById(pledgeId).orElseThrow(NotFound::new);
        checkReviewer(members.get(pledge.getMemberId()), scope, user);
        return pledge;
    }

    private List<MonthlySelfAssessment> reviewedEntries(Collection<Long> entryIds, Scope scope, PortalUser user) {
        List<MonthlySelfAssessment> found = entries.findWithPledge(entryIds);
        if (found.size() != entryIds.stream().distinct().count()) {
            throw new NotFound();
        }
        Map<Long, PledgeMember> owners = members.getAll(found.stream().map(entry -> entry.getPledge().getMemberId()).distinct().toList());
        owners.values().forEach(member -> checkReviewer(member, scope, user));
        if (found.stream().anyMatch(entry -> entry.getStatus() == AssessmentStatus.DRAFT)) {
            throw new NotFound();   // a draft is the member's own: nobody else knows it exists
        }
        return found;
    }

    private static void checkReviewer(PledgeMember member, Scope scope, PortalUser user) {
        scope.checkCoversMember(member.id(), member.cellPath());
        if (!PledgeReviewers.mayReview(scope, user, member)) {
            throw new AccessDeniedException("not the reviewer of this member's pledge book");
        }
    }
}
