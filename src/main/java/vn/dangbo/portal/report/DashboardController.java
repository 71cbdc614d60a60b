package vn.dangbo.portal.report;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /dashboard}: the leadership's landing page (admin, staff, leaders; the URL rule is in SecurityConfig). */
@Controller
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        model.addAttribute("view", dashboard.today());
        return "report/dashboard";
    }
}
