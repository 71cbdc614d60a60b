package vn.dangbo.portal.inspection;

/** Thường xuyên (regular) or chuyên đề (thematic). */
public enum InspectionMode {
    REGULAR,
    THEMATIC
}
