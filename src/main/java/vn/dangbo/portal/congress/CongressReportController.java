package vn.dangbo.portal.congress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.organization.OfficialHeaders;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.Downloads;
import vn.dangbo.portal.web.PdfRenderer;

/** {@code /congresses/{id}/report}: the leadership's page, and the same as PDF (official layout) and .xlsx. */
@Controller
@RequestMapping("/congresses/{id}")
class CongressReportController {

    private final CongressRecords records;
    private final CongressReport reports;
    private final ReportSpreadsheet spreadsheet;
    private final PdfRenderer pdf;
    private final OfficialHeaders headers;
    private final AuditLog auditLog;
    private final Clock clock;

    CongressReportController(CongressRecords records, CongressReport reports, ReportSpreadsheet spreadsheet, PdfRenderer pdf,
                             OfficialHeaders headers, AuditLog auditLog, Clock clock) {
        this.records = records;
        this.reports = reports;
        this.spreadsheet = spreadsheet;
        this.pdf = pdf;
        this.headers = headers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping("/report")
    String report(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("report", report(id, scope));
        return "congress/report";
    }

    @GetMapping("/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long id, Scope scope, Locale locale) {
        CongressReport.Report report = report(id, scope);
        byte[] bytes = pdf.render("pdf/congress-report", Map.of("report", report,
                "header", headers.header("BC", null, LocalDate.now(clock)), "summaryLine", spreadsheet.summaryLine(report, locale)), locale);
        auditLog.record(AuditAction.EXPORT, "Congress", id, "Congress report (PDF)");
        return Downloads.pdf(bytes, fileName(report) + ".pdf");
    }

    @GetMapping("/report.xlsx")
    ResponseEntity<byte[]> reportXlsx(@PathVariable long id, Scope scope, Locale locale) {
        CongressReport.Report report = report(id, scope);
        byte[] bytes = spreadsheet.write(report, locale);
        auditLog.record(AuditAction.EXPORT, "Congress", id, "Congress report (xlsx)");
        return Downloads.xlsx(bytes, fileName(report) + ".xlsx");
    }

    private CongressReport.Report report(long id, Scope scope) {
        CongressRecords.Visible visible = records.read(id, scope);
        return reports.of(visible.congress(), visible.organization());
    }

    private static String fileName(CongressReport.Report report) {
        return "Báo cáo Đại hội " + report.congress().getRoman() + " " + report.congress().getTerm();
    }
}
