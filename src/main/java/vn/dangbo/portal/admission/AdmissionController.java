package vn.dangbo.portal.admission;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.member.Gender;
import vn.dangbo.portal.member.MemberChoices;
import vn.dangbo.portal.member.Probations;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationMembers;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * {@code /admissions}: the candidates (quần chúng ưu tú) being prepared in the user's units with the steps
 * of their files, and the probationary members due to become official within 60 days; a candidate's file
 * and the admission decision.
 */
@Controller
@RequestMapping("/admissions")
class AdmissionController {

    static final int DUE_WITHIN_DAYS = 60;

    private final AdmissionPipeline pipeline;
    private final CandidateRepository candidates;
    private final OrganizationRepository organizations;
    private final OrganizationMembers members;
    private final MemberChoices memberChoices;
    private final Probations probations;
    private final JdbcClient jdbc;

    AdmissionController(AdmissionPipeline pipeline, CandidateRepository candidates, OrganizationRepository organizations,
                        OrganizationMembers members, MemberChoices memberChoices, Probations probations, JdbcClient jdbc) {
        this.pipeline = pipeline;
        this.candidates = candidates;
        this.organizations = organizations;
        this.members = members;
        this.memberChoices = memberChoices;
        this.probations = probations;
        this.jdbc = jdbc;
    }

    /** A line of the candidates list. */
    record CandidateRow(long id, String fullName, LocalDate birthDate, String cellName, LocalDate trainingCompletedOn,
                        LocalDate applicationDate, int sponsors, LocalDate cellResolutionDate, boolean trainedInRegister) {

        CandidateRow inRegister(Set<Long> trained) {
            return new CandidateRow(id, fullName, birthDate, cellName, trainingCompletedOn, applicationDate, sponsors, cellResolutionDate,
                    trained.contains(id));
        }

        public boolean trained() {
            return trainingCompletedOn != null || trainedInRegister;
        }
    }

    @GetMapping
    String list(Scope scope, Model model) {
        if (scope.isSelf()) {
            throw new AccessDeniedException("members do not see the admission pipeline");
        }
        Map<String, Object> params = new HashMap<>(scope.sqlParams());
        List<CandidateRow> rows = jdbc.sql("""
                        SELECT c.id, c.family_name || ' ' || c.middle_name || ' ' || c.given_name AS full_name, c.birth_date,
                               o.name AS cell_name, c.training_completed_on, c.application_date,
                               (c.sponsor1_member_id IS NOT NULL)::int + (c.sponsor2_member_id IS NOT NULL)::int AS sponsors,
                               c.cell_resolution_date
                          FROM admission_candidate c JOIN organization o ON o.id = c.organization_id
                         WHERE c.state = 'IN_PROGRESS' AND\s""" + scope.sqlCondition("c", "o")
                        + " ORDER BY o.name, c.given_name, c.family_name, c.id")
                .params(params)
                .query((rs, n) -> new CandidateRow(rs.getLong(1), rs.getString(2).replaceAll("\\s+", " ").strip(),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getInt(7), rs.getObject(8, LocalDate.class), false))
                .list();
        Set<Long> trained = pipeline.trainedInRegister(rows.stream().map(CandidateRow::id).toList());
        model.addAttribute("candidates", rows.stream().map(row -> row.inRegister(trained)).toList());
        model.addAttribute("due", probations.dueWithin(scope, DUE_WITHIN_DAYS));
        model.addAttribute("dueDays", DUE_WITHIN_DAYS);
        model.addAttribute("canEdit", scope.canEdit());
        return "admission/list";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long organization, Scope scope, Model model) {
        CandidateForm form = new CandidateForm();
        form.setOrganizationId(organization);
        return formView(form, null, scope, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") CandidateForm form, BindingResult result, Scope scope, Model model,
                  RedirectAttributes redirect) {
        Long id = result.hasErrors() ? null : pipeline.create(form, result, scope);
        if (id == null) {
            return formView(form, null, scope, model);
        }
        redirect.addFlashAttribute("success", "admission.saved");
        return "redirect:/admissions/" + id;
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, Scope scope, Model model) {
        Candidate candidate = candidates.findById(id).orElseThrow(NotFound::new);
        Organization cell = organizations.findById(candidate.getOrganizationId()).orElseThrow(NotFound::new);
        scope.checkCovers(cell.getPath());
        List<Long> sponsorIds = Stream.of(candidate.getSponsor1MemberId(), candidate.getSponsor2MemberId())
                .filter(sponsor -> sponsor != null).toList();
        model.addAttribute("candidate", candidate);
        model.addAttribute("cell", cell);
        model.addAttribute("sponsorNames", members.fullNames(sponsorIds));
        model.addAttribute("missing", pipeline.missingSteps(candidate));
        model.addAttribute("registeredTraining", pipeline.registeredTraining(candidate).orElse(null));
        model.addAttribute("canEdit", scope.canEdit(cell.getPath()) && candidate.getState() == CandidateState.IN_PROGRESS);
        if (!model.containsAttribute("admit")) {
            AdmitForm admit = new AdmitForm();
            admit.setVersion(candidate.getVersion());
            model.addAttribute("admit", admit);
        }
        return "admission/show";
    }

    @GetMapping("/{id}/edit")
    @Transactional(readOnly = true)
    String editForm(@PathVariable long id, Scope scope, Model model) {
        Candidate candidate = pipeline.editable(id, scope);
        return formView(CandidateForm.of(candidate), candidate, scope, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") CandidateForm form, BindingResult result, Scope scope,
                Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            pipeline.update(id, form, result, scope);
        }
        if (result.hasErrors()) {
            return formView(form, pipeline.editable(id, scope), scope, model);
        }
        redirect.addFlashAttribute("success", "admission.saved");
        return "redirect:/admissions/" + id;
    }

    @PostMapping("/{id}/admit")
    String admit(@PathVariable long id, @Valid @ModelAttribute("admit") AdmitForm form, BindingResult result, Scope scope,
                 Model model, RedirectAttributes redirect) {
        Long memberId = result.hasErrors() ? null : pipeline.admit(id, form, result, scope);
        if (memberId == null) {
            return show(id, scope, model);
        }
        redirect.addFlashAttribute("success", "admission.admitted");
        return "redirect:/members/" + memberId;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam long version, Scope scope, RedirectAttributes redirect) {
        pipeline.withdraw(id, version, scope);
        redirect.addFlashAttribute("success", "admission.withdrawn");
        return "redirect:/admissions";
    }

    private String formView(CandidateForm form, Candidate candidate, Scope scope, Model model) {
        scope.checkMayEdit();
        model.addAttribute("form", form);
        model.addAttribute("candidate", candidate);
        if (candidate == null) {
            model.addAttribute("cells", organizations.findNodesIn(scope).stream()
                    .filter(unit -> unit.getKind().isCell() && !unit.isDissolved() && scope.canEdit(unit.getPath())).toList());
        }
        Organization cell = form.getOrganizationId() == null ? null : organizations.findById(form.getOrganizationId()).orElse(null);
        model.addAttribute("sponsorChoices", cell == null || !scope.covers(cell.getPath()) ? List.of()
                : memberChoices.officialUnder(pipeline.grassrootsOf(cell).getPath()));
        model.addAttribute("genders", Gender.values());
        return "admission/form";
    }
}
