package vn.dangbo.portal.pledge;

/** How a month looks in a member's book and in the review matrix. */
public enum MonthStatus {
    /** A month still to come. */
    NOT_YET,
    /** Not expected of the member (exempt, or admitted during or after the month). */
    NOT_REQUIRED,
    /** Expected, not submitted, and the deadline has not passed yet. */
    OPEN,
    /** Saved by the member but not submitted (shown to the member only). */
    DRAFT,
    /** Expected, and the deadline passed without a submission. */
    MISSING,
    SUBMITTED,
    ACKNOWLEDGED,
    RETURNED;

    public boolean isSubmitted() {
        return this == SUBMITTED || this == ACKNOWLEDGED || this == RETURNED;
    }
}
