package vn.dangbo.portal.committee;

/** How a member got their seat. */
public enum Appointment {
    /** Bầu tại đại hội. */
    ELECTED,
    /** Chỉ định. */
    APPOINTED,
    /** Bầu bổ sung. */
    SUPPLEMENTED
}
