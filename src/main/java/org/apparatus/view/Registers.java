package org.apparatus.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apparatus.link.Annotated;
import org.apparatus.link.Annotations;
import org.apparatus.link.Memo;
import org.apparatus.link.SitePaths;
import org.apparatus.model.Actor;
import org.apparatus.model.ActorId;
import org.apparatus.model.DateExpression;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Event;
import org.apparatus.model.EventDate;
import org.apparatus.model.Mention;
import org.apparatus.model.Registry;

/**
 * The pages of the registers: actors, events, the timeline and the maintainers' list of unregistered names, made from
 * the registries and what the {@link Annotator} found in each essay.
 */
final class Registers {

    /** Makes the shared layout of a page. */
    interface Chromes {
        Chrome chrome(String title, String root, String description, List<Chrome.Link> trail);
    }

    private static final String ROOT = "../";
    /** The most dated statements a page of the timeline lists. */
    static final int DATES_PAGE = 100;
    /** The most essays an actor's line of the index names (those naming it most); its page lists every one. */
    static final int TOP_ESSAYS = 5;
    /** The most places the maintainers' page quotes for one unregistered name (the build warns of each name). */
    static final int PLACES = 20;
    /** The essays an entity page's summary lists, those naming it most first; the passages below list them all. */
    private static final int SUMMARY_ROWS = 20;
    /** The passages an actor's page quotes at most; the rest go on its further pages ({@code russia.2.html}). */
    static final int PASSAGES_PER_PAGE = 50;
    /** Each essay's share of the actors' and events' inputs, kept by a memo while its annotations are unchanged. */
    private static final Memo.Piece<Map<String, Set<ActorId>>> ACTORS_AT = Memo.Piece.named("actors at");
    private static final Memo.Piece<Map<ActorId, InEssay>> ACTORS_IN_ESSAY = Memo.Piece.named("actors in essay");
    private static final Memo.Piece<List<ActorId>> ACTORS_NAMED = Memo.Piece.named("actors named");
    private static final Memo.Piece<Map<org.apparatus.model.EventId, List<List<Integer>>>> EVENT_NOTES =
            Memo.Piece.named("event passages' notes");
    private static final Memo.Piece<Map<org.apparatus.model.EventId, EventInEssay>> EVENTS_IN_ESSAY =
            Memo.Piece.named("events in essay");
    private static final java.util.regex.Pattern PARAGRAPH = java.util.regex.Pattern.compile("p\\d+");

    private final Registry registry;
    private final List<Essay> essays;
    private final Map<EssayId, Annotations> annotations;
    private final Chromes chromes;
    /** Each actor's mentions, essay by essay in edition order, gathered once. */
    private final Map<ActorId, ActorShare> byActor = new java.util.HashMap<>();
    /** What keeps each essay's share of the inputs while the essay and its annotations are unchanged. */
    private final Memo memo;

    /**
     * An actor's mentions in one essay, in order: kept with the essay's annotations (by serve's memo). {@code places}
     * counts its paragraphs and notes among them (each quoted once on the actor's pages), so that the number of the
     * actor's pages is a sum over its essays, not a pass over all its mentions in every build.
     */
    private record InEssay(List<Mention> mentions, int places) {
    }

    /**
     * An actor's mentions in the whole edition, essay by essay in edition order, in one list (at 5,000 essays, a list
     * and a record for each actor in each essay held 42 MB for 1.25 million mentions), and how many places quote the
     * actor.
     */
    private static final class ActorShare {
        private final List<Mention> mentions = new ArrayList<>();
        private int places;

        void add(InEssay in) {
            mentions.addAll(in.mentions());
            places += in.places();
        }
    }

    /**
     * The actors named in each paragraph or note of each essay, by its anchor: an essay's sets are the same objects
     * while its annotations are, so that the inputs of actor pages compare at once.
     */
    private final Map<EssayId, Map<String, Set<ActorId>>> actorsAt = new java.util.HashMap<>();

    /** A paragraph or note of an essay, by its anchor. */
    private record Place(EssayId essay, String anchor) {
    }
    /** Each event's passages, essay by essay in edition order, gathered once. */
    private final Map<org.apparatus.model.EventId, List<EventInEssay>> byEvent = new java.util.HashMap<>();

    /**
     * An event's passages in one essay, in order: kept with the essay's annotations, so that an event's inputs
     * compare essay by essay. The notes each names are found when a page or serve asks ({@link #notes}).
     */
    private record EventInEssay(EssayId essay, List<Annotations.EventPassage> passages) {
    }

    /**
     * The inputs of an actor's page: its mentions in their sentences, the actors named in the paragraph or note of
     * each, and how many passages speak of each event it took part in.
     */
    private record ActorInputs(Shared shared, Actor actor, List<Mention> mentions,
                               List<Map<String, Set<ActorId>>> beside, List<Integer> eventPassages) {
    }

    /** The inputs of an event's page: its passages in each essay speaking of it, with the notes each names. */
    private record EventInputs(Shared shared, Event event, List<EventInEssay> speaking, List<List<Integer>> notes) {
    }

    /** The inputs of the actors' index: the actors each essay names, in order. */
    private record IndexInputs(Shared shared, List<List<ActorId>> named) {
    }

    /** The inputs of the maintainers' page of unregistered names: each essay's, and the essays' files. */
    private record UnregisteredInputs(Shared shared, List<List<Annotations.Unregistered>> unregistered,
                                      List<String> sources) {
    }

    /** The inputs of the events' index: how many passages speak of each event. */
    private record EventIndexInputs(Shared shared, List<Integer> passages) {
    }

    /**
     * The inputs of the timeline: how many passages speak of each event, the essays speaking of each (what its filter
     * by essay matches), and each essay's dated statements.
     */
    private record TimelineInputs(Shared shared, List<Integer> passages, List<List<EssayId>> speaking,
                                  List<List<Annotations.DatedStatement>> dated) {
    }

    private final Map<EssayId, Essay> byId = new HashMap<>();

    /**
     * @param memo what keeps each essay's share of the actors' and events' inputs while the essay and its annotations
     *        are unchanged
     */
    Registers(Registry registry, List<Essay> essays, Map<EssayId, Annotations> annotations, Chromes chromes,
              Memo memo) {
        this.registry = registry;
        this.essays = essays;
        this.annotations = annotations;
        this.chromes = chromes;
        this.memo = memo;
        for (Essay essay : essays) {
            byId.put(essay.id(), essay);
            Annotations a = annotations.get(essay.id());
            Map<String, Set<ActorId>> at = memo.piece(ACTORS_AT, essay.id(), a,
                    () -> actorsAt(a));
            actorsAt.put(essay.id(), at);
            memo.piece(ACTORS_IN_ESSAY, essay.id(), a, () -> inEssay(a))
                    .forEach((actor, in) -> byActor.computeIfAbsent(actor, k -> new ActorShare()).add(in));
            memo.piece(EVENTS_IN_ESSAY, essay.id(), new Annotated(essay, a),
                    () -> eventsIn(essay, a))
                    .forEach((event, in) -> byEvent.computeIfAbsent(event, k -> new ArrayList<>()).add(in));
        }
    }

    /** The actors named in each paragraph or note of an essay, by anchor. */
    private static Map<String, Set<ActorId>> actorsAt(Annotations annotations) {
        Map<String, Set<ActorId>> at = new HashMap<>();
        annotations.mentions().forEach(m -> at.computeIfAbsent(m.anchor(), k -> new HashSet<>()).add(m.actor()));
        at.replaceAll((anchor, actors) -> Set.copyOf(actors));
        return Map.copyOf(at);
    }

    /** Each event's passages in an essay. */
    private static Map<org.apparatus.model.EventId, EventInEssay> eventsIn(Essay essay, Annotations annotations) {
        Map<org.apparatus.model.EventId, List<Annotations.EventPassage>> passages = new HashMap<>();
        annotations.passages().forEach(p -> passages.computeIfAbsent(p.event(), k -> new ArrayList<>()).add(p));
        Map<org.apparatus.model.EventId, EventInEssay> in = new HashMap<>();
        passages.forEach((event, own) -> in.put(event, new EventInEssay(essay.id(), List.copyOf(own))));
        return Map.copyOf(in);
    }

    /**
     * The notes a passage names: its own, or those its paragraph calls. Found when asked for, not kept with each
     * passage (at 5,000 essays, 217,000 passages' lists of notes held 10 MB while every page was written).
     */
    private List<Integer> notes(EssayId essay, Annotations.EventPassage passage) {
        if (passage.note() > 0) {
            return List.of(passage.note());
        }
        return byId.get(essay).paragraph(passage.anchor()).map(org.apparatus.model.Block.Paragraph::notes)
                .orElse(List.of());
    }

    /**
     * The notes each of an event's passages names, in order, for serve's comparison of the event's inputs: each
     * essay's share kept by the memo while the essay and its annotations are unchanged, as the passages are.
     */
    private List<List<Integer>> notes(Event event) {
        List<List<Integer>> notes = new ArrayList<>();
        for (EventInEssay in : byEvent.getOrDefault(event.id(), List.of())) {
            Essay essay = byId.get(in.essay());
            Annotations a = annotations.get(in.essay());
            notes.addAll(memo.piece(EVENT_NOTES, in.essay(), new Annotated(essay, a), () -> notesIn(essay, a))
                    .get(event.id()));
        }
        return notes;
    }

    /** The notes each passage of an essay names, event by event, the passages in order. */
    private Map<org.apparatus.model.EventId, List<List<Integer>>> notesIn(Essay essay, Annotations annotations) {
        Map<org.apparatus.model.EventId, List<List<Integer>>> notes = new HashMap<>();
        annotations.passages().forEach(p -> notes.computeIfAbsent(p.event(), k -> new ArrayList<>())
                .add(notes(essay.id(), p)));
        notes.replaceAll((event, lists) -> List.copyOf(lists));
        return Map.copyOf(notes);
    }

    /** Each actor's mentions in an essay. */
    private static Map<ActorId, InEssay> inEssay(Annotations annotations) {
        Map<ActorId, List<Mention>> mentions = new HashMap<>();
        annotations.mentions().forEach(m -> mentions.computeIfAbsent(m.actor(), k -> new ArrayList<>()).add(m));
        Map<ActorId, InEssay> in = new HashMap<>();
        mentions.forEach((actor, own) -> in.put(actor, new InEssay(List.copyOf(own),
                (int) own.stream().map(m -> (m.inBody() ? "text " : "note ") + m.anchor()).distinct().count())));
        return Map.copyOf(in);
    }

    /**
     * The indexes, the timeline and the maintainers' page of unregistered names; each actor's and each event's page is added to
     * {@code parts}, made when it is written, and its path to {@code partPaths}.
     */
    List<Page> pages(Shared shared, List<Part> parts, List<String> partPaths) {
        List<Page> pages = new ArrayList<>();
        if (!registry.actors().isEmpty()) {
            for (Actor actor : registry.actors()) {
                String path = "actors/" + actor.id() + ".html";
                List<Integer> eventPassages = registry.events().stream()
                        .filter(e -> e.participants().contains(actor.id())).map(this::passages).toList();
                List<String> paths = new ListPaging(actorPassages(actor.id()), PASSAGES_PER_PAGE).entityPaths(path);
                ActorShare share = byActor.getOrDefault(actor.id(), new ActorShare());
                parts.add(new Part(paths, () -> new ActorInputs(shared, actor, java.util.Collections
                        .unmodifiableList(share.mentions), beside(share.mentions), eventPassages),
                        () -> new Contents(List.copyOf(actorPages(actor)), List.of())));
                partPaths.addAll(paths);
            }
            part(parts, partPaths, "actors/index.html", () -> new IndexInputs(shared, essays.stream()
                    .map(this::named).toList()), this::actorIndex);
            part(parts, partPaths, SitePaths.UNREGISTERED, () -> new UnregisteredInputs(shared, essays.stream()
                    .map(e -> annotations.get(e.id()).unregistered()).toList(),
                    essays.stream().map(Essay::source).toList()), () -> unregisteredPage(shared));
        }
        if (!registry.events().isEmpty()) {
            for (Event event : registry.events()) {
                String path = "events/" + event.id() + ".html";
                List<String> paths = new ListPaging(passages(event), PASSAGES_PER_PAGE).entityPaths(path);
                parts.add(new Part(paths, () -> new EventInputs(shared, event,
                        byEvent.getOrDefault(event.id(), List.of()), notes(event)),
                        () -> new Contents(List.copyOf(eventPages(event)), List.of())));
                partPaths.addAll(paths);
            }
            java.util.function.Supplier<List<Integer>> counts = () -> registry.events().stream()
                    .map(e -> passages(e)).toList();
            part(parts, partPaths, "events/index.html", () -> new EventIndexInputs(shared, counts.get()),
                    () -> new Page.EventIndexPage("events/index.html",
                            chromes.chrome("Events", ROOT, "The dated events the essays describe, in order",
                                    List.of(new Chrome.Link("Events", "index.html", true))),
                            eventRows(ROOT + "events/")));
            List<List<Annotations.DatedStatement>> dated = essays.stream()
                    .map(e -> annotations.get(e.id()).dated()).toList();
            int uncovered = (int) dated.stream().flatMap(List::stream)
                    .filter(d -> d.expression().date().isPresent() && !d.covered()).count();
            ListPaging paging = new ListPaging(uncovered, DATES_PAGE);
            List<String> paths = new ArrayList<>();
            for (int page = 1; page <= paging.pages(); page++) {
                paths.add(ListPaging.pathOf("timeline.html", page));
            }
            parts.add(new Part(paths, () -> new TimelineInputs(shared, counts.get(), registry.events().stream()
                    .map(e -> speaking(e)).toList(), dated),
                    () -> timeline(paging)));
            partPaths.addAll(paths);
        }
        return pages;
    }

    /** An essay's actors, in the order it names them (one per mention). */
    private List<ActorId> named(Essay essay) {
        Annotations a = annotations.get(essay.id());
        return memo.piece(ACTORS_NAMED, essay.id(), a, () -> a.mentions().stream().map(Mention::actor).toList());
    }

    /**
     * The one map of the actors named in each paragraph and note of each essay these mentions are in, in order: what
     * the actor's page reads its companions from.
     */
    private List<Map<String, Set<ActorId>>> beside(List<Mention> mentions) {
        List<Map<String, Set<ActorId>>> beside = new ArrayList<>();
        EssayId last = null;
        for (Mention m : mentions) {
            if (!m.essay().equals(last)) {
                beside.add(actorsAt.get(m.essay()));
                last = m.essay();
            }
        }
        return beside;
    }

    /** Adds a part of one page to {@code parts}, its path to {@code partPaths}. */
    private static void part(List<Part> parts, List<String> partPaths, String path,
                             java.util.function.Supplier<Object> inputs, java.util.function.Supplier<Page> page) {
        parts.add(new Part(List.of(path), inputs,
                () -> new Contents(List.of(page.get()), List.of())));
        partPaths.add(path);
    }

    /** The items of each essay, each essay's in their order: an essay's are found at once, not by a scan. */
    private static <T> Map<EssayId, List<T>> byEssay(List<T> items, java.util.function.Function<T, EssayId> essay) {
        Map<EssayId, List<T>> byEssay = new HashMap<>();
        items.forEach(item -> byEssay.computeIfAbsent(essay.apply(item), k -> new ArrayList<>()).add(item));
        return byEssay;
    }

    /** An actor's mentions, in edition order. */
    private List<Mention> mentions(ActorId actor) {
        ActorShare share = byActor.get(actor);
        return share == null ? List.of() : java.util.Collections.unmodifiableList(share.mentions);
    }

    private Page.ActorIndexPage actorIndex() {
        List<Page.ActorGroup> groups = new ArrayList<>();
        for (Actor.Kind kind : Actor.Kind.values()) {
            List<Page.ActorCard> cards = new ArrayList<>();
            registry.actors().stream().filter(a -> a.kind() == kind)
                    .sorted(Comparator.comparing(Actor::name).thenComparing(Actor::id)).forEach(actor -> {
                        List<Mention> mentions = mentions(actor.id());
                        Map<EssayId, List<Mention>> byEssay = byEssay(mentions, Mention::essay);
                        // the essays naming it most, in edition order among equals: a line that does not grow
                        // with the edition (the actor's page lists every essay)
                        List<Page.Count> perEssay = new ArrayList<>();
                        for (Essay essay : essays) {
                            int n = byEssay.getOrDefault(essay.id(), List.of()).size();
                            if (n > 0) {
                                perEssay.add(new Page.Count(essay.title().plain(), ROOT + "essays/" + essay.id()
                                        + ".html", n));
                            }
                        }
                        List<Page.Count> most = perEssay.stream()
                                .sorted(Comparator.comparingInt((Page.Count c) -> -c.count())).limit(TOP_ESSAYS)
                                .toList();
                        cards.add(new Page.ActorCard(actor.name(), actor.id() + ".html", actor.description(),
                                mentions.size(), perEssay.size() <= TOP_ESSAYS ? perEssay : most, perEssay.size()));
                    });
            if (!cards.isEmpty()) {
                groups.add(new Page.ActorGroup(kind.plural(), kind.key(), cards));
            }
        }
        return new Page.ActorIndexPage("actors/index.html",
                chromes.chrome("Actors", ROOT, "The people, states and organisations the essays speak of",
                        List.of(new Chrome.Link("Actors", "index.html", true))), groups);
    }

    /** How many passages quote the actor: each paragraph, and each note, naming it once. */
    private int actorPassages(ActorId actor) {
        ActorShare share = byActor.get(actor);
        return share == null ? 0 : share.places;
    }

    /** The actor's pages: the first with its record, the summary and its first passages; then the other passages. */
    private List<Page.ActorPage> actorPages(Actor actor) {
        Page.ActorPage whole = actorPage(actor);
        int passages = whole.perEssay().stream().mapToInt(e -> e.body().size() + e.notes().size()).sum();
        ListPaging paging = new ListPaging(passages, PASSAGES_PER_PAGE);
        if (paging.pages() == 1) {
            return List.of(whole);
        }
        List<List<Page.EssayMentions>> split = split(whole.perEssay(), PASSAGES_PER_PAGE);
        String first = whole.path().substring("actors/".length());
        List<Page.ActorPage> pages = new ArrayList<>();
        for (int page = 1; page <= paging.pages(); page++) {
            String file = ListPaging.entityPathOf(first, page);
            Page.Pager pager = passagesPager(paging, "Pages of the passages naming " + actor.name(), first, page);
            Chrome chrome = further(whole.chrome(), "Actors", actor.name(), first, page, paging,
                    "naming " + actor.name());
            pages.add(new Page.ActorPage("actors/" + file, chrome, whole.name(), whole.kind(),
                    whole.description(), whole.wikidataId(), whole.wikidata(), whole.forms(), split.get(page - 1),
                    whole.events(), whole.companions(), whole.total(), whole.summary(), whole.summaryMore(), pager,
                    page == 1, "passages " + paging.range(page) + " of " + grouped(passages)));
        }
        return pages;
    }

    /** The page list of an entity's passages, each page named by the passages it quotes. */
    private static Page.Pager passagesPager(ListPaging paging, String label, String first, int page) {
        return paging.pager(label, page, p -> "Passages " + paging.range(p), p -> ListPaging.entityPathOf(first, p));
    }

    /**
     * The chrome of page {@code page} of an entity's passages: the first page's own, or for a further page its title
     * ("Russia, passages 51–100") and the way back through the index and the entity's first page.
     */
    private Chrome further(Chrome firstPage, String index, String name, String first, int page, ListPaging paging,
                           String about) {
        if (page == 1) {
            return firstPage;
        }
        String range = paging.range(page);
        return chromes.chrome(name + ", passages " + range, ROOT, "Passages " + range + " of the "
                        + grouped(paging.items()) + " in the essays " + about,
                List.of(new Chrome.Link(index, "index.html", false), new Chrome.Link(name, first, false),
                        new Chrome.Link("Passages " + range, ListPaging.entityPathOf(first, page), true)));
    }

    /** A count as a reader writes it: 4,992. */
    private static String grouped(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** The essays' passages cut into pages of {@code size}, an essay's passages going on where the last page ended. */
    static List<List<Page.EssayMentions>> split(List<Page.EssayMentions> all, int size) {
        List<List<Page.EssayMentions>> pages = new ArrayList<>();
        List<Page.EssayMentions> page = new ArrayList<>();
        int room = size;
        for (Page.EssayMentions essay : all) {
            List<Page.Passage> body = new ArrayList<>(essay.body());
            List<Page.Passage> notes = new ArrayList<>(essay.notes());
            while (!body.isEmpty() || !notes.isEmpty()) {
                if (room == 0) {
                    pages.add(List.copyOf(page));
                    page.clear();
                    room = size;
                }
                int fromBody = Math.min(room, body.size());
                int fromNotes = Math.min(room - fromBody, notes.size());
                page.add(new Page.EssayMentions(essay.essayTitle(), essay.essayHref(),
                        List.copyOf(body.subList(0, fromBody)), List.copyOf(notes.subList(0, fromNotes))));
                body.subList(0, fromBody).clear();
                notes.subList(0, fromNotes).clear();
                room -= fromBody + fromNotes;
            }
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(List.copyOf(page));
        }
        return pages;
    }

    private Page.ActorPage actorPage(Actor actor) {
        List<Mention> mentions = mentions(actor.id());
        Map<String, Integer> forms = new TreeMap<>();
        mentions.forEach(m -> forms.merge(m.form(), 1, Integer::sum));
        List<Page.Count> formCounts = forms.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Page.Count(e.getKey(), "", e.getValue())).toList();
        List<Page.EssayMentions> perEssay = new ArrayList<>();
        List<Page.EssaySummary> summary = new ArrayList<>();
        Map<EssayId, List<Mention>> byEssay = byEssay(mentions, Mention::essay);
        for (Essay essay : essays) {
            String essayHref = ROOT + "essays/" + essay.id() + ".html";
            List<Mention> in = byEssay.getOrDefault(essay.id(), List.of());
            List<Page.Passage> body = Passages.fold(in.stream().filter(Mention::inBody).toList(),
                    a -> essayHref + "#" + a, m -> where(m.anchor(), m.note()), m -> remark(m.how()));
            List<Page.Passage> notes = Passages.fold(in.stream().filter(m -> !m.inBody()).toList(),
                    a -> essayHref + "#" + a, m -> where(m.anchor(), m.note()), m -> remark(m.how()));
            if (!body.isEmpty() || !notes.isEmpty()) {
                perEssay.add(new Page.EssayMentions(essay.title().markup(), essayHref, body, notes));
                Page.Passage first = body.isEmpty() ? notes.get(0) : body.get(0);
                summary.add(new Page.EssaySummary(essay.title().markup(), essayHref, body.size() + notes.size(),
                        first.href(), first.where()));
            }
        }
        List<Page.EssaySummary> shown = summary.stream()
                .sorted(Comparator.comparingInt(Page.EssaySummary::passages).reversed()).limit(SUMMARY_ROWS).toList();
        List<Page.EventRow> events = registry.events().stream().filter(e -> e.participants().contains(actor.id()))
                .map(e -> eventRow(e, ROOT + "events/")).toList();
        return new Page.ActorPage("actors/" + actor.id() + ".html",
                chromes.chrome(actor.name(), ROOT, actor.name() + (actor.description().isEmpty() ? ""
                                : ": " + actor.description()),
                        List.of(new Chrome.Link("Actors", "index.html", false),
                                new Chrome.Link(actor.name(), actor.id() + ".html", true))),
                actor.name(), actor.kind().key(), actor.description(), actor.wikidata().orElse(""),
                actor.wikidata().map(q -> "https://www.wikidata.org/wiki/" + q).orElse(""), formCounts, perEssay,
                events, companions(actor.id(), mentions), mentions.size(), shown, summary.size() - shown.size(),
                Page.Pager.single(""), true, "");
    }

    /** The actors named in the same paragraphs and notes, most often first. */
    private List<Page.Count> companions(ActorId actor, List<Mention> mentions) {
        Set<Place> places = mentions.stream().map(m -> new Place(m.essay(), m.anchor())).collect(Collectors.toSet());
        Map<ActorId, Integer> shared = new HashMap<>(); // how many of the places each other actor is named in
        for (Place place : places) {
            Set<ActorId> there = actorsAt.getOrDefault(place.essay(), Map.of()).getOrDefault(place.anchor(), Set.of());
            for (ActorId other : there) {
                if (!other.equals(actor)) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Comparator.<Map.Entry<ActorId, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(8)
                .map(e -> new Page.Count(registry.actor(e.getKey()).map(Actor::name).orElse(e.getKey().value()),
                        e.getKey() + ".html", e.getValue())).toList();
    }

    private static String where(String anchor, int note) {
        if (note > 0) {
            return "note " + note;
        }
        return PARAGRAPH.matcher(anchor).matches() ? "¶ " + anchor.substring(1) : "heading";
    }

    private static String remark(Mention.How how) {
        return switch (how) {
            case CONTEXT -> "read from the name before it";
            case METONYM -> "the capital for its government";
            case OVERRIDE -> "marked by the editors";
            default -> "";
        };
    }

    private List<Page.EventRow> eventRows(String prefix) {
        return registry.events().stream().map(e -> eventRow(e, prefix)).toList();
    }

    private Page.EventRow eventRow(Event event, String prefix) {
        return new Page.EventRow(event.title(), prefix + event.id() + ".html", event.when(), event.date().iso(),
                event.place(), passages(event));
    }

    /** The essays that speak of the event, by id. */
    private List<EssayId> speaking(Event event) {
        return byEvent.getOrDefault(event.id(), List.of()).stream().map(EventInEssay::essay).distinct().sorted()
                .toList();
    }

    /** How many passages speak of the event. */
    private int passages(Event event) {
        return byEvent.getOrDefault(event.id(), List.of()).stream().mapToInt(in -> in.passages().size()).sum();
    }

    /** The event's pages: the first with its record and the essays' dates, then the passages 50 a page. */
    private List<Page.EventPage> eventPages(Event event) {
        Page.EventPage whole = eventPage(event);
        int passages = whole.essays().stream().mapToInt(e -> e.passages().size()).sum();
        ListPaging paging = new ListPaging(passages, PASSAGES_PER_PAGE);
        if (paging.pages() == 1) {
            return List.of(whole);
        }
        List<List<Page.EssayPassages>> split = new ArrayList<>();
        List<Page.EssayPassages> page = new ArrayList<>();
        int room = PASSAGES_PER_PAGE;
        for (Page.EssayPassages essay : whole.essays()) {
            List<Page.InContext> rest = new ArrayList<>(essay.passages());
            boolean firstPart = true;
            while (!rest.isEmpty()) {
                if (room == 0) {
                    split.add(List.copyOf(page));
                    page.clear();
                    room = PASSAGES_PER_PAGE;
                }
                int take = Math.min(room, rest.size());
                page.add(new Page.EssayPassages(essay.essayTitle(), essay.essayHref(), List.copyOf(rest.subList(0, take)),
                        firstPart ? essay.notes() : List.of()));
                rest.subList(0, take).clear();
                room -= take;
                firstPart = false;
            }
        }
        split.add(List.copyOf(page));
        String first = whole.path().substring("events/".length());
        List<Page.EventPage> pages = new ArrayList<>();
        for (int n = 1; n <= paging.pages(); n++) {
            String file = ListPaging.entityPathOf(first, n);
            Page.Pager pager = passagesPager(paging, "Pages of the passages about " + event.title(), first, n);
            Chrome chrome = further(whole.chrome(), "Events", event.title(), first, n, paging,
                    "about " + event.title());
            pages.add(new Page.EventPage("events/" + file, chrome, whole.title(), whole.when(), whole.iso(),
                    whole.place(), whole.description(), whole.participants(), split.get(n - 1), whole.claims(),
                    whole.disagreement(), pager, n == 1, "passages " + paging.range(n) + " of " + grouped(passages)));
        }
        return pages;
    }

    private Page.EventPage eventPage(Event event) {
        List<Page.EssayPassages> columns = new ArrayList<>();
        List<Page.DateClaim> claims = new ArrayList<>();
        Map<EssayId, EventInEssay> speaking = new HashMap<>();
        byEvent.getOrDefault(event.id(), List.of()).forEach(in -> speaking.put(in.essay(), in));
        for (Essay essay : essays) {
            EventInEssay in = speaking.get(essay.id());
            if (in == null) {
                continue;
            }
            String essayHref = ROOT + "essays/" + essay.id() + ".html";
            List<Page.InContext> views = new ArrayList<>();
            Set<Integer> notes = new TreeSet<>();
            for (int i = 0; i < in.passages().size(); i++) {
                Annotations.EventPassage p = in.passages().get(i);
                Page.InContext quote = new Page.InContext(p.before(), p.cue(), p.after(), essayHref + "#" + p.anchor(),
                        where(p.anchor(), p.note()), p.date().flatMap(DateExpression::date)
                        .map(d -> "dates it " + d.words()).orElse(""));
                views.add(quote);
                notes.addAll(notes(in.essay(), p));
                Optional<EventDate> stated = p.date().flatMap(DateExpression::date);
                stated.ifPresent(d -> claims.add(new Page.DateClaim(essay.title().plain(), quote.href(), quote.where(),
                        d.words(), d.iso(), quote, d.overlaps(event.date()))));
            }
            if (!views.isEmpty()) {
                columns.add(new Page.EssayPassages(essay.title().markup(), essayHref, views, notes.stream()
                        .map(n -> new Chrome.Link("Note " + n, ROOT + SitePaths.notePath(essay.id(), n), false))
                        .toList()));
            }
        }
        List<Chrome.Link> participants = event.participants().stream().map(id -> new Chrome.Link(
                registry.actor(id).map(Actor::name).orElse(id.value()), ROOT + "actors/" + id + ".html", false))
                .toList();
        return new Page.EventPage("events/" + event.id() + ".html",
                chromes.chrome(event.title(), ROOT, event.title() + ", " + event.when()
                                + (event.description().isEmpty() ? "" : ": " + event.description()),
                        List.of(new Chrome.Link("Events", "index.html", false),
                                new Chrome.Link(event.title(), event.id() + ".html", true))),
                event.title(), event.when(), event.date().iso(), event.place(), event.description(), participants,
                columns, claims, disagreement(event, claims), Page.Pager.single(""), true, "");
    }

    /** A plain statement of how the essays' dates differ from each other or from the registry, or empty. */
    private static String disagreement(Event event, List<Page.DateClaim> claims) {
        boolean differ = claims.stream().anyMatch(c -> !c.agrees());
        for (int i = 0; i < claims.size() && !differ; i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                EventDate a = EventDate.parse(claims.get(i).iso(), false).orElseThrow();
                EventDate b = EventDate.parse(claims.get(j).iso(), false).orElseThrow();
                differ |= !a.overlaps(b);
            }
        }
        if (!differ) {
            return "";
        }
        Map<String, List<String>> byEssay = new LinkedHashMap<>();
        claims.forEach(c -> byEssay.computeIfAbsent(c.essayTitle(), k -> new ArrayList<>()).add(c.stated()));
        String said = byEssay.entrySet().stream().map(e -> "“" + e.getKey() + "” puts it in "
                + String.join(" and ", e.getValue().stream().distinct().toList())).collect(Collectors.joining("; "));
        return "The dates differ: " + said + ". The edition dates it " + event.when() + ".";
    }

    /** The timeline's filter by essay: each essay speaking of some event, with the numbers of those events. */
    static final String ESSAYS_SCRIPT = "assets/timeline-essays.js";

    private Contents timeline(ListPaging paging) {
        List<Timeline.Item> items = new ArrayList<>();
        List<Page.TimelineRow> rows = new ArrayList<>();
        // each essay's events by their numbers: the filter by essay, written once on the essay's choice, not as the
        // essays on every event (which grows with the essays times the events, three times over)
        Map<EssayId, List<String>> eventsOf = new HashMap<>();
        Set<ActorId> taking = new HashSet<>();
        int number = 0;
        for (Event event : registry.events()) {
            String n = Integer.toString(++number);
            speaking(event).forEach(e -> eventsOf.computeIfAbsent(e, k -> new ArrayList<>()).add(n));
            taking.addAll(event.participants());
            String actorIds = event.participants().stream().map(ActorId::value).sorted()
                    .collect(Collectors.joining(" "));
            items.add(new Timeline.Item(event.title(), event.when(), event.date().from(), event.date().to(),
                    "events/" + event.id() + ".html", n, actorIds));
            rows.add(new Page.TimelineRow(eventRow(event, "events/"), n, actorIds));
        }
        String description = registry.events().size() + " events from " + registry.events().get(0).when() + " to "
                + registry.events().get(registry.events().size() - 1).when() + ", drawn to scale down a line of"
                + " years; each stretch of years has a scale of its own, and empty stretches are left out at marked"
                + " breaks. Each event is listed, with its date, below the drawing.";
        Page.Svg wide = Timeline.draw(items, 576, 64, "Timeline of the events", description);
        Page.Svg narrow = Timeline.draw(items, 320, 50, "Timeline of the events", description);
        // the essays' choices, as a script beside the page: a list that grows with the essays, not on the page
        List<List<String>> essayChoices = essays.stream().filter(e -> eventsOf.containsKey(e.id()))
                .map(e -> List.of(e.id().value(), e.title().plain(), String.join(" ", eventsOf.get(e.id()))))
                .toList();
        org.apparatus.export.DataFile essaysScript = new org.apparatus.export.DataFile(ESSAYS_SCRIPT,
                "window.APPARATUS_TIMELINE_ESSAYS = " + org.apparatus.export.JsonText.compact(
                        org.apparatus.export.JsonText.Escaping.SCRIPT_SAFE,
                        json -> org.apparatus.export.JsonText.value(json, essayChoices)) + ";\n");
        List<Page.Choice> actorChoices = registry.actors().stream().filter(a -> taking.contains(a.id()))
                .sorted(Comparator.comparing(Actor::name).thenComparing(Actor::id))
                .map(a -> new Page.Choice(a.id().value(), a.name())).toList();
        // the other dates in date order, quoted only when their page is made: an edition gives hundreds of thousands
        List<Dated> uncovered = new ArrayList<>();
        List<Page.Statement> undated = new ArrayList<>();
        Map<String, EventDate> dates = new HashMap<>(); // each date read once, not at every comparison
        for (Essay essay : essays) {
            for (Annotations.DatedStatement s : annotations.get(essay.id()).dated()) {
                if (s.expression().date().isEmpty()) {
                    undated.add(statement(essay, s));
                } else if (!s.covered()) {
                    uncovered.add(new Dated(essay, s, dates.computeIfAbsent(s.expression().date().get().iso(),
                            iso -> EventDate.parse(iso, false).orElseThrow())));
                }
            }
        }
        uncovered.sort(Comparator.comparing(Dated::order));
        java.util.function.IntFunction<String> labels = page -> uncovered.get(paging.first(page) - 1).when() + " – "
                + uncovered.get(paging.last(page) - 1).when();
        java.util.function.IntFunction<List<Page.Statement>> statements = page -> paging.slice(uncovered, page)
                .stream().map(d -> statement(d.essay(), d.statement())).toList();
        Page.TimelinePage first = new Page.TimelinePage("timeline.html",
                chromes.chrome("Timeline", "", "The events the essays describe, in order, and the other dates they"
                        + " give", List.of(new Chrome.Link("Timeline", "timeline.html", true))), wide, narrow,
                ESSAYS_SCRIPT, actorChoices, rows, statements.apply(1), undated, uncovered.size(),
                paging.pages() > 1 ? paging.pager("Pages of the other dates", "timeline.html", 1, labels)
                        : Page.Pager.single("Pages of the other dates"));
        return Contents.oneByOne(paging.pages(), index -> {
            int page = index + 1;
            if (page == 1) {
                return first;
            }
            String path = ListPaging.pathOf("timeline.html", page);
            String title = "Other dates the essays give, " + paging.first(page) + "–" + paging.last(page);
            return new Page.DatesPage(path, chromes.chrome(title, "", "Dated statements no registered event"
                    + " covers, in date order: " + labels.apply(page), List.of(new Chrome.Link("Timeline",
                    "timeline.html", false), new Chrome.Link(title, path, true))), statements.apply(page),
                    paging.first(page), uncovered.size(), paging.pager("Pages of the other dates", "timeline.html",
                    page, labels));
        }, List.of(essaysScript));
    }

    /** A dated statement no event covers, with its essay and the date it is ordered by. */
    private record Dated(Essay essay, Annotations.DatedStatement statement, EventDate order) {
        String when() {
            return statement.expression().date().orElseThrow().words();
        }
    }

    /** A dated statement as the timeline quotes it. */
    private Page.Statement statement(Essay essay, Annotations.DatedStatement s) {
        String sentence = s.sentence(); // cut from the paragraph when asked for: once
        int at = Math.max(0, sentence.indexOf(s.expression().printed()));
        String before = sentence.substring(0, Math.min(at, sentence.length()));
        String after = at + s.expression().printed().length() <= sentence.length()
                ? sentence.substring(at + s.expression().printed().length()) : "";
        Page.InContext quote = new Page.InContext(before, s.expression().printed(), after,
                "essays/" + essay.id() + ".html#" + s.anchor(), where(s.anchor(), 0),
                s.expression().relative() ? s.expression().problem() : "");
        return s.expression().date().map(date -> new Page.Statement(date.words(), date.iso(), essay.title().markup(),
                quote)).orElseGet(() -> new Page.Statement("undated", "", essay.title().markup(), quote));
    }

    private Page.UnregisteredPage unregisteredPage(Shared shared) {
        Map<String, List<Page.InContext>> byName = new TreeMap<>();
        for (Essay essay : essays) {
            String essayHref = ROOT + "essays/" + essay.id() + ".html";
            for (Annotations.Unregistered u : annotations.get(essay.id()).unregistered()) {
                byName.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(new Page.InContext(u.before(), u.name(),
                        u.after(), essayHref + "#" + u.anchor(), essay.source() + ":" + u.line(), ""));
            }
        }
        List<Page.NameRow> rows = byName.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<Page.InContext>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Page.NameRow(e.getKey(), e.getValue().size(),
                        e.getValue().subList(0, Math.min(PLACES, e.getValue().size())), PLACES)).toList();
        return new Page.UnregisteredPage(SitePaths.UNREGISTERED, Links.maintainers(chromes, shared.sections(),
                "Unregistered names", "Name-like words no actor or ignored phrase covers", "unregistered.html"), rows);
    }
}
