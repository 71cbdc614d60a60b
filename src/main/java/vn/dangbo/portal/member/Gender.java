package vn.dangbo.portal.member;

/** Giới tính. */
public enum Gender {
    /** Nam. */
    MALE,
    /** Nữ. */
    FEMALE
}
