package vn.dangbo.portal.rating;

import java.util.Collection;

/**
 * Tỷ lệ HTXSNV of one deciding body: how many are rated HTXSNV and HTTNV (decided, or as currently chosen on
 * the page), and how many HTXSNV the policy allows for that many HTTNV.
 */
record Quota(int excellent, int good, int allowed) {

    static Quota of(RatingPolicy policy, Collection<RatingRow> rows) {
        int excellent = 0;
        int good = 0;
        for (RatingRow row : rows) {
            if (row.isRated() && row.decidedLevel() == RatingLevel.HTXSNV) {
                excellent++;
            } else if (row.isRated() && row.decidedLevel() == RatingLevel.HTTNV) {
                good++;
            }
        }
        return of(policy, excellent, good);
    }

    static Quota of(RatingPolicy policy, int excellent, int good) {
        return new Quota(excellent, good, policy.excellentQuota(good));
    }

    boolean exceeded() {
        return excellent > allowed;
    }

    public int getExcellent() { return excellent; }
    public int getGood() { return good; }
    public int getAllowed() { return allowed; }
    public boolean isExceeded() { return exceeded(); }
}
