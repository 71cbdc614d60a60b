package vn.dangbo.portal.meeting;

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

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.security.Scope;

/** {@code /meetings/{id}/assessment}: the cell assesses its meeting; the committee above checks it. */
@Controller
@RequestMapping("/meetings/{id}/assessment")
class MeetingAssessmentController {

    private final MeetingRecords records;
    private final MeetingQuality quality;
    private final QualityFrameworks frameworks;

    MeetingAssessmentController(MeetingRecords records, MeetingQuality quality, QualityFrameworks frameworks) {
        this.records = records;
        this.quality = quality;
        this.frameworks = frameworks;
    }

    @GetMapping
    String form(@PathVariable long id, Scope scope, Model model) {
        Meeting meeting = records.visible(id, scope);
        AssessmentForm form = new AssessmentForm();
        quality.of(meeting).ifPresent(view -> {
            form.getPoints().putAll(view.points());
            form.setLevel(view.finalLevel());
            form.setNote(view.checkNote());
        });
        return view(meeting, form, scope, model);
    }

    @PostMapping
    String assess(@PathVariable long id, @ModelAttribute("form") AssessmentForm form, BindingResult result, Scope scope,
                  Model model, RedirectAttributes redirect) {
        quality.assess(id, form.getPoints(), result, scope);
        if (result.hasErrors()) {
            return view(records.visible(id, scope), form, scope, model);
        }
        redirect.addFlashAttribute("success", "meeting.assessment.saved");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/check")
    String check(@PathVariable long id, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult result, Scope scope,
                 Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            quality.check(id, form.getLevel(), form.getNote(), result, scope);
        }
        if (result.hasErrors()) {
            return view(records.visible(id, scope), form, scope, model);
        }
        redirect.addFlashAttribute("success", "meeting.assessment.checked");
        return "redirect:/meetings/" + id;
    }

    private String view(Meeting meeting, AssessmentForm form, Scope scope, Model model) {
        Organization cell = records.visibleCell(meeting.getOrganizationId(), scope);
        int year = meeting.getHeldOn().getYear();
        model.addAttribute("meeting", meeting);
        model.addAttribute("unit", cell);
        model.addAttribute("form", form);
        model.addAttribute("criteria", frameworks.criteriaOf(year));
        model.addAttribute("assessment", quality.of(meeting).orElse(null));
        model.addAttribute("levels", QualityLevel.values());
        model.addAttribute("canAssess", scope.canEdit(cell.getPath()));
        model.addAttribute("canCheck", scope.canRestructure(cell.getPath()));
        return "meeting/assessment";
    }
}
