package vn.dangbo.portal.member;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of the first sheet of an .xlsx (with POI's streaming SAX reader, so a big file never
 * becomes a workbook in memory) or of a .csv (UTF-8, comma, semicolon or tab), as text cells. Cells
 * formatted as dates come out as ISO dates (yyyy-MM-dd) whatever their display format, so "3/5/80" in a US
 * format cannot be misread; dates typed as text are parsed later, leniently.
 */
final class SheetReader {

    private SheetReader() {
    }

    /** Thrown when the file is neither a readable .xlsx nor a .csv. */
    static final class UnreadableFile extends Exception {
        UnreadableFile(Throwable cause) {
            super(cause);
        }
    }

    static void read(Path file, String filename, Consumer<List<String>> rows) throws IOException, UnreadableFile {
        if (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            try (InputStream input = Files.newInputStream(file)) {
                readCsv(input, rows);
            }
        } else {
            readXlsx(file, rows);
        }
    }

    private static void readXlsx(Path file, Consumer<List<String>> rows) throws IOException, UnreadableFile {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(rows), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | OpenXML4JRuntimeException | SAXException | ParserConfigurationException | POIXMLException
                 | IllegalArgumentException e) {
            throw new UnreadableFile(e);
        }
    }

    /** Numbers formatted as dates become ISO dates; other numbers as Excel would show them in "General". */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return super.formatRawCellContents(value, 0, "General", use1904Windowing);
        }
    }

    /** Collects the cells of each row by column, empty cells included, and hands the row on at its end. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<List<String>> rows;
        private List<String> current;
        private int nextRow;

        RowCollector(Consumer<List<String>> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            while (nextRow < rowNum) {
                rows.accept(List.of());
                nextRow++;
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.accept(current);
            nextRow = rowNum + 1;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }
    }

    private static void readCsv(InputStream input, Consumer<List<String>> rows) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null) {
            return;
        }
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        char delimiter = delimiter(line);
        StringBuilder record = new StringBuilder(line);
        while (record != null) {
            // a quoted field may hold line breaks: read on until the quotes balance
            while (record.chars().filter(c -> c == '"').count() % 2 == 1) {
                String more = reader.readLine();
                if (more == null) {
                    break;
                }
                record.append('\n').append(more);
            }
            rows.accept(split(record.toString(), delimiter));
            String next = reader.readLine();
            record = next == null ? null : new StringBuilder(next);
        }
    }

    private static char delimiter(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static List<String> split(String record, char delimiter) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
