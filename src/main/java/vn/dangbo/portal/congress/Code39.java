package vn.dangbo.portal.congress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Code 39 barcode printed on delegate cards, so a handheld scanner (which types what it reads, then
 * Enter) checks a delegate in at the door. Each character is 9 elements — bar, space, bar … — three of them
 * wide; characters are framed by '*' and separated by a narrow space. Card codes use A–Z, 0–9 and '-'.
 */
public final class Code39 {

    static final Map<Character, String> PATTERNS = Map.ofEntries(
            Map.entry('0', "nnnwwnwnn"), Map.entry('1', "wnnwnnnnw"), Map.entry('2', "nnwwnnnnw"), Map.entry('3', "wnwwnnnnn"),
            Map.entry('4', "nnnwwnnnw"), Map.entry('5', "wnnwwnnnn"), Map.entry('6', "nnwwwnnnn"), Map.entry('7', "nnnwnnwnw"),
            Map.entry('8', "wnnwnnwnn"), Map.entry('9', "nnwwnnwnn"), Map.entry('A', "wnnnnwnnw"), Map.entry('B', "nnwnnwnnw"),
            Map.entry('C', "wnwnnwnnn"), Map.entry('D', "nnnnwwnnw"), Map.entry('E', "wnnnwwnnn"), Map.entry('F', "nnwnwwnnn"),
            Map.entry('G', "nnnnnwwnw"), Map.entry('H', "wnnnnwwnn"), Map.entry('I', "nnwnnwwnn"), Map.entry('J', "nnnnwwwnn"),
            Map.entry('K', "wnnnnnnww"), Map.entry('L', "nnwnnnnww"), Map.entry('M', "wnwnnnnwn"), Map.entry('N', "nnnnwnnww"),
            Map.entry('O', "wnnnwnnwn"), Map.entry('P', "nnwnwnnwn"), Map.entry('Q', "nnnnnnwww"), Map.entry('R', "wnnnnnwwn"),
            Map.entry('S', "nnwnnnwwn"), Map.entry('T', "nnnnwnwwn"), Map.entry('U', "wwnnnnnnw"), Map.entry('V', "nwwnnnnnw"),
            Map.entry('W', "wwwnnnnnn"), Map.entry('X', "nwnnwnnnw"), Map.entry('Y', "wwnnwnnnn"), Map.entry('Z', "nwwnwnnnn"),
            Map.entry('-', "nwnnnnwnw"), Map.entry('*', "nwnnwnwnn"));

    private Code39() {
    }

    /** The elements of the barcode, left to right, as CSS classes: bar or space ({@code b}/{@code s}), narrow or wide ({@code 1}/{@code 3}). */
    public static List<String> elements(String code) {
        List<String> elements = new ArrayList<>();
        String framed = "*" + code + "*";
        for (int c = 0; c < framed.length(); c++) {
            String pattern = PATTERNS.get(framed.charAt(c));
            if (pattern == null) {
                throw new IllegalArgumentException("not a Code 39 character: " + framed.charAt(c));
            }
            if (c > 0) {
                elements.add("s1");
            }
            for (int i = 0; i < pattern.length(); i++) {
                elements.add((i % 2 == 0 ? "b" : "s") + (pattern.charAt(i) == 'w' ? "3" : "1"));
            }
        }
        return elements;
    }
}
