package vn.dangbo.portal.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.organization.OfficialHeaders;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.Downloads;
import vn.dangbo.portal.web.Formats;
import vn.dangbo.portal.web.PdfRenderer;

/**
 * {@code /ratings/{year}/statistics}: members and organisations by level for the user's root unit (the bloc for
 * staff and leaders) and the units below it (25 a page, filtered by name), HTTNV-or-above shares, the years before
 * and a chart; the same with every unit as {@code .xlsx} and as {@code .pdf} in the official layout.
 */
@Controller
class RatingStatisticsController {

    static final int UNITS_PER_PAGE = 25;

    private final RatingRounds lookup;
    private final RatingStatistics statistics;
    private final RatingSpreadsheet spreadsheet;
    private final PdfRenderer pdf;
    private final OfficialHeaders headers;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Formats fmt;

    RatingStatisticsController(RatingRounds lookup, RatingStatistics statistics, RatingSpreadsheet spreadsheet, PdfRenderer pdf,
                               OfficialHeaders headers, AuditLog auditLog, Clock clock, Formats fmt) {
        this.lookup = lookup;
        this.statistics = statistics;
        this.spreadsheet = spreadsheet;
        this.pdf = pdf;
        this.headers = headers;
        this.auditLog = auditLog;
        this.clock = clock;
        this.fmt = fmt;
    }

    /** The menu's statistics: the latest year with a published result, else the latest round. */
    @GetMapping("/ratings/statistics")
    String latest() {
        return lookup.latestPublishedYear().map(year -> "redirect:/ratings/" + year + "/statistics").orElse("redirect:/ratings");
    }

    /** The units of the table are paged (a bloc has thousands), the downloads list them all. */
    @GetMapping("/ratings/{year:\\d{4}}/statistics")
    String page(@PathVariable int year, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                Scope scope, Model model) {
        RatingStatistics.Report report = report(year, scope, q, PageRequest.of(Math.max(page, 0), UNITS_PER_PAGE));
        model.addAttribute("report", report);
        model.addAllAttributes(tables(report));
        model.addAttribute("q", q);
        model.addAttribute("chartYears", report.years().stream().map(RatingStatistics.YearCounts::year).toList());
        model.addAttribute("chartMembers", report.years().stream().map(y -> share(y.members())).toList());
        model.addAttribute("chartOrganizations", report.years().stream().map(y -> share(y.organizations())).toList());
        return "rating/statistics";
    }

    @GetMapping("/ratings/{year:\\d{4}}/statistics.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year, Scope scope) {
        RatingStatistics.Report report = report(year, scope, null, Pageable.unpaged());
        auditLog.record(AuditAction.EXPORT, "RatingStatistics", year, "Thống kê xếp loại năm %d (Excel): %s".formatted(year, report.total().getName()));
        return Downloads.xlsx(spreadsheet.write(report, LocaleContextHolder.getLocale()), "Xếp loại %d.xlsx".formatted(year));
    }

    @GetMapping("/ratings/{year:\\d{4}}/statistics.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, Scope scope) {
        RatingStatistics.Report report = report(year, scope, null, Pageable.unpaged());
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> model = new HashMap<>(tables(report));
        model.put("report", report);
        model.put("header", headers.header("BC", null, LocalDate.now(clock)));
        byte[] bytes = pdf.render("pdf/rating-statistics", model, locale);
        auditLog.record(AuditAction.EXPORT, "RatingStatistics", year, "Thống kê xếp loại năm %d (PDF): %s".formatted(year, report.total().getName()));
        return Downloads.pdf(bytes, "Xếp loại %d.pdf".formatted(year));
    }

    private RatingStatistics.Report report(int year, Scope scope, String unitName, Pageable units) {
        if (scope.isSelf()) {
            throw new AccessDeniedException("members see their own rating only");
        }
        lookup.of(year);
        Organization root = scope.isEverything() ? lookup.bloc() : lookup.unitIn(scope.organizationId(), scope);
        return statistics.report(year, root.getId(), root.getName(), unitName, units);
    }

    /** The tables by level of the page and the PDF, in the request's language. */
    private Map<String, StatsTable> tables(RatingStatistics.Report report) {
        return Map.of("memberTable", StatsTable.of(report, RatingSubject.MEMBER, fmt),
                "organizationTable", StatsTable.of(report, RatingSubject.ORGANIZATION, fmt));
    }

    /** The HTTNV-or-above share in percent for the chart, two decimals; null without a published result. */
    private static BigDecimal share(LevelCounts counts) {
        return counts.getRated() == 0 ? null
                : BigDecimal.valueOf(counts.getGoodOrAbove() * 100).divide(BigDecimal.valueOf(counts.getRated()), 2, RoundingMode.HALF_UP);
    }
}
