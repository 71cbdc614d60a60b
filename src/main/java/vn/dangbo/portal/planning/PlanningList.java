package vn.dangbo.portal.planning;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Danh sách quy hoạch: a committee's planning list for a term, a draft until approved by a decision. */
@Entity
@Table(name = "planning_list")
public class PlanningList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long organizationId;
    private int termStartYear;
    private String state = "DRAFT";
    private String decisionNumber;
    private LocalDate decisionDate;

    @Version
    private long version;

    protected PlanningList() {
    }

    PlanningList(long organizationId, int termStartYear) {
        this.organizationId = organizationId;
        this.termStartYear = termStartYear;
    }

    void approve(String number, LocalDate date) {
        state = "APPROVED";
        decisionNumber = number.strip();
        decisionDate = date;
    }

    public boolean isApproved() {
        return "APPROVED".equals(state);
    }

    /** "2025–2030". */
    public String getTerm() {
        return termStartYear + "–" + (termStartYear + 5);
    }

    public Long getId() { return id; }
    public long getOrganizationId() { return organizationId; }
    public int getTermStartYear() { return termStartYear; }
    public String getDecisionNumber() { return decisionNumber; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public long getVersion() { return version; }
}
