package vn.dangbo.portal.congress;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a congress target's actual value is computed from the portal's own data (chỉ tiêu tính từ dữ liệu).
 * A feature that holds the data contributes a bean (admissions, rating shares …); a target stores the
 * {@link #code()} of the indicator it follows, so targets without one are entered yearly by staff.
 */
public interface TargetIndicator {

    /** Stable key stored on a target, e.g. {@code admissions}, {@code members-httnv-share}. */
    String code();

    /** Message key of the indicator's name, shown where staff choose how a target is measured. */
    String labelKey();

    /** True when a term's value is the sum of its years (admissions); false when each year stands alone (a share in %). */
    boolean cumulative();

    /** The value for the organisation's subtree in one year; empty while that year's data is not there (a round not yet published). */
    Optional<BigDecimal> valueIn(long organizationId, int year);
}
