package vn.dangbo.portal.memberfile;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of document in a member's Party file (hồ sơ đảng viên). */
public enum DocumentType {
    /** Lý lịch của người xin vào Đảng / lý lịch đảng viên. */
    RESUME,
    /** Phiếu đảng viên. */
    MEMBER_RECORD,
    /** Quyết định kết nạp đảng viên. */
    ADMISSION_DECISION,
    /** Quyết định công nhận đảng viên chính thức. */
    OFFICIAL_DECISION,
    /** Giấy giới thiệu sinh hoạt đảng (chuyển sinh hoạt). */
    TRANSFER_PAPERS,
    /** Phiếu bổ sung hồ sơ đảng viên. */
    SUPPLEMENT,
    /** Tài liệu khác. */
    OTHER;

    /**
     * What a complete digitised file holds: the résumé, the member record and the admission decision, and
     * once the member is official, the decision that made them so.
     */
    public static Set<DocumentType> required(boolean official) {
        return official ? EnumSet.of(RESUME, MEMBER_RECORD, ADMISSION_DECISION, OFFICIAL_DECISION)
                : EnumSet.of(RESUME, MEMBER_RECORD, ADMISSION_DECISION);
    }
}
