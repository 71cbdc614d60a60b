package vn.dangbo.portal.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.organization.OrganizationNode;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.Downloads;

/**
 * {@code /inspections}: the yearly programmes of inspection and supervision (kiểm tra, giám sát), an
 * inspection's file from plan to conclusion, recommendations and violations (with the discipline they
 * led to), and the year's statistics with their .xlsx export. Who sees what: {@link InspectionAccess}.
 */
@Controller
@RequestMapping("/inspections")
class InspectionController {

    static final int FIRST_YEAR = 2021;

    private final InspectionAccesses accesses;
    private final InspectionFiles files;
    private final InspectionQueries queries;
    private final ProgrammeSpreadsheet spreadsheet;
    private final OrganizationRepository organizations;
    private final AuditLog auditLog;
    private final Clock clock;

    InspectionController(InspectionAccesses accesses, InspectionFiles files, InspectionQueries queries, ProgrammeSpreadsheet spreadsheet,
                         OrganizationRepository organizations, AuditLog auditLog, Clock clock) {
        this.accesses = accesses;
        this.files = files;
        this.queries = queries;
        this.spreadsheet = spreadsheet;
        this.organizations = organizations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping
    String list(@ModelAttribute("filter") InspectionFilter filter, Scope scope, @AuthenticationPrincipal PortalUser user, Model model) {
        InspectionAccess access = accesses.of(user, scope);
        LocalDate today = LocalDate.now(clock);
        if (!access.keepsProgrammes()) {
            model.addAttribute("own", user.getMemberId() == null ? List.of() : queries.ownConclusions(user.getMemberId(), today));
            return "inspection/own";
        }
        int year = filter.getYear() == null ? today.getYear() : filter.getYear();
        auditLog.record(AuditAction.VIEW, "InspectionProgramme", year, "Xem chương trình kiểm tra, giám sát năm " + year);
        model.addAttribute("year", year);
        model.addAttribute("years", years());
        model.addAttribute("page", queries.programmes(filter, year, access, today));
        List<OrganizationNode> committees = committees(access);
        model.addAttribute("committees", committees);
        model.addAttribute("bodies", ProgrammeBody.values());
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("states", InspectionState.values());
        model.addAttribute("mayPlan", committees.stream().anyMatch(unit -> access.mayEdit(unit.getPath())));
        return "inspection/list";
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long programmeUnit, Scope scope,
                      @AuthenticationPrincipal PortalUser user, Model model) {
        InspectionAccess access = accesses.of(user, scope);
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("stats", queries.statistics(shown, programmeUnit, access, LocalDate.now(clock)));
        model.addAttribute("year", shown);
        model.addAttribute("years", years());
        model.addAttribute("programmeUnit", programmeUnit);
        model.addAttribute("committees", committees(access));
        auditLog.record(AuditAction.VIEW, "InspectionStatistics", shown, "Xem thống kê kiểm tra, giám sát năm " + shown);
        return "inspection/statistics";
    }

    @GetMapping("/statistics.xlsx")
    ResponseEntity<byte[]> export(@RequestParam int year, @RequestParam(required = false) Long programmeUnit, Scope scope,
                                  @AuthenticationPrincipal PortalUser user, Locale locale) {
        InspectionAccess access = accesses.of(user, scope);
        InspectionQueries.YearStatistics stats = queries.statistics(year, programmeUnit, access, LocalDate.now(clock));
        String scopeName = programmeUnit == null ? user.getDisplayName()
                : organizations.findById(programmeUnit).map(unit -> unit.getName()).orElse("");
        auditLog.record(AuditAction.EXPORT, "InspectionStatistics", year, "Xuất thống kê kiểm tra, giám sát năm " + year);
        return Downloads.xlsx(spreadsheet.write(stats, scopeName, locale), "kiem-tra-giam-sat-" + year + ".xlsx");
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long programmeUnit, Scope scope, @AuthenticationPrincipal PortalUser user, Model model) {
        InspectionAccess access = accesses.of(user, scope);
        access.checkKeepsProgrammes();
        InspectionForm form = new InspectionForm();
        form.setYear(LocalDate.now(clock).getYear());
        form.setProgrammeUnitId(programmeUnit);
        return formView(form, null, access, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") InspectionForm form, BindingResult result, Scope scope,
                  @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        InspectionAccess access = accesses.of(user, scope);
        access.checkKeepsProgrammes();
        Long id = result.hasErrors() ? null : files.plan(form, result, access);
        if (id == null) {
            return formView(form, null, access, model);
        }
        redirect.addFlashAttribute("success", "inspection.planned");
        return "redirect:/inspections/" + id;
    }

    @GetMapping("/subject-members")
    String subjectMembers(@RequestParam(required = false) Long subjectUnitId, Scope scope, @AuthenticationPrincipal PortalUser user,
                          Model model) {
        InspectionAccess access = accesses.of(user, scope);
        access.checkKeepsProgrammes();
        model.addAttribute("members", subjectUnitId == null ? List.of() : files.membersUnder(subjectUnitId, access));
        return "inspection/form :: memberOptions";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Scope scope, @AuthenticationPrincipal PortalUser user, Model model) {
        InspectionAccess access = accesses.of(user, scope);
        InspectionFiles.InspectionFile file = files.open(id, access);
        model.addAttribute("file", file);
        if (file.mayEdit() && file.inspection().getState() == InspectionState.CONCLUDED) {
            model.addAttribute("subjectMembers", files.membersUnder(file.inspection().getSubjectUnitId(), access));
            model.addAttribute("disciplineChoices", files.disciplineChoices(file.violations()));
        }
        if (!model.containsAttribute("followUp")) {
            model.addAttribute("followUp", new FollowUpForm());
        }
        return "inspection/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, @AuthenticationPrincipal PortalUser user, Model model) {
        InspectionAccess access = accesses.of(user, scope);
        Inspection inspection = files.editable(id, access);
        if (inspection.getState() == InspectionState.CONCLUDED) {
            return "redirect:/inspections/" + id;
        }
        return formView(InspectionForm.of(inspection), inspection, access, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") InspectionForm form, BindingResult result, Scope scope,
                @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        InspectionAccess access = accesses.of(user, scope);
        Inspection inspection = files.editable(id, access);
        if (!result.hasErrors()) {
            files.update(id, form, result, access);
        }
        if (result.hasErrors()) {
            return formView(form, inspection, access, model);
        }
        redirect.addFlashAttribute("success", "inspection.saved");
        return "redirect:/inspections/" + id;
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, @RequestParam long version, Scope scope, @AuthenticationPrincipal PortalUser user) {
        files.start(id, version, accesses.of(user, scope));
        return "redirect:/inspections/" + id;
    }

    @GetMapping("/{id}/conclude")
    String concludeForm(@PathVariable long id, Scope scope, @AuthenticationPrincipal PortalUser user, Model model) {
        Inspection inspection = files.editable(id, accesses.of(user, scope));
        if (inspection.getState() == InspectionState.CONCLUDED) {
            return "redirect:/inspections/" + id;
        }
        ConclusionForm form = new ConclusionForm();
        form.setVersion(inspection.getVersion());
        form.setConclusionDate(LocalDate.now(clock));
        return concludeView(form, inspection, model);
    }

    @PostMapping("/{id}/conclude")
    String conclude(@PathVariable long id, @Valid @ModelAttribute("form") ConclusionForm form, BindingResult result, Scope scope,
                    @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        InspectionAccess access = accesses.of(user, scope);
        Inspection inspection = files.editable(id, access);
        if (result.hasErrors() || !files.conclude(id, form, result, access)) {
            return concludeView(form, inspection, model);
        }
        redirect.addFlashAttribute("success", "inspection.concluded");
        return "redirect:/inspections/" + id;
    }

    @PostMapping("/{id}/recommendations")
    String recommend(@PathVariable long id, @ModelAttribute("followUp") FollowUpForm form, BindingResult result, Scope scope,
                     @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        if (result.hasErrors() || !files.recommend(id, form.getRecommendation(), form.getRecommendationDueOn(), result,
                accesses.of(user, scope))) {
            return show(id, scope, user, model);
        }
        redirect.addFlashAttribute("success", "inspection.recommendation.added");
        return "redirect:/inspections/" + id;
    }

    @PostMapping("/{id}/recommendations/{recommendation}/done")
    String recommendationDone(@PathVariable long id, @PathVariable long recommendation, @ModelAttribute FollowUpForm form,
                              BindingResult result, Scope scope, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        boolean done = !result.hasErrors()
                && files.recommendationDone(id, recommendation, form.getDoneOn(), form.getNote(), accesses.of(user, scope));
        redirect.addFlashAttribute(done ? "success" : "error", done ? "inspection.recommendation.doneSaved" : "inspection.recommendation.badDate");
        return "redirect:/inspections/" + id;
    }

    @PostMapping("/{id}/violations")
    String violation(@PathVariable long id, @ModelAttribute("followUp") FollowUpForm form, BindingResult result, Scope scope,
                     @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        if (result.hasErrors() || !files.violation(id, form.getMemberId(), form.getDescription(), result,
                accesses.of(user, scope))) {
            return show(id, scope, user, model);
        }
        redirect.addFlashAttribute("success", "inspection.violation.added");
        return "redirect:/inspections/" + id;
    }

    @PostMapping("/{id}/violations/{violation}/discipline")
    String linkDiscipline(@PathVariable long id, @PathVariable long violation, @ModelAttribute FollowUpForm form, BindingResult result,
                          Scope scope, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        boolean linked = !result.hasErrors()
                && files.linkDiscipline(id, violation, form.getDisciplineRecordId(), accesses.of(user, scope));
        redirect.addFlashAttribute(linked ? "success" : "error", linked ? "inspection.violation.linked" : "inspection.violation.notLinked");
        return "redirect:/inspections/" + id;
    }

    private String formView(InspectionForm form, Inspection inspection, InspectionAccess access, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("inspection", inspection);
        model.addAttribute("committees", committees(access).stream().filter(unit -> access.mayEdit(unit.getPath())).toList());
        model.addAttribute("units", units(access));
        model.addAttribute("members", form.getSubjectUnitId() == null ? List.of() : files.membersUnder(form.getSubjectUnitId(), access));
        model.addAttribute("bodies", ProgrammeBody.values());
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("modes", InspectionMode.values());
        model.addAttribute("years", years());
        return "inspection/form";
    }

    private String concludeView(ConclusionForm form, Inspection inspection, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("inspection", inspection);
        return "inspection/conclude";
    }

    /** The live units the user plans for: everything below the root of what they keep. */
    private List<OrganizationNode> units(InspectionAccess access) {
        String root = access.unitsRoot();
        return root == null ? List.of() : organizations.findNodes(root).stream().filter(node -> !node.isDissolved()).toList();
    }

    /** The committees with programmes among those units: the bloc and the grassroots organisations. */
    private List<OrganizationNode> committees(InspectionAccess access) {
        return units(access).stream().filter(node -> node.getKind() == OrganizationKind.BLOC || node.getKind().isGrassroots()).toList();
    }

    private List<Integer> years() {
        int last = LocalDate.now(clock).getYear() + 1;
        return IntStream.rangeClosed(FIRST_YEAR, last).boxed().sorted((a, b) -> b - a).toList();
    }
}
