package vn.dangbo.portal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where dates and numbers are turned into text, used from templates as {@code @fmt}:
 * dates dd/MM/yyyy, numbers grouped and with a decimal comma in Vietnamese ("93,42 %", "5.112").
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final Map<Locale, NumberFormat> INTEGER = new ConcurrentHashMap<>();
    private static final Map<Locale, NumberFormat> DECIMAL = new ConcurrentHashMap<>();

    private final ZoneId zone;

    Formats(@Value("${portal.time-zone}") ZoneId zone) {
        this.zone = zone;
    }

    public String date(LocalDate date) {
        return VietnameseDateFormatter.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String number(Number value) {
        return value == null ? "" : copy(INTEGER, NumberFormat::getIntegerInstance).format(value);
    }

    /** A share as a percentage with two decimals: 3 of 7 gives "42,86 %" in Vietnamese. */
    public String percent(long part, long whole) {
        if (whole == 0) {
            return "–";
        }
        BigDecimal share = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        return decimal(share, 2) + " %";
    }

    public String decimal(BigDecimal value, int fractionDigits) {
        if (value == null) {
            return "";
        }
        NumberFormat format = copy(DECIMAL, NumberFormat::getNumberInstance);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    /**
     * A number format of the language, copied from one made once: making one from the locale's data took most of
     * the time of a statistics table with hundreds of numbers, and a format is not safe to share between threads.
     */
    private static NumberFormat copy(Map<Locale, NumberFormat> made, Function<Locale, NumberFormat> make) {
        return (NumberFormat) made.computeIfAbsent(locale(), make).clone();
    }

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return "vi".equals(locale.getLanguage()) ? WebConfig.VIETNAMESE : Locale.UK;
    }
}
