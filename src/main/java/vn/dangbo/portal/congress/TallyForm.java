package vn.dangbo.portal.congress;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One entry of a round's count by a member of the counting board: ballots and votes per candidate id. */
public class TallyForm {

    @NotNull @Min(0)
    private Integer validBallots;

    @NotNull @Min(0)
    private Integer invalidBallots;

    private Map<Long, Integer> votes = new LinkedHashMap<>();

    public Integer getValidBallots() { return validBallots; }
    public void setValidBallots(Integer validBallots) { this.validBallots = validBallots; }
    public Integer getInvalidBallots() { return invalidBallots; }
    public void setInvalidBallots(Integer invalidBallots) { this.invalidBallots = invalidBallots; }
    public Map<Long, Integer> getVotes() { return votes; }
    public void setVotes(Map<Long, Integer> votes) { this.votes = votes; }
}
