package vn.dangbo.portal.discipline;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A new discipline record ({@code /members/{id}/discipline/new}). */
public class DisciplineForm {

    @NotNull
    private DisciplineMeasure measure;
    @NotNull @PastOrPresent
    private LocalDate decisionDate;
    @NotBlank @Size(max = 50)
    private String decisionNumber;
    @NotBlank @Size(max = 255)
    private String decisionIssuer;
    @NotBlank @Size(max = 2000)
    private String violation;

    public DisciplineMeasure getMeasure() { return measure; }
    public void setMeasure(DisciplineMeasure measure) { this.measure = measure; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public void setDecisionDate(LocalDate decisionDate) { this.decisionDate = decisionDate; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = strip(decisionNumber); }
    public String getDecisionIssuer() { return decisionIssuer; }
    public void setDecisionIssuer(String decisionIssuer) { this.decisionIssuer = strip(decisionIssuer); }
    public String getViolation() { return violation; }
    public void setViolation(String violation) { this.violation = strip(violation); }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
