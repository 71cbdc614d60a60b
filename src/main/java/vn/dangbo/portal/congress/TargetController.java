package vn.dangbo.portal.congress;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.member.AdmittedMembers;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * {@code /congresses/{id}/targets}: the targets with their yearly actuals, progress and status, the
 * summary line; the target form; the yearly entry of actuals; the admissions behind the computed figure.
 */
@Controller
@RequestMapping("/congresses/{id}/targets")
class TargetController {

    private final CongressRecords records;
    private final TargetTracking tracking;
    private final TargetChanges changes;
    private final TargetRepository targets;
    private final AdmittedMembers admitted;

    TargetController(CongressRecords records, TargetTracking tracking, TargetChanges changes, TargetRepository targets,
                     AdmittedMembers admitted) {
        this.records = records;
        this.tracking = tracking;
        this.changes = changes;
        this.targets = targets;
        this.admitted = admitted;
    }

    @GetMapping
    String board(@PathVariable long id, Scope scope, Model model) {
        CongressRecords.Visible visible = records.read(id, scope);
        model.addAttribute("congress", visible.congress());
        model.addAttribute("organization", visible.organization());
        model.addAttribute("board", tracking.track(visible.congress()));
        model.addAttribute("indicators", tracking.indicators());
        model.addAttribute("mayEdit", !visible.congress().isClosed() && scope.canEdit(visible.organization().getPath()));
        model.addAttribute("mayEnter", records.mayFollowUp(visible.congress()) && scope.canEdit(visible.organization().getPath()));
        if (!model.containsAttribute("actual")) {
            model.addAttribute("actual", new ActualForm());
        }
        return "congress/targets";
    }

    @GetMapping("/new")
    String createForm(@PathVariable long id, Scope scope, Model model) {
        Congress congress = records.open(id, scope).congress();
        TargetForm form = new TargetForm();
        form.setPosition(targets.findByCongressIdOrderByPositionAscIdAsc(id).size() + 1);
        form.setComparator(TargetComparator.AT_LEAST);
        form.setMeasure(TargetMeasure.EVERY_YEAR);
        return formView(congress, null, form, model);
    }

    @PostMapping("/new")
    String create(@PathVariable long id, @Valid @ModelAttribute("form") TargetForm form, BindingResult result, Scope scope,
                  Model model, RedirectAttributes redirect) {
        Congress congress = records.open(id, scope).congress();
        if (result.hasErrors() || changes.save(id, null, form, result, scope) == null) {
            return formView(congress, null, form, model);
        }
        redirect.addFlashAttribute("success", "congress.target.saved");
        return "redirect:/congresses/" + id + "/targets";
    }

    @GetMapping("/{targetId}/edit")
    String editForm(@PathVariable long id, @PathVariable long targetId, Scope scope, Model model) {
        Congress congress = records.open(id, scope).congress();
        Target target = targets.findById(targetId).filter(t -> t.getCongressId() == id).orElseThrow(NotFound::new);
        return formView(congress, target, TargetForm.of(target), model);
    }

    @PostMapping("/{targetId}/edit")
    String edit(@PathVariable long id, @PathVariable long targetId, @Valid @ModelAttribute("form") TargetForm form,
                BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Congress congress = records.open(id, scope).congress();
        Target target = targets.findById(targetId).filter(t -> t.getCongressId() == id).orElseThrow(NotFound::new);
        if (result.hasErrors() || changes.save(id, targetId, form, result, scope) == null) {
            return formView(congress, target, form, model);
        }
        redirect.addFlashAttribute("success", "congress.target.saved");
        return "redirect:/congresses/" + id + "/targets";
    }

    @PostMapping("/actuals")
    String enter(@PathVariable long id, @Valid @ModelAttribute("actual") ActualForm form, BindingResult result, Scope scope,
                 @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            changes.enterActual(id, form, result, scope, user);
        }
        if (result.hasErrors()) {
            records.followUp(id, scope);
            return board(id, scope, model);
        }
        redirect.addFlashAttribute("success", "congress.target.actualSaved");
        return "redirect:/congresses/" + id + "/targets#target-" + form.getTargetId();
    }

    /** The admissions of the term behind the computed figure. */
    @GetMapping("/admissions")
    String admissions(@PathVariable long id, Scope scope, Model model) {
        CongressRecords.Visible visible = records.read(id, scope);
        Congress congress = visible.congress();
        model.addAttribute("congress", congress);
        model.addAttribute("organization", visible.organization());
        model.addAttribute("admissions", admitted.between(visible.organization().getPath(),
                LocalDate.of(congress.getTermStartYear(), 1, 1), LocalDate.of(congress.getTermEndYear() - 1, 12, 31)));
        return "congress/admissions";
    }

    private String formView(Congress congress, Target target, TargetForm form, Model model) {
        model.addAttribute("congress", congress);
        model.addAttribute("target", target);
        model.addAttribute("form", form);
        model.addAttribute("indicators", tracking.indicators());
        model.addAttribute("comparators", TargetComparator.values());
        model.addAttribute("measures", TargetMeasure.values());
        return "congress/target-form";
    }
}
