package vn.dangbo.portal.congress;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Defining or correcting a target; an empty indicator code means "entered yearly by staff". */
public class TargetForm {

    @NotNull @Min(1)
    private Integer position;

    @NotBlank @Size(max = 1000)
    private String text;

    @NotBlank @Size(max = 40)
    private String unit;

    @Digits(integer = 10, fraction = 2)
    private BigDecimal baseline;

    @NotNull @Digits(integer = 10, fraction = 2)
    private BigDecimal targetValue;

    @NotNull
    private TargetComparator comparator;

    @NotNull
    private TargetMeasure measure;

    private String indicatorCode;

    private Long version;

    static TargetForm of(Target target) {
        TargetForm form = new TargetForm();
        form.position = target.getPosition();
        form.text = target.getText();
        form.unit = target.getUnit();
        form.baseline = target.getBaseline();
        form.targetValue = target.getTargetValue();
        form.comparator = target.getComparator();
        form.measure = target.getMeasure();
        form.indicatorCode = target.getIndicatorCode();
        form.version = target.getVersion();
        return form;
    }

    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getBaseline() { return baseline; }
    public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
    public BigDecimal getTargetValue() { return targetValue; }
    public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    public TargetComparator getComparator() { return comparator; }
    public void setComparator(TargetComparator comparator) { this.comparator = comparator; }
    public TargetMeasure getMeasure() { return measure; }
    public void setMeasure(TargetMeasure measure) { this.measure = measure; }
    public String getIndicatorCode() { return indicatorCode; }
    public void setIndicatorCode(String indicatorCode) { this.indicatorCode = indicatorCode; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
