package vn.dangbo.portal.meeting;

/**
 * Regular monthly meetings (sinh hoạt thường kỳ) and thematic ones (sinh hoạt chuyên đề, at least once a
 * quarter); a thematic meeting may be held together with the month's regular one.
 */
public enum MeetingKind {
    REGULAR,
    THEMATIC,
    REGULAR_THEMATIC;

    /** Counts as the month's regular meeting. */
    public boolean isMonthly() {
        return this != THEMATIC;
    }

    /** Counts as a thematic meeting (and needs a topic). */
    public boolean isThematic() {
        return this != REGULAR;
    }
}
