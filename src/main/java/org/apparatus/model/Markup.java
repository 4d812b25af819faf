package org.apparatus.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An HTML fragment that Apparatus itself rendered from Markdown, with every raw HTML tag of the source escaped and
 * unsafe link schemes suppressed: the only HTML templates print unescaped.
 *
 * <p>A fragment that is another with tags put in (a paragraph with its names linked) is held as those tags and where
 * they go, not as a second copy of the text: an edition keeps every essay's annotated paragraphs to quote them on
 * the works' pages, and they were the largest part of its memory. Its {@link #html()} is made when asked for.
 * Two fragments are equal when their HTML is.
 */
public final class Markup {

    /** The HTML, or null when it is {@link #base} with {@link #put} in. */
    private final String html;
    private final Markup base;
    /** Where in the base's HTML each of {@link #put} goes, in order. */
    private final int[] at;
    /** How many characters of the base's HTML each of {@link #put} takes the place of: 0 for a tag put in. */
    private final int[] cut;
    private final String[] put;

    public Markup(String html) {
        this.html = Objects.requireNonNull(html, "html");
        this.base = null;
        this.at = null;
        this.cut = null;
        this.put = null;
    }

    private Markup(Markup base, int[] at, int[] cut, String[] put) {
        this.html = null;
        this.base = base;
        this.at = at;
        this.cut = cut;
        this.put = put;
    }

    /** The longest character reference a base may write for a character its annotated HTML writes plain. */
    private static final int REFERENCE = 10;

    /**
     * The fragment {@code html}, which is meant to be {@code base} with tags put in (and characters the base writes
     * as references, such as {@code &quot;}, written plain): held as those changes when it is (each tag through
     * {@code share}, so that a tag put in many fragments is held once), as its HTML when it is not.
     */
    public static Markup inserting(Markup base, String html, UnaryOperator<String> share) {
        Objects.requireNonNull(html, "html");
        String from = base.html();
        List<String> put = new ArrayList<>();
        int[] at = new int[8];
        int[] cut = new int[8];
        int i = 0;
        int j = 0;
        while (j < html.length()) {
            char c = html.charAt(j);
            int taken;
            String instead;
            if (c == '<') {
                int close = html.indexOf('>', j);
                if (close < 0) {
                    return new Markup(html);
                }
                int length = close + 1 - j;
                if (i < from.length() && from.regionMatches(i, html, j, length)) {
                    i += length;
                    j += length;
                    continue;
                }
                taken = 0;
                instead = share.apply(html.substring(j, close + 1));
                j += length;
            } else if (i < from.length() && from.charAt(i) == c) {
                i++;
                j++;
                continue;
            } else if (i < from.length() && from.charAt(i) == '&' && from.indexOf(';', i) > i
                    && from.indexOf(';', i) <= i + REFERENCE) {
                taken = from.indexOf(';', i) + 1 - i;
                instead = share.apply(String.valueOf(c));
                j++;
            } else {
                return new Markup(html);
            }
            if (put.size() == at.length) {
                at = Arrays.copyOf(at, at.length * 2);
                cut = Arrays.copyOf(cut, cut.length * 2);
            }
            at[put.size()] = i;
            cut[put.size()] = taken;
            put.add(instead);
            i += taken;
        }
        if (i != from.length()) {
            return new Markup(html);
        }
        int n = put.size();
        return n == 0 ? base
                : new Markup(base, Arrays.copyOf(at, n), Arrays.copyOf(cut, n), put.toArray(String[]::new));
    }

    /** True when this fragment is held as a base and changes to it, not as its HTML. */
    boolean heldAsChanges() {
        return html == null;
    }

    public String html() {
        if (html != null) {
            return html;
        }
        String from = base.html();
        int length = from.length();
        for (int k = 0; k < put.length; k++) {
            length += put[k].length() - cut[k];
        }
        StringBuilder made = new StringBuilder(length);
        int i = 0;
        for (int k = 0; k < put.length; k++) {
            made.append(from, i, at[k]).append(put[k]);
            i = at[k] + cut[k];
        }
        return made.append(from, i, from.length()).toString();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Markup that)) {
            return false;
        }
        if (html == null && that.html == null && base.equals(that.base)) {
            // both the same fragment with tags put in, which is held one way only
            return Arrays.equals(at, that.at) && Arrays.equals(cut, that.cut) && Arrays.equals(put, that.put);
        }
        return html().equals(that.html());
    }

    @Override
    public int hashCode() {
        return html().hashCode();
    }

    @Override
    public String toString() {
        return html();
    }
}
