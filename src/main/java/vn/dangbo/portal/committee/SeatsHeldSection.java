package vn.dangbo.portal.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberProfileSection;
import vn.dangbo.portal.security.Scope;

/** The committee seats a member has held, on their profile ("Bí thư Chi bộ X, nhiệm kỳ 2020–2025"). */
@Component
class SeatsHeldSection implements MemberProfileSection {

    private final Committees committees;
    private final Clock clock;

    SeatsHeldSection(Committees committees, Clock clock) {
        this.committees = committees;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "committee/profile";
    }

    @Override
    public Object load(Member member, Scope scope) {
        List<Seat> seats = committees.heldByMember(member.getId());
        return seats.isEmpty() ? null : new Data(seats, LocalDate.now(clock));
    }

    record Data(List<Seat> seats, LocalDate today) {
    }
}
