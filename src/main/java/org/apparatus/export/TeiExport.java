package org.apparatus.export;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apparatus.link.Bibliography;
import org.apparatus.link.CitationStyle;
import org.apparatus.link.EditorialChange;
import org.apparatus.link.Entities;
import org.apparatus.model.Block;
import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.Publication;
import org.apparatus.model.EventDate;
import org.apparatus.model.Markup;
import org.apparatus.model.Note;
import org.apparatus.model.Work;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Each essay as a TEI P5 document ({@code data/tei/<essay-id>.xml}): a header with the title, author, the seed it was
 * edited from (file and SHA-256) and every editorial change; the text in {@code div}s with {@code head}, {@code p},
 * {@code pb} at the print's page breaks and the footnotes where the print refers to them, each with its citations
 * resolved to the works of a {@code listBibl}; the actors and events of the edition, and the mentions of them.
 */
public final class TeiExport {

    static final String FOLDER = "data/tei/";
    private static final String NS = "http://www.tei-c.org/ns/1.0";
    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    private static final Pattern URI = Pattern.compile("[^\\s<>\"{}|\\\\^`]+");

    private final EditionSettings edition;
    private final Bibliography bibliography;
    private final CitationStyle style;
    private final Entities annotations;
    private final Map<String, Entities.Actor> actors = new HashMap<>();
    private final Set<String> events = new HashSet<>();
    public TeiExport(EditionSettings edition, Bibliography bibliography, CitationStyle style, Entities annotations) {
        this.edition = edition;
        this.bibliography = bibliography;
        this.style = style;
        this.annotations = annotations;
        annotations.actors().forEach(a -> actors.putIfAbsent(a.id(), a));
        annotations.events().forEach(e -> events.add(e.id()));
    }

    /**
     * An essay's mentions by the number of the paragraph they are in, each paragraph's in order: grouped when its file
     * is written (on the core writing it, and in serve for the essays that changed only), then let go.
     */
    private static Map<Integer, List<Entities.Mention>> byParagraph(List<Entities.Mention> mentions) {
        Map<Integer, List<Entities.Mention>> grouped = new HashMap<>();
        mentions.forEach(m -> grouped.computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(m));
        return grouped;
    }

    /** The path of an essay's TEI file in the site. */
    public static String path(Essay essay) {
        return FOLDER + essay.id() + ".xml";
    }

    /**
     * The essay's TEI document.
     *
     * @param seedSha256 the SHA-256 of the seed as it is now, or empty
     * @param changes the differences between the seed and the edition
     */
    public DataFile file(Essay essay, String seedSha256, List<EditorialChange> changes) {
        StringWriter text = new StringWriter();
        try (XmlText xml = new XmlText(text)) {
            xml.line(0).start("TEI").namespace(NS).attributes("xml:lang", "en");
            header(xml, essay, seedSha256, changes);
            List<Entities.Mention> mentions = annotations.mentionsIn(essay.id());
            standOff(xml, mentions);
            xml.line(1).start("text");
            Body body = new Body(essay, xml, byParagraph(mentions));
            if (essay.abstractText().isPresent()) {
                xml.line(2).start("front").line(3).start("div", "type", "abstract").line(4).start("p");
                body.inline(essay.abstractText().get().markup(), List.of());
                xml.end().line(3).end().line(2).end();
            }
            xml.line(2).start("body");
            body.write();
            xml.line(2).end();
            back(xml, essay, body);
            xml.line(1).end().line(0).end();
        }
        return new DataFile(path(essay), text.toString());
    }

    private void header(XmlText xml, Essay essay, String seedSha256, List<EditorialChange> changes) {
        String essayPath = "essays/" + essay.id() + ".html";
        xml.line(1).start("teiHeader").line(2).start("fileDesc").line(3).start("titleStmt");
        xml.line(4).element("title", essay.title().plain());
        if (!essay.author().plain().isEmpty()) {
            xml.line(4).element("author", essay.author().plain());
        }
        xml.line(3).end().line(3).start("publicationStmt");
        xml.line(4).element("publisher", edition.title());
        if (!edition.url().isEmpty()) {
            xml.line(4).element("idno", edition.url() + essayPath, "type", "URI");
        }
        xml.line(4).element("idno", essayPath, "type", "path");
        xml.line(3).end().line(3).start("sourceDesc");
        if (essay.seed().isPresent()) {
            xml.line(4).start("bibl", "type", "print");
            if (!essay.author().plain().isEmpty()) {
                xml.line(5).element("author", essay.author().plain());
            }
            xml.line(5).element("title", essay.title().plain());
            essay.date().filter(EventDate::valid).ifPresent(d -> xml.line(5).element("date", d, "when", d));
            xml.line(5).element("idno", "seeds/" + essay.seed().get(), "type", "seed");
            String sha = seedSha256.isEmpty() ? essay.seedSha256().orElse("") : seedSha256;
            if (!sha.isEmpty()) {
                xml.line(5).element("idno", sha, "type", "SHA-256");
            }
            xml.line(4).end();
        } else if (essay.published().isEmpty()) {
            xml.line(4).element("p", "Written for this edition; there is no printed original.");
        }
        if (essay.published().isPresent()) {
            Publication p = essay.published().get();
            xml.line(4).start("biblStruct", "type", "firstPublished");
            xml.line(5).start("analytic");
            if (!essay.author().plain().isEmpty()) {
                xml.line(6).element("author", essay.author().plain());
            }
            xml.line(6).element("title", essay.title().plain(), "level", "a");
            xml.line(5).end().line(5).start("monogr");
            xml.line(6).element("title", p.in(), "level", p.kind() == Publication.Kind.JOURNAL ? "j" : "m");
            xml.line(6).start("imprint");
            p.publisher().ifPresent(x -> xml.line(7).element("publisher", x));
            xml.line(7).element("date", p.year(), "when", p.year());
            xml.line(6).end();
            p.volume().ifPresent(v -> xml.line(6).element("biblScope", v, "unit", "volume"));
            p.issue().ifPresent(v -> xml.line(6).element("biblScope", v, "unit", "issue"));
            if (p.pages().isPresent()) {
                if (p.lastPage().isPresent()) {
                    xml.line(6).element("biblScope", p.pageRange().get(), "unit", "page", "from",
                            p.firstPage().get(), "to", p.lastPage().get());
                } else {
                    xml.line(6).element("biblScope", p.pageRange().get(), "unit", "page");
                }
            }
            xml.line(5).end().line(4).end();
        }
        xml.line(3).end().line(2).end();
        xml.line(2).start("encodingDesc").line(3).start("editorialDecl");
        xml.line(4).element("p", "Edited from the printed text: words hyphenated"
                + " across a page break are made whole, running heads and page numbers are left out, the print's page"
                + " breaks are kept as pb elements and its footnotes as note elements where the text refers to them."
                + " Each citation of a note is resolved to the work it names (Ibid. and op. cit. included) in the"
                + " listBibl. Every other difference from the print is listed in the revisionDesc.");
        xml.line(3).end().line(2).end();
        xml.line(2).start("profileDesc").line(3).start("langUsage");
        xml.line(4).element("language", "English", "ident", "en");
        xml.line(3).end().line(2).end();
        if (!changes.isEmpty()) {
            xml.line(2).start("revisionDesc").line(3).start("listChange");
            int n = 0;
            for (EditorialChange change : changes) {
                n++;
                xml.line(4).element("change", change.kind().label() + ": "
                        + (change.printed().isEmpty() ? "(nothing)" : "\u201C" + change.printed() + "\u201D")
                        + " \u2192 "
                        + (change.edition().isEmpty() ? "(nothing)" : "\u201C" + change.edition() + "\u201D")
                        + " (print: " + change.seedLocation() + "; edition: " + change.editionLocation() + ")",
                        "n", String.valueOf(n), "type", change.kind().name().toLowerCase(Locale.ROOT));
            }
            xml.line(3).end().line(2).end();
        }
        xml.line(1).end();
    }

    /**
     * The actors and events the essay's names refer to, with the actors taking part in those events: the essay's
     * own, not the edition's (which would make every file grow with the whole edition); data/edition.json lists all.
     */
    private void standOff(XmlText xml, List<Entities.Mention> mentions) {
        Set<String> actorIds = new HashSet<>();
        Set<String> eventIds = new HashSet<>();
        mentions.forEach(m -> {
            actorIds.add(m.actor());
            eventIds.add(m.event());
        });
        List<Entities.Event> ownEvents = annotations.events().stream().filter(e -> eventIds.contains(e.id()))
                .toList();
        ownEvents.forEach(e -> actorIds.addAll(e.actors()));
        List<Entities.Actor> ownActors = annotations.actors().stream().filter(a -> actorIds.contains(a.id()))
                .toList();
        if (ownActors.isEmpty() && ownEvents.isEmpty()) {
            return;
        }
        xml.line(1).start("standOff");
        actorList(xml, ownActors, Entities.Kind.PERSON, "listPerson", "person", "persName");
        actorList(xml, ownActors, Entities.Kind.ORGANISATION, "listOrg", "org", "orgName");
        actorList(xml, ownActors, Entities.Kind.PLACE, "listPlace", "place", "placeName");
        if (!ownEvents.isEmpty()) {
            xml.line(2).start("listEvent");
            for (Entities.Event event : ownEvents) {
                List<String> attributes = new ArrayList<>(List.of("xml:id", "event-" + event.id()));
                if (EventDate.valid(event.when()) && event.until().isEmpty()) {
                    attributes.addAll(List.of("when", event.when()));
                } else if (EventDate.valid(event.when()) && EventDate.valid(event.until())) {
                    attributes.addAll(List.of("from", event.when(), "to", event.until()));
                }
                List<String> refs = event.actors().stream().filter(actors::containsKey).map(a -> "#actor-" + a)
                        .toList();
                if (!refs.isEmpty()) {
                    attributes.addAll(List.of("corresp", String.join(" ", refs)));
                }
                xml.line(3).start("event", attributes.toArray(String[]::new));
                xml.line(4).element("label", event.label());
                if (!event.path().isEmpty()) {
                    xml.line(4).empty("ptr", "target", address(event.path()));
                }
                xml.line(3).end();
            }
            xml.line(2).end();
        }
        xml.line(1).end();
    }

    private void actorList(XmlText xml, List<Entities.Actor> own, Entities.Kind kind, String list, String element,
                           String name) {
        List<Entities.Actor> of = own.stream().filter(a -> a.kind() == kind).toList();
        if (of.isEmpty()) {
            return;
        }
        xml.line(2).start(list);
        for (Entities.Actor actor : of) {
            xml.line(3).start(element, "xml:id", "actor-" + actor.id());
            xml.line(4).element(name, actor.name());
            if (!actor.wikidata().isEmpty()) {
                xml.line(4).element("idno", actor.wikidata(), "type", "wikidata");
            }
            if (!actor.path().isEmpty()) {
                xml.line(4).empty("ptr", "target", address(actor.path()));
            }
            xml.line(3).end();
        }
        xml.line(2).end();
    }

    private void back(XmlText xml, Essay essay, Body body) {
        List<Work> works = worksCitedBy(essay);
        List<Note> unreferenced = essay.notes().stream().filter(n -> !body.placed.contains(n.number())).toList();
        if (works.isEmpty() && unreferenced.isEmpty() && essay.bio().isEmpty()) {
            return;
        }
        xml.line(2).start("back");
        if (!unreferenced.isEmpty()) {
            xml.line(3).start("div", "type", "notes").line(4).element("head", "Notes the text does not refer to");
            for (Note note : unreferenced) {
                xml.line(4);
                body.note(note);
            }
            xml.line(3).end();
        }
        if (essay.bio().isPresent()) {
            xml.line(3).start("div", "type", "bio").line(4).start("p");
            body.inline(essay.bio().get().markup(), List.of());
            xml.end().line(3).end();
        }
        if (!works.isEmpty()) {
            xml.line(3).start("div", "type", "bibliography").line(4).start("listBibl");
            for (Work work : works) {
                bibl(xml, work);
            }
            xml.line(4).end().line(3).end();
        }
        xml.line(2).end();
    }

    private void bibl(XmlText xml, Work work) {
        xml.line(5).start("bibl", "xml:id", workId(work), "type",
                work.type().name().toLowerCase(Locale.ROOT));
        for (String author : work.authors()) {
            xml.line(6).element("author", author);
        }
        if (work.type() == Work.Type.BOOK) {
            xml.line(6).element("title", work.title(), "level", "m");
            CitationStyle.place(work).ifPresent(p -> xml.line(6).element("pubPlace", p));
            xml.line(6).element("publisher", CitationStyle.publisher(work));
        } else {
            if (!work.title().isEmpty()) {
                xml.line(6).element("title", work.title(), "level", "a");
            }
            xml.line(6).element("title", work.container(), "level", "j");
        }
        if (!work.volume().isEmpty()) {
            xml.line(6).element("biblScope", work.volume(), "unit", "volume");
        }
        if (!work.issue().isEmpty()) {
            xml.line(6).element("biblScope", work.issue(), "unit", "issue");
        }
        if (!work.date().isEmpty() || !work.season().isEmpty()) {
            String shown = (work.season() + " " + work.date()).strip();
            if (EventDate.valid(work.date())) {
                xml.line(6).element("date", shown, "when", work.date());
            } else {
                xml.line(6).element("date", shown);
            }
        }
        if (!work.doi().isEmpty()) {
            xml.line(6).element("idno", work.doi(), "type", "DOI");
        }
        if (!work.url().isEmpty() && URI.matcher(work.url()).matches()) {
            xml.line(6).empty("ptr", "type", "online", "target", work.url());
        }
        xml.line(6).empty("ptr", "type", "edition", "target", address("bibliography/" + work.id() + ".html"));
        xml.line(5).end();
    }

    private List<Work> worksCitedBy(Essay essay) {
        LinkedHashSet<Work> works = new LinkedHashSet<>();
        for (Note note : essay.notes()) {
            bibliography.of(essay.id(), note.number()).forEach(r -> works.add(r.work()));
        }
        return List.copyOf(works);
    }

    /** A page of the site as the TEI file refers to it: at the edition's address, or relative to the file. */
    private String address(String sitePath) {
        return edition.url().isEmpty() ? "../../" + sitePath : edition.url() + sitePath;
    }

    private static String workId(Work work) {
        return "work-" + work.id();
    }

    /** The body of one essay: its sections and paragraphs, with the notes placed where the text refers to them. */
    private final class Body {
        private final Essay essay;
        private final XmlText xml;
        private final Map<Integer, Note> notes = new HashMap<>();
        private final Set<Integer> placed = new HashSet<>();
        private final Set<Integer> pages = new HashSet<>();
        private final Map<Integer, List<Entities.Mention>> mentionsByParagraph;

        Body(Essay essay, XmlText xml, Map<Integer, List<Entities.Mention>> mentionsByParagraph) {
            this.essay = essay;
            this.xml = xml;
            this.mentionsByParagraph = mentionsByParagraph;
            essay.notes().forEach(n -> notes.put(n.number(), n));
        }

        void write() {
            List<Integer> open = new ArrayList<>();
            List<Block.Paragraph> paragraphs = essay.paragraphs();
            if (!paragraphs.isEmpty() && !startsWithBreak(paragraphs.get(0))) {
                pages.add(paragraphs.get(0).page());
                xml.line(3).empty("pb", "n", String.valueOf(paragraphs.get(0).page()));
            }
            for (Block block : essay.blocks()) {
                if (block instanceof Block.Heading heading) {
                    while (!open.isEmpty() && open.get(open.size() - 1) >= heading.level()) {
                        open.remove(open.size() - 1);
                        xml.line(3 + open.size()).end();
                    }
                    xml.line(3 + open.size()).start("div", NCNAME.matcher(heading.anchor()).matches()
                            ? new String[] {"type", "section", "xml:id", heading.anchor()}
                            : new String[] {"type", "section"});
                    open.add(heading.level());
                    xml.line(3 + open.size()).start("head");
                    inline(heading.text().markup(), List.of());
                    xml.end();
                } else if (block instanceof Block.Paragraph p) {
                    String n = String.valueOf(p.number());
                    xml.line(3 + open.size()).start("p", NCNAME.matcher(p.anchor()).matches()
                            ? new String[] {"n", n, "xml:id", p.anchor()} : new String[] {"n", n});
                    inline(p.text().markup(), mentions(p));
                    xml.end();
                }
            }
            while (!open.isEmpty()) {
                open.remove(open.size() - 1);
                xml.line(3 + open.size()).end();
            }
        }

        private boolean startsWithBreak(Block.Paragraph p) {
            Element first = Jsoup.parseBodyFragment(p.text().markup().html()).body().children().first();
            return first != null && first.hasClass("pb") && p.text().markup().html().startsWith("<a class=\"pb\"");
        }

        private List<Entities.Mention> mentions(Block.Paragraph p) {
            return mentionsByParagraph.getOrDefault(p.number(), List.of());
        }

        /** Writes inline HTML the edition rendered as TEI phrase-level markup. */
        void inline(Markup html, List<Entities.Mention> mentions) {
            Inline out = new Inline(mentions, false);
            for (Node node : Jsoup.parseBodyFragment(html.html()).body().childNodes()) {
                out.node(node);
            }
        }

        /** Writes a footnote with its citations resolved. */
        void note(Note note) {
            xml.start("note", "place", "foot", "n", String.valueOf(note.number()), "xml:id", "note-" + note.number());
            Inline text = new Inline(List.of(), true);
            for (Node node : Jsoup.parseBodyFragment(note.text().markup().html()).body().childNodes()) {
                text.node(node);
            }
            for (Bibliography.Reference ref : bibliography.of(essay.id(), note.number())) {
                xml.text(" ").start("bibl", "type", "resolved", "corresp", "#" + workId(ref.work()));
                Inline resolved = new Inline(List.of(), true);
                for (Node node : Jsoup.parseBodyFragment(style.note(ref.work(), ref.pinpoint()).html()).body()
                        .childNodes()) {
                    resolved.node(node);
                }
                ref.pinpoint().ifPresent(p -> xml.text(" ").element("citedRange", p, "unit", "page"));
                xml.end();
            }
            xml.end();
        }

        /** Converts one run of inline HTML, tagging the mentions among its words. */
        private final class Inline {
            final List<Entities.Mention> mentions;
            final Map<String, Integer> seen = new HashMap<>();
            final boolean inNote;

            Inline(List<Entities.Mention> mentions, boolean inNote) {
                this.mentions = mentions;
                this.inNote = inNote;
            }

            void node(Node node) {
                if (node instanceof TextNode text) {
                    text(text.getWholeText());
                } else if (node instanceof Element e) {
                    element(e);
                }
            }

            private void children(Element e) {
                e.childNodes().forEach(this::node);
            }

            private void wrap(Element e, String name, String... attributes) {
                xml.start(name, attributes);
                children(e);
                xml.end();
            }

            private void element(Element e) {
                String tag = e.normalName();
                if (tag.equals("a") && e.hasClass("pb")) {
                    int page = parsePage(e.hasAttr("data-page") ? e.attr("data-page") : e.text());
                    if (page > 0 && pages.add(page)) {
                        xml.empty("pb", "n", String.valueOf(page));
                    }
                } else if (tag.equals("sup") && e.hasClass("noteref")) {
                    noteRef(e);
                } else if (tag.equals("em") || tag.equals("i") || tag.equals("cite")) {
                    wrap(e, "hi", "rend", "italic");
                } else if (tag.equals("strong") || tag.equals("b")) {
                    wrap(e, "hi", "rend", "bold");
                } else if (tag.equals("sup")) {
                    wrap(e, "hi", "rend", "superscript");
                } else if (tag.equals("sub")) {
                    wrap(e, "hi", "rend", "subscript");
                } else if (tag.equals("code")) {
                    wrap(e, "code");
                } else if (tag.equals("br")) {
                    xml.empty("lb");
                } else if (tag.equals("a") && URI.matcher(e.attr("href")).matches()
                        && !e.attr("href").startsWith("#")) {
                    wrap(e, "ref", "target", e.attr("href"));
                } else {
                    children(e);
                }
            }

            private void noteRef(Element sup) {
                Element ref = sup.selectFirst("a[data-note]");
                int number = parsePage(ref != null ? ref.attr("data-note") : sup.text());
                Note note = notes.get(number);
                if (note == null || inNote) {
                    xml.text(ref != null ? ref.attr("data-note") : sup.text());
                } else if (placed.add(number)) {
                    note(note);
                } else {
                    xml.empty("ptr", "type", "noteref", "n", String.valueOf(number), "target", "#note-" + number);
                }
            }

            private int parsePage(String digits) {
                String d = digits.strip();
                return d.matches("\\d{1,9}") ? Integer.parseInt(d) : -1;
            }

            /** Text, with each mention whose words lie inside it tagged. */
            private void text(String text) {
                List<Found> found = new ArrayList<>();
                Map<String, List<Integer>> occurrences = new HashMap<>();
                for (Entities.Mention m : mentions) {
                    List<Integer> starts = occurrences.computeIfAbsent(m.text(), t -> indices(text, t));
                    int index = m.occurrence() - seen.getOrDefault(m.text(), 0) - 1;
                    if (index >= 0 && index < starts.size()) {
                        found.add(new Found(m, starts.get(index), starts.get(index) + m.text().length()));
                    }
                }
                occurrences.forEach((t, starts) -> seen.merge(t, starts.size(), Integer::sum));
                // names and dates first, in text order; then the passages about events that overlap none of them
                found.sort(Comparator.comparing((Found f) -> !f.mention().event().isEmpty()
                                && f.mention().actor().isEmpty())
                        .thenComparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
                // the chosen, which overlap none of each other, by start: the one that may overlap is the last before
                java.util.TreeMap<Integer, Found> chosen = new java.util.TreeMap<>();
                for (Found f : found) {
                    Map.Entry<Integer, Found> last = chosen.lowerEntry(f.end());
                    if (last == null || last.getValue().end() <= f.start()) {
                        chosen.put(f.start(), f);
                    }
                }
                int at = 0;
                for (Found f : chosen.values()) {
                    xml.text(text.substring(at, f.start()));
                    mention(f.mention(), text.substring(f.start(), f.end()));
                    at = f.end();
                }
                xml.text(text.substring(at));
            }

            private static List<Integer> indices(String text, String words) {
                List<Integer> starts = new ArrayList<>();
                for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + words.length())) {
                    starts.add(i);
                }
                return starts;
            }

            private record Found(Entities.Mention mention, int start, int end) {
            }

            private void mention(Entities.Mention m, String words) {
                Entities.Actor actor = actors.get(m.actor());
                if (actor != null) {
                    String name = switch (actor.kind()) {
                        case PERSON -> "persName";
                        case ORGANISATION -> "orgName";
                        case PLACE -> "placeName";
                    };
                    String ref = "#actor-" + actor.id() + (actor.wikidata().isEmpty() ? ""
                            : " http://www.wikidata.org/entity/" + actor.wikidata());
                    xml.element(name, words, "ref", ref);
                } else if (events.contains(m.event())) {
                    xml.element("rs", words, "type", "event", "ref", "#event-" + m.event());
                } else if (EventDate.valid(m.when())) {
                    xml.element("date", words, "when", m.when());
                } else {
                    xml.text(words);
                }
            }
        }
    }
}
