package vn.dangbo.portal.member;

/** Trình độ lý luận chính trị. */
public enum PoliticalTheoryLevel {
    NONE,
    /** Sơ cấp. */
    ELEMENTARY,
    /** Trung cấp. */
    INTERMEDIATE,
    /** Cao cấp. */
    ADVANCED,
    /** Cử nhân. */
    BACHELOR
}
