package vn.dangbo.portal.admission;

/** Where a candidate's file stands. */
public enum CandidateState {
    /** Đang bồi dưỡng, hoàn thiện hồ sơ. */
    IN_PROGRESS,
    /** Đã kết nạp. */
    ADMITTED,
    /** Dừng xem xét. */
    WITHDRAWN
}
