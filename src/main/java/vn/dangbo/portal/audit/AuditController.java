package vn.dangbo.portal.audit;

import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /audit}: the audit log for administrators, newest first, with filters. */
@Controller
@RequestMapping("/audit")
class AuditController {

    private final AuditQueries queries;

    AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    String list(@ModelAttribute("filter") AuditFilter filter, Model model) {
        Page<AuditEntry> page = queries.find(filter);
        model.addAttribute("page", page);
        model.addAttribute("actions", AuditAction.values());
        return "audit/list";
    }

    /** The filters of the audit page; all optional. */
    record AuditFilter(String actor, AuditAction action, String entityType, String entityId,
                       LocalDate from, LocalDate to,
                       Integer page) {

        int pageNumber() {
            return page == null || page < 0 ? 0 : page;
        }
    }
}
