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
    MEMBER;

    public String authority() {
        return "ROLE_" + name();
    }
}
