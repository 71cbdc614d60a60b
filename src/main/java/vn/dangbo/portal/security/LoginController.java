package vn.dangbo.portal.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, and the start page that sends each role where its work is. With the demo profile
 * the sign-in page lists the demo accounts and their shared password.
 */
@Controller
class LoginController {

    private final UserAccountRepository accounts;
    private final List<String> demoAccounts;
    private final String demoPassword;

    LoginController(UserAccountRepository accounts,
                    @Value("${portal.demo.accounts:}") List<String> demoAccounts,
                    @Value("${portal.demo.password:}") String demoPassword) {
        this.accounts = accounts;
        this.demoAccounts = demoAccounts;
        this.demoPassword = demoPassword;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (!demoAccounts.isEmpty()) {
            model.addAttribute("demoAccounts", accounts.findByUsernameInOrderById(demoAccounts));
            model.addAttribute("demoPassword", demoPassword);
        }
        return "login";
    }
}
