package vn.dangbo.portal.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /account/password}: change one's own password, giving the current one. */
@Controller
class PasswordController {

    static final String PATH = "/account/password";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;

    PasswordController(UserAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @ModelAttribute("minLength")
    int minLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("form", new PasswordForm());
        return "account/password";
    }

    @PostMapping(PATH)
    @Transactional
    String change(@ModelAttribute("form") PasswordForm form, BindingResult result,
                  @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        UserAccount account = accounts.findById(user.getId()).orElseThrow();
        if (form.getCurrentPassword() == null || !encoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
            result.rejectValue("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.violation(account.getUsername(), form.getNewPassword())
                .ifPresent(code -> result.rejectValue("newPassword", code, new Object[] {PasswordPolicy.MIN_LENGTH}, null));
        if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (!result.hasErrors() && encoder.matches(form.getNewPassword(), account.getPasswordHash())) {
            result.rejectValue("newPassword", "password.sameAsCurrent");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        account.changePassword(encoder.encode(form.getNewPassword()), false);
        user.passwordChanged();
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }

    public static class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String confirmPassword;

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
        public String getConfirmPassword() { return confirmPassword; }
        public void setConfirmPassword(String confirmPassword) { this.confirmPassword = confirmPassword; }
    }
}
