package vn.dangbo.portal.pledge;

import java.util.Collection;

/**
 * The monthly entries of a period (a quarter or a year) counted: months required, submitted (on time or
 * late), acknowledged, currently returned, missing, and the area results of the submitted months.
 */
public record PeriodTally(int required, int submitted, int onTime, int late, int acknowledged, int returned,
                          int missing, int areasDone, int areasPartly, int areasNotDone) {

    public static PeriodTally of(Collection<MonthState> months) {
        int required = 0, submitted = 0, late = 0, acknowledged = 0, returned = 0, missing = 0, done = 0, partly = 0, notDone = 0;
        for (MonthState month : months) {
            required += month.required() ? 1 : 0;
            missing += month.status() == MonthStatus.MISSING ? 1 : 0;
            acknowledged += month.status() == MonthStatus.ACKNOWLEDGED ? 1 : 0;
            returned += month.status() == MonthStatus.RETURNED ? 1 : 0;
            if (month.status().isSubmitted()) {
                submitted++;
                late += month.late() ? 1 : 0;
                done += month.done();
                partly += month.partly();
                notDone += month.notDone();
            }
        }
        return new PeriodTally(required, submitted, submitted - late, late, acknowledged, returned, missing, done, partly, notDone);
    }
}
