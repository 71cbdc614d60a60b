package vn.dangbo.portal.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationPageSection;
import vn.dangbo.portal.security.Scope;

/** The committee on the unit's page: who sits on it today, secretary first. */
@Component
class CommitteeSection implements OrganizationPageSection {

    private final Committees committees;
    private final Clock clock;

    CommitteeSection(Committees committees, Clock clock) {
        this.committees = committees;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "committee/section";
    }

    @Override
    public Object load(Organization unit, Scope scope) {
        return new Data(unit.getId(), committees.on(unit.getId(), LocalDate.now(clock)), scope.canRestructure(unit.getPath()));
    }

    record Data(long unitId, List<Seat> seats, boolean canEdit) {
    }
}
