package vn.dangbo.portal.member;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/** {@code /members/{id}/events}: recording an event of the member's Party life (made official, transfer …). */
@Controller
@RequestMapping("/members/{id}/events")
class MemberEventController {

    private final MemberRepository members;
    private final MemberLifecycle lifecycle;
    private final OrganizationRepository organizations;

    MemberEventController(MemberRepository members, MemberLifecycle lifecycle, OrganizationRepository organizations) {
        this.members = members;
        this.lifecycle = lifecycle;
        this.organizations = organizations;
    }

    @GetMapping("/new")
    @Transactional(readOnly = true)
    String form(@PathVariable long id, @RequestParam MemberEventKind kind, Scope scope, Model model) {
        Member member = editable(id, scope);
        if (!kind.recordedOnProfile()) {
            throw new NotFound();
        }
        MemberEventForm form = new MemberEventForm();
        form.setKind(kind);
        form.setVersion(member.getVersion());
        return formView(member, form, scope, model);
    }

    @PostMapping
    String record(@PathVariable long id, @Valid @ModelAttribute("form") MemberEventForm form, BindingResult result,
                  Scope scope, Model model, RedirectAttributes redirect) {
        if (form.getKind() != null && !form.getKind().recordedOnProfile()) {
            throw new NotFound();
        }
        if (result.hasErrors() || !lifecycle.record(id, form, result, scope)) {
            return formView(editable(id, scope), form, scope, model);
        }
        redirect.addFlashAttribute("success", "lifecycle.recorded");
        return "redirect:/members/" + id;
    }

    private Member editable(long id, Scope scope) {
        Member member = members.findWithOrganization(id).orElseThrow(NotFound::new);
        scope.checkCanEdit(member.getOrganization().getPath());
        return member;
    }

    private String formView(Member member, MemberEventForm form, Scope scope, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        if (form.getKind() != null && form.getKind().needsCell()) {
            model.addAttribute("cells", organizations.findNodesIn(scope).stream()
                    .filter(unit -> unit.getKind().isCell() && !unit.isDissolved() && scope.canEdit(unit.getPath()))
                    .filter(unit -> unit.getId() != member.getOrganization().getId())
                    .toList());
        }
        return "member/event-form";
    }
}
