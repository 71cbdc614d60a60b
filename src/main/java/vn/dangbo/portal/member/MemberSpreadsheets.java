package vn.dangbo.portal.member;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.organization.OrganizationNode;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;

/**
 * The member spreadsheets: the import template (headers, a guide, the units the user may import into) and
 * the export of the filtered list with the chosen columns (streamed with POI's SXSSF, audited). Both use
 * the Vietnamese headers and labels of {@link MemberColumn}, so an export can be imported again.
 */
@Component
class MemberSpreadsheets {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final List<MemberColumn> REQUIRED = List.of(MemberColumn.FAMILY_NAME, MemberColumn.GIVEN_NAME, MemberColumn.GENDER,
            MemberColumn.BIRTH_DATE, MemberColumn.CELL, MemberColumn.ADMISSION_DATE);

    private final MemberSearch search;
    private final OrganizationRepository organizations;
    private final MessageSource messages;
    private final AuditLog auditLog;

    MemberSpreadsheets(MemberSearch search, OrganizationRepository organizations, MessageSource messages, AuditLog auditLog) {
        this.search = search;
        this.organizations = organizations;
        this.messages = messages;
        this.auditLog = auditLog;
    }

    byte[] template(Scope scope) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("Đảng viên");
            Row header = sheet.createRow(0);
            for (int i = 0; i < MemberColumn.TEMPLATE.size(); i++) {
                MemberColumn column = MemberColumn.TEMPLATE.get(i);
                Cell cell = header.createCell(i);
                cell.setCellValue(column.header() + (REQUIRED.contains(column) ? " *" : ""));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, 18 * 256);
                CellStyle style = isDate(column) ? styles.date : column == MemberColumn.PARTY_CARD || column == MemberColumn.PHONE ? styles.text : null;
                if (style != null) {
                    sheet.setDefaultColumnStyle(i, style);
                }
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper validation = sheet.getDataValidationHelper();
            list(sheet, validation, MemberColumn.TEMPLATE.indexOf(MemberColumn.GENDER), "Nam", "Nữ");
            list(sheet, validation, MemberColumn.TEMPLATE.indexOf(MemberColumn.POLITICAL_THEORY),
                    "Sơ cấp", "Trung cấp", "Cao cấp", "Cử nhân");

            Sheet guide = workbook.createSheet("Hướng dẫn");
            String[] lines = messages.getMessage("import.guide", null, VIETNAMESE).split("\\|");
            for (int i = 0; i < lines.length; i++) {
                guide.createRow(i).createCell(0).setCellValue(lines[i].strip());
            }
            guide.setColumnWidth(0, 120 * 256);

            Sheet units = workbook.createSheet("Đơn vị");
            Row unitHeader = units.createRow(0);
            unitHeader.createCell(0).setCellValue(MemberColumn.GRASSROOTS.header());
            unitHeader.createCell(1).setCellValue(MemberColumn.CELL.header());
            unitHeader.getCell(0).setCellStyle(styles.header);
            unitHeader.getCell(1).setCellStyle(styles.header);
            List<OrganizationNode> nodes = organizations.findNodesIn(scope);
            int r = 1;
            for (OrganizationNode cell : nodes) {
                if (cell.getKind().isCell() && !cell.isDissolved() && scope.canEdit(cell.getPath())) {
                    Row row = units.createRow(r++);
                    row.createCell(0).setCellValue(cell.getKind().isGrassroots() ? "" : nodes.stream()
                            .filter(parent -> parent.getId() == cell.getParentId()).findFirst().map(OrganizationNode::getName).orElse(""));
                    row.createCell(1).setCellValue(cell.getName());
                }
            }
            units.setColumnWidth(0, 60 * 256);
            units.setColumnWidth(1, 60 * 256);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filtered list with the chosen columns; the export is written to the audit log. */
    byte[] export(MemberFilter filter, List<MemberColumn> columns, Scope scope) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("Đảng viên");
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, 18 * 256);
            }
            int[] count = {0};
            search.forEach(filter, scope, rs -> {
                Row row = sheet.createRow(++count[0]);
                for (int i = 0; i < columns.size(); i++) {
                    write(row.createCell(i), columns.get(i), rs, styles);
                }
            });
            auditLog.record(AuditAction.EXPORT, "Member", null, "Exported %d members to Excel".formatted(count[0]),
                    Map.of("filter", describe(filter), "columns", columns.stream().map(Enum::name).toList()));
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private void write(Cell cell, MemberColumn column, ResultSet rs, Styles styles) throws SQLException {
        String text = switch (column) {
            case FAMILY_NAME -> rs.getString("family_name");
            case MIDDLE_NAME -> rs.getString("middle_name");
            case GIVEN_NAME -> rs.getString("given_name");
            case FULL_NAME -> (rs.getString("family_name") + " " + rs.getString("middle_name") + " " + rs.getString("given_name"))
                    .replaceAll("\\s+", " ").strip();
            case OTHER_NAME -> rs.getString("other_name");
            case GENDER -> label("member.gender." + rs.getString("gender"));
            case HOMETOWN -> rs.getString("hometown");
            case ETHNICITY -> rs.getString("ethnicity");
            case RELIGION -> rs.getString("religion");
            case GENERAL_EDUCATION -> rs.getString("general_education");
            case PROFESSIONAL_DEGREE -> rs.getString("professional_degree");
            case POLITICAL_THEORY -> "NONE".equals(rs.getString("political_theory")) ? null : label("member.theory." + rs.getString("political_theory"));
            case JOB_TITLE -> rs.getString("job_title");
            case WORKPLACE -> rs.getString("workplace");
            case PARTY_CARD -> rs.getString("party_card_number");
            case PHONE -> rs.getString("phone");
            case EMAIL -> rs.getString("email");
            case GRASSROOTS -> rs.getString("parent_name");
            case CELL -> rs.getString("organization_name");
            case STATUS -> label("member.status." + rs.getString("list_status"));
            case BIRTH_DATE, ADMISSION_DATE, CEREMONY_DATE, OFFICIAL_DATE -> null;
        };
        if (isDate(column)) {
            LocalDate date = rs.getObject(switch (column) {
                case BIRTH_DATE -> "birth_date";
                case ADMISSION_DATE -> "admission_date";
                case CEREMONY_DATE -> "admission_ceremony_date";
                default -> "official_date";
            }, LocalDate.class);
            if (date != null) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
            }
        } else if (text != null) {
            cell.setCellValue(text);
        }
    }

    private String label(String code) {
        return messages.getMessage(code, null, VIETNAMESE);
    }

    private static boolean isDate(MemberColumn column) {
        return column == MemberColumn.BIRTH_DATE || column == MemberColumn.ADMISSION_DATE || column == MemberColumn.CEREMONY_DATE
                || column == MemberColumn.OFFICIAL_DATE;
    }

    private static String describe(MemberFilter filter) {
        return "q=%s, organization=%s, status=%s, gender=%s, ageGroup=%s, asOf=%s".formatted(filter.getQ(), filter.getOrganization(),
                filter.getStatus(), filter.getGender(), filter.getAgeGroup(), filter.getAsOf());
    }

    private static void list(Sheet sheet, DataValidationHelper helper, int column, String... values) {
        sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, 50_000, column, column)));
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle text;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        }
    }
}
