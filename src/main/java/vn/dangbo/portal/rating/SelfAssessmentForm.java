package vn.dangbo.portal.rating;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Bản tự kiểm điểm: the review text and either the level (Quy định 124) or the points per criteria group
 * with whether the conditions of HTXSNV are met (Quy định 366, the level follows from the score).
 */
public class SelfAssessmentForm {

    @NotBlank
    @Size(max = 4000)
    private String review;

    private RatingLevel level;

    private Map<String, BigDecimal> scores = new LinkedHashMap<>();

    private boolean excellenceConditions;

    private long version;

    public String getReview() { return review; }
    public void setReview(String review) { this.review = review; }
    public RatingLevel getLevel() { return level; }
    public void setLevel(RatingLevel level) { this.level = level; }
    public Map<String, BigDecimal> getScores() { return scores; }
    public void setScores(Map<String, BigDecimal> scores) { this.scores = scores; }
    public boolean isExcellenceConditions() { return excellenceConditions; }
    public void setExcellenceConditions(boolean excellenceConditions) { this.excellenceConditions = excellenceConditions; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
