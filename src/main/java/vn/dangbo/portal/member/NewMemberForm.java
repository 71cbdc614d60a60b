package vn.dangbo.portal.member;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The new-member form ({@code /members/new}): the register fields plus how the member enters the register,
 * which becomes their first lifecycle event: admitted here (kết nạp), transferred in from outside the
 * bloc, or an existing member's record registered (ghi nhận hồ sơ).
 */
public class NewMemberForm extends MemberForm implements LifecycleInput {

    @NotNull
    private MemberEventKind kind = MemberEventKind.ADMISSION;
    @NotNull
    private Long organizationId;
    private LocalDate eventDate;
    private LocalDate ceremonyDate;
    private LocalDate admissionDate;
    private LocalDate officialDate;
    @Size(max = 50)
    private String decisionNumber;
    @Size(max = 255)
    private String decisionIssuer;
    @Size(max = 255)
    private String counterpart;
    @Size(max = 1000)
    private String note;

    @Override public MemberEventKind getKind() { return kind; }
    public void setKind(MemberEventKind kind) { this.kind = kind; }
    @Override public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }

    /** A registration without its own date takes effect from the admission date. */
    @Override
    public LocalDate getEventDate() {
        return kind == MemberEventKind.REGISTRATION && eventDate == null ? admissionDate : eventDate;
    }

    public void setEventDate(LocalDate eventDate) { this.eventDate = eventDate; }
    @Override public LocalDate getCeremonyDate() { return ceremonyDate; }
    public void setCeremonyDate(LocalDate ceremonyDate) { this.ceremonyDate = ceremonyDate; }
    @Override public LocalDate getAdmissionDate() { return admissionDate; }
    public void setAdmissionDate(LocalDate admissionDate) { this.admissionDate = admissionDate; }
    @Override public LocalDate getOfficialDate() { return officialDate; }
    public void setOfficialDate(LocalDate officialDate) { this.officialDate = officialDate; }
    @Override public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = Text.clean(decisionNumber); }
    @Override public String getDecisionIssuer() { return decisionIssuer; }
    public void setDecisionIssuer(String decisionIssuer) { this.decisionIssuer = Text.clean(decisionIssuer); }
    @Override public String getCounterpart() { return counterpart; }
    public void setCounterpart(String counterpart) { this.counterpart = Text.clean(counterpart); }
    @Override public String getNote() { return note; }
    public void setNote(String note) { this.note = Text.clean(note); }
}
