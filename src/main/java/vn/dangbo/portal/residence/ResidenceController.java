package vn.dangbo.portal.residence;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.organization.CellYearChoice;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * {@code /residence}: a cell's members with their residence cell and the year's feedback, missing ones
 * first, and the page where a member's residence cell and feedback are recorded.
 */
@Controller
@RequestMapping("/residence")
class ResidenceController {

    private final ResidenceFeedbacks feedbacks;
    private final ResidenceRecords records;
    private final OrganizationRepository organizations;
    private final Clock clock;

    ResidenceController(ResidenceFeedbacks feedbacks, ResidenceRecords records, OrganizationRepository organizations, Clock clock) {
        this.feedbacks = feedbacks;
        this.records = records;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping
    String cell(@RequestParam(required = false) Long cell, @RequestParam(required = false) Integer year, Scope scope, Model model) {
        CellYearChoice choice = CellYearChoice.of(cell, year, scope, organizations, LocalDate.now(clock));
        choice.addTo(model);
        int shownYear = choice.year();
        if (choice.cellId() != null) {
            Organization unit = organizations.findById(choice.cellId()).orElseThrow(NotFound::new);
            scope.checkCovers(unit.getPath());
            List<ResidenceFeedbacks.CellRow> rows = feedbacks.ofCell(unit.getId(), shownYear);
            model.addAttribute("unit", unit);
            model.addAttribute("rows", rows);
            model.addAttribute("missing", rows.stream().filter(ResidenceFeedbacks.CellRow::isMissing).count());
            model.addAttribute("canEdit", scope.canEdit(unit.getPath()));
        }
        return "residence/cell";
    }

    @GetMapping("/members/{memberId}")
    String member(@PathVariable long memberId, @RequestParam(required = false) Integer year, Scope scope, Model model) {
        Member member = records.editableMember(memberId, scope);
        FeedbackForm feedbackForm = new FeedbackForm();
        feedbackForm.setYear(year == null ? LocalDate.now(clock).getYear() : year);
        feedbacks.ofMember(memberId).stream().filter(feedback -> feedback.year() == feedbackForm.getYear()).findFirst()
                .ifPresent(feedback -> {
                    feedbackForm.setAssessment(feedback.assessment());
                    feedbackForm.setReceivedOn(feedback.receivedOn());
                    feedbackForm.setNote(feedback.note());
                    feedbackForm.setVersion(feedback.version());
                });
        return memberView(member, ContactForm.of(feedbacks.contactOf(memberId)), feedbackForm, model);
    }

    @PostMapping("/members/{memberId}/contact")
    String saveContact(@PathVariable long memberId, @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
                       Scope scope, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            records.saveContact(memberId, form, result, scope);
        }
        if (result.hasErrors()) {
            FeedbackForm feedbackForm = new FeedbackForm();
            feedbackForm.setYear(LocalDate.now(clock).getYear());
            return memberView(records.editableMember(memberId, scope), form, feedbackForm, model);
        }
        redirect.addFlashAttribute("success", "residence.saved");
        return "redirect:/residence/members/" + memberId;
    }

    @PostMapping("/members/{memberId}/feedback")
    String saveFeedback(@PathVariable long memberId, @Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result,
                        Scope scope, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            records.saveFeedback(memberId, form, result, scope);
        }
        if (result.hasErrors()) {
            return memberView(records.editableMember(memberId, scope), ContactForm.of(feedbacks.contactOf(memberId)), form, model);
        }
        redirect.addFlashAttribute("success", "residence.saved");
        return "redirect:/residence/members/" + memberId + "?year=" + form.getYear();
    }

    private String memberView(Member member, ContactForm contactForm, FeedbackForm feedbackForm, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("contactForm", contactForm);
        model.addAttribute("feedbackForm", feedbackForm);
        model.addAttribute("history", feedbacks.ofMember(member.getId()));
        model.addAttribute("assessments", FeedbackAssessment.values());
        return "residence/member";
    }
}
