package vn.dangbo.portal.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Five-year terms (nhiệm kỳ) named by their years, 2020–2025; they start in years divisible by five. */
final class Terms {

    static final int LENGTH = 5;

    private Terms() {
    }

    static String label(int startYear) {
        return startYear + "–" + (startYear + LENGTH);
    }

    static int containing(LocalDate day) {
        return day.getYear() / LENGTH * LENGTH;
    }

    /** The terms offered on the form: two before the current one, the current one and the next. */
    static List<Integer> choices(LocalDate today) {
        int current = containing(today);
        return IntStream.rangeClosed(-2, 1).mapToObj(k -> current + k * LENGTH).toList();
    }

    /** A seat of a term starts within its years; the congress that ends a term falls in its last year. */
    static boolean startsWithin(int startYear, LocalDate startsOn) {
        return startsOn.getYear() >= startYear && startsOn.getYear() <= startYear + LENGTH;
    }
}
