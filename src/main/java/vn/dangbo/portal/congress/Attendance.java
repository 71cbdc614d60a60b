package vn.dangbo.portal.congress;

/** A delegate at the door: summoned (not yet in), present, absent with a reason, or disqualified by the credentials committee. */
public enum Attendance {
    SUMMONED,
    PRESENT,
    ABSENT_WITH_REASON,
    DISQUALIFIED
}
