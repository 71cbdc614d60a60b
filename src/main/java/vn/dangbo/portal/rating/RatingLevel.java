package vn.dangbo.portal.rating;

/** Mức xếp loại chất lượng: the four levels of the yearly rating, best first, for members and organisations. */
public enum RatingLevel {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    HTXSNV,
    /** Hoàn thành tốt nhiệm vụ. */
    HTTNV,
    /** Hoàn thành nhiệm vụ. */
    HTNV,
    /** Không hoàn thành nhiệm vụ. */
    KHTNV;

    /** HTTNV or above (for organisations once called "trong sạch, vững mạnh"). */
    public boolean isGoodOrAbove() {
        return this == HTXSNV || this == HTTNV;
    }
}
