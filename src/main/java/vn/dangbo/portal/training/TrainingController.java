package vn.dangbo.portal.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.organization.OrganizationNode;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * {@code /trainings}: the year's courses (đào tạo, bồi dưỡng) with their counts, a course with its
 * participants, completion and certificates, and the lists of people still to be trained.
 */
@Controller
@RequestMapping("/trainings")
class TrainingController {

    static final int FIRST_YEAR = 2021;

    private final TrainingRegister register;
    private final TrainingQueries queries;
    private final TrainingCourseRepository courses;
    private final OrganizationRepository organizations;
    private final Clock clock;

    TrainingController(TrainingRegister register, TrainingQueries queries, TrainingCourseRepository courses,
                       OrganizationRepository organizations, Clock clock) {
        this.register = register;
        this.queries = queries;
        this.courses = courses;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Scope scope, Model model) {
        checkNotSelf(scope);
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        List<TrainingQueries.CourseRow> rows = queries.courses(shown, scope);
        model.addAttribute("year", shown);
        model.addAttribute("years", years());
        model.addAttribute("courses", rows);
        model.addAttribute("participants", rows.stream().mapToLong(TrainingQueries.CourseRow::participants).sum());
        model.addAttribute("byYear", queries.byYear(scope));
        model.addAttribute("canCreate", scope.canEdit());
        return "training/list";
    }

    @GetMapping("/gaps")
    String gaps(Scope scope, Model model) {
        checkNotSelf(scope);
        model.addAttribute("gaps", queries.gaps(scope, LocalDate.now(clock)));
        model.addAttribute("limit", TrainingQueries.GAP_LIMIT);
        return "training/gaps";
    }

    @GetMapping("/new")
    String createForm(Scope scope, Model model) {
        scope.checkMayEdit();
        CourseForm form = new CourseForm();
        form.setOrganizationId(scope.organizationId());
        return formView(form, null, scope, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") CourseForm form, BindingResult result, Scope scope, Model model,
                  RedirectAttributes redirect) {
        scope.checkMayEdit();
        Long id = result.hasErrors() ? null : register.create(form, result, scope);
        if (id == null) {
            return formView(form, null, scope, model);
        }
        redirect.addFlashAttribute("success", "training.saved");
        return "redirect:/trainings/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Scope scope, Model model) {
        checkNotSelf(scope);
        TrainingCourse course = courses.findById(id).orElseThrow(NotFound::new);
        boolean mayEdit = scope.canEdit(organizations.findById(course.getOrganizationId()).orElseThrow(NotFound::new).getPath());
        model.addAttribute("course", course);
        model.addAttribute("participants", queries.participants(id, scope));
        model.addAttribute("mayEdit", mayEdit);
        if (mayEdit) {
            model.addAttribute("units", editableUnits(scope));
        }
        return "training/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, Model model) {
        TrainingCourse course = register.editable(id, scope);
        return formView(CourseForm.of(course), course, scope, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") CourseForm form, BindingResult result, Scope scope, Model model,
                RedirectAttributes redirect) {
        TrainingCourse course = register.editable(id, scope);
        if (!result.hasErrors()) {
            register.update(id, form, result, scope);
        }
        if (result.hasErrors()) {
            return formView(form, course, scope, model);
        }
        redirect.addFlashAttribute("success", "training.saved");
        return "redirect:/trainings/" + id;
    }

    @PostMapping("/{id}/participants")
    String addUnit(@PathVariable long id, @RequestParam long unitId, Scope scope, RedirectAttributes redirect) {
        int added = register.addUnit(id, unitId, scope);
        redirect.addFlashAttribute("added", added);
        return "redirect:/trainings/" + id;
    }

    @PostMapping("/{id}/participants/{participant}")
    String completion(@PathVariable long id, @PathVariable long participant, @RequestParam(defaultValue = "false") boolean completed,
                      @RequestParam(required = false) String certificateNumber, Scope scope) {
        register.completion(id, participant, completed, certificateNumber, scope);
        return "redirect:/trainings/" + id + "#participant-" + participant;
    }

    @PostMapping("/{id}/participants/{participant}/remove")
    String remove(@PathVariable long id, @PathVariable long participant, Scope scope) {
        register.remove(id, participant, scope);
        return "redirect:/trainings/" + id;
    }

    @PostMapping("/{id}/complete-all")
    String completeAll(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        register.completeAll(id, scope);
        redirect.addFlashAttribute("success", "training.allCompleted");
        return "redirect:/trainings/" + id;
    }

    private String formView(CourseForm form, TrainingCourse course, Scope scope, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("course", course);
        model.addAttribute("kinds", CourseKind.values());
        model.addAttribute("units", editableUnits(scope).stream().filter(unit -> !unit.getKind().isCell() || unit.getKind().isGrassroots()).toList());
        return "training/form";
    }

    private List<OrganizationNode> editableUnits(Scope scope) {
        return organizations.findNodesIn(scope).stream().filter(node -> !node.isDissolved() && scope.canEdit(node.getPath())).toList();
    }

    private static void checkNotSelf(Scope scope) {
        if (scope.isSelf()) {
            throw new AccessDeniedException("training lists are for secretaries, staff and leaders");
        }
    }

    private List<Integer> years() {
        return IntStream.rangeClosed(FIRST_YEAR, LocalDate.now(clock).getYear() + 1).boxed().sorted((a, b) -> b - a).toList();
    }
}
