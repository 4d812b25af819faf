package org.apparatus.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs, the names Apparatus gives files and anchors: lower-case ASCII words of letters and digits joined by single
 * hyphens. Used by every stage that names something, so ids look alike everywhere.
 */
public final class Slug {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("['\u2019*_\"\u201C\u201D]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Slug() {
    }

    /** True when {@code value} is a slug of at most {@code max} characters. */
    public static boolean isValid(String value, int max) {
        return value != null && value.length() <= max && SLUG.matcher(value).matches();
    }

    /** The value, if it is a slug of at most {@code max} characters; otherwise an exception naming {@code what}. */
    public static String require(String value, int max, String what) {
        if (!isValid(value, max)) {
            throw new IllegalArgumentException("a " + what + " is lower-case words of a-z and 0-9 joined by single"
                    + " hyphens, at most " + max + " characters: '" + value + "'");
        }
        return value;
    }

    /**
     * The slug of a text: accents and apostrophes dropped, lower case, words joined by hyphens, cut after the last
     * whole word that fits in {@code max} characters; {@code fallback} when the text has no letters or digits.
     */
    public static String of(String text, int max, String fallback) {
        String ascii = SEPARATORS.matcher(DROPPED.matcher(MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        StringBuilder slug = new StringBuilder();
        for (String word : ascii.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (slug.length() > 0 && slug.length() + 1 + word.length() > max) {
                break;
            }
            if (slug.length() > 0) {
                slug.append('-');
            }
            slug.append(word, 0, Math.min(word.length(), max));
        }
        return slug.length() == 0 ? fallback : slug.toString();
    }
}
