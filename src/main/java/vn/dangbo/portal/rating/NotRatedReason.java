package vn.dangbo.portal.rating;

/** Why a member is listed but not rated (Quy định 124-QĐ/TW art. 5; members who left during the year). */
enum NotRatedReason {
    /** Miễn công tác và sinh hoạt đảng. */
    EXEMPT,
    /** Đình chỉ sinh hoạt đảng: recorded by the deciding committee. */
    SUSPENDED,
    /** Kết nạp chưa đủ 6 tháng tính đến ngày mở đợt đánh giá. */
    RECENTLY_ADMITTED,
    /** Từ trần trong năm. */
    DECEASED,
    /** Chuyển sinh hoạt ra ngoài Đảng bộ Khối trong năm. */
    TRANSFERRED_OUT
}
