package vn.dangbo.portal.badge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.organization.OfficialHeaders;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.Downloads;
import vn.dangbo.portal.web.PdfRenderer;
import vn.dangbo.portal.web.VietnameseDateFormatter;

/**
 * {@code /badges}: for an award batch (3/2, 19/5, 2/9, 7/11), the members due a Party badge in the user's
 * scope, the early and posthumous cases, those deferred by discipline with the reason, and the awards
 * recorded; staff record awards. {@code /badges.pdf?batch=…} prints the list.
 */
@Controller
class BadgeController {

    private final BadgeProposals proposals;
    private final BadgeAwards awards;
    private final PdfRenderer pdf;
    private final OfficialHeaders headers;
    private final AuditLog auditLog;
    private final Clock clock;

    BadgeController(BadgeProposals proposals, BadgeAwards awards, PdfRenderer pdf, OfficialHeaders headers, AuditLog auditLog,
                    Clock clock) {
        this.proposals = proposals;
        this.awards = awards;
        this.pdf = pdf;
        this.headers = headers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping("/badges")
    String list(@RequestParam(required = false) LocalDate batch, Scope scope, Model model) {
        LocalDate chosen = batch(batch);
        model.addAttribute("batch", proposals.of(chosen, scope));
        model.addAttribute("batches", choices());
        model.addAttribute("invalidBatch", batch != null && !BadgePolicy.isBatchDay(batch));
        model.addAttribute("canAward", scope.isEverything() && scope.canEdit());
        return "badge/list";
    }

    @PostMapping("/badges/award")
    String award(@RequestParam LocalDate batch, @RequestParam(name = "pick", required = false) List<String> picks,
                 @RequestParam(required = false) String decisionNumber, Scope scope, Model model, RedirectAttributes redirect) {
        BindingResult errors = new BeanPropertyBindingResult(picks, "award");
        if (awards.award(batch, picks, decisionNumber, errors, scope) == 0) {
            model.addAttribute("awardError", errors.getGlobalError().getCode());
            return list(batch, scope, model);
        }
        redirect.addFlashAttribute("success", "badge.awarded");
        return "redirect:/badges?batch=" + batch;
    }

    @GetMapping("/badges.pdf")
    ResponseEntity<byte[]> print(@RequestParam(required = false) LocalDate batch, Scope scope, Locale locale) {
        LocalDate chosen = batch(batch);
        BadgeProposals.Batch list = proposals.of(chosen, scope);
        if (list.truncated()) {
            // a printed list must be whole: the page says why there is none and who prints it
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/badges").queryParam("batch", chosen).build().toUri())
                    .build();
        }
        byte[] body = pdf.render("pdf/badges", Map.of(
                "batch", list,
                "rows", list.printable(),
                "header", headers.header("DS", null, LocalDate.now(clock))), locale);
        auditLog.record(AuditAction.EXPORT, "BadgeAward", null,
                "Badge list of the batch %s (%d members)".formatted(VietnameseDateFormatter.format(chosen), list.printable().size()));
        return Downloads.pdf(body, "Huy hieu Dang " + chosen + ".pdf");
    }

    /** The chosen batch, or the next award day. */
    private LocalDate batch(LocalDate batch) {
        return batch != null && BadgePolicy.isBatchDay(batch) ? batch : BadgePolicy.nextBatch(LocalDate.now(clock));
    }

    /** The award days of last year, this year and next year. */
    private List<LocalDate> choices() {
        int year = LocalDate.now(clock).getYear();
        List<LocalDate> days = new ArrayList<>();
        for (int y = year + 1; y >= year - 1; y--) {
            for (int i = BadgePolicy.BATCH_DAYS.size() - 1; i >= 0; i--) {
                days.add(BadgePolicy.BATCH_DAYS.get(i).atYear(y));
            }
        }
        return days;
    }
}
