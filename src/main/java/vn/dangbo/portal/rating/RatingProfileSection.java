package vn.dangbo.portal.rating;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberProfileSection;
import vn.dangbo.portal.security.Scope;

/** The member's published ratings across the years on {@code /members/{id}} (one statement). */
@Component
class RatingProfileSection implements MemberProfileSection {

    private final RatingQueries queries;

    RatingProfileSection(RatingQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public String template() {
        return "rating/profile";
    }

    @Override
    public Object load(Member member, Scope scope) {
        return new Profile(queries.memberHistory(member.getId()), scope.isSelf());
    }

    record Profile(List<RatingQueries.YearLevel> years, boolean own) {
    }
}
