package vn.dangbo.portal.member;

import java.util.EnumSet;
import java.util.Set;

/** Where a member stands (domain.md "Members"). */
public enum MemberStatus {
    /** Đảng viên dự bị: the 12 months after the admission ceremony. */
    PROBATIONARY,
    /** Đảng viên chính thức. */
    OFFICIAL,
    /** Miễn sinh hoạt / miễn công tác: still a member, listed but not rated. */
    EXEMPT,
    /** Chuyển sinh hoạt ra ngoài Khối. */
    TRANSFERRED_OUT,
    /** Từ trần. */
    DECEASED,
    /** Xóa tên. */
    REMOVED,
    /** Khai trừ. */
    EXPELLED;

    /** The statuses of people who are members of their cell today. */
    public static final Set<MemberStatus> CURRENT = EnumSet.of(PROBATIONARY, OFFICIAL, EXEMPT);

    public boolean isCurrent() {
        return CURRENT.contains(this);
    }
}
