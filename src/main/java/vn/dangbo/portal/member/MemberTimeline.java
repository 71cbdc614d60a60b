package vn.dangbo.portal.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;

/**
 * The "Party life" section of a member's profile: Party age, probation, and the timeline of events with
 * the cell after each; for those who may edit the member, the events that may be recorded next.
 */
@Component
class MemberTimeline implements MemberProfileSection {

    private final MemberLifecycle lifecycle;
    private final OrganizationRepository organizations;
    private final Clock clock;

    MemberTimeline(MemberLifecycle lifecycle, OrganizationRepository organizations, Clock clock) {
        this.lifecycle = lifecycle;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** One line of the timeline. */
    record Entry(MemberEvent event, String cellName) {
    }

    /** What the section shows. */
    record Timeline(long memberId, PartyAge partyAge, int partyYears, LocalDate ceremonyDate, LocalDate probationEnds,
                    boolean away, List<Entry> entries, List<MemberEventKind> actions) {
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "member/timeline";
    }

    @Override
    public Object load(Member member, Scope scope) {
        LocalDate today = LocalDate.now(clock);
        List<MemberEvent> history = lifecycle.history(member.getId());
        Set<Long> cellIds = history.stream().map(MemberEvent::getOrganizationId).collect(Collectors.toSet());
        Map<Long, String> cellNames = organizations.findAllById(cellIds).stream()
                .collect(Collectors.toMap(Organization::getId, Organization::getName));
        MemberState state = MemberState.of(member, history);
        List<Entry> entries = new ArrayList<>();
        history.forEach(event -> entries.add(0, new Entry(event, cellNames.get(event.getOrganizationId()))));
        List<MemberEventKind> actions = scope.canEdit(member.getOrganization().getPath())
                ? Arrays.stream(MemberEventKind.values())
                        .filter(kind -> kind.recordedOnProfile() && kind.allowedAfter(member.getStatus()))
                        .filter(kind -> kind != MemberEventKind.TEMPORARY_TRANSFER || !state.away())
                        .filter(kind -> kind != MemberEventKind.TEMPORARY_TRANSFER_END || state.away())
                        .toList()
                : List.of();
        PartyAge age = member.getPartyAge();
        return new Timeline(member.getId(), age, age == null ? 0 : age.yearsOn(today), member.getAdmissionCeremonyDate(),
                member.getStatus() == MemberStatus.PROBATIONARY ? state.probationEnds() : null, state.away(), entries, actions);
    }
}
