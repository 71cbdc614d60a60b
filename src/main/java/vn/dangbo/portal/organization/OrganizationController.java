package vn.dangbo.portal.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;

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

import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/** {@code /organizations}: the tree with member counts, a unit's page, and the forms that change the tree. */
@Controller
@RequestMapping("/organizations")
class OrganizationController {

    private final OrganizationRepository organizations;
    private final OrganizationMembers members;
    private final OrganizationChanges changes;
    private final Reorganizations reorganizations;
    private final UnitChoices unitChoices;
    private final List<OrganizationPageSection> sections;
    private final Clock clock;

    OrganizationController(OrganizationRepository organizations, OrganizationMembers members, OrganizationChanges changes,
                           Reorganizations reorganizations, UnitChoices unitChoices, List<OrganizationPageSection> sections,
                           Clock clock) {
        this.organizations = organizations;
        this.members = members;
        this.changes = changes;
        this.reorganizations = reorganizations;
        this.unitChoices = unitChoices;
        this.clock = clock;
        this.sections = sections.stream().sorted(Comparator.comparingInt(OrganizationPageSection::order)).toList();
    }

    /**
     * The tree with member counts: today's, or with {@code asOf} the tree as it stood on a past date (units
     * live then, members counted from their history), with the number of grassroots organisations and members.
     */
    @GetMapping
    String tree(@RequestParam(defaultValue = "false") boolean dissolved, @RequestParam(required = false) LocalDate asOf,
                Scope scope, Model model) {
        String prefix = organizations.rootPathOf(scope);
        List<OrganizationNode> nodes = organizations.findNodes(prefix).stream()
                .filter(node -> asOf != null ? node.isLiveOn(asOf) : dissolved || !node.isDissolved())
                .toList();
        List<OrganizationNode> roots = OrganizationTree.build(nodes,
                asOf == null ? members.countCurrentByOrganization(prefix) : members.countByOrganizationOn(prefix, asOf));
        model.addAttribute("roots", roots);
        model.addAttribute("showDissolved", dissolved);
        model.addAttribute("asOf", asOf);
        model.addAttribute("grassroots", nodes.stream().filter(node -> node.getKind().isGrassroots()).count());
        model.addAttribute("memberTotal", roots.stream().mapToLong(OrganizationNode::getTotalMembers).sum());
        return "organization/tree";
    }

    /** The options of a unit filter searched by name (htmx, see {@link UnitChoices}). */
    @GetMapping("/choices")
    String choices(@RequestParam(defaultValue = "") String unitQ, Scope scope, Model model) {
        model.addAttribute("choices", unitQ.isBlank() ? List.of() : unitChoices.search(unitQ, scope));
        return "organization/choices :: options";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Scope scope, Model model) {
        Organization unit = load(id, scope);
        List<OrganizationNode> subtree = OrganizationTree.build(organizations.findNodes(unit.getPath()),
                members.countCurrentByOrganization(unit.getPath()));
        model.addAttribute("unit", unit);
        model.addAttribute("node", subtree.get(0));
        model.addAttribute("ancestors", organizations.findLineage(unit).stream()
                .filter(ancestor -> !ancestor.getId().equals(unit.getId()) && scope.covers(ancestor.getPath())).toList());
        model.addAttribute("canEdit", scope.canEdit(unit.getPath()));
        model.addAttribute("canRestructure", unit.getParent() != null && scope.canRestructure(unit.getPath()));
        model.addAttribute("canAddChild", !unit.isDissolved() && !unit.getKind().childKinds().isEmpty() && scope.canEdit(unit.getPath()));
        model.addAttribute("sections", sections.stream()
                .map(section -> new OrganizationPageSection.Rendered(section.template(), section.load(unit, scope)))
                .filter(section -> section.data() != null)
                .toList());
        if (!model.containsAttribute("dissolveForm")) {
            model.addAttribute("dissolveForm", new DissolveForm());
        }
        return "organization/show";
    }

    @GetMapping("/new")
    String createForm(@RequestParam long parent, Scope scope, Model model) {
        Organization parentUnit = load(parent, scope);
        scope.checkCanEdit(parentUnit.getPath());
        OrganizationForm form = new OrganizationForm();
        form.setKind(parentUnit.getKind().childKinds().stream().findFirst().orElseThrow(NotFound::new));
        return createView(parentUnit, form, model);
    }

    @PostMapping("/new")
    String create(@RequestParam long parent, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult result,
                  Scope scope, Model model, RedirectAttributes redirect) {
        Long id = changes.create(parent, form, result, scope);
        if (id == null) {
            return createView(load(parent, scope), form, model);
        }
        redirect.addFlashAttribute("success", "organization.created");
        return "redirect:/organizations/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, Model model) {
        Organization unit = load(id, scope);
        scope.checkCanEdit(unit.getPath());
        return editView(unit, OrganizationForm.of(unit), model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult result,
                Scope scope, Model model, RedirectAttributes redirect) {
        changes.update(id, form, result, scope);
        if (result.hasErrors()) {
            return editView(load(id, scope), form, model);
        }
        redirect.addFlashAttribute("success", "saved");
        return "redirect:/organizations/" + id;
    }

    @GetMapping("/{id}/move")
    String moveForm(@PathVariable long id, Scope scope, Model model) {
        Organization unit = load(id, scope);
        scope.checkCanRestructure(unit.getPath());
        ReorganizationForm form = new ReorganizationForm();
        form.setEffectiveDate(LocalDate.now(clock));
        return moveView(unit, form, scope, model);
    }

    /** A dated move: a new unit under the new parent takes over, the old one stays in history (see {@link Reorganizations}). */
    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @Valid @ModelAttribute("form") ReorganizationForm form, BindingResult result, Scope scope,
                Model model, RedirectAttributes redirect) {
        Long moved = result.hasErrors() ? null : reorganizations.move(id, form, result, scope);
        if (moved == null) {
            return moveView(load(id, scope), form, scope, model);
        }
        redirect.addFlashAttribute("success", "organization.moved");
        return "redirect:/organizations/" + moved;
    }

    @PostMapping("/{id}/dissolve")
    String dissolve(@PathVariable long id, @ModelAttribute("dissolveForm") DissolveForm form, BindingResult result,
                    Scope scope, Model model, RedirectAttributes redirect) {
        changes.dissolve(id, form.getDissolvedOn(), result, scope);
        if (result.hasErrors()) {
            return show(id, scope, model);
        }
        redirect.addFlashAttribute("success", "organization.dissolved");
        return "redirect:/organizations/" + id;
    }

    private Organization load(long id, Scope scope) {
        Organization unit = organizations.findById(id).orElseThrow(NotFound::new);
        scope.checkCovers(unit.getPath());
        return unit;
    }

    private String createView(Organization parent, OrganizationForm form, Model model) {
        model.addAttribute("parent", parent);
        model.addAttribute("form", form);
        model.addAttribute("kinds", parent.getKind().childKinds());
        return "organization/create";
    }

    private String editView(Organization unit, OrganizationForm form, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        return "organization/edit";
    }

    private String moveView(Organization unit, ReorganizationForm form, Scope scope, Model model) {
        List<OrganizationNode> parents = organizations.findNodesIn(scope).stream()
                .filter(node -> !node.isDissolved() && !node.getPath().startsWith(unit.getPath()))
                .filter(node -> node.getId() != unit.getParent().getId())
                .filter(node -> unit.getKind().movedUnder(node.getKind()).isPresent())
                .filter(node -> scope.canEdit(node.getPath()))
                .toList();
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("parents", parents);
        return "organization/move";
    }

    /** The date a unit is dissolved on. */
    public static class DissolveForm {
        private LocalDate dissolvedOn;

        public LocalDate getDissolvedOn() { return dissolvedOn; }
        public void setDissolvedOn(LocalDate dissolvedOn) { this.dissolvedOn = dissolvedOn; }
    }
}
