package vn.dangbo.portal.residence;

/** What the residence-area cell says about the member in its yearly feedback. */
public enum FeedbackAssessment {
    /** Tốt: fulfils their duties where they live. */
    GOOD,
    /** Cần cố gắng: needs improvement. */
    NEEDS_IMPROVEMENT
}
