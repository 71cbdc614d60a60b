package vn.dangbo.portal.member;

import java.util.Comparator;
import java.util.List;

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
import vn.dangbo.portal.organization.UnitChoices;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/** {@code /members}: the register list, a member's profile and the member form. */
@Controller
@RequestMapping("/members")
class MemberController {

    private final MemberSearch search;
    private final MemberRepository members;
    private final MemberRegister register;
    private final OrganizationRepository organizations;
    private final UnitChoices unitChoices;
    private final List<MemberProfileSection> sections;

    MemberController(MemberSearch search, MemberRepository members, MemberRegister register,
                     OrganizationRepository organizations, UnitChoices unitChoices, List<MemberProfileSection> sections) {
        this.search = search;
        this.members = members;
        this.register = register;
        this.organizations = organizations;
        this.unitChoices = unitChoices;
        this.sections = sections.stream().sorted(Comparator.comparingInt(MemberProfileSection::order)).toList();
    }

    @GetMapping
    String list(@ModelAttribute("filter") MemberFilter filter, Scope scope, Model model) {
        model.addAttribute("page", search.find(filter, scope));
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ageGroups", AgeGroup.values());
        if (!scope.isSelf()) {
            model.addAttribute("unitFilter", unitChoices.filter(scope, filter.getOrganization()));
        }
        model.addAttribute("canCreate", scope.canEdit());
        model.addAttribute("canExport", !scope.isSelf());
        return "member/list";
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, Scope scope, Model model) {
        Member member = members.findWithOrganization(id).orElseThrow(NotFound::new);
        scope.checkCoversMember(id, member.getOrganization().getPath());
        model.addAttribute("member", member);
        model.addAttribute("cellPath", organizations.findLineage(member.getOrganization()).stream()
                .filter(unit -> unit.getParent() != null).toList());
        model.addAttribute("canEdit", scope.canEdit(member.getOrganization().getPath()));
        model.addAttribute("sections", sections.stream()
                .map(section -> new MemberProfileSection.Rendered(section.template(), section.load(member, scope)))
                .filter(section -> section.data() != null)
                .toList());
        return "member/show";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long organization, Scope scope, Model model) {
        NewMemberForm form = new NewMemberForm();
        form.getEntry().setOrganizationId(organization);
        return formView(form, null, scope, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") NewMemberForm form, BindingResult result, Scope scope, Model model,
                  RedirectAttributes redirect) {
        Long id = register.create(form, result, scope);
        if (id == null) {
            return formView(form, null, scope, model);
        }
        redirect.addFlashAttribute("success", "member.created");
        return "redirect:/members/" + id;
    }

    @GetMapping("/{id}/edit")
    @Transactional(readOnly = true)
    String editForm(@PathVariable long id, Scope scope, Model model) {
        Member member = members.findWithOrganization(id).orElseThrow(NotFound::new);
        scope.checkCanEdit(member.getOrganization().getPath());
        return formView(MemberForm.of(member), member, scope, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") MemberForm form, BindingResult result, Scope scope,
                Model model, RedirectAttributes redirect) {
        register.update(id, form, result, scope);
        if (result.hasErrors()) {
            Member member = members.findWithOrganization(id).orElseThrow(NotFound::new);
            scope.checkCanEdit(member.getOrganization().getPath());
            return formView(form, member, scope, model);
        }
        redirect.addFlashAttribute("success", "saved");
        return "redirect:/members/" + id;
    }

    private String formView(MemberForm form, Member member, Scope scope, Model model) {
        scope.checkMayEdit();
        model.addAttribute("form", form);
        model.addAttribute("member", member);
        if (member == null) {
            model.addAttribute("cells", organizations.findLiveCellsIn(scope));
            model.addAttribute("entryKinds", MemberEventKind.ENTRIES);
        }
        model.addAttribute("genders", Gender.values());
        model.addAttribute("theoryLevels", PoliticalTheoryLevel.values());
        return "member/form";
    }

}
