package vn.dangbo.portal.congress;

/**
 * The rules of congress meetings that the Party's regulations have changed over time, in one place
 * (domain.md "Congress", Quy định 190-QĐ/TW 2024):
 * <ul>
 *   <li>summoned delegates: the official ones, less those disqualified by the credentials committee;</li>
 *   <li>quorum: at least two thirds of the summoned delegates present;</li>
 *   <li>the base of a majority: the summoned delegates less those absent for the whole congress with an accepted reason;
 *       a candidate is elected with more than half of it;</li>
 *   <li>candidates exceed the seats by 10 % to 30 %: at least seats + 10 % rounded to the nearest whole candidate,
 *       at most seats + 30 % rounded down (30 seats: 33 to 39 candidates; 9 seats: 10 or 11).</li>
 * </ul>
 */
public final class CongressRules {

    public static final int QUORUM_NUMERATOR = 2;
    public static final int QUORUM_DENOMINATOR = 3;
    public static final int MIN_SURPLUS_PERCENT = 10;
    public static final int MAX_SURPLUS_PERCENT = 30;

    private CongressRules() {
    }

    /** At least 2/3 of the summoned present. */
    public static boolean quorum(long present, long summoned) {
        return summoned > 0 && present * QUORUM_DENOMINATOR >= summoned * QUORUM_NUMERATOR;
    }

    /** The votes a candidate needs: more than half of the summoned, less those absent with an accepted reason. */
    public static long votesNeeded(long summoned, long absentWithReason) {
        return (summoned - absentWithReason) / 2 + 1;
    }

    /** Whether the number of candidates respects the allowed surplus over the seats (10–30 %, rounded to whole candidates). */
    public static boolean surplusAllowed(int seats, int candidates) {
        return candidates >= minCandidates(seats) && candidates <= maxCandidates(seats);
    }

    /** The smallest and largest allowed candidate list for the seats. */
    public static int minCandidates(int seats) {
        return seats + (int) Math.round(seats * MIN_SURPLUS_PERCENT / 100.0);
    }

    public static int maxCandidates(int seats) {
        return seats + seats * MAX_SURPLUS_PERCENT / 100;
    }
}
