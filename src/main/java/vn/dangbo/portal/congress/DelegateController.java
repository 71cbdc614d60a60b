package vn.dangbo.portal.congress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.organization.OfficialHeaders;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.Downloads;
import vn.dangbo.portal.web.PdfRenderer;

/**
 * The delegates of a congress: the list (paged in SQL, searchable), adding from members, the .xlsx import,
 * the door ({@code /checkin}: search by name or card code, tick present, live counter polled by htmx), absences,
 * and the credential verification report as page and PDF.
 */
@Controller
@RequestMapping("/congresses/{id}")
class DelegateController {

    private final CongressRecords records;
    private final Delegates delegates;
    private final DelegateChanges changes;
    private final DelegateImport imports;
    private final Credentials credentials;
    private final OrganizationRepository organizations;
    private final PdfRenderer pdf;
    private final OfficialHeaders headers;
    private final AuditLog auditLog;
    private final Clock clock;

    DelegateController(CongressRecords records, Delegates delegates, DelegateChanges changes, DelegateImport imports,
                       Credentials credentials, OrganizationRepository organizations, PdfRenderer pdf, OfficialHeaders headers,
                       AuditLog auditLog, Clock clock) {
        this.records = records;
        this.delegates = delegates;
        this.changes = changes;
        this.imports = imports;
        this.credentials = credentials;
        this.organizations = organizations;
        this.pdf = pdf;
        this.headers = headers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping("/delegates")
    String list(@PathVariable long id, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "") String pick, Scope scope, Model model) {
        CongressRecords.Visible visible = records.read(id, scope);
        boolean mayEdit = !visible.congress().isClosed() && scope.canEdit(visible.organization().getPath());
        long total = delegates.count(id, q);
        model.addAttribute("congress", visible.congress());
        model.addAttribute("organization", visible.organization());
        model.addAttribute("delegates", delegates.page(id, q, page));
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("pages", (total + Delegates.PAGE_SIZE - 1) / Delegates.PAGE_SIZE);
        model.addAttribute("total", total);
        model.addAttribute("counter", delegates.counter(id));
        model.addAttribute("mayEdit", mayEdit);
        if (mayEdit) {
            model.addAttribute("pick", pick);
            model.addAttribute("candidates", changes.pickable(id, visible.organization().getPath(), pick));
            model.addAttribute("units", organizations.findNodes(visible.organization().getPath()).stream()
                    .filter(node -> node.getId() != visible.organization().getId() && !node.isDissolved()).toList());
            model.addAttribute("sources", DelegateSource.values());
            model.addAttribute("standings", DelegateStanding.values());
            if (!model.containsAttribute("form")) {
                DelegateForm form = new DelegateForm();
                form.setSource(DelegateSource.ELECTED);
                form.setStanding(DelegateStanding.OFFICIAL);
                model.addAttribute("form", form);
            }
        }
        return "congress/delegates";
    }

    @PostMapping("/delegates")
    String add(@PathVariable long id, @Valid @ModelAttribute("form") DelegateForm form, BindingResult result, Scope scope,
               Model model, RedirectAttributes redirect) {
        if (result.hasErrors() || changes.add(id, form, result, scope) == null) {
            return list(id, "", 0, "", scope, model);
        }
        redirect.addFlashAttribute("success", "congress.delegate.added");
        return "redirect:/congresses/" + id + "/delegates";
    }

    @PostMapping("/delegates/import")
    String importFile(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Scope scope,
                      Model model, RedirectAttributes redirect) {
        DelegateImport.Result result = imports.importFile(id, file, scope);
        if (!result.problems().isEmpty()) {
            model.addAttribute("importProblems", result.problems());
            return list(id, "", 0, "", scope, model);
        }
        redirect.addFlashAttribute("success", "congress.import.done");
        redirect.addFlashAttribute("imported", result.imported());
        return "redirect:/congresses/" + id + "/delegates";
    }

    @PostMapping("/delegates/{delegateId}/absence")
    String absence(@PathVariable long id, @PathVariable long delegateId, @RequestParam Attendance attendance,
                   @RequestParam(defaultValue = "") String reason, Scope scope, RedirectAttributes redirect) {
        boolean done = changes.markAbsent(id, delegateId, attendance, reason, scope);
        redirect.addFlashAttribute(done ? "success" : "failure", done ? "saved" : "congress.delegate.absenceRefused");
        return "redirect:/congresses/" + id + "/checkin";
    }

    @GetMapping("/checkin")
    String door(@PathVariable long id, Scope scope, Model model) {
        CongressRecords.Visible visible = records.open(id, scope);
        model.addAttribute("congress", visible.congress());
        model.addAttribute("organization", visible.organization());
        model.addAttribute("counter", delegates.counter(id));
        return "congress/checkin";
    }

    @GetMapping("/checkin/counter")
    String counter(@PathVariable long id, Scope scope, Model model) {
        records.read(id, scope);
        model.addAttribute("counter", delegates.counter(id));
        return "congress/checkin :: counterBox";
    }

    @GetMapping("/checkin/search")
    String search(@PathVariable long id, @RequestParam(defaultValue = "") String q, Scope scope, Model model) {
        CongressRecords.Visible visible = records.open(id, scope);
        model.addAttribute("congress", visible.congress());
        model.addAttribute("found", q.isBlank() ? List.of() : delegates.page(id, q, 0));
        return "congress/checkin :: results";
    }

    @PostMapping("/checkin/{delegateId}")
    String checkIn(@PathVariable long id, @PathVariable long delegateId, Scope scope, @AuthenticationPrincipal PortalUser user,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        DelegateChanges.CheckIn checkIn = changes.checkIn(id, delegateId, scope, user);
        if (htmx != null) {
            model.addAttribute("congress", records.read(id, scope).congress());
            model.addAttribute("d", checkIn.delegate());
            model.addAttribute("outcome", checkIn.outcome());
            return "congress/checkin :: row";
        }
        redirect.addFlashAttribute(checkIn.outcome() == DelegateChanges.CheckInOutcome.CHECKED_IN ? "success" : "failure",
                "congress.checkin." + checkIn.outcome());
        return "redirect:/congresses/" + id + "/checkin";
    }

    @PostMapping("/checkin/code")
    String checkInByCode(@PathVariable long id, @RequestParam(defaultValue = "") String code, Scope scope,
                         @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        records.open(id, scope);
        var delegate = delegates.byCard(id, code);
        if (delegate.isEmpty()) {
            redirect.addFlashAttribute("failure", "congress.checkin.unknownCode");
            return "redirect:/congresses/" + id + "/checkin";
        }
        DelegateChanges.CheckIn checkIn = changes.checkIn(id, delegate.get().id(), scope, user);
        redirect.addFlashAttribute(checkIn.outcome() == DelegateChanges.CheckInOutcome.CHECKED_IN ? "success" : "failure",
                "congress.checkin." + checkIn.outcome());
        redirect.addFlashAttribute("lastDelegate", checkIn.delegate());
        return "redirect:/congresses/" + id + "/checkin";
    }

    /** The delegate cards, eight to an A4 page, each with its code as text and as a Code 39 barcode for the door's scanner. */
    @GetMapping("/delegates/cards.pdf")
    ResponseEntity<byte[]> cards(@PathVariable long id, Scope scope, Locale locale) {
        CongressRecords.Visible visible = records.read(id, scope);
        List<Delegates.Delegate> all = delegates.all(id);
        Map<String, List<String>> barcodes = all.stream().collect(Collectors.toMap(Delegates.Delegate::cardCode, d -> Code39.elements(d.cardCode())));
        byte[] bytes = pdf.render("pdf/delegate-cards", Map.of("congress", visible.congress(), "organization", visible.organization(),
                "delegates", all, "barcodes", barcodes), locale);
        auditLog.record(AuditAction.EXPORT, "Congress", id, "Delegate cards (PDF)");
        return Downloads.pdf(bytes, "Thẻ đại biểu " + visible.congress().getRoman() + ".pdf");
    }

    @GetMapping("/credentials")
    String credentials(@PathVariable long id, Scope scope, Model model) {
        CongressRecords.Visible visible = records.read(id, scope);
        model.addAttribute("congress", visible.congress());
        model.addAttribute("organization", visible.organization());
        model.addAttribute("credentials", credentials.of(visible.congress()));
        return "congress/credentials";
    }

    @GetMapping("/credentials.pdf")
    ResponseEntity<byte[]> credentialsPdf(@PathVariable long id, Scope scope, Locale locale) {
        CongressRecords.Visible visible = records.read(id, scope);
        byte[] bytes = pdf.render("pdf/congress-credentials", Map.of("congress", visible.congress(),
                "organization", visible.organization(), "credentials", credentials.of(visible.congress()),
                "header", headers.header("BC", null, LocalDate.now(clock))), locale);
        auditLog.record(AuditAction.EXPORT, "Congress", id, "Credential verification report (PDF)");
        return Downloads.pdf(bytes, "Báo cáo thẩm tra tư cách đại biểu " + visible.congress().getRoman() + ".pdf");
    }
}
