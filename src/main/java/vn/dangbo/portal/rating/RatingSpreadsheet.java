package vn.dangbo.portal.rating;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.web.Formats;

/** The statistics of a year as an .xlsx: one sheet by unit (members and organisations), one by year. */
@Component
class RatingSpreadsheet {

    private final MessageSource messages;
    private final Formats formats;

    RatingSpreadsheet(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    byte[] write(RatingStatistics.Report report, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            for (RatingSubject subject : RatingSubject.values()) {
                Sheet sheet = workbook.createSheet(text(subject == RatingSubject.MEMBER ? "rating.stats.members" : "rating.stats.organizations", locale));
                headerRow(sheet, header, text("rating.stats.unit", locale), locale);
                int r = 1;
                List<RatingStatistics.UnitCounts> lines = new ArrayList<>(report.getUnits());
                lines.add(report.total());
                for (RatingStatistics.UnitCounts unit : lines) {
                    line(sheet.createRow(r++), unit.getName(), unit.of(subject));
                }
                sheet.setColumnWidth(0, 60 * 256);
            }
            Sheet years = workbook.createSheet(text("rating.stats.years", locale));
            headerRow(years, header, text("rating.stats.year", locale), locale);
            int r = 1;
            for (RatingStatistics.YearCounts year : report.years()) {
                line(years.createRow(r++), year.year() + " — " + text("rating.stats.members", locale), year.members());
                line(years.createRow(r++), year.year() + " — " + text("rating.stats.organizations", locale), year.organizations());
            }
            years.setColumnWidth(0, 40 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void headerRow(Sheet sheet, CellStyle style, String first, Locale locale) {
        Row row = sheet.createRow(0);
        List<String> titles = new ArrayList<>(List.of(first, text("rating.stats.rated", locale)));
        for (RatingLevel level : RatingLevel.values()) {
            titles.add(level.name());
            titles.add(level.name() + " (%)");
        }
        titles.add(text("rating.stats.goodOrAbove", locale));
        titles.add(text("rating.stats.goodOrAbove", locale) + " (%)");
        titles.add(text("rating.stats.notRated", locale));
        for (int c = 0; c < titles.size(); c++) {
            row.createCell(c).setCellValue(titles.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }

    private void line(Row row, String name, LevelCounts counts) {
        int c = 0;
        row.createCell(c++).setCellValue(name);
        row.createCell(c++).setCellValue(counts.getRated());
        for (RatingLevel level : RatingLevel.values()) {
            row.createCell(c++).setCellValue(counts.count(level));
            row.createCell(c++).setCellValue(formats.percent(counts.count(level), counts.getRated()));
        }
        row.createCell(c++).setCellValue(counts.getGoodOrAbove());
        row.createCell(c++).setCellValue(formats.percent(counts.getGoodOrAbove(), counts.getRated()));
        row.createCell(c).setCellValue(counts.getNotRated());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
