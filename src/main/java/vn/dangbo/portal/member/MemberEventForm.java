package vn.dangbo.portal.member;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form that records one event on a member's page ({@code /members/{id}/events/new?kind=…}); also
 * built by other features (an expulsion from its discipline record). {@code version} is the member's,
 * so two people recording events on the same member at once cannot both win.
 */
public class MemberEventForm implements LifecycleInput {

    @NotNull
    private MemberEventKind kind;
    @NotNull
    private LocalDate eventDate;
    private LocalDate ceremonyDate;
    @Size(max = 50)
    private String decisionNumber;
    @Size(max = 255)
    private String decisionIssuer;
    @Size(max = 255)
    private String counterpart;
    @Size(max = 1000)
    private String note;
    private Long organizationId;
    private Long version;

    public MemberEventForm() {
    }

    public MemberEventForm(MemberEventKind kind, LocalDate eventDate, String decisionNumber, String decisionIssuer, String note) {
        this.kind = kind;
        this.eventDate = eventDate;
        this.decisionNumber = decisionNumber;
        this.decisionIssuer = decisionIssuer;
        this.note = note;
    }

    @Override public MemberEventKind getKind() { return kind; }
    public void setKind(MemberEventKind kind) { this.kind = kind; }
    @Override public LocalDate getEventDate() { return eventDate; }
    public void setEventDate(LocalDate eventDate) { this.eventDate = eventDate; }
    @Override public LocalDate getCeremonyDate() { return ceremonyDate; }
    public void setCeremonyDate(LocalDate ceremonyDate) { this.ceremonyDate = ceremonyDate; }
    /** Only entry events bring their own admission date. */
    @Override public LocalDate getAdmissionDate() { return null; }
    @Override public LocalDate getOfficialDate() { return null; }
    @Override public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = Text.clean(decisionNumber); }
    @Override public String getDecisionIssuer() { return decisionIssuer; }
    public void setDecisionIssuer(String decisionIssuer) { this.decisionIssuer = Text.clean(decisionIssuer); }
    @Override public String getCounterpart() { return counterpart; }
    public void setCounterpart(String counterpart) { this.counterpart = Text.clean(counterpart); }
    @Override public String getNote() { return note; }
    public void setNote(String note) { this.note = Text.clean(note); }
    @Override public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
