package vn.dangbo.portal.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
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
import vn.dangbo.portal.committee.CommitteeOffice;
import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.organization.OrganizationNode;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * {@code /planning}: cadre-planning lists (quy hoạch cán bộ) per committee and term, the people per
 * position with age, gender, training and discipline, the rule checks as warnings, the approval and the
 * yearly review. Highly sensitive: the organisation staff keep the lists, leaders read them (see
 * SecurityConfig); every view is audited.
 */
@Controller
@RequestMapping("/planning")
class PlanningController {

    private final PlanningBook book;
    private final PlanningQueries queries;
    private final PlanningRules rules;
    private final PlanningListRepository lists;
    private final OrganizationRepository organizations;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    PlanningController(PlanningBook book, PlanningQueries queries, PlanningRules rules, PlanningListRepository lists,
                       OrganizationRepository organizations, AuditLog auditLog, MessageSource messages, Clock clock) {
        this.book = book;
        this.queries = queries;
        this.rules = rules;
        this.lists = lists;
        this.organizations = organizations;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String index(Scope scope, Model model) {
        auditLog.record(AuditAction.VIEW, "PlanningList", null, "Xem danh mục quy hoạch cán bộ");
        return indexView(new PlanningForm(), scope, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") PlanningForm form, BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        scope.checkMayEdit();
        Long id = result.hasErrors() ? null : book.create(form.getUnitId(), form.getTermStartYear(), result);
        if (id == null) {
            return indexView(form, scope, model);
        }
        redirect.addFlashAttribute("success", "planning.created");
        return "redirect:/planning/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Long unit, Scope scope, Model model, Locale locale) {
        PlanningList list = lists.findById(id).orElseThrow(NotFound::new);
        auditLog.record(AuditAction.VIEW, "PlanningList", id, "Xem danh sách quy hoạch nhiệm kỳ " + list.getTerm());
        if (!model.containsAttribute("form")) {
            PlanningForm form = new PlanningForm();
            form.setVersion(list.getVersion());
            model.addAttribute("form", form);
        }
        return showView(list, unit, scope, model, locale);
    }

    @PostMapping("/{id}/entries")
    String add(@PathVariable long id, @ModelAttribute("form") PlanningForm form, BindingResult result, Scope scope, Model model,
               Locale locale, RedirectAttributes redirect) {
        scope.checkMayEdit();
        if (result.hasErrors() || !book.add(id, form.getMemberId(), form.getOffice(), form.getReason(), form.getNote(), result)) {
            return showView(lists.findById(id).orElseThrow(NotFound::new), form.getUnitId(), scope, model, locale);
        }
        redirect.addFlashAttribute("success", "planning.added");
        return "redirect:/planning/" + id + (form.getUnitId() == null ? "" : "?unit=" + form.getUnitId());
    }

    @PostMapping("/{id}/entries/{entry}/remove")
    String remove(@PathVariable long id, @PathVariable long entry, @RequestParam(required = false) String reason, Scope scope,
                  RedirectAttributes redirect) {
        scope.checkMayEdit();
        boolean removed = book.remove(id, entry, reason);
        redirect.addFlashAttribute(removed ? "success" : "problem", removed ? "planning.removed" : "planning.reason.required");
        return "redirect:/planning/" + id;
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @ModelAttribute("form") PlanningForm form, BindingResult result, Scope scope, Model model,
                   Locale locale, RedirectAttributes redirect) {
        scope.checkMayEdit();
        if (result.hasErrors() || !book.approve(id, form.getVersion(), form.getDecisionNumber(), form.getDecisionDate(), result)) {
            return showView(lists.findById(id).orElseThrow(NotFound::new), null, scope, model, locale);
        }
        redirect.addFlashAttribute("success", "planning.approved");
        return "redirect:/planning/" + id;
    }

    private String indexView(PlanningForm form, Scope scope, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("lists", queries.lists());
        model.addAttribute("committees", organizations.findNodesIn(scope).stream()
                .filter(node -> !node.isDissolved() && (node.getKind() == OrganizationKind.BLOC || node.getKind().isGrassroots())).toList());
        int current = (LocalDate.now(clock).getYear() / 5) * 5;
        model.addAttribute("terms", List.of(current, current + 5));
        model.addAttribute("mayEdit", scope.canEdit());
        return "planning/index";
    }

    private String showView(PlanningList list, Long unit, Scope scope, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<PlanningQueries.Person> people = queries.people(list, today);
        List<PlanningQueries.Person> current = people.stream().filter(p -> p.removedOn() == null).toList();
        model.addAttribute("list", list);
        model.addAttribute("unitName", organizations.findById(list.getOrganizationId()).orElseThrow(NotFound::new).getName());
        model.addAttribute("people", people);
        model.addAttribute("peopleCount", current.stream().map(PlanningQueries.Person::memberId).distinct().count());
        model.addAttribute("warnings", rules.check(list.getTermStartYear(), current).stream()
                .map(warning -> messages.getMessage(warning.code(), Arrays.stream(warning.args())
                        .map(arg -> arg instanceof CommitteeOffice office ? messages.getMessage("committee.office." + office, null, locale) : arg)
                        .toArray(), locale))
                .toList());
        model.addAttribute("mayEdit", scope.canEdit());
        if (scope.canEdit()) {
            String path = organizations.findById(list.getOrganizationId()).orElseThrow(NotFound::new).getPath();
            List<OrganizationNode> units = organizations.findNodes(path).stream().filter(node -> !node.isDissolved()).toList();
            model.addAttribute("units", units);
            model.addAttribute("unit", unit);
            model.addAttribute("offices", CommitteeOffice.values());
            model.addAttribute("choices", unit == null ? List.of() : queries.choices(unit, path));
        }
        return "planning/show";
    }
}
