package vn.dangbo.portal.breakthrough;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * One step on a task: the approver's comment (required when returning), the evaluation with its result
 * note, or a dated progress note.
 */
public class StepForm {

    @Size(max = 4000)
    private String text;

    private LocalDate notedOn;

    /** For the evaluation: completed or not. */
    private Boolean completed;

    public String getText() { return text; }
    public void setText(String text) { this.text = TaskForm.clean(text); }
    public LocalDate getNotedOn() { return notedOn; }
    public void setNotedOn(LocalDate notedOn) { this.notedOn = notedOn; }
    public Boolean getCompleted() { return completed; }
    public void setCompleted(Boolean completed) { this.completed = completed; }
}
