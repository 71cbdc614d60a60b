package vn.dangbo.portal.inspection;

import java.time.LocalDate;

/**
 * The small forms on an inspection's page: a further recommendation (content, due date), a violation
 * found (member, description), a recommendation done (date, note), the discipline decision of a violation.
 */
public class FollowUpForm {

    private String recommendation;
    private LocalDate recommendationDueOn;
    private Long memberId;
    private String description;
    private LocalDate doneOn;
    private String note;
    private Long disciplineRecordId;

    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
    public LocalDate getRecommendationDueOn() { return recommendationDueOn; }
    public void setRecommendationDueOn(LocalDate recommendationDueOn) { this.recommendationDueOn = recommendationDueOn; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getDisciplineRecordId() { return disciplineRecordId; }
    public void setDisciplineRecordId(Long disciplineRecordId) { this.disciplineRecordId = disciplineRecordId; }
}
