package vn.dangbo.portal.meeting;

/** The quality of a meeting (chất lượng sinh hoạt chi bộ), best first. */
public enum QualityLevel {
    /** Tốt. */
    GOOD,
    /** Khá. */
    FAIR,
    /** Trung bình. */
    AVERAGE,
    /** Kém. */
    POOR
}
