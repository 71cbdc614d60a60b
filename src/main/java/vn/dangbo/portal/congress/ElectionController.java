package vn.dangbo.portal.congress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.committee.CommitteeOffice;
import vn.dangbo.portal.organization.OfficialHeaders;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.Downloads;
import vn.dangbo.portal.web.NotFound;
import vn.dangbo.portal.web.PdfRenderer;

/** {@code /congresses/{id}/elections}: seats and candidates, rounds, the double entry of the count, results, minutes, the new committee. */
@Controller
@RequestMapping("/congresses/{id}/elections")
class ElectionController {

    private final CongressRecords records;
    private final Elections elections;
    private final ElectionChanges changes;
    private final Delegates delegates;
    private final PdfRenderer pdf;
    private final OfficialHeaders headers;
    private final AuditLog auditLog;
    private final Clock clock;
    private final MessageSource messages;

    ElectionController(CongressRecords records, Elections elections, ElectionChanges changes, Delegates delegates, PdfRenderer pdf,
                       OfficialHeaders headers, AuditLog auditLog, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.records = records;
        this.elections = elections;
        this.changes = changes;
        this.delegates = delegates;
        this.pdf = pdf;
        this.headers = headers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable long id, @RequestParam(defaultValue = "") String pick, @RequestParam(required = false) Long election,
                Scope scope, Model model) {
        CongressRecords.Visible visible = records.read(id, scope);
        boolean mayEdit = !visible.congress().isClosed() && scope.canEdit(visible.organization().getPath());
        model.addAttribute("congress", visible.congress());
        model.addAttribute("organization", visible.organization());
        model.addAttribute("elections", elections.of(id));
        model.addAttribute("counter", delegates.counter(id));
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("kinds", ElectionKind.values());
        model.addAttribute("offices", CommitteeOffice.values());
        model.addAttribute("pick", pick);
        model.addAttribute("pickFor", election);
        model.addAttribute("candidates", mayEdit ? changes.pickable(visible.organization().getPath(), pick) : List.of());
        if (!model.containsAttribute("tally")) {
            model.addAttribute("tally", new TallyForm());
        }
        return "congress/elections";
    }

    @PostMapping
    String create(@PathVariable long id, @RequestParam(required = false) ElectionKind kind, @RequestParam(required = false) Integer seats,
                  Scope scope, RedirectAttributes redirect) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "election");
        changes.create(id, kind, seats, errors, scope);
        return back(id, errors, "congress.election.created", redirect);
    }

    @PostMapping("/{electionId}/candidates")
    String addCandidate(@PathVariable long id, @PathVariable long electionId, @RequestParam(required = false) Long memberId,
                        Scope scope, RedirectAttributes redirect) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "candidate");
        changes.addCandidate(id, electionId, memberId, errors, scope);
        return back(id, errors, "congress.election.candidateAdded", redirect);
    }

    @PostMapping("/{electionId}/rounds")
    String openRound(@PathVariable long id, @PathVariable long electionId, Scope scope, RedirectAttributes redirect) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "round");
        changes.openRound(id, electionId, errors, scope);
        return back(id, errors, "congress.election.roundOpened", redirect);
    }

    @PostMapping("/rounds/{roundId}/tally")
    String enter(@PathVariable long id, @PathVariable long roundId, @Valid @ModelAttribute("tally") TallyForm tally, BindingResult result,
                 Scope scope, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        ElectionChanges.TallyOutcome outcome = result.hasErrors() ? ElectionChanges.TallyOutcome.REFUSED
                : changes.enter(id, roundId, tally, result, scope, user);
        if (outcome == ElectionChanges.TallyOutcome.REFUSED) {
            model.addAttribute("failedRound", roundId);
            return page(id, "", null, scope, model);
        }
        redirect.addFlashAttribute("success", "congress.tally." + outcome);
        return "redirect:/congresses/" + id + "/elections";
    }

    @PostMapping("/rounds/{roundId}/discard")
    String discard(@PathVariable long id, @PathVariable long roundId, Scope scope, RedirectAttributes redirect) {
        changes.discardEntries(id, roundId, scope);
        redirect.addFlashAttribute("success", "congress.tally.discarded");
        return "redirect:/congresses/" + id + "/elections";
    }

    /** Offices come as {@code office_<memberId>=SECRETARY}; committee member when not given. */
    @PostMapping("/{electionId}/install")
    String install(@PathVariable long id, @PathVariable long electionId, HttpServletRequest request, Scope scope,
                   RedirectAttributes redirect) {
        Map<Long, CommitteeOffice> offices = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("office_") && values.length > 0 && !values[0].isBlank()) {
                offices.put(Long.valueOf(name.substring("office_".length())), CommitteeOffice.valueOf(values[0]));
            }
        });
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "install");
        changes.install(id, electionId, offices, errors, scope);
        return back(id, errors, "congress.election.installed", redirect);
    }

    @GetMapping("/{electionId}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long id, @PathVariable long electionId, Scope scope, Locale locale) {
        CongressRecords.Visible visible = records.read(id, scope);
        Elections.Election election = elections.of(id).stream().filter(e -> e.id() == electionId).findFirst().orElseThrow(NotFound::new);
        byte[] bytes = pdf.render("pdf/election-minutes", Map.of("congress", visible.congress(), "organization", visible.organization(),
                "election", election, "header", headers.header("BB", null, LocalDate.now(clock))), locale);
        auditLog.record(AuditAction.EXPORT, "CongressElection", electionId, "Minutes of the count (PDF)");
        return Downloads.pdf(bytes, "Biên bản kiểm phiếu " + visible.congress().getRoman() + ".pdf");
    }

    private String back(long id, MapBindingResult errors, String success, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failureText", messages.getMessage(errors.getGlobalError(), LocaleContextHolder.getLocale()));
        } else {
            redirect.addFlashAttribute("success", success);
        }
        return "redirect:/congresses/" + id + "/elections";
    }
}
