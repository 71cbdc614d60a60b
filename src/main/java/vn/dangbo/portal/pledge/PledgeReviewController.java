package vn.dangbo.portal.pledge;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.organization.UnitChoices;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * The cell's side of the monthly self-assessments: the month matrix of a unit with bulk acknowledgement
 * ({@code /pledges/review}), one entry to read, acknowledge or return ({@code /pledges/entries/{id}}), and
 * who has not submitted a month, rolled up the tree ({@code /pledges/missing}).
 */
@Controller
class PledgeReviewController {

    private static final int YEARS_BACK = 5;

    private final ReviewMatrix matrix;
    private final SubmissionRollUp rollUp;
    private final PledgeReview review;
    private final PledgeMembers members;
    private final PledgeAreas areas;
    private final MonthlySelfAssessmentRepository entries;
    private final OrganizationRepository organizations;
    private final MonthlyDeadline deadline;
    private final MessageSource messages;
    private final UnitChoices unitChoices;

    PledgeReviewController(ReviewMatrix matrix, SubmissionRollUp rollUp, PledgeReview review, PledgeMembers members,
                           PledgeAreas areas, MonthlySelfAssessmentRepository entries, OrganizationRepository organizations,
                           MonthlyDeadline deadline, MessageSource messages, UnitChoices unitChoices) {
        this.matrix = matrix;
        this.rollUp = rollUp;
        this.review = review;
        this.members = members;
        this.areas = areas;
        this.entries = entries;
        this.organizations = organizations;
        this.deadline = deadline;
        this.messages = messages;
        this.unitChoices = unitChoices;
    }

    @GetMapping("/pledges/review")
    String matrix(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) Integer month, @RequestParam(required = false) MonthStatus status,
                  @RequestParam(defaultValue = "0") int page, Scope scope, @AuthenticationPrincipal PortalUser user,
                  HttpServletRequest request, Model model) {
        YearMonth shown = shownMonth(year, month);
        Organization selected = selectedUnit(unit == null ? scope.organizationId() : unit, scope);
        // the units to pick from, or null when the scope has too many to list: the page then searches them by name
        model.addAttribute("units", unitChoices.listedIn(scope).orElse(null));
        model.addAttribute("unit", selected);
        model.addAttribute("shown", shown);
        model.addAttribute("status", status);
        model.addAttribute("years", years());
        model.addAttribute("statuses", List.of(MonthStatus.SUBMITTED, MonthStatus.ACKNOWLEDGED, MonthStatus.RETURNED,
                MonthStatus.OPEN, MonthStatus.MISSING));
        model.addAttribute("legend", Arrays.stream(MonthStatus.values()).filter(s -> s != MonthStatus.DRAFT).toList());
        if (selected != null && selected.getKind() != OrganizationKind.BLOC) {
            model.addAttribute("matrix", matrix.load(selected.getPath(), shown.getYear(), shown.getMonthValue(), status,
                    Math.max(0, page), scope, user, labels(request)));
        }
        return "pledge/review";
    }

    @PostMapping("/pledges/review/acknowledge")
    String acknowledgeAll(@RequestParam(name = "entry", required = false) List<Long> entryIds, @RequestParam long unit,
                          @RequestParam int year, @RequestParam int month, @RequestParam(required = false) MonthStatus status,
                          Scope scope, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        int acknowledged = entryIds == null || entryIds.isEmpty() ? 0 : review.acknowledgeAll(entryIds, scope, user);
        redirect.addFlashAttribute("acknowledged", acknowledged);
        return "redirect:" + UriComponentsBuilder.fromPath("/pledges/review").queryParam("unit", unit).queryParam("year", year)
                .queryParam("month", month).queryParamIfPresent("status", Optional.ofNullable(status))
                .build().toUriString();
    }

    @GetMapping("/pledges/entries/{id}")
    String entry(@PathVariable long id, Scope scope, @AuthenticationPrincipal PortalUser user, Model model) {
        MonthlySelfAssessment entry = entries.findWithPledge(List.of(id)).stream().findFirst().orElseThrow(NotFound::new);
        Pledge pledge = entry.getPledge();
        PledgeMember member = members.get(pledge.getMemberId());
        scope.checkCoversMember(member.id(), member.cellPath());
        boolean mine = user.getMemberId() != null && user.getMemberId() == member.id();
        if (entry.getStatus() == AssessmentStatus.DRAFT && !mine) {
            throw new NotFound();
        }
        model.addAttribute("entry", entry);
        model.addAttribute("pledge", pledge);
        model.addAttribute("member", member);
        model.addAttribute("month", entry.yearMonth(pledge.getYear()));
        model.addAttribute("deadline", deadline.deadline(entry.yearMonth(pledge.getYear())));
        model.addAttribute("areas", areas.ofYear(pledge.getYear()));
        model.addAttribute("mine", mine);
        model.addAttribute("mayReview", PledgeReviewers.mayReview(scope, user, member));
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", new ReviewForm());
        }
        return "pledge/entry";
    }

    @PostMapping("/pledges/entries/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
                       @RequestHeader(value = "HX-Request", required = false) String htmx, Scope scope,
                       @AuthenticationPrincipal PortalUser user, HttpServletRequest request, Model model,
                       RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return entry(id, scope, user, model);
        }
        boolean changed = review.acknowledge(id, form.getComment(), scope, user);
        if (htmx != null) {
            MonthlySelfAssessment entry = entries.findWithPledge(List.of(id)).get(0);
            YearMonth month = entry.yearMonth(entry.getPledge().getYear());
            ReviewMatrix.Row row = matrix.row(entry.getPledge().getMemberId(), month.getYear(), month.getMonthValue(), scope, user,
                    labels(request)).orElseThrow(NotFound::new);
            model.addAttribute("group", new ReviewMatrix.Group(0, "", List.of(row)));
            return "pledge/review :: rows";
        }
        redirect.addFlashAttribute(changed ? "success" : "failure", changed ? "pledge.review.acknowledged" : "pledge.review.notSubmitted");
        return "redirect:/pledges/entries/" + id;
    }

    @PostMapping("/pledges/entries/{id}/return")
    String returnToMember(@PathVariable long id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
                          Scope scope, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            review.returnToMember(id, form.getComment(), scope, user, result);
        }
        if (result.hasErrors()) {
            return entry(id, scope, user, model);
        }
        redirect.addFlashAttribute("success", "pledge.review.returned");
        return "redirect:/pledges/entries/" + id;
    }

    @GetMapping("/pledges/missing")
    String missing(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
                   @RequestParam(required = false) Integer month, Scope scope, Model model) {
        YearMonth shown = shownMonth(year, month);
        List<UnitChoices.Choice> units = unitChoices.listedIn(scope).orElse(null);
        Organization selected = unit == null ? organizations.topOf(scope) : selectedUnit(unit, scope);
        model.addAttribute("units", units);
        model.addAttribute("unit", selected);
        model.addAttribute("shown", shown);
        model.addAttribute("years", years());
        model.addAttribute("deadline", deadline.deadline(shown));
        model.addAttribute("deadlinePassed", deadline.deadlinePassed(shown));
        model.addAttribute("tree", rollUp.counts(selected.getPath(), shown, scope));
        if (selected.getKind() != OrganizationKind.BLOC) {
            model.addAttribute("names", rollUp.names(selected.getPath(), shown, scope));
        }
        return "pledge/missing";
    }

    /** What every row of the matrix needs, prepared once a page. */
    private ReviewMatrix.Labels labels(HttpServletRequest request) {
        return ReviewMatrix.Labels.escaped(symbols(), request.getContextPath() + "/pledges/entries/",
                request.getContextPath() + "/pledges/book/",
                messages.getMessage("pledge.review.acknowledge", null, LocaleContextHolder.getLocale()));
    }

    private Map<MonthStatus, String> symbols() {
        Map<MonthStatus, String> symbols = new EnumMap<>(MonthStatus.class);
        for (MonthStatus status : MonthStatus.values()) {
            symbols.put(status, messages.getMessage("pledge.symbol." + status, null, LocaleContextHolder.getLocale()));
        }
        return symbols;
    }

    /** The month asked for, by default the month being collected; never one still to come. */
    private YearMonth shownMonth(Integer year, Integer month) {
        YearMonth current = deadline.currentMonth();
        YearMonth reporting = deadline.reportingMonth();
        int shownYear = year == null ? reporting.getYear() : year;
        int shownMonth = month == null ? (shownYear == reporting.getYear() ? reporting.getMonthValue() : 12) : month;
        if (shownMonth < 1 || shownMonth > 12 || shownYear < 2000 || shownYear > current.getYear()) {
            throw new NotFound();
        }
        YearMonth shown = YearMonth.of(shownYear, shownMonth);
        return shown.isAfter(current) ? current : shown;
    }

    private List<Integer> years() {
        int current = deadline.today().getYear();
        return IntStream.rangeClosed(current - YEARS_BACK, current).boxed().sorted(Comparator.reverseOrder()).toList();
    }

    private Organization selectedUnit(Long id, Scope scope) {
        if (id == null) {
            return null;
        }
        Organization unit = organizations.findById(id).orElseThrow(NotFound::new);
        scope.checkCovers(unit.getPath());
        return unit;
    }
}
