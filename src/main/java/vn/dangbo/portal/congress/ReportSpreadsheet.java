package vn.dangbo.portal.congress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The congress report as a workbook: a summary sheet and the targets with their yearly actuals. */
@Component
class ReportSpreadsheet {

    private final MessageSource messages;

    ReportSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(CongressReport.Report report, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Congress congress = report.congress();

            Sheet summary = workbook.createSheet(text("congress.report.sheet.summary", locale));
            int r = 0;
            row(summary, r++, bold, text("congress.fullTitle", locale, text("congress.kind." + congress.getKind(), locale),
                    report.organization().getName(), congress.getRoman(), congress.getTerm()));
            row(summary, r++, null, summaryLine(report, locale));
            r++;
            row(summary, r++, null, text("congress.report.organizations", locale), report.organizations());
            row(summary, r++, null, text("congress.report.members", locale), report.members());
            row(summary, r++, null, text("congress.report.admissions", locale), report.admissions());
            if (report.admissionsTarget() != null) {
                row(summary, r++, null, text("congress.report.admissionsTarget", locale), report.admissionsTarget());
            }
            r++;
            row(summary, r++, bold, text("congress.target.year", locale), text("congress.report.membersShare", locale),
                    text("congress.report.organizationsShare", locale));
            for (CongressReport.YearShares share : report.shares()) {
                row(summary, r++, null, share.year(), share.members(), share.organizations());
            }
            summary.setColumnWidth(0, 60 * 256);
            summary.setColumnWidth(1, 20 * 256);
            summary.setColumnWidth(2, 20 * 256);

            Sheet targets = workbook.createSheet(text("congress.tab.targets", locale));
            Row header = targets.createRow(0);
            int c = 0;
            for (String key : new String[] {"congress.target.position", "congress.target.text", "congress.target.unit",
                    "congress.target.comparator", "congress.target.targetValue", "congress.target.baseline"}) {
                cell(header, c++, bold, text(key, locale));
            }
            for (int year : report.board().years()) {
                cell(header, c++, bold, year);
            }
            cell(header, c++, bold, text("congress.target.measured", locale));
            cell(header, c, bold, text("congress.target.status", locale));
            int line = 1;
            for (TargetTracking.Tracked tracked : report.board().targets()) {
                Target target = tracked.target();
                Row row = targets.createRow(line++);
                c = 0;
                cell(row, c++, null, target.getPosition());
                cell(row, c++, null, target.getText());
                cell(row, c++, null, target.getUnit());
                cell(row, c++, null, target.getComparator().getSymbol());
                cell(row, c++, null, target.getTargetValue());
                cell(row, c++, null, target.getBaseline());
                for (int year : report.board().years()) {
                    TargetTracking.Actual actual = tracked.actual(year);
                    cell(row, c++, null, actual == null ? null : actual.value());
                }
                cell(row, c++, null, tracked.evaluation().measured());
                cell(row, c, null, text("congress.target.status." + tracked.getStatus(), locale));
            }
            targets.setColumnWidth(1, 70 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String summaryLine(CongressReport.Report report, Locale locale) {
        TargetTracking.Summary s = report.summary();
        return s.termOver() ? text("congress.target.summary.over", locale, s.met(), s.exceeded(), s.total())
                : text("congress.target.summary.during", locale, s.onTrack(), s.atRisk(), s.met(), s.noData(), s.total());
    }

    private static void row(Sheet sheet, int index, CellStyle style, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            cell(row, i, style, values[i]);
        }
    }

    private static void cell(Row row, int column, CellStyle style, Object value) {
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
