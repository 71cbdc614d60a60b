package vn.dangbo.portal.planning;

import java.time.LocalDate;

import vn.dangbo.portal.committee.CommitteeOffice;

/** The small forms of the planning pages: a new list (unit, term), a person added (member, position, reason, note), the approval. */
public class PlanningForm {

    private Long unitId;
    private Integer termStartYear;
    private Long memberId;
    private CommitteeOffice office;
    private String reason;
    private String note;
    private String decisionNumber;
    private LocalDate decisionDate;
    private long version;

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Integer getTermStartYear() { return termStartYear; }
    public void setTermStartYear(Integer termStartYear) { this.termStartYear = termStartYear; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public CommitteeOffice getOffice() { return office; }
    public void setOffice(CommitteeOffice office) { this.office = office; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = decisionNumber; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public void setDecisionDate(LocalDate decisionDate) { this.decisionDate = decisionDate; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
