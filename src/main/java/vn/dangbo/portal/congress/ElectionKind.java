package vn.dangbo.portal.congress;

/** Bầu Ban Chấp hành (the executive committee) or bầu đại biểu đi dự đại hội cấp trên. */
public enum ElectionKind {
    EXECUTIVE_COMMITTEE,
    HIGHER_DELEGATES
}
