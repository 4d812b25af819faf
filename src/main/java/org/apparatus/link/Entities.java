package org.apparatus.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apparatus.model.Block;
import org.apparatus.model.DateExpression;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Registry;

/**
 * The actors, events and mentions as the exports (TEI, {@code data/edition.json}) carry them: the narrow plug through
 * which the registry and the annotator hand them over ({@link #of}). Without them, the lists are empty.
 *
 * @param actors every actor of the edition, each id once
 * @param events every event of the edition, each id once
 * @param mentionsOf where an essay's paragraphs name an actor, an event or a date, by essay: found when an export
 *        of the essay asks for them, not held for the whole edition
 */
public record Entities(List<Actor> actors, List<Event> events,
                       java.util.function.Function<EssayId, List<Mention>> mentionsOf) {

    /** No actors, events or mentions. */
    public static final Entities NONE = new Entities(List.of(), List.of(), essay -> List.of());

    /** These actors and events, and these mentions of any essays, in order. */
    public Entities(List<Actor> actors, List<Event> events, List<Mention> mentions) {
        this(actors, events, byEssay(mentions));
    }

    private static java.util.function.Function<EssayId, List<Mention>> byEssay(List<Mention> mentions) {
        Map<EssayId, List<Mention>> byEssay = new HashMap<>();
        mentions.forEach(m -> byEssay.computeIfAbsent(m.essay(), k -> new ArrayList<>()).add(m));
        byEssay.replaceAll((essay, own) -> List.copyOf(own));
        Map<EssayId, List<Mention>> kept = Map.copyOf(byEssay);
        return essay -> kept.getOrDefault(essay, List.of());
    }

    /** The mentions in one essay's paragraphs, in order. */
    public List<Mention> mentionsIn(EssayId essay) {
        return mentionsOf.apply(essay);
    }

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

    /**
     * The registered actors and events, and the mentions the annotator found in the essays' paragraphs (not in
     * notes: the TEI tags names in the running text), each tied to its paragraph and to which appearance of its
     * words there it is: the names of actors, the cues of passages about events, and the dates the text states (a
     * single year, month or day).
     */
    public static Entities of(Registry registry, List<Essay> essays, Map<EssayId, Annotations> annotations) {
        return of(registry, essays, essay -> annotations.containsKey(essay.id())
                ? mentions(essay, annotations.get(essay.id())) : List.of());
    }

    /**
     * {@link #of(Registry, List, Map)}, with each essay's mentions given by {@code mentionsOf} (which may keep them
     * from an earlier build: they are {@link #mentions(Essay, Annotations)} of the essay's annotations).
     */
    public static Entities of(Registry registry, List<Essay> essays,
                       java.util.function.Function<Essay, List<Mention>> mentionsOf) {
        List<Actor> actors = new ArrayList<>();
        for (org.apparatus.model.Actor actor : registry.actors()) {
            actors.add(new Actor(actor.id().value(), actor.kind() == org.apparatus.model.Actor.Kind.PERSON
                    ? Kind.PERSON : Kind.ORGANISATION, actor.name(), actor.wikidata().orElse(""),
                    "actors/" + actor.id() + ".html"));
        }
        List<Event> events = new ArrayList<>();
        for (org.apparatus.model.Event event : registry.events()) {
            events.add(new Event(event.id().value(), event.title(), event.date().start(),
                    event.date().end().equals(event.date().start()) ? "" : event.date().end(),
                    "events/" + event.id() + ".html",
                    event.participants().stream().map(org.apparatus.model.ActorId::value).toList()));
        }
        Map<EssayId, Essay> byId = new HashMap<>();
        essays.forEach(essay -> byId.put(essay.id(), essay));
        return new Entities(actors, events, id -> {
            Essay essay = byId.get(id);
            return essay == null ? List.of() : mentionsOf.apply(essay);
        });
    }

    /** The mentions in one essay's paragraphs, in order: its part of {@link #of}'s. */
    public static List<Mention> mentions(Essay essay, Annotations found) {
        List<Mention> mentions = new ArrayList<>();
        Map<String, Block.Paragraph> paragraphs = new HashMap<>();
        essay.paragraphs().forEach(p -> paragraphs.put(p.anchor(), p));
        Map<String, Integer> searchedUpTo = new HashMap<>();
        // for each paragraph and form, where the count of its occurrences stopped and how many it had counted: the
        // mentions of a paragraph come in order, so each occurrence is counted once, however long the paragraph
        Map<String, int[]> counted = new HashMap<>();
        for (org.apparatus.model.Mention m : found.mentions()) {
            Block.Paragraph p = paragraphs.get(m.anchor());
            if (m.note() != 0 || p == null) {
                continue;
            }
            String text = p.text().plain();
            String before = m.excerpt().uncutBefore();
            int from = searchedUpTo.getOrDefault(m.anchor(), 0);
            int sentence = text.indexOf(before + m.form(), Math.max(0, from - before.length()));
            int at = sentence >= 0 ? sentence + before.length() : text.indexOf(m.form(), from);
            if (at < 0) {
                continue; // the words are not in the paragraph as printed: nothing to tag
            }
            searchedUpTo.put(m.anchor(), at + m.form().length());
            int[] count = counted.computeIfAbsent(m.anchor() + "\u0000" + m.form(), k -> new int[2]);
            for (int i = text.indexOf(m.form(), count[0]); i >= 0 && i <= at;
                 i = text.indexOf(m.form(), i + m.form().length())) {
                count[0] = i + m.form().length();
                count[1]++;
            }
            int occurrence = count[1];
            if (occurrence > 0) {
                mentions.add(new Mention(essay.id(), p.number(), m.form(), occurrence, m.actor().value(), "", ""));
            }
        }
        for (Annotations.EventPassage passage : found.passages()) {
            Block.Paragraph p = paragraphs.get(passage.anchor());
            if (passage.note() != 0 || p == null || passage.cue().isEmpty()) {
                continue;
            }
            String text = p.text().plain();
            String before = passage.excerpt().uncutBefore();
            int sentence = text.indexOf(before + passage.cue());
            int at = sentence >= 0 ? sentence + before.length() : text.indexOf(passage.cue());
            int occurrence = 0;
            for (int i = text.indexOf(passage.cue()); at >= 0 && i >= 0 && i <= at;
                 i = text.indexOf(passage.cue(), i + passage.cue().length())) {
                occurrence++;
            }
            if (occurrence > 0) {
                mentions.add(new Mention(essay.id(), p.number(), passage.cue(), occurrence, "",
                        passage.event().value(), ""));
            }
        }
        for (Annotations.DatedStatement dated : found.dated()) {
            Block.Paragraph p = paragraphs.get(dated.anchor());
            DateExpression date = dated.expression();
            if (p == null || date.date().isEmpty() || !date.date().get().start().equals(date.date().get().end())) {
                continue; // a date TEI's when cannot hold (a range, or one the words do not fix)
            }
            String text = p.text().plain();
            int at = date.start() >= 0 && date.end() <= text.length()
                    && text.substring(date.start(), date.end()).equals(date.printed()) ? date.start()
                    : text.indexOf(date.printed());
            int[] count = counted.computeIfAbsent(dated.anchor() + "\u0001" + date.printed(), k -> new int[3]);
            if (at < count[2] || date.printed().isEmpty()) {
                Arrays.fill(count, 0); // an earlier place than the last: count again from the start
            }
            count[2] = Math.max(at, 0);
            for (int i = text.indexOf(date.printed(), count[0]); i >= 0 && i <= at && !date.printed().isEmpty();
                 i = text.indexOf(date.printed(), i + date.printed().length())) {
                count[0] = i + date.printed().length();
                count[1]++;
            }
            int occurrence = count[1];
            if (at >= 0 && occurrence > 0 && !date.printed().isEmpty()) {
                mentions.add(new Mention(essay.id(), p.number(), date.printed(), occurrence, "", "",
                        date.date().get().start()));
            }
        }
        return List.copyOf(mentions);
    }

    public Entities {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        Objects.requireNonNull(mentionsOf, "mentionsOf");
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
