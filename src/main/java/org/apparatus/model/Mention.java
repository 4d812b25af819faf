package org.apparatus.model;

import java.util.Objects;

/**
 * One place where an essay names an actor, with the sentence around it.
 *
 * @param anchor the fragment id of the paragraph or note ({@code p12}, {@code note-4}) in its essay page
 * @param note the note's number, or 0 for body text
 * @param form the words as printed ("Kim", "Pyongyang's")
 * @param how how the name was tied to the actor
 * @param excerpt the words in their sentence, a window on the paragraph's or note's text
 * @param line the source line of the paragraph or note
 */
public record Mention(ActorId actor, EssayId essay, String anchor, int note, String form, How how, Excerpt excerpt,
                      int line) {

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
        Objects.requireNonNull(excerpt, "excerpt");
    }

    /** The sentence up to the mention, as a page quotes it. */
    public String before() {
        return excerpt.before();
    }

    /** The rest of the sentence, as a page quotes it. */
    public String after() {
        return excerpt.after();
    }

    /** True for a mention in the body text, false for one in a note. */
    public boolean inBody() {
        return note == 0;
    }
}
