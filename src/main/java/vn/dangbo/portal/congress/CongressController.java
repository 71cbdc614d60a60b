package vn.dangbo.portal.congress;

import java.time.Clock;
import java.time.LocalDate;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;

/** {@code /congresses}: the register (newest first), a congress's page, the form, its state and documents. */
@Controller
@RequestMapping("/congresses")
class CongressController {

    private final CongressList list;
    private final CongressRecords records;
    private final Clock clock;

    CongressController(CongressList list, CongressRecords records, Clock clock) {
        this.list = list;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping
    String list(Scope scope, Model model) {
        model.addAttribute("congresses", list.visible(scope));
        model.addAttribute("mayCreate", scope.canEdit() && !list.editableUnits(scope).isEmpty());
        return "congress/list";
    }

    @GetMapping("/new")
    String createForm(Scope scope, Model model) {
        scope.checkMayEdit();
        CongressForm form = new CongressForm();
        int termStart = LocalDate.now(clock).getYear() / 5 * 5;
        form.setTermStartYear(termStart);
        form.setTermEndYear(termStart + 5);
        form.setKind(CongressKind.DELEGATES);
        form.setOrganizationId(scope.organizationId());
        return formView(form, null, scope, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") CongressForm form, BindingResult result, Scope scope, Model model,
                  RedirectAttributes redirect) {
        scope.checkMayEdit();
        Long id = result.hasErrors() ? null : records.create(form, result, scope);
        if (id == null) {
            return formView(form, null, scope, model);
        }
        redirect.addFlashAttribute("success", "congress.created");
        return "redirect:/congresses/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Scope scope, Model model) {
        CongressRecords.Visible visible = records.read(id, scope);
        model.addAttribute("congress", visible.congress());
        model.addAttribute("organization", visible.organization());
        model.addAttribute("keyTasks", records.items(id, CongressRecords.KEY_TASK));
        model.addAttribute("breakthroughs", records.items(id, CongressRecords.BREAKTHROUGH));
        model.addAttribute("documents", records.documents(id));
        model.addAttribute("mayEdit", !visible.congress().isClosed() && scope.canEdit(visible.organization().getPath()));
        model.addAttribute("documentKinds", DocumentKind.values());
        if (!model.containsAttribute("document")) {
            model.addAttribute("document", new DocumentForm());
        }
        return "congress/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, Model model) {
        Congress congress = records.open(id, scope).congress();
        return formView(CongressForm.of(congress, records.items(id, CongressRecords.KEY_TASK),
                records.items(id, CongressRecords.BREAKTHROUGH)), congress, scope, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") CongressForm form, BindingResult result, Scope scope,
                Model model, RedirectAttributes redirect) {
        Congress congress = records.open(id, scope).congress();
        if (!result.hasErrors()) {
            records.update(id, form, result, scope);
        }
        if (result.hasErrors()) {
            return formView(form, congress, scope, model);
        }
        redirect.addFlashAttribute("success", "saved");
        return "redirect:/congresses/" + id;
    }

    @PostMapping("/{id}/advance")
    String advance(@PathVariable long id, @RequestParam long version, Scope scope, RedirectAttributes redirect) {
        CongressState state = records.advance(id, version, scope);
        redirect.addFlashAttribute("success", "congress.advanced." + state);
        return "redirect:/congresses/" + id;
    }

    @PostMapping("/{id}/documents")
    String attach(@PathVariable long id, @ModelAttribute("document") DocumentForm document, BindingResult result, Scope scope,
                  @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        records.attach(id, document.getKind(), document.getFile(), result, scope, user);
        if (result.hasErrors()) {
            return show(id, scope, model);
        }
        redirect.addFlashAttribute("success", "congress.document.attached");
        return "redirect:/congresses/" + id + "#documents";
    }

    @GetMapping("/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long documentId, Scope scope) {
        return records.download(documentId, scope).download();
    }

    private String formView(CongressForm form, Congress congress, Scope scope, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("congress", congress);
        model.addAttribute("units", list.editableUnits(scope));
        model.addAttribute("kinds", CongressKind.values());
        return "congress/form";
    }
}
