package vn.dangbo.portal.congress;

/**
 * What of the yearly actuals is compared with the target: their sum over the term (admit ≥ 750 new members),
 * every year on its own (≥ 85 % every year: the worst year counts), or the last year with a value
 * (100 % of member records digitised by the end of the term).
 */
public enum TargetMeasure {
    TERM_TOTAL,
    EVERY_YEAR,
    FINAL_YEAR
}
