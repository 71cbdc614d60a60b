package vn.dangbo.portal.organization;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * {@code /organizations/{id}/merge} (merge units directly under this one) and {@code /organizations/{id}/split}
 * (split this unit), both with an effective date; the rules are in {@link Reorganizations}.
 */
@Controller
@RequestMapping("/organizations/{id}")
class ReorganizationController {

    private final OrganizationRepository organizations;
    private final OrganizationMembers members;
    private final Reorganizations reorganizations;
    private final Clock clock;

    ReorganizationController(OrganizationRepository organizations, OrganizationMembers members, Reorganizations reorganizations,
                             Clock clock) {
        this.organizations = organizations;
        this.members = members;
        this.reorganizations = reorganizations;
        this.clock = clock;
    }

    @GetMapping("/merge")
    String mergeForm(@PathVariable long id, Scope scope, Model model) {
        ReorganizationForm form = new ReorganizationForm();
        form.setEffectiveDate(LocalDate.now(clock));
        return mergeView(id, form, scope, model);
    }

    @PostMapping("/merge")
    String merge(@PathVariable long id, @Valid @ModelAttribute("form") ReorganizationForm form, BindingResult result, Scope scope,
                 Model model, RedirectAttributes redirect) {
        Long merged = result.hasErrors() ? null : reorganizations.merge(id, form, result, scope);
        if (merged == null) {
            return mergeView(id, form, scope, model);
        }
        redirect.addFlashAttribute("success", "reorganization.merged");
        return "redirect:/organizations/" + merged;
    }

    @GetMapping("/split")
    String splitForm(@PathVariable long id, Scope scope, Model model) {
        ReorganizationForm form = new ReorganizationForm();
        form.setEffectiveDate(LocalDate.now(clock));
        return splitView(id, form, scope, model);
    }

    @PostMapping("/split")
    String split(@PathVariable long id, @Valid @ModelAttribute("form") ReorganizationForm form, BindingResult result, Scope scope,
                 Model model, RedirectAttributes redirect) {
        List<Long> parts = result.hasErrors() ? List.of() : reorganizations.split(id, form, result, scope);
        if (parts.isEmpty()) {
            return splitView(id, form, scope, model);
        }
        redirect.addFlashAttribute("success", "reorganization.split");
        return "redirect:/organizations/" + organizations.findById(id).orElseThrow(NotFound::new).getParent().getId();
    }

    private String mergeView(long parentId, ReorganizationForm form, Scope scope, Model model) {
        Organization parent = organizations.findById(parentId).orElseThrow(NotFound::new);
        scope.checkCanEdit(parent.getPath());
        if (parent.getKind().childKinds().isEmpty()) {
            throw new NotFound();
        }
        model.addAttribute("parent", parent);
        model.addAttribute("form", form);
        model.addAttribute("candidates", organizations.findByParentIdAndDissolvedOnIsNullOrderByNameAscIdAsc(parentId).stream()
                .filter(unit -> scope.canRestructure(unit.getPath())).toList());
        return "organization/merge";
    }

    private String splitView(long id, ReorganizationForm form, Scope scope, Model model) {
        Organization unit = organizations.findById(id).orElseThrow(NotFound::new);
        scope.checkCanRestructure(unit.getPath());
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("parts", unit.getKind().isCell()
                ? members.currentMembersUnder(unit.getPath()).stream().map(member -> new Part(member.id(), member.fullName())).toList()
                : organizations.findByParentIdAndDissolvedOnIsNullOrderByNameAscIdAsc(id).stream()
                        .map(cell -> new Part(cell.getId(), cell.getName())).toList());
        model.addAttribute("numbers", List.of(1, 2, 3, 4, 5));
        return "organization/split";
    }

    /** A sub-cell or a member to assign to one of the new units of a split. */
    record Part(long id, String name) {
    }
}
