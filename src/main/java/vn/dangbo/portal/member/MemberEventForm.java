package vn.dangbo.portal.member;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One event of a member's Party life as a form: recorded on the member's page
 * ({@code /members/{id}/events/new?kind=…}), the entry of a new member (part of {@link NewMemberForm}), or
 * built by other features (an expulsion from its discipline record). {@code version} is the member's, so
 * two people recording events on the same member at once cannot both win. Broken rules are reported on
 * these property names by {@link LifecycleRules}.
 */
public class MemberEventForm {

    @NotNull
    private MemberEventKind kind;
    /** The date the event takes effect (for an admission: the date in the admission decision). */
    private LocalDate eventDate;
    /** Admission: the date of the admission ceremony. */
    private LocalDate ceremonyDate;
    /** Registration, transfer in of a new record: the member's admission date (ngày vào Đảng). */
    private LocalDate admissionDate;
    /** Registration, transfer in of a new record: the date they became official, if they are. */
    private LocalDate officialDate;
    @Size(max = 50)
    private String decisionNumber;
    @Size(max = 255)
    private String decisionIssuer;
    @Size(max = 255)
    private String counterpart;
    @Size(max = 1000)
    private String note;
    /** The cell the member goes to (transfers, entries). */
    private Long organizationId;
    private Long version;

    public MemberEventForm() {
    }

    public MemberEventForm(MemberEventKind kind) {
        this.kind = kind;
    }

    public MemberEventForm(MemberEventKind kind, LocalDate eventDate, String decisionNumber, String decisionIssuer, String note) {
        this.kind = kind;
        this.eventDate = eventDate;
        this.decisionNumber = decisionNumber;
        this.decisionIssuer = decisionIssuer;
        this.note = note;
    }

    public MemberEventKind getKind() { return kind; }
    public void setKind(MemberEventKind kind) { this.kind = kind; }

    /** A registration without its own date takes effect from the admission date. */
    public LocalDate getEventDate() {
        return kind == MemberEventKind.REGISTRATION && eventDate == null ? admissionDate : eventDate;
    }

    public void setEventDate(LocalDate eventDate) { this.eventDate = eventDate; }
    public LocalDate getCeremonyDate() { return ceremonyDate; }
    public void setCeremonyDate(LocalDate ceremonyDate) { this.ceremonyDate = ceremonyDate; }
    public LocalDate getAdmissionDate() { return admissionDate; }
    public void setAdmissionDate(LocalDate admissionDate) { this.admissionDate = admissionDate; }
    public LocalDate getOfficialDate() { return officialDate; }
    public void setOfficialDate(LocalDate officialDate) { this.officialDate = officialDate; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = Text.clean(decisionNumber); }
    public String getDecisionIssuer() { return decisionIssuer; }
    public void setDecisionIssuer(String decisionIssuer) { this.decisionIssuer = Text.clean(decisionIssuer); }
    public String getCounterpart() { return counterpart; }
    public void setCounterpart(String counterpart) { this.counterpart = Text.clean(counterpart); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = Text.clean(note); }
    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
