package org.apparatus.link;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apparatus.model.Block;
import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
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
final class TeiExport {

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
    /** The mentions of each paragraph of each essay, in the order of the entities: found once, not per paragraph. */
    private final Map<EssayId, Map<Integer, List<Entities.Mention>>> mentionsByParagraph = new HashMap<>();

    TeiExport(EditionSettings edition, Bibliography bibliography, CitationStyle style, Entities annotations) {
        this.edition = edition;
        this.bibliography = bibliography;
        this.style = style;
        this.annotations = annotations;
        annotations.actors().forEach(a -> actors.putIfAbsent(a.id(), a));
        annotations.events().forEach(e -> events.add(e.id()));
        for (Entities.Mention m : annotations.mentions()) {
            mentionsByParagraph.computeIfAbsent(m.essay(), k -> new HashMap<>())
                    .computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(m);
        }
    }

    /** The path of an essay's TEI file in the site. */
    static String path(Essay essay) {
        return FOLDER + essay.id() + ".xml";
    }

    /**
     * The essay's TEI document.
     *
     * @param seedSha256 the SHA-256 of the seed as it is now, or empty
     * @param changes the differences between the seed and the edition
     */
    SiteModel.DataFile file(Essay essay, String seedSha256, List<EditorialChange> changes) {
        Xml xml = new Xml();
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.raw("<TEI xmlns=\"" + NS + "\" xml:lang=\"en\">\n");
        header(xml, essay, seedSha256, changes);
        standOff(xml);
        xml.raw("  <text>\n");
        Body body = new Body(essay);
        if (essay.abstractText().isPresent()) {
            xml.raw("    <front>\n      <div type=\"abstract\">\n        <p>");
            xml.raw(body.inline(essay.abstractText().get().markup(), List.of()));
            xml.raw("</p>\n      </div>\n    </front>\n");
        }
        xml.raw("    <body>\n");
        body.write(xml);
        xml.raw("    </body>\n");
        back(xml, essay, body);
        xml.raw("  </text>\n</TEI>\n");
        return new SiteModel.DataFile(path(essay), xml.toString());
    }

    private void header(Xml xml, Essay essay, String seedSha256, List<EditorialChange> changes) {
        String essayPath = "essays/" + essay.id() + ".html";
        xml.raw("  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n");
        xml.raw("        <title>").text(essay.title().plain()).raw("</title>\n");
        if (!essay.author().plain().isEmpty()) {
            xml.raw("        <author>").text(essay.author().plain()).raw("</author>\n");
        }
        xml.raw("      </titleStmt>\n      <publicationStmt>\n");
        xml.raw("        <publisher>").text(edition.title()).raw("</publisher>\n");
        if (!edition.url().isEmpty()) {
            xml.raw("        <idno type=\"URI\">").text(edition.url() + essayPath).raw("</idno>\n");
        }
        xml.raw("        <idno type=\"path\">").text(essayPath).raw("</idno>\n");
        xml.raw("      </publicationStmt>\n      <sourceDesc>\n");
        if (essay.seed().isPresent()) {
            xml.raw("        <bibl type=\"print\">\n");
            if (!essay.author().plain().isEmpty()) {
                xml.raw("          <author>").text(essay.author().plain()).raw("</author>\n");
            }
            xml.raw("          <title>").text(essay.title().plain()).raw("</title>\n");
            essay.date().filter(TeiExport::isDate).ifPresent(d ->
                    xml.raw("          <date when=\"").attr(d).raw("\">").text(d).raw("</date>\n"));
            xml.raw("          <idno type=\"seed\">seeds/").text(essay.seed().get()).raw("</idno>\n");
            String sha = seedSha256.isEmpty() ? essay.seedSha256().orElse("") : seedSha256;
            if (!sha.isEmpty()) {
                xml.raw("          <idno type=\"SHA-256\">").text(sha).raw("</idno>\n");
            }
            xml.raw("        </bibl>\n");
        } else {
            xml.raw("        <p>Written for this edition; there is no printed original.</p>\n");
        }
        xml.raw("      </sourceDesc>\n    </fileDesc>\n");
        xml.raw("    <encodingDesc>\n      <editorialDecl>\n        <p>Edited from the printed text: words hyphenated"
                + " across a page break are made whole, running heads and page numbers are left out, the print's page"
                + " breaks are kept as pb elements and its footnotes as note elements where the text refers to them."
                + " Each citation of a note is resolved to the work it names (Ibid. and op. cit. included) in the"
                + " listBibl. Every other difference from the print is listed in the revisionDesc.</p>\n");
        xml.raw("      </editorialDecl>\n    </encodingDesc>\n");
        xml.raw("    <profileDesc>\n      <langUsage>\n        <language ident=\"en\">English</language>\n"
                + "      </langUsage>\n    </profileDesc>\n");
        if (!changes.isEmpty()) {
            xml.raw("    <revisionDesc>\n      <listChange>\n");
            int n = 0;
            for (EditorialChange change : changes) {
                n++;
                xml.raw("        <change n=\"" + n + "\" type=\"").attr(change.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .raw("\">").text(change.kind().label() + ": ");
                xml.text(change.printed().isEmpty() ? "(nothing)" : "\u201C" + change.printed() + "\u201D");
                xml.text(" \u2192 ");
                xml.text(change.edition().isEmpty() ? "(nothing)" : "\u201C" + change.edition() + "\u201D");
                xml.text(" (print: " + change.seedLocation() + "; edition: " + change.editionLocation() + ")");
                xml.raw("</change>\n");
            }
            xml.raw("      </listChange>\n    </revisionDesc>\n");
        }
        xml.raw("  </teiHeader>\n");
    }

    /** The edition's actors and events, which the text's names refer to. */
    private void standOff(Xml xml) {
        if (annotations.actors().isEmpty() && annotations.events().isEmpty()) {
            return;
        }
        xml.raw("  <standOff>\n");
        actorList(xml, Entities.Kind.PERSON, "listPerson", "person", "persName");
        actorList(xml, Entities.Kind.ORGANISATION, "listOrg", "org", "orgName");
        actorList(xml, Entities.Kind.PLACE, "listPlace", "place", "placeName");
        if (!annotations.events().isEmpty()) {
            xml.raw("    <listEvent>\n");
            for (Entities.Event event : annotations.events()) {
                xml.raw("      <event xml:id=\"event-").attr(event.id()).raw("\"");
                if (isDate(event.when()) && event.until().isEmpty()) {
                    xml.raw(" when=\"").attr(event.when()).raw("\"");
                } else if (isDate(event.when()) && isDate(event.until())) {
                    xml.raw(" from=\"").attr(event.when()).raw("\" to=\"").attr(event.until()).raw("\"");
                }
                List<String> refs = event.actors().stream().filter(actors::containsKey).map(a -> "#actor-" + a)
                        .toList();
                if (!refs.isEmpty()) {
                    xml.raw(" corresp=\"").attr(String.join(" ", refs)).raw("\"");
                }
                xml.raw(">\n        <label>").text(event.label()).raw("</label>\n");
                if (!event.path().isEmpty()) {
                    xml.raw("        <ptr target=\"").attr(address(event.path())).raw("\"/>\n");
                }
                xml.raw("      </event>\n");
            }
            xml.raw("    </listEvent>\n");
        }
        xml.raw("  </standOff>\n");
    }

    private void actorList(Xml xml, Entities.Kind kind, String list, String element, String name) {
        List<Entities.Actor> of = annotations.actors().stream().filter(a -> a.kind() == kind).toList();
        if (of.isEmpty()) {
            return;
        }
        xml.raw("    <" + list + ">\n");
        for (Entities.Actor actor : of) {
            xml.raw("      <" + element + " xml:id=\"actor-").attr(actor.id()).raw("\">\n");
            xml.raw("        <" + name + ">").text(actor.name()).raw("</" + name + ">\n");
            if (!actor.wikidata().isEmpty()) {
                xml.raw("        <idno type=\"wikidata\">").text(actor.wikidata()).raw("</idno>\n");
            }
            if (!actor.path().isEmpty()) {
                xml.raw("        <ptr target=\"").attr(address(actor.path())).raw("\"/>\n");
            }
            xml.raw("      </" + element + ">\n");
        }
        xml.raw("    </" + list + ">\n");
    }

    private void back(Xml xml, Essay essay, Body body) {
        List<Work> works = worksCitedBy(essay);
        List<Note> unreferenced = essay.notes().stream().filter(n -> !body.placed.contains(n.number())).toList();
        if (works.isEmpty() && unreferenced.isEmpty() && essay.bio().isEmpty()) {
            return;
        }
        xml.raw("    <back>\n");
        if (!unreferenced.isEmpty()) {
            xml.raw("      <div type=\"notes\">\n        <head>Notes the text does not refer to</head>\n");
            for (Note note : unreferenced) {
                xml.raw("        ").raw(body.note(note)).raw("\n");
            }
            xml.raw("      </div>\n");
        }
        if (essay.bio().isPresent()) {
            xml.raw("      <div type=\"bio\">\n        <p>").raw(body.inline(essay.bio().get().markup(), List.of()))
                    .raw("</p>\n      </div>\n");
        }
        if (!works.isEmpty()) {
            xml.raw("      <div type=\"bibliography\">\n        <listBibl>\n");
            for (Work work : works) {
                bibl(xml, work);
            }
            xml.raw("        </listBibl>\n      </div>\n");
        }
        xml.raw("    </back>\n");
    }

    private void bibl(Xml xml, Work work) {
        xml.raw("          <bibl xml:id=\"").attr(workId(work)).raw("\" type=\"")
                .attr(work.type() == Work.Type.ARTICLE ? "article" : "periodical").raw("\">\n");
        for (String author : work.authors()) {
            xml.raw("            <author>").text(author).raw("</author>\n");
        }
        if (!work.title().isEmpty()) {
            xml.raw("            <title level=\"a\">").text(work.title()).raw("</title>\n");
        }
        xml.raw("            <title level=\"j\">").text(work.container()).raw("</title>\n");
        if (!work.volume().isEmpty()) {
            xml.raw("            <biblScope unit=\"volume\">").text(work.volume()).raw("</biblScope>\n");
        }
        if (!work.issue().isEmpty()) {
            xml.raw("            <biblScope unit=\"issue\">").text(work.issue()).raw("</biblScope>\n");
        }
        if (!work.date().isEmpty() || !work.season().isEmpty()) {
            String shown = (work.season() + " " + work.date()).strip();
            xml.raw("            <date");
            if (isDate(work.date())) {
                xml.raw(" when=\"").attr(work.date()).raw("\"");
            }
            xml.raw(">").text(shown).raw("</date>\n");
        }
        if (!work.doi().isEmpty()) {
            xml.raw("            <idno type=\"DOI\">").text(work.doi()).raw("</idno>\n");
        }
        if (!work.url().isEmpty() && URI.matcher(work.url()).matches()) {
            xml.raw("            <ptr type=\"online\" target=\"").attr(work.url()).raw("\"/>\n");
        }
        xml.raw("            <ptr type=\"edition\" target=\"").attr(address("bibliography/" + work.id() + ".html"))
                .raw("\"/>\n");
        xml.raw("          </bibl>\n");
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

    /** True for a date TEI's {@code when} accepts: a real year, year and month, or day. */
    static boolean isDate(String date) {
        try {
            if (date.matches("\\d{4}")) {
                return true;
            } else if (date.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(date);
                return true;
            } else if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(date);
                return true;
            }
            return false;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The body of one essay: its sections and paragraphs, with the notes placed where the text refers to them. */
    private final class Body {
        private final Essay essay;
        private final Map<Integer, Note> notes = new HashMap<>();
        private final Set<Integer> placed = new HashSet<>();
        private final Set<Integer> pages = new HashSet<>();

        Body(Essay essay) {
            this.essay = essay;
            essay.notes().forEach(n -> notes.put(n.number(), n));
        }

        void write(Xml xml) {
            List<Integer> open = new ArrayList<>();
            String indent = "      ";
            List<Block.Paragraph> paragraphs = essay.paragraphs();
            if (!paragraphs.isEmpty() && !startsWithBreak(paragraphs.get(0))) {
                pages.add(paragraphs.get(0).page());
                xml.raw(indent).raw("<pb n=\"" + paragraphs.get(0).page() + "\"/>\n");
            }
            for (Block block : essay.blocks()) {
                if (block instanceof Block.Heading heading) {
                    while (!open.isEmpty() && open.get(open.size() - 1) >= heading.level()) {
                        open.remove(open.size() - 1);
                        xml.raw(indent(open.size())).raw("</div>\n");
                    }
                    xml.raw(indent(open.size())).raw("<div type=\"section\"");
                    if (NCNAME.matcher(heading.anchor()).matches()) {
                        xml.raw(" xml:id=\"").attr(heading.anchor()).raw("\"");
                    }
                    xml.raw(">\n");
                    open.add(heading.level());
                    xml.raw(indent(open.size())).raw("<head>").raw(inline(heading.text().markup(), List.of()))
                            .raw("</head>\n");
                } else if (block instanceof Block.Paragraph p) {
                    xml.raw(indent(open.size())).raw("<p n=\"" + p.number() + "\"");
                    if (NCNAME.matcher(p.anchor()).matches()) {
                        xml.raw(" xml:id=\"").attr(p.anchor()).raw("\"");
                    }
                    xml.raw(">").raw(inline(p.text().markup(), mentions(p))).raw("</p>\n");
                }
            }
            while (!open.isEmpty()) {
                open.remove(open.size() - 1);
                xml.raw(indent(open.size())).raw("</div>\n");
            }
        }

        private String indent(int depth) {
            return "      " + "  ".repeat(depth);
        }

        private boolean startsWithBreak(Block.Paragraph p) {
            Element first = Jsoup.parseBodyFragment(p.text().markup().html()).body().children().first();
            return first != null && first.hasClass("pb") && p.text().markup().html().startsWith("<a class=\"pb\"");
        }

        private List<Entities.Mention> mentions(Block.Paragraph p) {
            return mentionsByParagraph.getOrDefault(essay.id(), Map.of()).getOrDefault(p.number(), List.of());
        }

        /** Inline HTML the edition rendered, as TEI phrase-level markup. */
        String inline(Markup html, List<Entities.Mention> mentions) {
            Element body = Jsoup.parseBodyFragment(html.html()).body();
            Inline out = new Inline(mentions);
            for (Node node : body.childNodes()) {
                out.node(node);
            }
            return out.xml.toString();
        }

        /** A footnote with its citations resolved. */
        String note(Note note) {
            Xml xml = new Xml();
            xml.raw("<note place=\"foot\" n=\"" + note.number() + "\" xml:id=\"note-" + note.number() + "\">");
            Inline text = new Inline(List.of());
            text.inNote = true;
            for (Node node : Jsoup.parseBodyFragment(note.text().markup().html()).body().childNodes()) {
                text.node(node);
            }
            xml.raw(text.xml.toString());
            for (Bibliography.Reference ref : bibliography.of(essay.id(), note.number())) {
                xml.raw(" <bibl type=\"resolved\" corresp=\"#").attr(workId(ref.work())).raw("\">");
                Inline resolved = new Inline(List.of());
                resolved.inNote = true;
                for (Node node : Jsoup.parseBodyFragment(style.note(ref.work(), ref.pinpoint()).html()).body()
                        .childNodes()) {
                    resolved.node(node);
                }
                xml.raw(resolved.xml.toString());
                ref.pinpoint().ifPresent(p -> xml.raw(" <citedRange unit=\"page\">").text(p).raw("</citedRange>"));
                xml.raw("</bibl>");
            }
            return xml.raw("</note>").toString();
        }

        /** Converts one run of inline HTML, tagging the mentions among its words. */
        private final class Inline {
            final Xml xml = new Xml();
            final List<Entities.Mention> mentions;
            final Map<String, Integer> seen = new HashMap<>();
            boolean inNote;

            Inline(List<Entities.Mention> mentions) {
                this.mentions = mentions;
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

            private void wrap(String open, String close, Element e) {
                xml.raw(open);
                children(e);
                xml.raw(close);
            }

            private void element(Element e) {
                String tag = e.normalName();
                if (tag.equals("a") && e.hasClass("pb")) {
                    int page = parsePage(e.hasAttr("data-page") ? e.attr("data-page") : e.text());
                    if (page > 0 && pages.add(page)) {
                        xml.raw("<pb n=\"" + page + "\"/>");
                    }
                } else if (tag.equals("sup") && e.hasClass("noteref")) {
                    noteRef(e);
                } else if (tag.equals("em") || tag.equals("i") || tag.equals("cite")) {
                    wrap("<hi rend=\"italic\">", "</hi>", e);
                } else if (tag.equals("strong") || tag.equals("b")) {
                    wrap("<hi rend=\"bold\">", "</hi>", e);
                } else if (tag.equals("sup")) {
                    wrap("<hi rend=\"superscript\">", "</hi>", e);
                } else if (tag.equals("sub")) {
                    wrap("<hi rend=\"subscript\">", "</hi>", e);
                } else if (tag.equals("code")) {
                    wrap("<code>", "</code>", e);
                } else if (tag.equals("br")) {
                    xml.raw("<lb/>");
                } else if (tag.equals("a") && URI.matcher(e.attr("href")).matches()
                        && !e.attr("href").startsWith("#")) {
                    xml.raw("<ref target=\"").attr(e.attr("href")).raw("\">");
                    children(e);
                    xml.raw("</ref>");
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
                    xml.raw(note(note));
                } else {
                    xml.raw("<ptr type=\"noteref\" n=\"" + number + "\" target=\"#note-" + number + "\"/>");
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
                List<Found> chosen = new ArrayList<>();
                for (Found f : found) {
                    if (chosen.stream().noneMatch(c -> c.start() < f.end() && f.start() < c.end())) {
                        chosen.add(f);
                    }
                }
                chosen.sort(Comparator.comparingInt(Found::start));
                int at = 0;
                for (Found f : chosen) {
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
                    xml.raw("<" + name + " ref=\"").attr(ref).raw("\">").text(words).raw("</" + name + ">");
                } else if (events.contains(m.event())) {
                    xml.raw("<rs type=\"event\" ref=\"#event-").attr(m.event()).raw("\">").text(words).raw("</rs>");
                } else if (isDate(m.when())) {
                    xml.raw("<date when=\"").attr(m.when()).raw("\">").text(words).raw("</date>");
                } else {
                    xml.text(words);
                }
            }
        }
    }

    /** XML text built by hand: escaped text and attributes, no character XML 1.0 forbids. */
    static final class Xml {
        private final StringBuilder out = new StringBuilder();

        Xml raw(String s) {
            out.append(s);
            return this;
        }

        Xml text(String s) {
            escape(s, false);
            return this;
        }

        Xml attr(String s) {
            escape(s, true);
            return this;
        }

        private void escape(String s, boolean attribute) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append(attribute ? "&quot;" : "\"");
                    default -> {
                        if (c == '\t' || c == '\n' || c == '\r') {
                            out.append(attribute ? ' ' : c);
                        } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
