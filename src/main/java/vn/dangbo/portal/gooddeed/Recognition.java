package vn.dangbo.portal.gooddeed;

/** Who recognised a good deed (cấp biểu dương, khen thưởng), lowest first. */
public enum Recognition {
    /** Chi bộ biểu dương. */
    CELL,
    /** Đảng ủy cơ sở biểu dương, khen thưởng. */
    GRASSROOTS,
    /** Đảng ủy Khối khen thưởng. */
    BLOC,
    /** Cấp tỉnh khen thưởng. */
    PROVINCE,
    /** Cấp trung ương. */
    NATIONAL
}
