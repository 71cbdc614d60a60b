package vn.dangbo.portal.pledge;

import java.time.YearMonth;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberProfileSection;
import vn.dangbo.portal.security.Scope;

/**
 * The exemplary-conduct year on a member's profile: the months counted so far and, for the member
 * themself, a button to this month's self-assessment — the way in from the start page on a phone.
 */
@Component
class PledgeProfileSection implements MemberProfileSection {

    private final PledgeYearSummaries summaries;
    private final MonthlyDeadline deadline;

    PledgeProfileSection(PledgeYearSummaries summaries, MonthlyDeadline deadline) {
        this.summaries = summaries;
        this.deadline = deadline;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "pledge/profile";
    }

    @Override
    public Object load(Member member, Scope scope) {
        if (!member.getStatus().isCurrent()) {
            return null;
        }
        YearMonth current = deadline.currentMonth();
        PledgeYearSummary summary = summaries.forMember(member.getId(), current.getYear());
        MonthState month = summary.months().get(current.getMonthValue() - 1);
        boolean fillNow = scope.isSelf() && summary.hasPledge() && summary.pledgeStatus() != PledgeStatus.DRAFT
                && (month.status() == MonthStatus.OPEN || month.status() == MonthStatus.RETURNED);
        return new Profile(member.getId(), current, summary, scope.isSelf(), fillNow);
    }

    record Profile(long memberId, YearMonth current, PledgeYearSummary summary, boolean own, boolean fillNow) {
    }
}
