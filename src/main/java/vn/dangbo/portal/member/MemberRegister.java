package vn.dangbo.portal.member;

import java.time.LocalDate;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Creating and editing register entries, with the rules that span fields: a member belongs to a live
 * cell the user may edit, was at least 18 when admitted, becomes official no earlier than 12 months after
 * admission, and no two members share a Party card number. A stale form (someone else saved meanwhile) is
 * refused with a message, never silently overwritten.
 */
@Service
public class MemberRegister {

    static final int MINIMUM_ADMISSION_AGE = 18;
    static final int PROBATION_MONTHS = 12;

    private final MemberRepository members;
    private final OrganizationRepository organizations;

    MemberRegister(MemberRepository members, OrganizationRepository organizations) {
        this.members = members;
        this.organizations = organizations;
    }

    @Transactional
    public Long create(MemberForm form, Errors errors, Scope scope) {
        Organization cell = checkedCell(form, errors, scope);
        checkRules(form, -1L, errors);
        if (errors.hasErrors()) {
            return null;
        }
        Member member = new Member();
        member.update(form, cell);
        return members.saveAndFlush(member).getId();
    }

    @Transactional
    public void update(long id, MemberForm form, Errors errors, Scope scope) {
        Member member = members.findWithOrganization(id).orElseThrow(NotFound::new);
        scope.checkCanEdit(member.getOrganization().getPath());
        if (!Objects.equals(form.getVersion(), member.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        Organization cell = checkedCell(form, errors, scope);
        checkRules(form, id, errors);
        if (!errors.hasErrors()) {
            member.update(form, cell);
            members.flush();
        }
    }

    private Organization checkedCell(MemberForm form, Errors errors, Scope scope) {
        if (form.getOrganizationId() == null) {
            return null;
        }
        Organization cell = organizations.findById(form.getOrganizationId()).orElse(null);
        if (cell == null || !cell.getKind().isCell() || cell.isDissolved()) {
            errors.rejectValue("organizationId", "member.organization.notACell");
            return null;
        }
        scope.checkCanEdit(cell.getPath());
        return cell;
    }

    private void checkRules(MemberForm form, long id, Errors errors) {
        LocalDate admitted = form.getAdmissionDate();
        if (admitted != null && form.getBirthDate() != null
                && admitted.isBefore(form.getBirthDate().plusYears(MINIMUM_ADMISSION_AGE))) {
            errors.rejectValue("admissionDate", "member.admissionTooYoung", new Object[] {MINIMUM_ADMISSION_AGE}, null);
        }
        MemberStatus status = form.getStatus();
        if ((status == MemberStatus.PROBATIONARY || status == MemberStatus.OFFICIAL) && admitted == null) {
            errors.rejectValue("admissionDate", "member.admissionDateRequired");
        }
        if (status == MemberStatus.PROBATIONARY && form.getOfficialDate() != null) {
            errors.rejectValue("officialDate", "member.officialDateWhileProbationary");
        }
        if (form.getOfficialDate() != null && admitted != null
                && form.getOfficialDate().isBefore(admitted.plusMonths(PROBATION_MONTHS))) {
            errors.rejectValue("officialDate", "member.officialTooEarly", new Object[] {PROBATION_MONTHS}, null);
        }
        if (form.getPartyCardNumber() != null && members.existsPartyCardNumber(form.getPartyCardNumber(), id)) {
            errors.rejectValue("partyCardNumber", "member.partyCardNumber.duplicate");
        }
    }
}
