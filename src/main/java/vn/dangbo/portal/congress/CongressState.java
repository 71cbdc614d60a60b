package vn.dangbo.portal.congress;

/** Preparing → in session → closed (archived: nothing of it changes any more). */
public enum CongressState {
    PREPARING,
    IN_SESSION,
    CLOSED;

    public boolean isClosed() {
        return this == CLOSED;
    }

    /** The state that follows, or null when closed. */
    public CongressState next() {
        return switch (this) {
            case PREPARING -> IN_SESSION;
            case IN_SESSION -> CLOSED;
            case CLOSED -> null;
        };
    }
}
