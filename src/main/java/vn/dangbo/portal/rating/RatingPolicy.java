package vn.dangbo.portal.rating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The rules of a rating round, chosen by its year and kept by a closed round: Quy định 124-QĐ/TW (2023) for
 * rounds up to 2024 — criteria, the level chosen directly — and Quy định 366-QĐ/TW (30/8/2025) from 2025 —
 * points per criteria group adding up to 100, the level following from the bands (HTXSNV from 90 with its
 * conditions, HTTNV 70 to under 90, HTNV 50 to under 70, KHTNV under 50). Rules shared by both: at most 20 %
 * of those rated HTTNV may be rated HTXSNV, rounded down, per deciding body; a member disciplined in the year
 * is rated KHTNV unless the committee records that they found and remedied the fault themselves (art. 12).
 */
sealed interface RatingPolicy permits RatingPolicy.Regulation124, RatingPolicy.Regulation366 {

    /** The first year rated under Quy định 366-QĐ/TW. */
    int FIRST_SCORED_YEAR = 2025;

    /** A criteria group of the scored rules and its maximum points; labelled by {@code rating.group.<code>}. */
    record CriteriaGroup(String code, int maxPoints) {
    }

    static RatingPolicy forYear(int year) {
        return year >= FIRST_SCORED_YEAR ? Regulation366.INSTANCE : Regulation124.INSTANCE;
    }

    static RatingPolicy of(String code) {
        return Regulation366.INSTANCE.code().equals(code) ? Regulation366.INSTANCE : Regulation124.INSTANCE;
    }

    /** Stored on the round: {@code QD124} or {@code QD366}. */
    String code();

    /** Whether the self-assessment is scored per criteria group (the level then follows from the score). */
    boolean scored();

    /** The criteria groups of a subject (empty when not scored); their maxima add up to 100. */
    List<CriteriaGroup> groups(RatingSubject subject);

    /** The level a score gives; HTXSNV only with its conditions met, otherwise HTTNV. */
    RatingLevel levelForScore(BigDecimal score, boolean excellenceConditionsMet);

    /** How many HTXSNV a deciding body may give when this many are rated HTTNV: 20 %, rounded down. */
    default int excellentQuota(int ratedGood) {
        return ratedGood * 20 / 100;
    }

    /** Whether the only level open to the member is KHTNV: disciplined in the year and not self-remedied. */
    default boolean mustBeNotFulfilled(boolean disciplinedInYear, boolean selfRemedied) {
        return disciplinedInYear && !selfRemedied;
    }

    /** Quy định 124-QĐ/TW: four levels by criteria, no score. */
    final class Regulation124 implements RatingPolicy {
        static final Regulation124 INSTANCE = new Regulation124();

        private Regulation124() {
        }

        @Override
        public String code() {
            return "QD124";
        }

        @Override
        public boolean scored() {
            return false;
        }

        @Override
        public List<CriteriaGroup> groups(RatingSubject subject) {
            return List.of();
        }

        @Override
        public RatingLevel levelForScore(BigDecimal score, boolean excellenceConditionsMet) {
            throw new UnsupportedOperationException("Quy định 124-QĐ/TW rates without a score");
        }
    }

    /** Quy định 366-QĐ/TW: a 100-point score in criteria groups, levels by bands. */
    final class Regulation366 implements RatingPolicy {
        static final Regulation366 INSTANCE = new Regulation366();

        private static final BigDecimal EXCELLENT = BigDecimal.valueOf(90);
        private static final BigDecimal GOOD = BigDecimal.valueOf(70);
        private static final BigDecimal FULFILLED = BigDecimal.valueOf(50);

        /** The criteria groups (configurable here, one place): political stance and ethics, discipline, duties, exemplary conduct. */
        private static final Map<RatingSubject, List<CriteriaGroup>> GROUPS = Map.of(
                RatingSubject.MEMBER, List.of(new CriteriaGroup("politics", 20), new CriteriaGroup("ethics", 20),
                        new CriteriaGroup("discipline", 10), new CriteriaGroup("duties", 40), new CriteriaGroup("example", 10)),
                RatingSubject.ORGANIZATION, List.of(new CriteriaGroup("leadership", 40), new CriteriaGroup("ideology", 15),
                        new CriteriaGroup("organisation", 20), new CriteriaGroup("inspection", 15), new CriteriaGroup("cellLife", 10)));

        private Regulation366() {
        }

        @Override
        public String code() {
            return "QD366";
        }

        @Override
        public boolean scored() {
            return true;
        }

        @Override
        public List<CriteriaGroup> groups(RatingSubject subject) {
            return GROUPS.get(subject);
        }

        @Override
        public RatingLevel levelForScore(BigDecimal score, boolean excellenceConditionsMet) {
            if (score.compareTo(EXCELLENT) >= 0) {
                return excellenceConditionsMet ? RatingLevel.HTXSNV : RatingLevel.HTTNV;
            }
            if (score.compareTo(GOOD) >= 0) {
                return RatingLevel.HTTNV;
            }
            return score.compareTo(FULFILLED) >= 0 ? RatingLevel.HTNV : RatingLevel.KHTNV;
        }
    }
}
