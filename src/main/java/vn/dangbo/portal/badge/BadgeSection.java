package vn.dangbo.portal.badge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberProfileSection;
import vn.dangbo.portal.member.PartyAge;
import vn.dangbo.portal.security.Scope;

/** The Party badges on a member's profile, and when the next milestone of Party age is reached. */
@Component
class BadgeSection implements MemberProfileSection {

    private final BadgeAwardRepository awards;
    private final Clock clock;

    BadgeSection(BadgeAwardRepository awards, Clock clock) {
        this.awards = awards;
        this.clock = clock;
    }

    record Data(List<BadgeAward> awards, Integer nextYears, LocalDate nextReached) {
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "badge/profile";
    }

    @Override
    public Object load(Member member, Scope scope) {
        PartyAge age = member.getPartyAge();
        if (age == null) {
            return null;
        }
        List<BadgeAward> received = awards.findByMemberIdOrderByYearsAsc(member.getId());
        int highest = received.isEmpty() ? 0 : received.get(received.size() - 1).getYears();
        LocalDate today = LocalDate.now(clock);
        Integer next = member.getStatus().isCurrent() ? BadgePolicy.MILESTONES.stream()
                .filter(years -> years > highest && age.reaches(years).isAfter(today)).findFirst().orElse(null) : null;
        if (received.isEmpty() && next == null) {
            return null;
        }
        return new Data(received, next, next == null ? null : age.reaches(next));
    }
}
