package vn.dangbo.portal.pledge;

import java.util.List;

/**
 * A member's exemplary-conduct year, as the yearly rating pre-fills it: whether the pledge was approved,
 * the twelve months (see {@link MonthState}) with their totals ({@link #total()}) and quarters
 * ({@link #quarter(int)}, the quarterly reviews of Quy định 366-QĐ/TW), the secretary's remark on the
 * year and the comments on the months.
 */
public record PledgeYearSummary(long memberId, int year, PledgeStatus pledgeStatus, String remark, List<MonthState> months) {

    public boolean hasPledge() {
        return pledgeStatus != null;
    }

    public boolean pledgeApproved() {
        return pledgeStatus == PledgeStatus.APPROVED;
    }

    public PeriodTally total() {
        return PeriodTally.of(months);
    }

    /** Quarter 1 to 4, derived from its three months. */
    public PeriodTally quarter(int quarter) {
        return PeriodTally.of(months.stream().filter(month -> month.quarter() == quarter).toList());
    }

    public List<PeriodTally> quarters() {
        return List.of(quarter(1), quarter(2), quarter(3), quarter(4));
    }

    /** The months the secretary commented on, in order. */
    public List<MonthState> comments() {
        return months.stream().filter(MonthState::hasComment).toList();
    }
}
