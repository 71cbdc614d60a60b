package vn.dangbo.portal.discipline;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/** {@code /members/{id}/discipline}: recording a discipline decision on a member. */
@Controller
@RequestMapping("/members/{id}/discipline")
class DisciplineController {

    private final MemberRepository members;
    private final DisciplineDecisions decisions;

    DisciplineController(MemberRepository members, DisciplineDecisions decisions) {
        this.members = members;
        this.decisions = decisions;
    }

    @GetMapping("/new")
    @Transactional(readOnly = true)
    String form(@PathVariable long id, Scope scope, Model model) {
        return formView(id, new DisciplineForm(), scope, model);
    }

    @PostMapping
    String record(@PathVariable long id, @Valid @ModelAttribute("form") DisciplineForm form, BindingResult result, Scope scope,
                  Model model, RedirectAttributes redirect) {
        if (result.hasErrors() || !decisions.record(id, form, result, scope)) {
            return formView(id, form, scope, model);
        }
        redirect.addFlashAttribute("success", "discipline.recorded");
        return "redirect:/members/" + id;
    }

    private String formView(long id, DisciplineForm form, Scope scope, Model model) {
        Member member = members.findWithOrganization(id).orElseThrow(NotFound::new);
        scope.checkCanEdit(member.getOrganization().getPath());
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("measures", DisciplineMeasure.values());
        return "discipline/form";
    }
}
