package vn.dangbo.portal.congress;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /** The values of several years (years without data left out); an indicator with a table behind it answers in one statement. */
    default Map<Integer, BigDecimal> valuesIn(long organizationId, Collection<Integer> years) {
        Map<Integer, BigDecimal> values = new TreeMap<>();
        years.forEach(year -> valueIn(organizationId, year).ifPresent(value -> values.put(year, value)));
        return values;
    }

    /** The values of several organisations' subtrees in one year (those without data left out), likewise. */
    default Map<Long, BigDecimal> valuesFor(Collection<Long> organizationIds, int year) {
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        organizationIds.forEach(id -> valueIn(id, year).ifPresent(value -> values.put(id, value)));
        return values;
    }
}
