package vn.dangbo.portal.congress;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.security.Scope;

/**
 * Imports the delegate list from .xlsx, all or nothing: after a header row, one delegate per row — the
 * Party card number (số thẻ đảng viên), the source ("Đương nhiên", "Bầu", "Chỉ định"), the standing
 * ("Chính thức", "Dự khuyết") and, for an elected delegate, the name of the organisation that elected them.
 * Every row is checked (as for one added by hand, and against the rows above it) before anything is
 * written; one bad row and nothing is imported, each problem shown with its row number.
 */
@Service
class DelegateImport {

    private static final Map<String, DelegateSource> SOURCES = Map.of("duong nhien", DelegateSource.EX_OFFICIO,
            "bau", DelegateSource.ELECTED, "chi dinh", DelegateSource.APPOINTED);
    private static final Map<String, DelegateStanding> STANDINGS = Map.of("chinh thuc", DelegateStanding.OFFICIAL,
            "du khuyet", DelegateStanding.ALTERNATE);

    private final CongressRecords records;
    private final DelegateChanges changes;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    DelegateImport(CongressRecords records, DelegateChanges changes, JdbcClient jdbc, AuditLog auditLog) {
        this.records = records;
        this.changes = changes;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** A problem in a row of the file (row numbers as the spreadsheet shows them). */
    record Problem(int row, String code) {
    }

    /** The rows imported, or the problems (and nothing imported). */
    record Result(int imported, List<Problem> problems) {
    }

    /** One row as read: the form an import fills and checks. */
    static class Line extends DelegateForm {
    }

    @Transactional
    public Result importFile(long congressId, MultipartFile file, Scope scope) {
        Organization organization = records.open(congressId, scope).organization();
        List<Problem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        if (file == null || file.isEmpty()) {
            return new Result(0, List.of(new Problem(0, "upload.empty")));
        }
        try (InputStream in = file.getInputStream(); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Set<Long> seen = new HashSet<>();
            Map<String, Long> units = units(organization.getPath());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String card = text(formatter, row, 0);
                if (card.isEmpty() && text(formatter, row, 1).isEmpty()) {
                    continue;
                }
                int number = r + 1;
                Line line = new Line();
                line.setMemberId(jdbc.sql("SELECT id FROM member WHERE party_card_number = :n").param("n", card)
                        .query(Long.class).optional().orElse(null));
                line.setSource(SOURCES.get(key(text(formatter, row, 1))));
                line.setStanding(STANDINGS.get(key(text(formatter, row, 2))));
                line.setSourceOrganizationId(units.get(key(text(formatter, row, 3))));
                if (line.getMemberId() == null) {
                    problems.add(new Problem(number, "congress.import.unknownCard"));
                } else if (!seen.add(line.getMemberId())) {
                    problems.add(new Problem(number, "congress.import.repeated"));
                }
                if (line.getSource() == null) {
                    problems.add(new Problem(number, "congress.import.source"));
                }
                if (line.getStanding() == null) {
                    problems.add(new Problem(number, "congress.import.standing"));
                }
                if (line.getMemberId() != null) {
                    Errors errors = new BeanPropertyBindingResult(line, "line");
                    changes.check(congressId, organization.getPath(), line.getMemberId(), line.getSource(), line.getSourceOrganizationId(),
                            errors, "");
                    errors.getFieldErrors().forEach(error -> problems.add(new Problem(number, error.getCode())));
                }
                lines.add(line);
                rowNumbers.add(number);
            }
        } catch (IOException | RuntimeException e) {
            return new Result(0, List.of(new Problem(0, "congress.import.unreadable")));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "congress.import.noRows"));
        }
        if (!problems.isEmpty()) {
            return new Result(0, problems);
        }
        for (Line line : lines) {
            changes.insert(congressId, line.getMemberId(), line.getSource(), line.getSourceOrganizationId(), line.getStanding());
        }
        auditLog.record(AuditAction.IMPORT, "CongressDelegate", congressId, "%d delegates from %s".formatted(lines.size(),
                file.getOriginalFilename()));
        return new Result(lines.size(), List.of());
    }

    /** Units of the subtree by their name without accents or case. */
    private Map<String, Long> units(String path) {
        Map<String, Long> units = new HashMap<>();
        jdbc.sql("SELECT id, name FROM organization WHERE path LIKE :p").param("p", path + "%")
                .query((rs, n) -> Map.entry(key(rs.getString(2)), rs.getLong(1))).list()
                .forEach(entry -> units.putIfAbsent(entry.getKey(), entry.getValue()));
        return units;
    }

    private static String text(DataFormatter formatter, Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    /** Lower case, without accents (đ → d), single spaces: "Chính thức" and "chinh  thuc" are the same. */
    static String key(String text) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
