package vn.dangbo.portal.breakthrough;

/** Where a breakthrough task stands: draft → registered → approved (or returned) → in progress → completed / not completed. */
public enum TaskState {
    /** Being written by its owner, seen by the owner only. */
    DRAFT,
    /** Sent for approval. */
    REGISTERED,
    APPROVED,
    /** Sent back by the approver with a reason; the owner corrects it and registers it again. */
    RETURNED,
    IN_PROGRESS,
    COMPLETED,
    NOT_COMPLETED;

    /** The owner may change the task: before it is registered, or after it came back. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Approved and not yet evaluated: progress notes and evidence are added now. */
    public boolean isUnderWay() {
        return this == APPROVED || this == IN_PROGRESS;
    }
}
