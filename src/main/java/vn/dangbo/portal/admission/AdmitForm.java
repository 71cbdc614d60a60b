package vn.dangbo.portal.admission;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The admission decision for a candidate: its date (ngày vào Đảng), the ceremony, the decision number and issuer. */
public class AdmitForm {

    @NotNull
    private LocalDate eventDate;
    @NotNull
    private LocalDate ceremonyDate;
    @Size(max = 50)
    private String decisionNumber;
    @Size(max = 255)
    private String decisionIssuer;
    private Long version;

    public LocalDate getEventDate() { return eventDate; }
    public void setEventDate(LocalDate eventDate) { this.eventDate = eventDate; }
    public LocalDate getCeremonyDate() { return ceremonyDate; }
    public void setCeremonyDate(LocalDate ceremonyDate) { this.ceremonyDate = ceremonyDate; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip(); }
    public String getDecisionIssuer() { return decisionIssuer; }
    public void setDecisionIssuer(String decisionIssuer) { this.decisionIssuer = decisionIssuer == null || decisionIssuer.isBlank() ? null : decisionIssuer.strip(); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
