package vn.dangbo.portal.rating;

import java.util.EnumMap;
import java.util.Map;

/** Published results counted by level (and those listed as not rated). */
final class LevelCounts {

    private final Map<RatingLevel, Long> counts = new EnumMap<>(RatingLevel.class);
    private long notRated;

    void add(String level, long total) {
        if ("NOT_RATED".equals(level)) {
            notRated += total;
        } else {
            counts.merge(RatingLevel.valueOf(level), total, Long::sum);
        }
    }

    public long count(RatingLevel level) {
        return counts.getOrDefault(level, 0L);
    }

    public long getRated() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long getGoodOrAbove() {
        return count(RatingLevel.HTXSNV) + count(RatingLevel.HTTNV);
    }

    public long getNotRated() {
        return notRated;
    }

    public boolean isEmpty() {
        return getRated() == 0 && notRated == 0;
    }
}
