package vn.dangbo.portal.committee;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A seat held in an organisation's committee (cấp ủy) during a term, from one date to another (open
 * while still held). The secretary relation used for access is read from these records.
 */
@Entity
@Table(name = "committee_position")
public class CommitteePosition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organizationId;

    private Long memberId;

    /** The first year of the five-year term (nhiệm kỳ): 2020 for 2020–2025. */
    private int termStartYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "position")
    private CommitteeOffice office;

    @Enumerated(EnumType.STRING)
    private Appointment appointment;

    private LocalDate startsOn;

    private LocalDate endsOn;

    /** Number of the decision that recognised the seat. */
    private String decision;

    private String note;

    @Version
    private long version;

    protected CommitteePosition() {
    }

    CommitteePosition(long organizationId, long memberId) {
        this.organizationId = organizationId;
        this.memberId = memberId;
    }

    public Long getId() { return id; }
    public Long getOrganizationId() { return organizationId; }
    public Long getMemberId() { return memberId; }
    public int getTermStartYear() { return termStartYear; }
    public CommitteeOffice getOffice() { return office; }
    public Appointment getAppointment() { return appointment; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getDecision() { return decision; }
    public String getNote() { return note; }
    public long getVersion() { return version; }

    void update(CommitteeForm form) {
        termStartYear = form.getTermStartYear();
        office = form.getOffice();
        appointment = form.getAppointment();
        startsOn = form.getStartsOn();
        endsOn = form.getEndsOn();
        decision = form.getDecision();
        note = form.getNote();
    }

    /** The holder leaves the seat at the end of the given day (a successor takes office the next day). */
    void endOn(LocalDate lastDay) {
        endsOn = lastDay;
    }

    boolean heldOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
}
