package vn.dangbo.portal.inspection;

/** Planned → in progress → concluded (kết luận). */
public enum InspectionState {
    PLANNED,
    IN_PROGRESS,
    CONCLUDED
}
