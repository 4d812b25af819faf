package org.apparatus.model;

import java.util.Objects;

/**
 * One place where an essay names an actor, with the sentence around it.
 *
 * @param anchor the fragment id of the paragraph or note ({@code p12}, {@code note-4}) in its essay page
 * @param note the note's number, or 0 for body text
 * @param form the words as printed ("Kim", "Pyongyang's")
 * @param how how the name was tied to the actor
 * @param text the words of the paragraph or note, as the annotation read them: with {@code from}, {@code start},
 *        {@code end} and {@code to}, the {@link Excerpt} of the mention, held in the mention itself (at 5,000 essays,
 *        1.25 million excerpts of their own took 40 MB; held here, they take 20 MB)
 * @param line the source line of the paragraph or note
 */
public record Mention(ActorId actor, EssayId essay, String anchor, int note, String form, How how, String text,
                      int from, int start, int end, int to, int line) {

    /** How a mention was tied to its actor. */
    public enum How {
        /** the actor's name or one of its aliases */
        NAME,
        /** a short form only this actor has */
        SHORT,
        /** a short form several actors share, resolved to the nearest full mention before it */
        CONTEXT,
        /** a capital standing for its government */
        METONYM,
        /** the maintainer's explicit {@code [words](actor:id)} */
        OVERRIDE
    }

    public Mention {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(essay, "essay");
        Objects.requireNonNull(anchor, "anchor");
        if (note < 0) {
            throw new IllegalArgumentException("a note number is positive, or 0 for body text");
        }
        if (Objects.requireNonNull(form, "form").isEmpty()) {
            throw new IllegalArgumentException("a mention has words");
        }
        Objects.requireNonNull(how, "how");
        new Excerpt(text, from, start, end, to); // checks the bounds
    }

    /** A mention of {@code form}, quoted by {@code excerpt}. */
    public Mention(ActorId actor, EssayId essay, String anchor, int note, String form, How how, Excerpt excerpt,
                   int line) {
        this(actor, essay, anchor, note, form, how, excerpt.text(), excerpt.from(), excerpt.start(), excerpt.end(),
                excerpt.to(), line);
    }

    /** The words in their sentence, a window on the paragraph's or note's text. */
    public Excerpt excerpt() {
        return new Excerpt(text, from, start, end, to);
    }

    /** The sentence up to the mention, as a page quotes it. */
    public String before() {
        return excerpt().before();
    }

    /** The rest of the sentence, as a page quotes it. */
    public String after() {
        return excerpt().after();
    }

    /** True for a mention in the body text, false for one in a note. */
    public boolean inBody() {
        return note == 0;
    }

    /**
     * Two mentions are equal when they name the same actor in the same place, the same way, and quote the same (as
     * {@link Excerpt#equals} compares quotations, not the paragraphs they are cut from).
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Mention m) || !(note == m.note && line == m.line && how == m.how && actor.equals(m.actor)
                && essay.equals(m.essay) && anchor.equals(m.anchor) && form.equals(m.form))) {
            return false;
        }
        return text == m.text && from == m.from && start == m.start && end == m.end && to == m.to
                || excerpt().equals(m.excerpt());
    }

    @Override
    public int hashCode() {
        return Objects.hash(actor, essay, anchor, note, form, how, excerpt(), line);
    }

    /** The mention, with its quotation rather than its whole paragraph. */
    @Override
    public String toString() {
        return "Mention[" + actor + " in " + essay + " " + anchor + (note > 0 ? " note " + note : "") + ": " + form
                + " (" + how + "), " + excerpt() + ", line " + line + "]";
    }
}
