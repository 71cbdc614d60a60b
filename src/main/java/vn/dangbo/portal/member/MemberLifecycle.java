package vn.dangbo.portal.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Records the events of a member's Party life ({@link MemberEventKind}) and keeps the register's cached
 * state (status, cell, Party dates) in step, in the same transaction: nothing else writes those columns.
 * Invalid transitions are refused by {@link LifecycleRules} with a message next to the field.
 */
@Service
public class MemberLifecycle {

    private final MemberRepository members;
    private final MemberEventRepository events;
    private final OrganizationRepository organizations;
    private final Clock clock;

    MemberLifecycle(MemberRepository members, MemberEventRepository events, OrganizationRepository organizations, Clock clock) {
        this.members = members;
        this.events = events;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * Records one event on a member the user may edit. Returns false, with the reasons in {@code errors},
     * when a rule refuses it; a form whose {@code version} is stale is refused as a concurrent edit.
     */
    @Transactional
    public boolean record(long memberId, MemberEventForm form, Errors errors, Scope scope) {
        Member member = members.findWithOrganization(memberId).orElseThrow(NotFound::new);
        scope.checkCanEdit(member.getOrganization().getPath());
        if (form.getVersion() != null && !Objects.equals(form.getVersion(), member.getVersion())) {
            errors.reject("concurrentEdit");
            return false;
        }
        MemberState state = MemberState.of(member, history(memberId));
        Organization cell = member.getOrganization();
        if (form.getKind() != null && form.getKind().needsCell()) {
            cell = checkedCell(form.getOrganizationId(), errors, scope);
            if (cell != null && form.getKind() == MemberEventKind.TRANSFER_INTERNAL && cell.getId().equals(member.getOrganization().getId())) {
                errors.rejectValue("organizationId", "lifecycle.sameCell");
            }
        } else {
            form.setOrganizationId(cell.getId());
        }
        LifecycleRules.check(state, form, today(), errors);
        if (errors.hasErrors()) {
            return false;
        }
        apply(member, state, form, cell);
        return true;
    }

    /** A member's history, oldest first. */
    @Transactional(readOnly = true)
    public List<MemberEvent> history(long memberId) {
        return events.findByMemberIdOrderByEventDateAscIdAsc(memberId);
    }

    /** Checks the first event of a member not yet in the register (the entry of the new-member form). */
    void checkEntry(MemberEventForm entry, LocalDate birthDate, Errors errors) {
        LifecycleRules.check(MemberState.newcomer(birthDate), entry, today(), errors);
    }

    /** Writes the first event of a member just saved, and their state after it. */
    void enter(Member member, MemberEventForm entry, Organization cell) {
        apply(member, MemberState.newcomer(member.getBirthDate()), entry, cell);
    }

    /** A live cell (chi bộ) the user may edit, or null with an error on {@code organizationId}. */
    Organization checkedCell(Long cellId, Errors errors, Scope scope) {
        if (cellId == null) {
            return null;
        }
        Organization cell = organizations.findById(cellId).orElse(null);
        if (cell == null || !cell.getKind().isCell() || cell.isDissolved()) {
            errors.rejectValue("organizationId", "member.organization.notACell");
            return null;
        }
        scope.checkCanEdit(cell.getPath());
        return cell;
    }

    private void apply(Member member, MemberState state, MemberEventForm input, Organization cell) {
        MemberState after = LifecycleRules.after(state, input);
        events.save(new MemberEvent(member.getId(), input, cell.getId(), after.status(), clock.instant(), AuditLog.currentActor()));
        member.changeState(after, cell);
        members.flush();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
