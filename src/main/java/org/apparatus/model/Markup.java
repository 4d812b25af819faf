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
 * <p>A fragment that is another with a few changes is held as those changes, not as a second copy of the text: a
 * paragraph's markup as changes to its plain text ({@link #over}: its tags, and the characters it writes as
 * references), and a paragraph with its names linked as changes to its markup ({@link #inserting}). An edition keeps
 * every essay's text, plain and marked up, and its annotated paragraphs, to quote them on the actors', events' and
 * works' pages: they were the largest part of its memory. Its {@link #html()} is made when asked for. Two fragments
 * are equal when their HTML is.
 */
public final class Markup {

    /** The HTML, or null when it is the base with {@link #put} in. */
    private final String html;
    /** What the changes are to: another fragment, or a plain text (a String); null when the HTML is held. */
    private final Object base;
    /**
     * Where in the base each of {@link #put} goes, in order, times {@link #CUTS}, plus how many characters of the base
     * it takes the place of (0 for a tag put in, at most {@link #REFERENCE}): one number for both.
     */
    private final int[] at;
    private final String[] put;

    public Markup(String html) {
        this.html = Objects.requireNonNull(html, "html");
        this.base = null;
        this.at = null;
        this.put = null;
    }

    private Markup(Object base, int[] at, String[] put) {
        this.html = null;
        this.base = base;
        this.at = at;
        this.put = put;
    }

    /** The longest character reference written for one character ({@code &quot;}, {@code &#x2014;}). */
    private static final int REFERENCE = 10;
    /** A change's place and its cut, in one number: the cut is below this. */
    private static final int CUTS = 16;
    /**
     * A fragment is held as its changes when they are at most {@link #FEW}, or one per {@link #CHARS_PER_CHANGE}
     * characters of its HTML: a change costs about as much as that many characters held.
     */
    static final int FEW = 8;
    static final int CHARS_PER_CHANGE = 12;

    /**
     * The fragment {@code html}, which is meant to be {@code base} with tags put in (and characters the base writes
     * as references, such as {@code &quot;}, written plain): held as those changes when it is, as its HTML when not.
     * Each tag goes through {@code share}, so that a tag put in many fragments is held once.
     */
    public static Markup inserting(Markup base, String html, UnaryOperator<String> share) {
        Markup made = changes(base, base.html(), html, share);
        return made == null ? new Markup(html) : made;
    }

    /**
     * The fragment {@code html} made of the plain text {@code text} (its words, as a search or a quotation reads
     * them): held as its tags and the characters it writes otherwise when they are few, as its HTML when not. The
     * text is held, not copied: it is the string its {@link Text} holds.
     */
    public static Markup over(String text, String html, UnaryOperator<String> share) {
        Markup made = changes(Objects.requireNonNull(text, "text"), text, html, share);
        return made == null ? new Markup(html) : made;
    }

    /**
     * {@code html} as changes to {@code from} (the text of {@code base}), or null when it cannot be held in a few:
     * a tag of {@code html} that {@code from} lacks is put in; a character reference for a character, or the
     * character for a reference, takes its place; a space put in or left out, and the words a tag put in holds (a
     * note's number), are put in or left out. Whatever is chosen, the changes made again give {@code html} exactly.
     */
    private static Markup changes(Object base, String from, String html, UnaryOperator<String> share) {
        Objects.requireNonNull(html, "html");
        int most = Math.max(FEW, html.length() / CHARS_PER_CHANGE);
        List<String> put = new ArrayList<>();
        int[] at = new int[8];
        int i = 0;
        int j = 0;
        while (j < html.length()) {
            char c = html.charAt(j);
            int taken;
            String instead;
            if (c == '<') {
                int close = html.indexOf('>', j);
                if (close < 0) {
                    return null;
                }
                int length = close + 1 - j;
                if (from.regionMatches(i, html, j, length)) {
                    i += length;
                    j += length;
                    continue;
                }
                taken = 0;
                instead = html.substring(j, close + 1);
                j += length;
            } else if (c == '&' && reference(html, j) > 0 && i < from.length()
                    && !from.regionMatches(i, html, j, reference(html, j))) {
                taken = 1; // a character the HTML writes as a reference
                instead = html.substring(j, j + reference(html, j));
                j += instead.length();
            } else if (i < from.length() && from.charAt(i) == c) {
                i++;
                j++;
                continue;
            } else if (i < from.length() && from.charAt(i) == '&' && reference(from, i) > 0) {
                taken = reference(from, i); // a reference the HTML writes as its character
                instead = String.valueOf(c);
                j++;
            } else if (Character.isWhitespace(c)) {
                taken = i < from.length() && Character.isWhitespace(from.charAt(i)) ? 1 : 0;
                instead = String.valueOf(c);
                j++;
            } else if (j > 0 && html.charAt(j - 1) == '>') {
                int next = html.indexOf('<', j); // the words a tag put in holds
                instead = html.substring(j, next < 0 ? html.length() : next);
                taken = 0;
                j += instead.length();
            } else if (i < from.length() && Character.isWhitespace(from.charAt(i))) {
                taken = 1; // a space the HTML leaves out
                instead = "";
            } else {
                return null;
            }
            if (put.size() == most) {
                return null;
            }
            if (put.size() == at.length) {
                at = Arrays.copyOf(at, at.length * 2);
            }
            if (i > Integer.MAX_VALUE / CUTS - 1) {
                return null; // a text too long for its places to be numbered so
            }
            at[put.size()] = i * CUTS + taken;
            put.add(share.apply(instead));
            i += taken;
        }
        if (i != from.length()) {
            return null;
        }
        int n = put.size();
        if (n == 0 && base instanceof Markup same) {
            return same;
        }
        return new Markup(base, Arrays.copyOf(at, n), put.toArray(String[]::new));
    }

    /** The length of the character reference at {@code i} ({@code &amp;}, {@code &#39;}), or 0 if there is none. */
    private static int reference(String text, int i) {
        if (text.charAt(i) != '&') {
            return 0;
        }
        for (int k = i + 1; k < Math.min(text.length(), i + REFERENCE); k++) {
            char c = text.charAt(k);
            if (c == ';') {
                return k > i + 1 ? k + 1 - i : 0;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return 0;
            }
        }
        return 0;
    }

    /** True when this fragment is held as a base and changes to it, not as its HTML. */
    boolean heldAsChanges() {
        return html == null;
    }

    public String html() {
        if (html != null) {
            return html;
        }
        String from = base instanceof Markup markup ? markup.html() : (String) base;
        int length = from.length();
        for (int k = 0; k < put.length; k++) {
            length += put[k].length() - at[k] % CUTS;
        }
        StringBuilder made = new StringBuilder(length);
        int i = 0;
        for (int k = 0; k < put.length; k++) {
            made.append(from, i, at[k] / CUTS).append(put[k]);
            i = at[k] / CUTS + at[k] % CUTS;
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
        if (html == null && that.html == null && base.equals(that.base)) { // a text, or a fragment
            // both the same fragment with tags put in, which is held one way only
            return Arrays.equals(at, that.at) && Arrays.equals(put, that.put);
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
