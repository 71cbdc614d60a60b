package vn.dangbo.portal.organization;

/** How the tree is reorganised. */
public enum ReorganizationKind {
    /** Sáp nhập, hợp nhất: two or more units become one new unit. */
    MERGE,
    /** Chia tách: one unit becomes two or more new units. */
    SPLIT,
    /** Chuyển đơn vị: a cell goes under another parent (a new unit there takes over). */
    MOVE
}
