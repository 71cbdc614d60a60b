package vn.dangbo.portal.residence;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A year's feedback from the residence cell; {@code version} is null for a year not yet recorded. */
public class FeedbackForm {

    @NotNull
    private Integer year;
    @NotNull
    private FeedbackAssessment assessment;
    @NotNull
    private LocalDate receivedOn;
    @Size(max = 500)
    private String note;
    private Long version;

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public FeedbackAssessment getAssessment() { return assessment; }
    public void setAssessment(FeedbackAssessment assessment) { this.assessment = assessment; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null || note.isBlank() ? null : note.strip(); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
