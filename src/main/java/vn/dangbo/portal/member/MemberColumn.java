package vn.dangbo.portal.member;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the member spreadsheet, shared by the import, its template and the export, so an exported
 * file can be imported again. Headers are matched ignoring accents, case and spacing, and a few common
 * variants are accepted ("Họ và tên" instead of three name columns, "Số thẻ", "Email" …).
 */
public enum MemberColumn {
    FULL_NAME("Họ và tên", false, "ho ten", "ho va ten dang vien"),
    FAMILY_NAME("Họ", true),
    MIDDLE_NAME("Tên đệm", true, "chu dem", "ten lot"),
    GIVEN_NAME("Tên", true),
    OTHER_NAME("Tên gọi khác", true, "ten khac", "bi danh"),
    GENDER("Giới tính", true, "gioi", "nam/nu"),
    BIRTH_DATE("Ngày sinh", true, "ngay thang nam sinh"),
    HOMETOWN("Quê quán", true, "que"),
    ETHNICITY("Dân tộc", true),
    RELIGION("Tôn giáo", true),
    GENERAL_EDUCATION("Giáo dục phổ thông", true, "trinh do giao duc pho thong", "van hoa"),
    PROFESSIONAL_DEGREE("Chuyên môn, nghiệp vụ", true, "chuyen mon", "trinh do chuyen mon"),
    POLITICAL_THEORY("Lý luận chính trị", true, "trinh do ly luan chinh tri", "llct"),
    JOB_TITLE("Chức vụ", true),
    WORKPLACE("Cơ quan công tác", true, "noi cong tac", "co quan"),
    PARTY_CARD("Số thẻ đảng viên", true, "so the", "so the dang"),
    PHONE("Điện thoại", true, "so dien thoai", "dt"),
    EMAIL("Thư điện tử", true, "email", "e-mail"),
    GRASSROOTS("Đảng bộ cơ sở", true, "dang bo"),
    CELL("Chi bộ", true, "chi bo sinh hoat"),
    ADMISSION_DATE("Ngày vào Đảng", true, "ngay ket nap", "ngay vao dang (quyet dinh)"),
    CEREMONY_DATE("Ngày lễ kết nạp", true, "ngay to chuc le ket nap"),
    OFFICIAL_DATE("Ngày chính thức", true, "ngay chuyen chinh thuc"),
    STATUS("Tình trạng", false);

    /** The columns of the template, in order (the name in three parts). */
    public static final List<MemberColumn> TEMPLATE = Arrays.stream(values()).filter(column -> column.inTemplate).toList();

    /** The columns an export may hold, in order. */
    public static final List<MemberColumn> EXPORTABLE = Arrays.stream(values()).filter(column -> column != FULL_NAME).toList();

    private final String header;
    private final boolean inTemplate;
    private final List<String> aliases;

    MemberColumn(String header, boolean inTemplate, String... aliases) {
        this.header = header;
        this.inTemplate = inTemplate;
        this.aliases = List.of(aliases);
    }

    /** The header written in the template and exports (Vietnamese, as staff name it). */
    public String header() {
        return header;
    }

    /** The column a header cell names, if any. */
    static Optional<MemberColumn> of(String headerCell) {
        String key = Text.key(headerCell).replace(" *", "").replace("*", "").strip();
        return Arrays.stream(values())
                .filter(column -> column != STATUS)
                .filter(column -> Text.key(column.header).equals(key) || column.aliases.contains(key))
                .findFirst();
    }
}
