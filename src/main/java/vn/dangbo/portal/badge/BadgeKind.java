package vn.dangbo.portal.badge;

/** How a badge is proposed. */
public enum BadgeKind {
    /** The Party age is reached by the award day. */
    REGULAR,
    /** Tặng sớm: a seriously ill member, up to 12 (24) months early. */
    EARLY,
    /** Truy tặng: a deceased member. */
    POSTHUMOUS
}
