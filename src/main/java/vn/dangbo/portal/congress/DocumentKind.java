package vn.dangbo.portal.congress;

/** Documents of a congress: báo cáo chính trị, báo cáo kiểm điểm, nghị quyết, biên bản, other. */
public enum DocumentKind {
    POLITICAL_REPORT,
    REVIEW_REPORT,
    RESOLUTION,
    MINUTES,
    OTHER
}
