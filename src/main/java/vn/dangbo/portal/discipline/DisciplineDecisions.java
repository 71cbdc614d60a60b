package vn.dangbo.portal.discipline;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberEventForm;
import vn.dangbo.portal.member.MemberEventKind;
import vn.dangbo.portal.member.MemberLifecycle;
import vn.dangbo.portal.member.MemberRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Records a discipline decision on a member the user may edit; an expulsion also ends the membership with
 * an expulsion event in the member's lifecycle, in the same transaction (refused together if the lifecycle
 * refuses it, e.g. the member is already expelled).
 */
@Service
class DisciplineDecisions {

    private final DisciplineRecordRepository records;
    private final MemberRepository members;
    private final MemberLifecycle lifecycle;

    DisciplineDecisions(DisciplineRecordRepository records, MemberRepository members, MemberLifecycle lifecycle) {
        this.records = records;
        this.members = members;
        this.lifecycle = lifecycle;
    }

    @Transactional
    boolean record(long memberId, DisciplineForm form, Errors errors, Scope scope) {
        Member member = members.findWithOrganization(memberId).orElseThrow(NotFound::new);
        scope.checkCanEdit(member.getOrganization().getPath());
        if (!member.getStatus().isCurrent()) {
            errors.reject("discipline.notAMember");
            return false;
        }
        if (form.getMeasure() == DisciplineMeasure.EXPULSION) {
            MemberEventForm expulsion = new MemberEventForm(MemberEventKind.EXPULSION, form.getDecisionDate(),
                    form.getDecisionNumber(), form.getDecisionIssuer(), form.getViolation());
            Errors lifecycleErrors = new BeanPropertyBindingResult(expulsion, "expulsion");
            if (!lifecycle.record(memberId, expulsion, lifecycleErrors, scope)) {
                lifecycleErrors.getAllErrors().forEach(error -> errors.reject(error.getCode(), error.getArguments(), error.getDefaultMessage()));
                return false;
            }
        }
        records.save(new DisciplineRecord(memberId, form));
        return true;
    }
}
