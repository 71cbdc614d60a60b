package vn.dangbo.portal.inspection;

/** Kiểm tra (inspection) or giám sát (supervision). */
public enum InspectionKind {
    INSPECTION,
    SUPERVISION
}
