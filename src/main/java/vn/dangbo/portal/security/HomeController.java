package vn.dangbo.portal.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: each role starts where its work is. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal PortalUser user) {
        return switch (user.getRole()) {
            case MEMBER -> "redirect:/members/" + user.getMemberId();
            case SECRETARY -> "redirect:/organizations/" + user.getOrganizationId();
            case ADMIN, STAFF, LEADER -> "redirect:/organizations";
        };
    }
}
