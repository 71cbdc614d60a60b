package vn.dangbo.portal.memberfile;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
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

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * {@code /member-files}: uploading a scan to a member's file, downloading it (audited), and the
 * completeness view per cell.
 */
@Controller
@RequestMapping("/member-files")
class MemberFileController {

    private final MemberFiles files;
    private final FileCompleteness completeness;
    private final OrganizationRepository organizations;

    MemberFileController(MemberFiles files, FileCompleteness completeness, OrganizationRepository organizations) {
        this.files = files;
        this.completeness = completeness;
        this.organizations = organizations;
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id, Scope scope) {
        return files.download(id, scope).download();
    }

    @GetMapping("/members/{memberId}/new")
    String uploadForm(@PathVariable long memberId, Scope scope, Model model) {
        return uploadView(memberId, new DocumentForm(), scope, model);
    }

    @PostMapping("/members/{memberId}/new")
    String upload(@PathVariable long memberId, @Valid @ModelAttribute("form") DocumentForm form, BindingResult result,
                  Scope scope, Model model, RedirectAttributes redirect) {
        Long id = result.hasErrors() ? null : files.upload(memberId, form, result, scope);
        if (id == null) {
            return uploadView(memberId, form, scope, model);
        }
        redirect.addFlashAttribute("success", "memberfile.uploaded");
        return "redirect:/members/" + memberId;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        long memberId = files.delete(id, scope);
        redirect.addFlashAttribute("success", "memberfile.deleted");
        return "redirect:/members/" + memberId;
    }

    /** A cell: its members against the required documents; a unit above cells: the share of complete files per cell. */
    @GetMapping("/completeness")
    String completeness(@RequestParam(required = false) Long unit, Scope scope, Model model) {
        Organization shown = unit == null ? organizations.topOf(scope) : organizations.findById(unit).orElseThrow(NotFound::new);
        scope.checkCovers(shown.getPath());
        model.addAttribute("unit", shown);
        model.addAttribute("types", DocumentType.required(true));
        if (shown.getKind().isCell()) {
            List<FileCompleteness.MemberFile> files = completeness.under(shown.getPath());
            model.addAttribute("files", files);
            model.addAttribute("members", (long) files.size());
            model.addAttribute("complete", files.stream().filter(FileCompleteness.MemberFile::isComplete).count());
        } else {
            List<FileCompleteness.CellSummary> cells = completeness.cellsUnder(shown.getPath());
            model.addAttribute("cells", cells);
            model.addAttribute("members", cells.stream().mapToLong(FileCompleteness.CellSummary::members).sum());
            model.addAttribute("complete", cells.stream().mapToLong(FileCompleteness.CellSummary::complete).sum());
        }
        return "memberfile/completeness";
    }

    private String uploadView(long memberId, DocumentForm form, Scope scope, Model model) {
        model.addAttribute("memberId", memberId);
        model.addAttribute("memberName", files.editableMember(memberId, scope));
        model.addAttribute("form", form);
        model.addAttribute("types", DocumentType.values());
        return "memberfile/upload";
    }
}
