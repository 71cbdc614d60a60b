package vn.dangbo.portal.congress;

import java.math.BigDecimal;

/** How a target's actual is compared with its value: at least (≥), more than (>), at most (≤). */
public enum TargetComparator {
    AT_LEAST("≥"),
    MORE_THAN(">"),
    AT_MOST("≤");

    private final String symbol;

    TargetComparator(String symbol) {
        this.symbol = symbol;
    }

    public String getSymbol() {
        return symbol;
    }

    boolean satisfied(BigDecimal actual, BigDecimal target) {
        int order = actual.compareTo(target);
        return switch (this) {
            case AT_LEAST -> order >= 0;
            case MORE_THAN -> order > 0;
            case AT_MOST -> order <= 0;
        };
    }

    /** Higher is better, except for "at most". */
    boolean higherIsBetter() {
        return this != AT_MOST;
    }
}
