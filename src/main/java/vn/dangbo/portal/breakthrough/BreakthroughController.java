package vn.dangbo.portal.breakthrough;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationNode;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.organization.UnitChoices;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * {@code /breakthroughs}: the tasks of a year with their counts, the counts by year and unit, a task's
 * page with its steps (register, approve or return, progress notes, evidence, evaluation) and the form.
 */
@Controller
@RequestMapping("/breakthroughs")
class BreakthroughController {

    private final BreakthroughSearch search;
    private final BreakthroughWorkflow workflow;
    private final BreakthroughApprovals approvals;
    private final BreakthroughTaskRepository tasks;
    private final ProgressNoteRepository notes;
    private final EvidenceFiles evidence;
    private final OrganizationRepository organizations;
    private final UnitChoices unitChoices;
    private final Clock clock;

    BreakthroughController(BreakthroughSearch search, BreakthroughWorkflow workflow, BreakthroughApprovals approvals,
                           BreakthroughTaskRepository tasks, ProgressNoteRepository notes, EvidenceFiles evidence,
                           OrganizationRepository organizations, UnitChoices unitChoices, Clock clock) {
        this.search = search;
        this.workflow = workflow;
        this.approvals = approvals;
        this.tasks = tasks;
        this.notes = notes;
        this.evidence = evidence;
        this.organizations = organizations;
        this.unitChoices = unitChoices;
        this.clock = clock;
    }

    @GetMapping
    String list(@ModelAttribute("filter") TaskFilter filter, Scope scope, @AuthenticationPrincipal PortalUser user, Model model) {
        int year = filter.getYear() == null ? LocalDate.now(clock).getYear() : filter.getYear();
        String unitPath = filter.getUnit() == null ? null : visibleUnit(filter.getUnit(), scope).getPath();
        model.addAttribute("year", year);
        model.addAttribute("page", search.find(filter, year, unitPath, scope, user));
        model.addAttribute("counts", search.yearCounts(year, unitPath, scope, user));
        model.addAttribute("states", TaskState.values());
        model.addAttribute("years", years());
        if (!scope.isSelf()) {
            model.addAttribute("unitFilter", unitChoices.filter(scope, filter.getUnit()));
        }
        model.addAttribute("canRegister", user.getMemberId() != null || scope.canEdit());
        return "breakthrough/list";
    }

    @GetMapping("/summary")
    String summary(@RequestParam(required = false) Integer year, Scope scope, @AuthenticationPrincipal PortalUser user,
                   Model model) {
        if (scope.isSelf()) {
            throw new AccessDeniedException("counts by unit are for secretaries, staff and leaders");
        }
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("years", years());
        model.addAttribute("byYear", search.byYear(scope, user));
        model.addAttribute("byUnit", search.byUnit(shown, rootPath(scope), scope, user));
        return "breakthrough/summary";
    }

    @GetMapping("/new")
    String createForm(Scope scope, @AuthenticationPrincipal PortalUser user, Model model) {
        TaskForm form = new TaskForm();
        form.setYear(LocalDate.now(clock).getYear());
        form.setDeadline(LocalDate.of(form.getYear(), 12, 31));
        if (user.getMemberId() == null) {
            form.setUnitId(scope.organizationId());
        }
        return formView(form, null, scope, user, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") TaskForm form, BindingResult result, Scope scope,
                  @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        Long id = result.hasErrors() ? null : workflow.create(form, result, scope, user);
        if (id == null) {
            return formView(form, null, scope, user, model);
        }
        redirect.addFlashAttribute("success", "breakthrough.created");
        return "redirect:/breakthroughs/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Scope scope, @AuthenticationPrincipal PortalUser user, Model model) {
        BreakthroughTask task = tasks.findById(id).orElseThrow(NotFound::new);
        TaskOwner owner = approvals.owner(task);
        if (!BreakthroughApprovals.mayRead(task, owner, scope, user)) {
            if (task.getState() == TaskState.DRAFT) {
                throw new NotFound();
            }
            throw new AccessDeniedException("task outside the user's scope");
        }
        model.addAttribute("task", task);
        model.addAttribute("owner", owner);
        model.addAttribute("approver", approvals.approverOf(owner));
        model.addAttribute("notes", notes.findByTaskIdOrderByNotedOnAscIdAsc(id));
        model.addAttribute("files", evidence.list(id));
        model.addAttribute("maxMegabytes", evidence.maxBytes() / (1024 * 1024));
        model.addAttribute("mayWorkOn", BreakthroughApprovals.mayWorkOn(owner, scope, user));
        model.addAttribute("mayApprove", approvals.mayApprove(task, owner, scope, user));
        if (!model.containsAttribute("step")) {
            model.addAttribute("step", new StepForm());
        }
        return "breakthrough/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, @AuthenticationPrincipal PortalUser user, Model model) {
        BreakthroughTask task = workflow.ownTask(id, scope, user);
        if (!task.getState().isEditable()) {
            return "redirect:/breakthroughs/" + id;
        }
        return formView(TaskForm.of(task), task, scope, user, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") TaskForm form, BindingResult result, Scope scope,
                @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            workflow.update(id, form, result, scope, user);
        }
        if (result.hasErrors()) {
            return formView(form, workflow.ownTask(id, scope, user), scope, user, model);
        }
        redirect.addFlashAttribute("success", "saved");
        return "redirect:/breakthroughs/" + id;
    }

    @PostMapping("/{id}/register")
    String register(@PathVariable long id, Scope scope, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "task");
        workflow.register(id, scope, user, errors);
        return back(id, errors, "breakthrough.registered", redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Scope scope, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "task");
        workflow.delete(id, scope, user, errors);
        if (errors.hasErrors()) {
            return back(id, errors, null, redirect);
        }
        redirect.addFlashAttribute("success", "breakthrough.deleted");
        return "redirect:/breakthroughs";
    }

    /** The steps on a task that take a {@link StepForm}: the approver's decision and evaluation, the owner's progress. */
    private enum Step {
        APPROVE("decision", "breakthrough.approved", BreakthroughWorkflow::approve),
        RETURN("decision", "breakthrough.returned", BreakthroughWorkflow::returnToOwner),
        EVALUATE("evaluation", "breakthrough.evaluated", BreakthroughWorkflow::evaluate),
        PROGRESS("progress", "breakthrough.progressNoted", BreakthroughWorkflow::noteProgress);

        private final String form;
        private final String success;
        private final Action action;

        Step(String form, String success, Action action) {
            this.form = form;
            this.success = success;
            this.action = action;
        }

        @FunctionalInterface
        private interface Action {
            void apply(BreakthroughWorkflow workflow, long id, StepForm form, Scope scope, PortalUser user, Errors errors);
        }
    }

    @PostMapping("/{id}/{step:approve|return|evaluate|progress}")
    String step(@PathVariable long id, @PathVariable("step") String name, @Valid @ModelAttribute("step") StepForm form,
                BindingResult result, Scope scope, @AuthenticationPrincipal PortalUser user, Model model,
                RedirectAttributes redirect) {
        Step step = Step.valueOf(name.toUpperCase(Locale.ROOT));
        if (!result.hasErrors()) {
            step.action.apply(workflow, id, form, scope, user, result);
        }
        if (result.hasErrors()) {
            model.addAttribute("failedStep", step.form);
            return show(id, scope, user, model);
        }
        redirect.addFlashAttribute("success", step.success);
        return "redirect:/breakthroughs/" + id;
    }

    @PostMapping("/{id}/evidence")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Scope scope,
                  @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "evidence");
        evidence.upload(id, file, errors, scope, user);
        if (errors.hasErrors()) {
            model.addAttribute("evidenceErrors", errors.getGlobalErrors());
            return show(id, scope, user, model);
        }
        redirect.addFlashAttribute("success", "breakthrough.evidence.uploaded");
        return "redirect:/breakthroughs/" + id + "#evidence";
    }

    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable long evidenceId, Scope scope, @AuthenticationPrincipal PortalUser user) {
        return evidence.download(evidenceId, scope, user);
    }

    private static String back(long id, BindingResult errors, String success, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", errors.getGlobalError().getCode());
        } else {
            redirect.addFlashAttribute("success", success);
        }
        return "redirect:/breakthroughs/" + id;
    }

    private String formView(TaskForm form, BreakthroughTask task, Scope scope, PortalUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("task", task);
        model.addAttribute("personalAllowed", user.getMemberId() != null);
        List<OrganizationNode> units = scope.isSelf() ? List.of() : organizations.findNodesIn(scope).stream()
                .filter(node -> !node.isDissolved() && BreakthroughApprovals.mayRegisterFor(node.getId(), scope)).toList();
        model.addAttribute("units", units);
        model.addAttribute("years", List.of(LocalDate.now(clock).getYear(), LocalDate.now(clock).getYear() + 1));
        return "breakthrough/form";
    }

    /** The path of the top of what the user sees: the bloc, or a secretary's unit. */
    private String rootPath(Scope scope) {
        String prefix = organizations.rootPathOf(scope);
        return !prefix.equals("/") ? prefix : organizations.findNodes(prefix).stream().filter(node -> node.getParentId() == null)
                .findFirst().map(OrganizationNode::getPath).orElseThrow(NotFound::new);
    }

    private Organization visibleUnit(long id, Scope scope) {
        Organization unit = organizations.findById(id).orElseThrow(NotFound::new);
        scope.checkCovers(unit.getPath());
        return unit;
    }

    private List<Integer> years() {
        int current = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(current - 5, current + 1).boxed().sorted(Comparator.reverseOrder()).toList();
    }
}
