package vn.dangbo.portal.discipline;

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

/** Kỷ luật: a discipline decision about a member (measure, decision number, date, issuer, the violation). */
@Entity
@Table(name = "discipline_record")
public class DisciplineRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "form")
    private DisciplineMeasure measure;

    private LocalDate decisionDate;
    private String decisionNumber;
    private String decisionIssuer;
    private String violation;

    @Version
    private long version;

    protected DisciplineRecord() {
    }

    DisciplineRecord(long memberId, DisciplineForm form) {
        this.memberId = memberId;
        this.measure = form.getMeasure();
        this.decisionDate = form.getDecisionDate();
        this.decisionNumber = form.getDecisionNumber();
        this.decisionIssuer = form.getDecisionIssuer();
        this.violation = form.getViolation();
    }

    public Long getId() { return id; }
    public long getMemberId() { return memberId; }
    public DisciplineMeasure getMeasure() { return measure; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public String getDecisionNumber() { return decisionNumber; }
    public String getDecisionIssuer() { return decisionIssuer; }
    public String getViolation() { return violation; }
    public long getVersion() { return version; }
}
