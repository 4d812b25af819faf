package org.apparatus.kernel;

/**
 * JSON string literals, as the site's data files, its search index and its web archive's indexes write them: quotes,
 * backslashes, control characters and the line and paragraph separators escaped, everything else as it is.
 */
public final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /** The text as a JSON string literal. */
    public static String string(String text) {
        return literal(text, false);
    }

    /**
     * The text as a JSON string literal that is also safe inside an HTML {@code <script>}: {@code <}, {@code >} and
     * {@code &} are escaped too, so no text can close the script or open a comment.
     */
    public static String scriptSafe(String text) {
        return literal(text, true);
    }

    private static String literal(String text, boolean inScript) {
        int first = 0;
        while (first < text.length() && !escaped(text.charAt(first), inScript)) {
            first++;
        }
        if (first == text.length()) {
            return '"' + text + '"'; // most texts: nothing to escape
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        int run = 0; // the start of the characters not yet copied
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped(c, inScript)) {
                out.append(text, run, i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                            .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                }
                run = i + 1;
            }
        }
        return out.append(text, run, text.length()).append('"').toString();
    }

    private static boolean escaped(char c, boolean inScript) {
        return c == '"' || c == '\\' || c < 0x20 || c == '\u2028' || c == '\u2029'
                || inScript && (c == '<' || c == '>' || c == '&');
    }
}
