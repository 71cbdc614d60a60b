package vn.dangbo.portal.rating;

/** Where one rating stands in the round's steps. */
enum RatingState {
    /** Nothing written yet. */
    PENDING,
    /** Tự đánh giá: the member (or the unit's secretary) wrote the self-assessment and a level. */
    SELF_ASSESSED,
    /** Chi bộ đề xuất: the cell (or the bloc staff, for a grassroots organisation) proposed a level. */
    PROPOSED,
    /** Cấp có thẩm quyền quyết định, not yet published. */
    DECIDED,
    /** Công bố: visible to the rated, locked. */
    PUBLISHED,
    /** Không xếp loại, with a {@link NotRatedReason}. */
    NOT_RATED;

    boolean isDecided() {
        return this == DECIDED || this == PUBLISHED;
    }
}
