package vn.dangbo.portal.organization;

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
 * A reorganisation of the tree (sắp xếp tổ chức) with its effective date and decision: the units it
 * dissolved point to it ({@code dissolved_by_id}) and so do the units it formed ({@code formed_by_id}),
 * and members moved by it carry it on their transfer event.
 */
@Entity
@Table(name = "reorganization")
public class Reorganization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ReorganizationKind kind;

    private LocalDate effectiveDate;
    private String decisionNumber;
    private String decisionIssuer;
    private String note;
    private Instant recordedAt;
    private String recordedBy;

    protected Reorganization() {
    }

    Reorganization(ReorganizationKind kind, ReorganizationForm form, Instant recordedAt, String recordedBy) {
        this.kind = kind;
        this.effectiveDate = form.getEffectiveDate();
        this.decisionNumber = form.getDecisionNumber();
        this.decisionIssuer = form.getDecisionIssuer();
        this.note = form.getNote();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public ReorganizationKind getKind() { return kind; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public String getDecisionNumber() { return decisionNumber; }
    public String getDecisionIssuer() { return decisionIssuer; }
    public String getNote() { return note; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
