package vn.dangbo.portal.organization;

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
    private final List<OrganizationPageSection> sections;

    OrganizationController(OrganizationRepository organizations, OrganizationMembers members, OrganizationChanges changes,
                           List<OrganizationPageSection> sections) {
        this.organizations = organizations;
        this.members = members;
        this.changes = changes;
        this.sections = sections.stream().sorted(Comparator.comparingInt(OrganizationPageSection::order)).toList();
    }

    @GetMapping
    String tree(@RequestParam(defaultValue = "false") boolean dissolved, Scope scope, Model model) {
        String prefix = organizations.rootPathOf(scope);
        List<OrganizationNode> nodes = organizations.findNodes(prefix).stream()
                .filter(node -> dissolved || !node.isDissolved())
                .toList();
        model.addAttribute("roots", OrganizationTree.build(nodes, members.countCurrentByOrganization(prefix)));
        model.addAttribute("showDissolved", dissolved);
        return "organization/tree";
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
        MoveForm form = new MoveForm();
        form.setParentId(unit.getParent().getId());
        return moveView(unit, form, scope, model);
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @ModelAttribute("form") MoveForm form, BindingResult result, Scope scope,
                Model model, RedirectAttributes redirect) {
        changes.move(id, form.getParentId(), result, scope);
        if (result.hasErrors()) {
            return moveView(load(id, scope), form, scope, model);
        }
        redirect.addFlashAttribute("success", "organization.moved");
        return "redirect:/organizations/" + id;
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

    private String moveView(Organization unit, MoveForm form, Scope scope, Model model) {
        List<OrganizationNode> parents = organizations.findNodesIn(scope).stream()
                .filter(node -> !node.isDissolved() && !node.getPath().startsWith(unit.getPath()))
                .filter(node -> unit.getKind().movedUnder(node.getKind()).isPresent())
                .filter(node -> scope.canEdit(node.getPath()))
                .toList();
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("parents", parents);
        return "organization/move";
    }

    /** The new parent of a moved unit. */
    public static class MoveForm {
        private Long parentId;

        public Long getParentId() { return parentId; }
        public void setParentId(Long parentId) { this.parentId = parentId; }
    }

    /** The date a unit is dissolved on. */
    public static class DissolveForm {
        private LocalDate dissolvedOn;

        public LocalDate getDissolvedOn() { return dissolvedOn; }
        public void setDissolvedOn(LocalDate dissolvedOn) { this.dissolvedOn = dissolvedOn; }
    }
}
