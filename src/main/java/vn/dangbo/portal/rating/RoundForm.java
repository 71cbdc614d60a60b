package vn.dangbo.portal.rating;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Opening a round: the year and the deadline of each step. */
public class RoundForm {

    @Min(2000)
    @Max(2100)
    private int year;

    @NotNull
    private LocalDate selfAssessmentDeadline;

    @NotNull
    private LocalDate proposalDeadline;

    @NotNull
    private LocalDate decisionDeadline;

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public LocalDate getSelfAssessmentDeadline() { return selfAssessmentDeadline; }
    public void setSelfAssessmentDeadline(LocalDate selfAssessmentDeadline) { this.selfAssessmentDeadline = selfAssessmentDeadline; }
    public LocalDate getProposalDeadline() { return proposalDeadline; }
    public void setProposalDeadline(LocalDate proposalDeadline) { this.proposalDeadline = proposalDeadline; }
    public LocalDate getDecisionDeadline() { return decisionDeadline; }
    public void setDecisionDeadline(LocalDate decisionDeadline) { this.decisionDeadline = decisionDeadline; }
}
