package vn.dangbo.portal.organization;

import java.util.Map;

/**
 * Published when a reorganisation dissolves units that each have one successor (merge, move, the
 * sub-cells carried over), so that what pointed at the old unit (a secretary's account) can follow it.
 * Delivered in the reorganisation's transaction.
 */
public record UnitsSucceeded(Map<Long, Long> successorByUnit) {
}
