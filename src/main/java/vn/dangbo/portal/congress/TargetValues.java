package vn.dangbo.portal.congress;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.web.Formats;

/** Target figures as text ({@code @targetValues} in templates): whole numbers without decimals, shares with up to two. */
@Component("targetValues")
class TargetValues {

    private final Formats formats;

    TargetValues(Formats formats) {
        this.formats = formats;
    }

    public String of(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? formats.number(plain) : formats.decimal(plain, Math.min(plain.scale(), 2));
    }

    /** "≥ 85 %", "≥ 750 đảng viên". */
    public String target(Target target) {
        String unit = target.getUnit();
        return target.getComparator().getSymbol() + " " + of(target.getTargetValue()) + ("%".equals(unit) ? " %" : " " + unit);
    }
}
