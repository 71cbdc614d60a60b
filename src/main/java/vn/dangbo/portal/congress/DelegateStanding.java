package vn.dangbo.portal.congress;

/** Đại biểu chính thức or dự khuyết (alternate, summoned only to replace an official one). */
public enum DelegateStanding {
    OFFICIAL,
    ALTERNATE
}
