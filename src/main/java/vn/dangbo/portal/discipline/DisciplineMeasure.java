package vn.dangbo.portal.discipline;

/** Hình thức kỷ luật đảng viên, lightest first. */
public enum DisciplineMeasure {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Cách chức. */
    DISMISSAL,
    /** Khai trừ: also ends membership. */
    EXPULSION;

    /** Warning or heavier: defers a Party badge. */
    public boolean isWarningOrHeavier() {
        return this != REPRIMAND;
    }
}
