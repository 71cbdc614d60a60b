package vn.dangbo.portal.member;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.Downloads;
import vn.dangbo.portal.web.NotFound;

/**
 * {@code /members/import} (upload, preview, then write), {@code /members/import/template.xlsx} and
 * {@code /members/export.xlsx}. An uploaded file waits in a temporary file held by the session between the
 * preview and the write, and is checked again when written.
 */
@Controller
class MemberSpreadsheetController {

    private static final int SAMPLE_ROWS = 20;

    private final MemberImport memberImport;
    private final MemberSpreadsheets spreadsheets;
    private final OrganizationRepository organizations;
    private final MessageSource messages;

    MemberSpreadsheetController(MemberImport memberImport, MemberSpreadsheets spreadsheets, OrganizationRepository organizations,
                                MessageSource messages) {
        this.memberImport = memberImport;
        this.spreadsheets = spreadsheets;
        this.organizations = organizations;
        this.messages = messages;
    }

    /** An uploaded file waiting between the preview and the write; removed from disk when the session lets go of it. */
    static final class PendingImport implements HttpSessionBindingListener, Serializable {
        final String path;
        final String fileName;

        PendingImport(Path path, String fileName) {
            this.path = path.toString();
            this.fileName = fileName;
        }

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            try {
                Files.deleteIfExists(Path.of(path));
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the system anyway
            }
        }
    }

    /** A refused row with its reasons in the user's language. */
    record ProblemView(int line, String name, List<String> reasons) {
    }

    @GetMapping("/members/import")
    String page(Scope scope) {
        scope.checkMayEdit();
        return "member/import";
    }

    @PostMapping("/members/import")
    String upload(@RequestParam("file") MultipartFile file, Scope scope, HttpSession session, Locale locale, Model model) {
        scope.checkMayEdit();
        if (file.isEmpty()) {
            model.addAttribute("uploadError", messages.getMessage("import.noFile", null, locale));
            return "member/import";
        }
        String token = UUID.randomUUID().toString();
        Path saved;
        try {
            saved = Files.createTempFile("member-import-", ".upload");
            file.transferTo(saved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = file.getOriginalFilename() == null ? "import.xlsx" : Path.of(file.getOriginalFilename()).getFileName().toString();
        long started = System.nanoTime();
        MemberImport.Check check = memberImport.check(saved, fileName, scope);
        session.setAttribute(attribute(token), new PendingImport(saved, fileName));
        return preview(check, token, (System.nanoTime() - started) / 1_000_000, locale, model);
    }

    @PostMapping("/members/import/{token}")
    String write(@PathVariable String token, Scope scope, HttpSession session, Locale locale, Model model, RedirectAttributes redirect) {
        scope.checkMayEdit();
        if (!(session.getAttribute(attribute(token)) instanceof PendingImport pending)) {
            throw new NotFound();
        }
        long started = System.nanoTime();
        MemberImport.Check check = memberImport.apply(Path.of(pending.path), pending.fileName, scope);
        if (!check.isValid()) {
            return preview(check, token, (System.nanoTime() - started) / 1_000_000, locale, model);
        }
        session.removeAttribute(attribute(token));
        redirect.addFlashAttribute("success", "import.done");
        redirect.addFlashAttribute("importCounts", new long[] {check.count(MemberImport.Action.CREATE),
                check.count(MemberImport.Action.UPDATE), check.count(MemberImport.Action.UNCHANGED), (System.nanoTime() - started) / 1_000_000});
        return "redirect:/members/import";
    }

    @GetMapping("/members/import/template.xlsx")
    ResponseEntity<byte[]> template(Scope scope) {
        scope.checkMayEdit();
        return Downloads.xlsx(spreadsheets.template(scope), "Mau nhap dang vien.xlsx");
    }

    /** The column checkboxes of the export, loaded when the member list's export panel is opened. */
    @GetMapping("/members/export/columns")
    String exportColumns(Model model) {
        model.addAttribute("exportColumns", MemberColumn.EXPORTABLE);
        return "member/export :: columns";
    }

    @GetMapping("/members/export.xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") MemberFilter filter, @RequestParam(required = false) List<MemberColumn> columns,
                                  Scope scope) {
        if (filter.getOrganization() != null) {
            scope.checkCovers(organizations.findById(filter.getOrganization()).orElseThrow(NotFound::new).getPath());
        }
        List<MemberColumn> chosen = columns == null || columns.isEmpty() ? MemberColumn.EXPORTABLE
                : MemberColumn.EXPORTABLE.stream().filter(columns::contains).toList();
        return Downloads.xlsx(spreadsheets.export(filter, chosen, scope), "Danh sach dang vien.xlsx");
    }

    private String preview(MemberImport.Check check, String token, long millis, Locale locale, Model model) {
        model.addAttribute("check", check);
        model.addAttribute("token", token);
        model.addAttribute("millis", millis);
        model.addAttribute("created", check.count(MemberImport.Action.CREATE));
        model.addAttribute("updated", check.count(MemberImport.Action.UPDATE));
        model.addAttribute("unchanged", check.count(MemberImport.Action.UNCHANGED));
        model.addAttribute("fileProblems", check.fileProblems().stream().map(reason -> text(reason, locale)).toList());
        model.addAttribute("problems", check.problems().stream()
                .map(problem -> new ProblemView(problem.line(), problem.name(), problem.reasons().stream().map(reason -> text(reason, locale)).toList()))
                .toList());
        model.addAttribute("sample", check.rows().stream().limit(SAMPLE_ROWS).toList());
        return "member/import";
    }

    private String text(MemberImport.Reason reason, Locale locale) {
        return messages.getMessage(reason.code(), reason.args(), locale);
    }

    private static String attribute(String token) {
        return "memberImport:" + token;
    }
}
