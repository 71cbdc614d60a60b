package vn.dangbo.portal.admission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import vn.dangbo.portal.member.MemberChoices;
import vn.dangbo.portal.member.MemberEventForm;
import vn.dangbo.portal.member.MemberRegister;
import vn.dangbo.portal.member.NewMemberForm;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * The admission pipeline: a cell prepares a candidate's file (course, application, two sponsoring official
 * members of the same grassroots organisation, the cell's resolution); once every step is there, the
 * admission decision makes the candidate a probationary member through the member lifecycle.
 */
@Service
class AdmissionPipeline {

    private static final Set<String> ADMISSION_FIELDS = Set.of("eventDate", "ceremonyDate", "decisionNumber", "decisionIssuer");

    private final CandidateRepository candidates;
    private final OrganizationRepository organizations;
    private final MemberChoices memberChoices;
    private final MemberRegister register;
    private final CandidateTraining training;

    AdmissionPipeline(CandidateRepository candidates, OrganizationRepository organizations, MemberChoices memberChoices,
                      MemberRegister register, CandidateTraining training) {
        this.candidates = candidates;
        this.organizations = organizations;
        this.memberChoices = memberChoices;
        this.register = register;
        this.training = training;
    }

    @Transactional
    Long create(CandidateForm form, Errors errors, Scope scope) {
        Organization cell = checkedCell(form, errors, scope);
        if (cell == null || errors.hasErrors()) {
            return null;
        }
        Candidate candidate = new Candidate(cell.getId());
        candidate.update(form);
        return candidates.saveAndFlush(candidate).getId();
    }

    @Transactional
    void update(long id, CandidateForm form, Errors errors, Scope scope) {
        Candidate candidate = editable(id, scope);
        if (!Objects.equals(form.getVersion(), candidate.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        if (candidate.getState() != CandidateState.IN_PROGRESS) {
            errors.reject("admission.closed");
            return;
        }
        form.setOrganizationId(candidate.getOrganizationId());
        if (checkedCell(form, errors, scope) != null && !errors.hasErrors()) {
            candidate.update(form);
            candidates.flush();
        }
    }

    @Transactional
    void withdraw(long id, long version, Scope scope) {
        Candidate candidate = editable(id, scope);
        if (candidate.getVersion() == version && candidate.getState() == CandidateState.IN_PROGRESS) {
            candidate.withdraw();
            candidates.flush();
        }
    }

    /** Admits a candidate whose file is complete; returns the new member's id, or null with the reasons in {@code errors}. */
    @Transactional
    Long admit(long id, AdmitForm form, Errors errors, Scope scope) {
        Candidate candidate = editable(id, scope);
        if (!Objects.equals(form.getVersion(), candidate.getVersion())) {
            errors.reject("concurrentEdit");
            return null;
        }
        if (candidate.getState() != CandidateState.IN_PROGRESS) {
            errors.reject("admission.closed");
            return null;
        }
        if (!missingSteps(candidate).isEmpty()) {
            errors.reject("admission.stepsMissing");
            return null;
        }
        NewMemberForm member = new NewMemberForm();
        member.setFamilyName(candidate.getFamilyName());
        member.setMiddleName(candidate.getMiddleName());
        member.setGivenName(candidate.getGivenName());
        member.setGender(candidate.getGender());
        member.setBirthDate(candidate.getBirthDate());
        member.setJobTitle(candidate.getJobTitle());
        member.setWorkplace(candidate.getWorkplace());
        MemberEventForm admission = member.getEntry();
        admission.setOrganizationId(candidate.getOrganizationId());
        admission.setEventDate(form.getEventDate());
        admission.setCeremonyDate(form.getCeremonyDate());
        admission.setDecisionNumber(form.getDecisionNumber());
        admission.setDecisionIssuer(form.getDecisionIssuer());
        Errors memberErrors = new BeanPropertyBindingResult(member, "member");
        Long memberId = register.create(member, memberErrors, scope);
        if (memberId == null) {
            memberErrors.getFieldErrors().forEach(error -> {
                String field = error.getField().replaceFirst("^entry\\.", "");
                if (ADMISSION_FIELDS.contains(field)) {
                    errors.rejectValue(field, error.getCode(), error.getArguments(), error.getDefaultMessage());
                } else {
                    errors.reject(error.getCode(), error.getArguments(), error.getDefaultMessage());
                }
            });
            memberErrors.getGlobalErrors().forEach(error -> errors.reject(error.getCode(), error.getArguments(), error.getDefaultMessage()));
            return null;
        }
        candidate.admitted(memberId);
        candidates.flush();
        return memberId;
    }

    /** The steps still open; the course counts when the training register shows it completed. */
    List<String> missingSteps(Candidate candidate) {
        return candidate.missingSteps(registeredTraining(candidate).isPresent());
    }

    /** Those of the candidates whose course the training register shows completed. */
    Set<Long> trainedInRegister(Collection<Long> candidateIds) {
        return training.completedAmong(candidateIds);
    }

    Optional<CandidateTraining.Completion> registeredTraining(Candidate candidate) {
        return training.completion(candidate.getId());
    }

    Candidate editable(long id, Scope scope) {
        Candidate candidate = candidates.findById(id).orElseThrow(NotFound::new);
        scope.checkCanEdit(organizations.findById(candidate.getOrganizationId()).orElseThrow(NotFound::new).getPath());
        return candidate;
    }

    /** The grassroots organisation of a cell: the cell itself (chi bộ cơ sở) or the đảng bộ cơ sở above it. */
    Organization grassrootsOf(Organization cell) {
        return cell.getKind() == OrganizationKind.SUB_CELL ? organizations.findById(cell.getParent().getId()).orElseThrow() : cell;
    }

    /** A live cell the user may edit, and sponsors who are two different official members of its grassroots organisation. */
    private Organization checkedCell(CandidateForm form, Errors errors, Scope scope) {
        Organization cell = organizations.findById(form.getOrganizationId()).orElse(null);
        if (cell == null || !cell.getKind().isCell() || cell.isDissolved()) {
            errors.rejectValue("organizationId", "member.organization.notACell");
            return null;
        }
        scope.checkCanEdit(cell.getPath());
        List<Long> sponsors = new ArrayList<>();
        if (form.getSponsor1MemberId() != null) {
            sponsors.add(form.getSponsor1MemberId());
        }
        if (form.getSponsor2MemberId() != null) {
            sponsors.add(form.getSponsor2MemberId());
        }
        if (sponsors.size() == 2 && sponsors.get(0).equals(sponsors.get(1))) {
            errors.rejectValue("sponsor2MemberId", "admission.sameSponsor");
        } else if (!memberChoices.allOfficialUnder(sponsors, grassrootsOf(cell).getPath())) {
            errors.rejectValue("sponsor1MemberId", "admission.sponsorNotOfficial");
        }
        return cell;
    }
}
