package vn.dangbo.portal.committee;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A seat as entered: the member only when it is added; {@code version} catches concurrent edits. */
public class CommitteeForm {

    private Long memberId;
    @NotNull
    private Integer termStartYear;
    @NotNull
    private CommitteeOffice office;
    @NotNull
    private Appointment appointment = Appointment.ELECTED;
    @NotNull
    private LocalDate startsOn;
    private LocalDate endsOn;
    @Size(max = 100)
    private String decision;
    @Size(max = 500)
    private String note;
    private Long version;

    static CommitteeForm of(CommitteePosition position) {
        CommitteeForm form = new CommitteeForm();
        form.memberId = position.getMemberId();
        form.termStartYear = position.getTermStartYear();
        form.office = position.getOffice();
        form.appointment = position.getAppointment();
        form.startsOn = position.getStartsOn();
        form.endsOn = position.getEndsOn();
        form.decision = position.getDecision();
        form.note = position.getNote();
        form.version = position.getVersion();
        return form;
    }

    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public Integer getTermStartYear() { return termStartYear; }
    public void setTermStartYear(Integer termStartYear) { this.termStartYear = termStartYear; }
    public CommitteeOffice getOffice() { return office; }
    public void setOffice(CommitteeOffice office) { this.office = office; }
    public Appointment getAppointment() { return appointment; }
    public void setAppointment(Appointment appointment) { this.appointment = appointment; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = blankToNull(decision); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = blankToNull(note); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
