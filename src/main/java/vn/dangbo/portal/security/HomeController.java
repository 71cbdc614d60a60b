package vn.dangbo.portal.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: each role starts where its work is. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal PortalUser user, Scope scope) {
        return switch (user.getRole()) {
            case MEMBER -> "redirect:/pledges/my";   // what a member comes for each month
            // a secretary goes to the unit they administer today; one out of office to their own record
            case SECRETARY -> scope.isSelf() ? "redirect:/members/" + user.getMemberId()
                    : "redirect:/organizations/" + scope.organizationId();
            case LEADER -> "redirect:/dashboard";            // the standing committee reads the bloc in numbers first
            case ADMIN, STAFF -> "redirect:/organizations";
            case INSPECTOR -> "redirect:/inspections";
        };
    }
}
