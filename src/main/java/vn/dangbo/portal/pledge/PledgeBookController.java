package vn.dangbo.portal.pledge;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.organization.OfficialHeaders;
import vn.dangbo.portal.organization.OfficialHeaders.OfficialHeader;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.Downloads;
import vn.dangbo.portal.web.NotFound;
import vn.dangbo.portal.web.PdfRenderer;

/**
 * A member's pledge book as the cell reads it ({@code /pledges/book/{memberId}/{year}}), printed as the
 * Sổ đăng ký nêu gương in the official layout ({@code ….pdf}), and the reviewer's acts on the pledge:
 * approve, reopen, remark on the year.
 */
@Controller
class PledgeBookController {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final PledgeMembers members;
    private final PledgeBooks books;
    private final PledgeReview review;
    private final PledgeRepository pledges;
    private final MonthlyDeadline deadline;
    private final MemberPledges memberPledges;
    private final PdfRenderer pdf;
    private final OfficialHeaders headers;
    private final AuditLog auditLog;

    PledgeBookController(PledgeMembers members, PledgeBooks books, PledgeReview review, PledgeRepository pledges,
                         MonthlyDeadline deadline, MemberPledges memberPledges, PdfRenderer pdf, OfficialHeaders headers,
                         AuditLog auditLog) {
        this.members = members;
        this.books = books;
        this.review = review;
        this.pledges = pledges;
        this.deadline = deadline;
        this.memberPledges = memberPledges;
        this.pdf = pdf;
        this.headers = headers;
        this.auditLog = auditLog;
    }

    @GetMapping("/pledges/book/{memberId}/{year:\\d{4}}")
    String book(@PathVariable long memberId, @PathVariable int year, Scope scope, @AuthenticationPrincipal PortalUser user,
                Model model) {
        PledgeMember member = visibleMember(memberId, scope);
        boolean mine = user.getMemberId() != null && user.getMemberId() == memberId;
        model.addAttribute("book", books.load(member, year, mine));
        model.addAttribute("mine", mine);
        model.addAttribute("mayReview", PledgeReviewers.mayReview(scope, user, member));
        model.addAttribute("currentMonth", deadline.currentMonth());
        model.addAttribute("pledgeYearOpen", mine && memberPledges.isOpenYear(year));
        model.addAttribute("nextYear", year <= deadline.today().getYear());
        if (!model.containsAttribute("remarkForm")) {
            model.addAttribute("remarkForm", new ReviewForm());
        }
        return "pledge/book";
    }

    @GetMapping("/pledges/book/{memberId}/{year:\\d{4}}.pdf")
    ResponseEntity<byte[]> bookPdf(@PathVariable long memberId, @PathVariable int year, Scope scope,
                                   @AuthenticationPrincipal PortalUser user) {
        PledgeMember member = visibleMember(memberId, scope);
        boolean mine = user.getMemberId() != null && user.getMemberId() == memberId;
        PledgeBook book = books.load(member, year, mine);
        OfficialHeader bloc = headers.header("", null, deadline.today());
        OfficialHeader header = new OfficialHeader(upper(member.parentName() == null ? bloc.issuingBody() : member.parentName()),
                upper(member.cellName()), "", bloc.placeAndDate());
        byte[] bytes = pdf.render("pdf/pledge-book", Map.of("book", book, "header", header), LocaleContextHolder.getLocale());
        auditLog.record(AuditAction.EXPORT, "Pledge", memberId,
                "Sổ đăng ký nêu gương năm %d (PDF): %s".formatted(year, member.fullName()));
        return Downloads.pdf(bytes, "Sổ nêu gương %d - %s.pdf".formatted(year, member.fullName()));
    }

    @PostMapping("/pledges/{pledgeId}/approve")
    String approve(@PathVariable long pledgeId, Scope scope, @AuthenticationPrincipal PortalUser user,
                   RedirectAttributes redirect) {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "pledge");
        Pledge pledge = review.approve(pledgeId, scope, user, errors);
        return backToBook(pledge, errors, "pledge.approved", redirect);
    }

    @PostMapping("/pledges/{pledgeId}/reopen")
    String reopen(@PathVariable long pledgeId, Scope scope, @AuthenticationPrincipal PortalUser user,
                  RedirectAttributes redirect) {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "pledge");
        Pledge pledge = review.reopen(pledgeId, scope, user, errors);
        return backToBook(pledge, errors, "pledge.reopened", redirect);
    }

    @PostMapping("/pledges/{pledgeId}/remark")
    String remark(@PathVariable long pledgeId, @Valid @ModelAttribute("remarkForm") ReviewForm form, BindingResult result,
                  Scope scope, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        Pledge pledge = result.hasErrors() ? pledges.findById(pledgeId).orElseThrow(NotFound::new)
                : review.remark(pledgeId, form, scope, user, result);
        if (result.hasErrors()) {
            return book(pledge.getMemberId(), pledge.getYear(), scope, user, model);
        }
        return backToBook(pledge, result, "pledge.remarkSaved", redirect);
    }

    private static String backToBook(Pledge pledge, BindingResult errors, String success, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", errors.getGlobalError().getCode());
        } else {
            redirect.addFlashAttribute("success", success);
        }
        return "redirect:/pledges/book/" + pledge.getMemberId() + "/" + pledge.getYear();
    }

    private PledgeMember visibleMember(long memberId, Scope scope) {
        PledgeMember member = members.get(memberId);
        scope.checkCoversMember(memberId, member.cellPath());
        return member;
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
