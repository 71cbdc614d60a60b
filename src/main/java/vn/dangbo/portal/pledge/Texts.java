package vn.dangbo.portal.pledge;

/** How typed text is tidied before it is kept: one-line fields collapse spaces, blocks keep their lines. */
final class Texts {

    private Texts() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String collapsed = value.replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    static String cleanBlock(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.replace("\r\n", "\n").strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
