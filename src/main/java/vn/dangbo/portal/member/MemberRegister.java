package vn.dangbo.portal.member;

import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Creating and editing register entries. A new member enters with their first lifecycle event (admitted,
 * transferred in, or an existing record registered) in a live cell the user may edit; editing changes
 * identity and contact only. No two members share a Party card number. A stale form (someone else saved
 * meanwhile) is refused with a message, never silently overwritten.
 */
@Service
public class MemberRegister {

    private final MemberRepository members;
    private final MemberLifecycle lifecycle;

    MemberRegister(MemberRepository members, MemberLifecycle lifecycle) {
        this.members = members;
        this.lifecycle = lifecycle;
    }

    /** Creates a member with their entry event; returns the new id, or null with the reasons in {@code errors}. */
    @Transactional
    public Long create(NewMemberForm form, Errors errors, Scope scope) {
        scope.checkMayEdit();
        MemberEventForm entry = form.getEntry();
        errors.pushNestedPath("entry");
        Organization cell = lifecycle.checkedCell(entry.getOrganizationId(), errors, scope);
        if (entry.getKind() != null && !MemberEventKind.ENTRIES.contains(entry.getKind())) {
            errors.rejectValue("kind", "lifecycle.notAnEntry");
        } else {
            lifecycle.checkEntry(entry, form.getBirthDate(), errors);
        }
        errors.popNestedPath();
        checkPartyCard(form, -1L, errors);
        if (errors.hasErrors()) {
            return null;
        }
        Member member = new Member();
        member.update(form);
        member.changeState(LifecycleRules.after(MemberState.newcomer(form.getBirthDate()), entry), cell);
        members.saveAndFlush(member);
        lifecycle.enter(member, entry, cell);
        return member.getId();
    }

    @Transactional
    public void update(long id, MemberForm form, Errors errors, Scope scope) {
        Member member = members.findWithOrganization(id).orElseThrow(NotFound::new);
        scope.checkCanEdit(member.getOrganization().getPath());
        if (!Objects.equals(form.getVersion(), member.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        checkPartyCard(form, id, errors);
        if (!errors.hasErrors()) {
            member.update(form);
            members.flush();
        }
    }

    private void checkPartyCard(MemberForm form, long id, Errors errors) {
        if (form.getPartyCardNumber() != null && members.existsPartyCardNumber(form.getPartyCardNumber(), id)) {
            errors.rejectValue("partyCardNumber", "member.partyCardNumber.duplicate");
        }
    }
}
