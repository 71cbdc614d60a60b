package vn.dangbo.portal.pledge;

/** Where a member's pledge of a year stands. */
public enum PledgeStatus {
    /** Being written by the member, not yet sent to the cell. */
    DRAFT,
    /** Sent to the cell secretary; the member may still change it until it is approved. */
    SUBMITTED,
    /** Approved by the secretary: read-only until the secretary reopens it. */
    APPROVED
}
