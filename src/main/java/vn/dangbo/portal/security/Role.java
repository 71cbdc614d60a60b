package vn.dangbo.portal.security;

/** The roles of domain.md "People who use it". What each may see is decided by {@link Scope}. */
public enum Role {
    /** Quản trị: bloc office, users, catalogues, settings. */
    ADMIN,
    /** Cán bộ Ban Tổ chức / Văn phòng Đảng ủy Khối: the whole bloc. */
    STAFF,
    /** Ban Thường vụ: reads everything, decides organisations' ratings. */
    LEADER,
    /** Bí thư of a grassroots organisation or cell: that subtree only. */
    SECRETARY,
    /** Đảng viên: their own record only. */
    MEMBER,
    /**
     * Ủy ban Kiểm tra Đảng ủy Khối (bloc inspection committee): keeps the inspection and supervision files of
     * the whole bloc; reads everything else like a leader. See {@code inspection.InspectionAccess}.
     */
    INSPECTOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
