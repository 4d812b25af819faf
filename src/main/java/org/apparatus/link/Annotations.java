package org.apparatus.link;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apparatus.model.DateExpression;
import org.apparatus.model.EssayId;
import org.apparatus.model.EventId;
import org.apparatus.model.Excerpt;
import org.apparatus.model.Markup;
import org.apparatus.model.Mention;

/**
 * What the {@link Annotator} found in one essay: its paragraphs and notes with every actor and event linked, the
 * mentions, the passages about registered events, the dates it states and the names no registry entry covers.
 *
 * @param linked the markup of each heading, paragraph and note, by its anchor, with links relative to {@code essays/}
 */
public record Annotations(EssayId essay, Map<String, Markup> linked, List<Mention> mentions,
                          List<EventPassage> passages, List<DatedStatement> dated, List<Unregistered> unregistered) {

    public Annotations {
        Objects.requireNonNull(essay, "essay");
        linked = Map.copyOf(linked);
        mentions = List.copyOf(mentions);
        passages = List.copyOf(passages);
        dated = List.copyOf(dated);
        unregistered = List.copyOf(unregistered);
    }

    /**
     * The markup the essay's page shows where it differs from {@link #linked}: each actor and event linked at its
     * first mention in a section or note, later ones {@code span.mention[data-href]}. Made when the page is made, not
     * kept: an edition holds every essay's annotations at once, and this is the second copy of most of their text.
     *
     * @param annotated the essay these annotations are of
     */
    public Map<String, Markup> reading(org.apparatus.model.Essay annotated) {
        if (!annotated.id().equals(essay)) {
            throw new IllegalArgumentException("the annotations of " + essay + " are not those of " + annotated.id());
        }
        return Annotator.reading(annotated, linked);
    }

    /**
     * A passage of an essay about a registered event: the sentence with the cue that marks it.
     *
     * @param anchor the paragraph's or note's fragment id
     * @param note the note's number, or 0 for body text
     * @param date the date the sentence gives the event, nearest to the cue, if it gives one
     */
    public record EventPassage(EventId event, EssayId essay, String anchor, int note, int line, Excerpt excerpt,
                               Optional<DateExpression> date) {
        public EventPassage {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(excerpt, "excerpt");
            Objects.requireNonNull(date, "date");
        }

        /** The sentence up to the cue, as a page quotes it. */
        public String before() {
            return excerpt.before();
        }

        /** The words that mark the passage. */
        public String cue() {
            return excerpt.words();
        }

        /** The rest of the sentence, as a page quotes it. */
        public String after() {
            return excerpt.after();
        }

        /** The whole sentence, as a page quotes it. */
        public String sentence() {
            return excerpt.sentence();
        }
    }

    /**
     * A date stated in the body text.
     *
     * @param excerpt the date's words in the sentence stating it
     * @param covered true when the sentence is a passage about a registered event
     */
    public record DatedStatement(EssayId essay, String anchor, int line, DateExpression expression, Excerpt excerpt,
                                 boolean covered) {
        public DatedStatement {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(excerpt, "excerpt");
        }

        /** The sentence stating the date, as a page quotes it, without spaces at either end. */
        public String sentence() {
            return excerpt.sentence().strip();
        }
    }

    /** A name-like phrase that no actor, alias or ignored phrase covers, where it occurs. */
    public record Unregistered(String name, EssayId essay, String anchor, int line, Excerpt excerpt) {
        public Unregistered {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(excerpt, "excerpt");
        }

        /** The sentence up to the name, as a page quotes it. */
        public String before() {
            return excerpt.before();
        }

        /** The rest of the sentence, as a page quotes it. */
        public String after() {
            return excerpt.after();
        }
    }
}
