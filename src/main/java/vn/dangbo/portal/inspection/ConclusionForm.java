package vn.dangbo.portal.inspection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The conclusion document (thông báo kết luận) that closes an inspection, with its first recommendation. */
public class ConclusionForm {

    @NotBlank @Size(max = 50)
    private String conclusionNumber;
    @NotNull @PastOrPresent
    private LocalDate conclusionDate;
    @NotBlank @Size(max = 8000)
    private String conclusion;
    private boolean violationFound;
    @Size(max = 2000)
    private String recommendation;
    private LocalDate recommendationDueOn;
    private Long version;

    public String getConclusionNumber() { return conclusionNumber; }
    public void setConclusionNumber(String conclusionNumber) { this.conclusionNumber = conclusionNumber; }
    public LocalDate getConclusionDate() { return conclusionDate; }
    public void setConclusionDate(LocalDate conclusionDate) { this.conclusionDate = conclusionDate; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public boolean isViolationFound() { return violationFound; }
    public void setViolationFound(boolean violationFound) { this.violationFound = violationFound; }
    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
    public LocalDate getRecommendationDueOn() { return recommendationDueOn; }
    public void setRecommendationDueOn(LocalDate recommendationDueOn) { this.recommendationDueOn = recommendationDueOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
