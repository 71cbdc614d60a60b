package vn.dangbo.portal.congress;

/** Where a target stands: at the end of the term exceeded / met / not met; during it on track / at risk. */
public enum TargetStatus {
    EXCEEDED,
    MET,
    ON_TRACK,
    AT_RISK,
    NOT_MET,
    NO_DATA
}
