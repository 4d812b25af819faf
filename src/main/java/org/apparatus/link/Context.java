package org.apparatus.link;

/**
 * The words around a place in a text, as a page quotes them: the sentence, but never more than {@link #WIDTH}
 * characters on either side, cut at a word and marked with an ellipsis where cut. A quotation holds its own short copy,
 * never the whole paragraph or sentence, so that a thousand mentions in one long paragraph cost a thousand short
 * strings, not a thousand copies of the paragraph.
 */
final class Context {

    /** At most this many characters of a sentence on either side of the words quoted. */
    static final int WIDTH = 400;
    /** What stands for the words left out. */
    static final String CUT = "…";

    private Context() {
    }

    /** The text from {@code from} (a sentence start) to {@code at}, its last {@link #WIDTH} characters at most. */
    static String before(String text, int from, int at) {
        int start = Math.max(from, at - WIDTH);
        if (start == from) {
            return text.substring(from, at).stripLeading();
        }
        int space = start;
        while (space < at && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        return CUT + " " + text.substring(space, at).stripLeading();
    }

    /** The text from {@code at} to {@code to} (a sentence end), its first {@link #WIDTH} characters at most. */
    static String after(String text, int at, int to) {
        int end = Math.min(to, at + WIDTH);
        if (end == to) {
            return text.substring(at, to).stripTrailing();
        }
        int space = end;
        while (space > at && !Character.isWhitespace(text.charAt(space - 1))) {
            space--;
        }
        return text.substring(at, space).stripTrailing() + " " + CUT;
    }

    /** The words before, as {@link #before} gives them, without the ellipsis: to find them in the text again. */
    static String uncut(String before) {
        return before.startsWith(CUT + " ") ? before.substring(CUT.length() + 1) : before;
    }
}
