package vn.dangbo.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Numbers, shares and dates as Vietnamese users read them, and as English users do. */
class FormatsTest {

    private final Formats formats = new Formats(ZoneId.of("Asia/Ho_Chi_Minh"));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void vietnameseUsesADecimalCommaAndADotForThousands() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(formats.percent(3, 7)).isEqualTo("42,86 %");
        assertThat(formats.percent(4775, 5112)).isEqualTo("93,41 %");
        assertThat(formats.number(5112)).isEqualTo("5.112");
        assertThat(formats.percent(1, 0)).isEqualTo("–");
    }

    @Test
    void englishUsesADecimalPoint() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.percent(3, 7)).isEqualTo("42.86 %");
        assertThat(formats.number(5112)).isEqualTo("5,112");
    }

    @Test
    void datesAreDayMonthYearAndRealSpreadsheetDatesAreRead() {
        assertThat(formats.date(LocalDate.of(2020, 7, 23))).isEqualTo("23/07/2020");
        assertThat(VietnameseDateFormatter.parseLenient("5/3/1980")).contains(LocalDate.of(1980, 3, 5));
        assertThat(VietnameseDateFormatter.parseLenient("05-03-1980")).contains(LocalDate.of(1980, 3, 5));
        assertThat(VietnameseDateFormatter.parseLenient("05.03.1980")).contains(LocalDate.of(1980, 3, 5));
        assertThat(VietnameseDateFormatter.parseLenient("1980-03-05")).contains(LocalDate.of(1980, 3, 5));
        assertThat(VietnameseDateFormatter.parseLenient("31/02/2020")).isEmpty();
        assertThat(VietnameseDateFormatter.parseLenient("tháng 3")).isEmpty();
    }
}
