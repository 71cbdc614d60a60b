package vn.dangbo.portal.pledge;

/** Where a monthly self-assessment stands. */
public enum AssessmentStatus {
    /** Saved by the member, not yet submitted: seen by nobody else. */
    DRAFT,
    /** Submitted: read-only for the member, waiting for the secretary. */
    SUBMITTED,
    /** Acknowledged by the secretary (đã xác nhận). */
    ACKNOWLEDGED,
    /** Returned by the secretary with a comment: the member corrects it and submits again. */
    RETURNED;

    /** Whether the member may change the entry: before submitting, or after it came back. */
    public boolean isEditableByMember() {
        return this == DRAFT || this == RETURNED;
    }
}
