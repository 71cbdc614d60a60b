package vn.dangbo.portal.account;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

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

import vn.dangbo.portal.member.MemberFilter;
import vn.dangbo.portal.member.MemberRow;
import vn.dangbo.portal.member.MemberSearch;
import vn.dangbo.portal.organization.OrganizationMembers;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.security.UserAccount;
import vn.dangbo.portal.security.UserAccountRepository;
import vn.dangbo.portal.web.NotFound;

/** {@code /admin/users}: accounts, their roles and links (administrators only, see SecurityConfig). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final int MEMBER_OPTIONS = 20;

    private final UserAccountRepository accounts;
    private final UserAccounts userAccounts;
    private final OrganizationRepository organizations;
    private final OrganizationMembers members;
    private final MemberSearch memberSearch;

    UserAdminController(UserAccountRepository accounts, UserAccounts userAccounts, OrganizationRepository organizations,
                        OrganizationMembers members, MemberSearch memberSearch) {
        this.accounts = accounts;
        this.userAccounts = userAccounts;
        this.organizations = organizations;
        this.members = members;
        this.memberSearch = memberSearch;
    }

    @GetMapping
    String list(Model model) {
        List<UserAccount> all = accounts.findAllByOrderByUsername();
        model.addAttribute("accounts", all);
        model.addAttribute("memberNames", members.fullNames(all.stream().map(UserAccount::getMemberId)
                .filter(Objects::nonNull).toList()));
        model.addAttribute("units", organizations.findAllById(all.stream().map(UserAccount::getOrganizationId)
                .filter(Objects::nonNull).toList()));
        return "admin/users";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return formView(new UserForm(), null, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        Long id = userAccounts.create(form, result);
        if (id == null) {
            return formView(form, null, model);
        }
        redirect.addFlashAttribute("success", "user.created");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        UserAccount account = accounts.findById(id).orElseThrow(NotFound::new);
        return formView(UserForm.of(account), account, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        userAccounts.update(id, form, result);
        if (result.hasErrors()) {
            return formView(form, accounts.findById(id).orElseThrow(NotFound::new), model);
        }
        redirect.addFlashAttribute("success", "saved");
        return "redirect:/admin/users";
    }

    /** htmx: the member choices matching what the administrator typed (accents ignored). */
    @GetMapping("/member-options")
    String memberOptions(@RequestParam(defaultValue = "") String q, Model model) {
        MemberFilter filter = new MemberFilter();
        filter.setQ(q);
        filter.setStatus("ALL");
        model.addAttribute("options", q.isBlank() ? List.<MemberRow>of()
                : memberSearch.find(filter, Scope.everything(true)).getContent().stream().limit(MEMBER_OPTIONS).toList());
        return "admin/member-options";
    }

    private String formView(UserForm form, UserAccount account, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", organizations.findNodes("/").stream().filter(unit -> !unit.isDissolved()).toList());
        if (form.getMemberId() != null) {
            model.addAttribute("memberName", members.fullNames(List.of(form.getMemberId())).get(form.getMemberId()));
        }
        return "admin/user-form";
    }
}
