package vn.dangbo.portal.pledge;

/** How far a member kept an area of the pledge in a month. */
public enum Fulfilment {
    /** Hoàn thành. */
    DONE,
    /** Hoàn thành một phần. */
    PARTLY,
    /** Chưa hoàn thành. */
    NOT_DONE
}
