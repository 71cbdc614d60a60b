package vn.dangbo.portal.residence;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberProfileSection;
import vn.dangbo.portal.security.Scope;

/** The residence cell and its yearly feedback on a member's profile. */
@Component
class ResidenceSection implements MemberProfileSection {

    private final ResidenceFeedbacks feedbacks;

    ResidenceSection(ResidenceFeedbacks feedbacks) {
        this.feedbacks = feedbacks;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "residence/profile";
    }

    @Override
    public Object load(Member member, Scope scope) {
        return new Data(member.getId(), feedbacks.contactOf(member.getId()), feedbacks.ofMember(member.getId()),
                scope.canEdit(member.getOrganization().getPath()));
    }

    record Data(long memberId, ResidenceFeedbacks.Contact contact, List<ResidenceFeedbacks.Feedback> feedbacks, boolean canEdit) {
    }
}
