package org.apparatus.link;

import java.util.List;
import java.util.Objects;

import org.apparatus.model.EssayId;

/**
 * The actors, events and mentions the exports (TEI, {@code data/edition.json}) carry: the narrow plug through which
 * the cross-referencing of actors and events hands them over. Without it, the lists are empty.
 *
 * @param actors every actor of the edition, each id once
 * @param events every event of the edition, each id once
 * @param mentions where the essays' paragraphs name an actor, an event or a date
 */
public record Annotations(List<Actor> actors, List<Event> events, List<Mention> mentions) {

    /** No actors, events or mentions. */
    public static final Annotations NONE = new Annotations(List.of(), List.of(), List.of());

    private static final String DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    /** What an actor is; it decides the TEI element ({@code persName}, {@code orgName}, {@code placeName}). */
    public enum Kind { PERSON, ORGANISATION, PLACE }

    /**
     * A person, organisation or place.
     *
     * @param id the stable id naming its page (lower-case letters, digits and hyphens)
     * @param wikidata its Wikidata id ({@code Q7747}), or empty
     * @param path its page, relative to the site root ({@code actors/<id>.html}), or empty
     */
    public record Actor(String id, Kind kind, String name, String wikidata, String path) {
        public Actor {
            requireId(id);
            Objects.requireNonNull(kind, "kind");
            if (Objects.requireNonNull(name, "name").isBlank()) {
                throw new IllegalArgumentException("an actor has a name: " + id);
            }
            if (!Objects.requireNonNull(wikidata, "wikidata").isEmpty() && !wikidata.matches("Q\\d+")) {
                throw new IllegalArgumentException("a Wikidata id is Q and digits: " + wikidata);
            }
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * Something that happened.
     *
     * @param when when it happened or began, {@code yyyy[-mm[-dd]]}, or empty
     * @param until when it ended, {@code yyyy[-mm[-dd]]}, or empty for a single date
     * @param path its page, relative to the site root ({@code events/<id>.html}), or empty
     * @param actors the ids of the actors taking part
     */
    public record Event(String id, String label, String when, String until, String path, List<String> actors) {
        public Event {
            requireId(id);
            if (Objects.requireNonNull(label, "label").isBlank()) {
                throw new IllegalArgumentException("an event has a label: " + id);
            }
            requireDate(when);
            requireDate(until);
            if (when.isEmpty() && !until.isEmpty()) {
                throw new IllegalArgumentException("an event with an end has a beginning: " + id);
            }
            Objects.requireNonNull(path, "path");
            actors = List.copyOf(actors);
        }
    }

    /**
     * Where a paragraph names an actor, an event or a date: the {@code occurrence}-th (1-based) appearance of
     * {@code text} in the paragraph's words, within one run of text (not across a note marker or emphasis).
     *
     * @param paragraph the paragraph's number in its essay (1-based)
     * @param actor the id of the actor named, or empty
     * @param event the id of the event named, or empty
     * @param when the date named, {@code yyyy[-mm[-dd]]}, or empty
     */
    public record Mention(EssayId essay, int paragraph, String text, int occurrence, String actor, String event,
                          String when) {
        public Mention {
            Objects.requireNonNull(essay, "essay");
            if (paragraph < 1 || occurrence < 1) {
                throw new IllegalArgumentException("paragraphs and occurrences are counted from 1");
            }
            if (Objects.requireNonNull(text, "text").isEmpty()) {
                throw new IllegalArgumentException("a mention names some text");
            }
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(event, "event");
            requireDate(when);
            if (actor.isEmpty() && event.isEmpty() && when.isEmpty()) {
                throw new IllegalArgumentException("a mention names an actor, an event or a date: " + text);
            }
        }
    }

    public Annotations {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
    }

    private static void requireId(String id) {
        if (!Objects.requireNonNull(id, "id").matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("an id is lower-case words joined by hyphens: " + id);
        }
    }

    private static void requireDate(String date) {
        if (!Objects.requireNonNull(date, "date").isEmpty() && !date.matches(DATE)) {
            throw new IllegalArgumentException("a date is yyyy[-mm[-dd]]: " + date);
        }
    }
}
