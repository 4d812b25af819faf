package org.apparatus.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a title printed in capitals into a proper title, keeping acronyms that the text itself prints in capitals. */
final class TitleCase {

    private static final Set<String> MINOR = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from", "in",
            "into", "nor", "of", "on", "or", "over", "the", "to", "toward", "towards", "upon", "vs", "with");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TitleCase() {
    }

    /** True when the text has letters and none of them is lower-case. */
    static boolean isAllCapitals(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /**
     * The title in title case. A word the body prints in capitals ({@code DPRK}) stays in capitals; the first and
     * last words and every word after a colon are capitalised; minor words are not.
     */
    static String of(String capitals, String body) {
        Matcher m = WORD.matcher(capitals);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean first = true;
        boolean afterColon = false;
        int lastWordStart = -1;
        Matcher probe = WORD.matcher(capitals);
        while (probe.find()) {
            lastWordStart = probe.start();
        }
        while (m.find()) {
            String between = capitals.substring(last, m.start());
            out.append(between);
            afterColon |= between.contains(":");
            String word = m.group();
            boolean elided = m.start() > 0 && isApostrophe(capitals.charAt(m.start() - 1));
            boolean compoundTail = m.start() > 0 && capitals.charAt(m.start() - 1) == '-';
            if (word.length() > 1 && Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(body).find()) {
                out.append(word);
            } else if (elided) {
                out.append(word.toLowerCase(Locale.ROOT));
            } else if (!first && !afterColon && !compoundTail && m.start() != lastWordStart
                    && MINOR.contains(word.toLowerCase(Locale.ROOT))) {
                out.append(word.toLowerCase(Locale.ROOT));
            } else {
                out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
            first = false;
            afterColon = false;
            last = m.end();
        }
        out.append(capitals.substring(last));
        return out.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
