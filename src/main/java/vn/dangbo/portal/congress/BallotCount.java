package vn.dangbo.portal.congress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Who a round elects (kết quả kiểm phiếu), by the majority rule of {@link CongressRules}: a candidate needs
 * more than half of the summoned delegates less those absent with an accepted reason; if more pass than
 * there are seats, the highest counts win; candidates tied for the last seat are all left to another round,
 * as are seats nobody filled.
 */
public final class BallotCount {

    private BallotCount() {
    }

    /** Elected candidates (highest first), those tied for the last seats, and the votes needed. */
    public record Outcome(List<Long> elected, List<Long> tied, long votesNeeded, int seatsLeft) {
    }

    public static Outcome count(Map<Long, Integer> votes, int seats, long summoned, long absentWithReason) {
        long needed = CongressRules.votesNeeded(summoned, absentWithReason);
        List<Map.Entry<Long, Integer>> passing = new ArrayList<>(votes.entrySet().stream()
                .filter(entry -> entry.getValue() >= needed)
                .sorted(Map.Entry.<Long, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .toList());
        if (passing.size() <= seats) {
            List<Long> elected = passing.stream().map(Map.Entry::getKey).toList();
            return new Outcome(elected, List.of(), needed, seats - elected.size());
        }
        int boundary = passing.get(seats - 1).getValue();
        boolean tieAcross = passing.get(seats).getValue() == boundary;
        List<Long> elected = new ArrayList<>();
        List<Long> tied = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : passing) {
            if (entry.getValue() > boundary || !tieAcross && entry.getValue() == boundary && elected.size() < seats) {
                elected.add(entry.getKey());
            } else if (tieAcross && entry.getValue() == boundary) {
                tied.add(entry.getKey());
            }
        }
        return new Outcome(elected, tied, needed, seats - elected.size());
    }
}
