package vn.dangbo.portal.member;

import java.text.Normalizer;
import java.util.Locale;

/** Text as people type it and as spreadsheets hold it: trimmed, spaces collapsed, blanks treated as empty. */
final class Text {

    private Text() {
    }

    /** Trimmed, inner runs of white space made one space; blank becomes null. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String collapsed = value.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    /**
     * A key for comparing names the way people mean them: accents, case and spacing ignored, đ read as d
     * (as the database's {@code search_text()} does). "Chi bộ  Văn phòng SỞ" and "chi bo van phong so" match.
     */
    static String key(String value) {
        String cleaned = clean(value);
        if (cleaned == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(cleaned.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
