package vn.dangbo.portal.congress;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Chỉ tiêu: a target of a congress's term — text, unit, baseline, target value and comparator, what of the
 * yearly actuals is measured, and where the actuals come from: the {@link TargetIndicator} with the stored
 * code (computed), or yearly entries by staff with evidence (no code).
 */
@Entity
@Table(name = "congress_target")
public class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long congressId;

    private int position;

    private String text;

    private String unit;

    private BigDecimal baseline;

    private BigDecimal targetValue;

    @Enumerated(EnumType.STRING)
    private TargetComparator comparator;

    @Enumerated(EnumType.STRING)
    private TargetMeasure measure;

    private String indicatorCode;

    @Version
    private long version;

    protected Target() {
    }

    Target(long congressId) {
        this.congressId = congressId;
    }

    void update(TargetForm form) {
        this.position = form.getPosition();
        this.text = form.getText().strip();
        this.unit = form.getUnit().strip();
        this.baseline = form.getBaseline();
        this.targetValue = form.getTargetValue();
        this.comparator = form.getComparator();
        this.measure = form.getMeasure();
        this.indicatorCode = form.getIndicatorCode() == null || form.getIndicatorCode().isBlank() ? null : form.getIndicatorCode();
    }

    public Long getId() { return id; }
    public long getCongressId() { return congressId; }
    public int getPosition() { return position; }
    public String getText() { return text; }
    public String getUnit() { return unit; }
    public BigDecimal getBaseline() { return baseline; }
    public BigDecimal getTargetValue() { return targetValue; }
    public TargetComparator getComparator() { return comparator; }
    public TargetMeasure getMeasure() { return measure; }
    public String getIndicatorCode() { return indicatorCode; }
    public long getVersion() { return version; }

    public boolean isComputed() {
        return indicatorCode != null;
    }
}
