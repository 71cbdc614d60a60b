package vn.dangbo.portal.meeting;

/** A member at a meeting: present, absent with a reason given (vắng có lý do), or absent. */
public enum Presence {
    PRESENT,
    EXCUSED,
    ABSENT
}
