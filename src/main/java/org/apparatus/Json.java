package org.apparatus;

import java.util.Locale;

/**
 * JSON string literals, as the site's data files, its search index and its web archive's indexes write them: quotes,
 * backslashes, control characters and the line and paragraph separators escaped, everything else as it is.
 */
public final class Json {

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
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || inScript && (c == '<' || c == '>' || c == '&')) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
