package vn.dangbo.portal.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.discipline.DisciplineMeasure;

/** The year's statistics as an .xlsx sheet laid out like the table of the yearly report. */
@Component
class ProgrammeSpreadsheet {

    private final MessageSource messages;

    ProgrammeSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(InspectionQueries.YearStatistics statistics, String scopeName, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("inspection.statistics.sheet", locale));
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(text("inspection.statistics.title", locale, statistics.year()) + " — " + scopeName);
            r++;
            Row header = sheet.createRow(r++);
            String[] columns = {"inspection.statistics.kind", "inspection.statistics.planned", "inspection.statistics.concluded",
                                "inspection.statistics.organizations", "inspection.statistics.members", "inspection.statistics.withViolations"};
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(text(columns[c], locale));
            }
            for (InspectionQueries.Line line : new InspectionQueries.Line[] {statistics.inspections(), statistics.supervisions()}) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(text("inspection.kind." + line.kind(), locale));
                row.createCell(1).setCellValue(line.planned());
                row.createCell(2).setCellValue(line.concluded());
                row.createCell(3).setCellValue(line.organizations());
                row.createCell(4).setCellValue(line.members());
                row.createCell(5).setCellValue(line.withViolations());
            }
            r++;
            r = pair(sheet, r, text("inspection.statistics.violations", locale), statistics.violations());
            r = pair(sheet, r, text("inspection.statistics.disciplined", locale), statistics.disciplined());
            for (DisciplineMeasure measure : DisciplineMeasure.values()) {
                r = pair(sheet, r, "  " + text("discipline.measure." + measure, locale), statistics.disciplineByForm().get(measure));
            }
            r = pair(sheet, r, text("inspection.statistics.recommendations", locale), statistics.recommendations());
            r = pair(sheet, r, text("inspection.statistics.recommendationsDone", locale), statistics.recommendationsDone());
            pair(sheet, r, text("inspection.statistics.recommendationsOverdue", locale), statistics.recommendationsOverdue());
            sheet.setColumnWidth(0, 48 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pair(Sheet sheet, int r, String label, long value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
