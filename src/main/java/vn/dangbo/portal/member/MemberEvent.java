package vn.dangbo.portal.member;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event of a member's Party life, as recorded (never changed afterwards). {@code organizationId} is
 * the cell the member belongs to after the event and {@code statusAfter} their status from then on, so
 * "who was a member where on a date" is the last event on or before that date.
 */
@Entity
@Table(name = "member_event")
public class MemberEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberId;

    @Enumerated(EnumType.STRING)
    private MemberEventKind kind;

    private LocalDate eventDate;
    private LocalDate ceremonyDate;
    private LocalDate admissionDate;
    private LocalDate officialDate;
    private String decisionNumber;
    private String decisionIssuer;
    private String counterpart;
    private String note;
    private long organizationId;

    @Enumerated(EnumType.STRING)
    private MemberStatus statusAfter;

    private Long reorganizationId;
    private Instant recordedAt;
    private String recordedBy;

    protected MemberEvent() {
    }

    MemberEvent(long memberId, MemberEventForm input, long organizationId, MemberStatus statusAfter, Instant recordedAt,
                String recordedBy) {
        this.memberId = memberId;
        this.kind = input.getKind();
        this.eventDate = input.getEventDate();
        this.ceremonyDate = MemberEventKind.ENTRIES.contains(input.getKind()) ? input.getCeremonyDate() : null;
        if (input.getKind() == MemberEventKind.REGISTRATION || input.getKind() == MemberEventKind.TRANSFER_IN) {
            this.admissionDate = input.getAdmissionDate();
            this.officialDate = input.getOfficialDate();
        }
        this.decisionNumber = input.getDecisionNumber();
        this.decisionIssuer = input.getDecisionIssuer();
        this.counterpart = input.getKind().needsCounterpart() ? input.getCounterpart() : null;
        this.note = input.getNote();
        this.organizationId = organizationId;
        this.statusAfter = statusAfter;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public long getMemberId() { return memberId; }
    public MemberEventKind getKind() { return kind; }
    public LocalDate getEventDate() { return eventDate; }
    public LocalDate getCeremonyDate() { return ceremonyDate; }
    public LocalDate getAdmissionDate() { return admissionDate; }
    public LocalDate getOfficialDate() { return officialDate; }
    public String getDecisionNumber() { return decisionNumber; }
    public String getDecisionIssuer() { return decisionIssuer; }
    public String getCounterpart() { return counterpart; }
    public String getNote() { return note; }
    public long getOrganizationId() { return organizationId; }
    public MemberStatus getStatusAfter() { return statusAfter; }
    public Long getReorganizationId() { return reorganizationId; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
