package vn.dangbo.portal.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BallotCountTest {

    @Test
    void moreThanHalfOfTheSummonedLessThoseAbsentWithReasonIsNeeded() {
        assertThat(CongressRules.votesNeeded(250, 10)).isEqualTo(121);   // 240 / 2 + 1
        assertThat(CongressRules.votesNeeded(251, 10)).isEqualTo(121);   // 241: 120.5 → more than half is 121
        BallotCount.Outcome outcome = BallotCount.count(Map.of(1L, 121, 2L, 120, 3L, 200), 3, 250, 10);
        assertThat(outcome.elected()).containsExactly(3L, 1L);
        assertThat(outcome.seatsLeft()).isEqualTo(1);
        assertThat(outcome.tied()).isEmpty();
    }

    @Test
    void whenMorePassThanSeatsTheHighestWinAndATieForTheLastSeatGoesToAnotherRound() {
        BallotCount.Outcome highest = BallotCount.count(Map.of(1L, 150, 2L, 140, 3L, 130, 4L, 200), 2, 250, 0);
        assertThat(highest.elected()).containsExactly(4L, 1L);
        assertThat(highest.seatsLeft()).isZero();

        BallotCount.Outcome tie = BallotCount.count(Map.of(1L, 150, 2L, 140, 3L, 140, 4L, 200), 3, 250, 0);
        assertThat(tie.elected()).containsExactly(4L, 1L);
        assertThat(tie.tied()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(tie.seatsLeft()).isEqualTo(1);

        BallotCount.Outcome tieWithinSeats = BallotCount.count(Map.of(1L, 140, 2L, 140, 3L, 100), 2, 250, 0);
        assertThat(tieWithinSeats.elected()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void candidatesExceedTheSeatsByTenToThirtyPercent() {
        assertThat(CongressRules.surplusAllowed(30, 32)).isFalse();
        assertThat(CongressRules.surplusAllowed(30, 33)).isTrue();
        assertThat(CongressRules.surplusAllowed(30, 39)).isTrue();
        assertThat(CongressRules.surplusAllowed(30, 40)).isFalse();
        assertThat(CongressRules.surplusAllowed(9, 9)).isFalse();
        assertThat(CongressRules.surplusAllowed(9, 10)).isTrue();
        assertThat(CongressRules.surplusAllowed(9, 11)).isTrue();
        assertThat(CongressRules.surplusAllowed(9, 12)).isFalse();
    }

    @Test
    void quorumIsTwoThirdsOfTheSummoned() {
        assertThat(CongressRules.quorum(166, 250)).isFalse();
        assertThat(CongressRules.quorum(167, 250)).isTrue();
        assertThat(CongressRules.quorum(2, 3)).isTrue();
        assertThat(CongressRules.quorum(0, 0)).isFalse();
    }
}
