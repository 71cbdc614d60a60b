package vn.dangbo.portal.congress;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A yearly actual of an entered target, with the evidence it rests on (report number, source). */
public class ActualForm {

    @NotNull
    private Long targetId;

    @NotNull
    private Integer year;

    @NotNull @Digits(integer = 10, fraction = 2)
    private BigDecimal value;

    @NotBlank @Size(max = 1000)
    private String evidence;

    public Long getTargetId() { return targetId; }
    public void setTargetId(Long targetId) { this.targetId = targetId; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
}
