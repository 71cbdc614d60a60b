package vn.dangbo.portal.pledge;

import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.web.NotFound;

/**
 * {@code /pledges/my}: the signed-in member's own book — the year at a glance, the pledge form and the
 * monthly self-assessment form. Every URL works on the member's own record only (from the session, never
 * from the URL).
 */
@Controller
@RequestMapping("/pledges/my")
class MyPledgeController {

    private static final String SUBMIT = "submit";

    private final PledgeMembers members;
    private final PledgeBooks books;
    private final PledgeAreas areas;
    private final PledgeRepository pledges;
    private final MonthlySelfAssessmentRepository entries;
    private final MemberPledges memberPledges;
    private final MonthlyDeadline deadline;

    MyPledgeController(PledgeMembers members, PledgeBooks books, PledgeAreas areas, PledgeRepository pledges,
                       MonthlySelfAssessmentRepository entries, MemberPledges memberPledges, MonthlyDeadline deadline) {
        this.members = members;
        this.books = books;
        this.areas = areas;
        this.pledges = pledges;
        this.entries = entries;
        this.memberPledges = memberPledges;
        this.deadline = deadline;
    }

    @GetMapping
    String book(@RequestParam(required = false) Integer year, @AuthenticationPrincipal PortalUser user, Model model) {
        PledgeMember member = members.get(ownMemberId(user));
        int shown = year == null ? deadline.today().getYear() : year;
        model.addAttribute("book", books.load(member, shown, true));
        model.addAttribute("mine", true);
        model.addAttribute("mayReview", false);
        model.addAttribute("currentMonth", deadline.currentMonth());
        model.addAttribute("pledgeYearOpen", memberPledges.isOpenYear(shown));
        model.addAttribute("nextYear", shown <= deadline.today().getYear());
        return "pledge/book";
    }

    @GetMapping("/{year}/pledge")
    String pledgeForm(@PathVariable int year, @AuthenticationPrincipal PortalUser user, Model model) {
        long memberId = ownMemberId(user);
        if (!memberPledges.isOpenYear(year)) {
            throw new NotFound();
        }
        Pledge pledge = pledges.findByMemberIdAndYear(memberId, year).orElse(null);
        if (pledge != null && !pledge.isEditableByMember()) {
            return "redirect:/pledges/my?year=" + year;
        }
        List<PledgeArea> yearAreas = areas.ensureYear(year);
        return pledgeView(year, yearAreas, PledgeForm.of(yearAreas, pledge), pledge, model);
    }

    @PostMapping("/{year}/pledge")
    String savePledge(@PathVariable int year, @Valid @ModelAttribute("form") PledgeForm form, BindingResult result,
                      @RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal PortalUser user,
                      Model model, RedirectAttributes redirect) {
        long memberId = ownMemberId(user);
        boolean submit = SUBMIT.equals(action);
        if (!result.hasErrors()) {
            memberPledges.savePledge(memberId, year, form, submit, result);
        }
        if (result.hasErrors()) {
            return pledgeView(year, areas.ofYear(year), form, pledges.findByMemberIdAndYear(memberId, year).orElse(null), model);
        }
        redirect.addFlashAttribute("success", submit ? "pledge.submitted" : "pledge.saved");
        return "redirect:/pledges/my?year=" + year;
    }

    @GetMapping("/{year}/{month}")
    String entryForm(@PathVariable int year, @PathVariable int month, @AuthenticationPrincipal PortalUser user, Model model) {
        long memberId = ownMemberId(user);
        YearMonth yearMonth = yearMonth(year, month);
        Pledge pledge = pledges.findByMemberIdAndYear(memberId, year).orElse(null);
        if (pledge == null || pledge.getStatus() == PledgeStatus.DRAFT) {
            return "redirect:/pledges/my?year=" + year;
        }
        MonthlySelfAssessment entry = entries.findByPledgeAndMonth(pledge.getId(), month).orElse(null);
        if (entry != null && !entry.getStatus().isEditableByMember()) {
            return "redirect:/pledges/entries/" + entry.getId();
        }
        if (yearMonth.isAfter(deadline.currentMonth())) {
            throw new NotFound();
        }
        List<PledgeArea> yearAreas = areas.ensureYear(year);
        return entryView(yearMonth, yearAreas, AssessmentForm.of(yearAreas, entry), pledge, entry, model);
    }

    @PostMapping("/{year}/{month}")
    String saveEntry(@PathVariable int year, @PathVariable int month, @Valid @ModelAttribute("form") AssessmentForm form,
                     BindingResult result, @RequestParam(defaultValue = "draft") String action,
                     @RequestHeader(value = "HX-Request", required = false) String htmx,
                     @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        long memberId = ownMemberId(user);
        YearMonth yearMonth = yearMonth(year, month);
        boolean submit = SUBMIT.equals(action);
        MonthlySelfAssessment saved = result.hasErrors() ? null : memberPledges.saveEntry(memberId, yearMonth, form, submit, result);
        if (htmx != null && !submit) {
            model.addAttribute("saved", saved);
            model.addAttribute("savedAt", deadline.now());
            return "pledge/entry-form :: draftStatus";
        }
        if (saved == null) {
            Pledge pledge = pledges.findByMemberIdAndYear(memberId, year).orElse(null);
            MonthlySelfAssessment entry = pledge == null ? null : entries.findByPledgeAndMonth(pledge.getId(), month).orElse(null);
            return entryView(yearMonth, areas.ofYear(year), form, pledge, entry, model);
        }
        if (submit) {
            redirect.addFlashAttribute("success", saved.isLate() ? "pledge.entry.submittedLate" : "pledge.entry.submitted");
            return "redirect:/pledges/my?year=" + year;
        }
        redirect.addFlashAttribute("success", "pledge.entry.draftSaved");
        return "redirect:/pledges/my/" + year + "/" + month;
    }

    private String pledgeView(int year, List<PledgeArea> yearAreas, PledgeForm form, Pledge pledge, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("areas", yearAreas);
        model.addAttribute("form", form);
        model.addAttribute("pledge", pledge);
        return "pledge/pledge-form";
    }

    private String entryView(YearMonth month, List<PledgeArea> yearAreas, AssessmentForm form, Pledge pledge,
                             MonthlySelfAssessment entry, Model model) {
        model.addAttribute("month", month);
        model.addAttribute("deadline", deadline.deadline(month));
        model.addAttribute("overdue", deadline.deadlinePassed(month));
        model.addAttribute("areas", yearAreas);
        model.addAttribute("form", form);
        model.addAttribute("pledge", pledge);
        model.addAttribute("entry", entry);
        model.addAttribute("results", Fulfilment.values());
        return "pledge/entry-form";
    }

    private static YearMonth yearMonth(int year, int month) {
        if (month < 1 || month > 12 || year < 2000 || year > 2100) {
            throw new NotFound();
        }
        return YearMonth.of(year, month);
    }

    private static long ownMemberId(PortalUser user) {
        if (user.getMemberId() == null) {
            throw new NotFound();   // an account without a member record has no pledge book
        }
        return user.getMemberId();
    }
}
