package vn.dangbo.portal.congress;

/** Đại hội đại biểu (delegates represent the members) or đại hội toàn thể (all members attend). */
public enum CongressKind {
    DELEGATES,
    ALL_MEMBERS
}
