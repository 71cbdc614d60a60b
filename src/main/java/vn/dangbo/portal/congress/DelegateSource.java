package vn.dangbo.portal.congress;

/** How a delegate came to the congress: đại biểu đương nhiên (outgoing committee), bầu (by a grassroots congress), chỉ định. */
public enum DelegateSource {
    EX_OFFICIO,
    ELECTED,
    APPOINTED
}
