package org.apparatus.model;

import java.util.Objects;

/**
 * Words of a paragraph or note and the sentence around them, as a page quotes them: the sentence, but never more than
 * {@link #WIDTH} characters on either side of the words, cut at a word and marked with an ellipsis where cut.
 *
 * <p>An excerpt is a window on its text, not a copy: every excerpt of one paragraph shares the paragraph's one string,
 * and the quotation is cut from it when a page asks for it. A thousand mentions in one paragraph cost one paragraph
 * and a thousand windows, where copies would cost a thousand sentences (at 1,000 essays, 250,000 mentions held
 * about 60 MB of copied sentences).
 *
 * @param text the words of the paragraph or note, as the annotation read them
 * @param from where the sentence starts
 * @param start where the words start
 * @param end where the words end
 * @param to where the sentence ends; at least {@code end} (a name with a full stop in it may run past its sentence)
 */
public record Excerpt(String text, int from, int start, int end, int to) {

    /** At most this many characters of a sentence on either side of the words quoted. */
    public static final int WIDTH = 400;
    /** What stands for the words left out. */
    public static final String CUT = "…";

    public Excerpt {
        Objects.requireNonNull(text, "text");
        if (from < 0 || from > start || start > end || end > to || to > text.length()) {
            throw new IllegalArgumentException("an excerpt's bounds are in order within its text: 0 <= " + from
                    + " <= " + start + " <= " + end + " <= " + to + " <= " + text.length());
        }
    }

    /** An excerpt of the words from {@code start} to {@code end}, in the sentence from {@code from} to {@code to}. */
    public static Excerpt of(String text, int from, int start, int end, int to) {
        return new Excerpt(text, Math.min(from, start), start, end, Math.max(end, to));
    }

    /** The sentence up to the words: its last {@link #WIDTH} characters at most, leading spaces left out. */
    public String before() {
        int cut = Math.max(from, start - WIDTH);
        if (cut == from) {
            return text.substring(from, start).stripLeading();
        }
        int space = cut;
        while (space < start && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        return CUT + " " + text.substring(space, start).stripLeading();
    }

    /** The words themselves. */
    public String words() {
        return text.substring(start, end);
    }

    /** The rest of the sentence: its first {@link #WIDTH} characters at most, trailing spaces left out. */
    public String after() {
        int cut = Math.min(to, end + WIDTH);
        if (cut == to) {
            return text.substring(end, to).stripTrailing();
        }
        int space = cut;
        while (space > end && !Character.isWhitespace(text.charAt(space - 1))) {
            space--;
        }
        return text.substring(end, space).stripTrailing() + " " + CUT;
    }

    /** The sentence as a page quotes it: {@link #before}, the words, {@link #after}. */
    public String sentence() {
        return before() + words() + after();
    }

    /** The words before, as {@link #before} gives them, without the ellipsis: to find them in the text again. */
    public String uncutBefore() {
        String before = before();
        return before.startsWith(CUT + " ") ? before.substring(CUT.length() + 1) : before;
    }

    /**
     * Two excerpts are equal when they quote the same: the same words, with the same sentence before and after as a
     * page shows them, whatever else their paragraphs say. What is made of an excerpt is made of its quotation, so
     * {@code apparatus serve} keeps an actor's page when an edit changed another sentence of a paragraph quoted there.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Excerpt e)) {
            return false;
        }
        if (text == e.text && from == e.from && start == e.start && end == e.end && to == e.to) {
            return true;
        }
        return end - start == e.end - e.start && text.regionMatches(start, e.text, e.start, end - start)
                && before().equals(e.before()) && after().equals(e.after());
    }

    @Override
    public int hashCode() {
        return Objects.hash(before(), words(), after());
    }

    /** The quotation, not the whole paragraph. */
    @Override
    public String toString() {
        return "Excerpt[" + before() + "[" + words() + "]" + after() + "]";
    }
}
