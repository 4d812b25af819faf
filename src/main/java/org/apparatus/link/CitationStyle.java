package org.apparatus.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apparatus.model.Markup;
import org.apparatus.model.PersonName;
import org.apparatus.model.Publication;
import org.apparatus.model.Work;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;


import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

/**
 * Formats works in the Chicago notes-bibliography style through citeproc-java and the CSL style of the Citation
 * Style Language project, and writes them as BibTeX, RIS and CSL-JSON.
 */
public final class CitationStyle {

    /** The CSL style used: Chicago Manual of Style, notes and bibliography. */
    public static final String STYLE = "chicago-notes-bibliography";

    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}\\b");
    /** A page number no citation has, formatted in its place once per work. */
    static final String STAND_IN = "97531";
    private static final Pattern SINGLE_PAGE = Pattern.compile("[1-9][0-9]{0,3}");
    /** Each acronym's case-insensitive pattern, compiled once. */
    private static final Map<String, Pattern> ACRONYM_PATTERNS = new ConcurrentHashMap<>();

    private final CSL notes;
    private final Map<String, String> entries = new HashMap<>();
    private final Map<String, Markup> noteForms = new HashMap<>();
    private final Map<String, Markup> standIns = new HashMap<>();
    private final Map<String, Markup> cleanEntries = new ConcurrentHashMap<>();
    private final Map<String, String> entryTexts = new ConcurrentHashMap<>();

    public CitationStyle(List<Work> works) {
        CSL bibliography;
        try {
            ListItemDataProvider provider = new ListItemDataProvider(
                    works.stream().map(CitationStyle::item).toArray(CSLItemData[]::new));
            // the bibliography's engine makes every entry here and is let go: it holds a copy of every work
            bibliography = new CSL(provider, STYLE, "en-US");
            bibliography.setOutputFormat("html");
            notes = new CSL(provider, STYLE, "en-US");
            notes.setOutputFormat("html");
        } catch (IOException e) {
            throw new UncheckedIOException("the CSL style " + STYLE + " is missing from the class path", e);
        }
        if (!works.isEmpty()) {
            // unsorted: citeproc would otherwise insert each work in order and renumber all after it, which is
            // quadratic; this style prints no citation numbers, and the bibliography's order is the works' own
            bibliography.registerCitationItems(works.stream().map(w -> w.id().value()).toList(), true);
            // citeproc renders each entry on its own; one pass over all of them, noting the order it visits the
            // works in, gives the same entries as one call per work, without visiting every work once per work
            List<String> order = new ArrayList<>();
            String[] made = bibliography.makeBibliography(item -> order.add(item.getId())).getEntries();
            if (made.length == order.size()) {
                for (int i = 0; i < made.length; i++) {
                    entries.put(order.get(i), made[i]);
                }
            } else { // some work has an empty entry: which one is unknown, so make them one by one
                for (Work work : works) {
                    String id = work.id().value();
                    String[] one = bibliography.makeBibliography(item -> item.getId().equals(id)).getEntries();
                    entries.put(id, one.length == 1 ? one[0] : work.container());
                }
            }
        }
    }

    /** The work's bibliography entry. */
    public Markup entry(Work work) {
        return cleanEntries.computeIfAbsent(work.id().value(),
                id -> clean(entries.getOrDefault(id, work.container()), work));
    }

    /**
     * The work's bibliography entry as plain text ({@link #text}), read once: the bibliography's order, the work's
     * page and the search index each ask for it, and serve keeps the style while the works are unchanged.
     */
    public String entryText(Work work) {
        return entryTexts.computeIfAbsent(work.id().value(), id -> text(entry(work)));
    }

    /**
     * The work as a full first note, with the pinpoint if any. Pages are made on several threads and citeproc's engine
     * is one: the notes are made one at a time, and those citeproc makes are kept. A note with a single page number
     * is made anew each time from the work's one note with a stand-in (a copy of a string): an edition cites
     * hundreds of thousands of pages, which kept would each hold a note.
     */
    public synchronized Markup note(Work work, Optional<String> pinpoint) {
        return withPage(work, pinpoint).orElseGet(() -> noteForms.computeIfAbsent(
                work.id() + "\u0000" + pinpoint.orElse(""), k -> makeNote(work, pinpoint)));
    }

    /**
     * The note with a single page number, without asking citeproc again: the work's note is made once with a
     * stand-in page number, which is then replaced. citeproc prints a single page number as it is and chooses the
     * same label for every one, so this is the note citeproc would make; ranges and other pinpoints, and a work whose
     * fields contain the stand-in, are made by citeproc.
     */
    private Optional<Markup> withPage(Work work, Optional<String> pinpoint) {
        if (pinpoint.isEmpty() || !SINGLE_PAGE.matcher(pinpoint.get()).matches()
                || String.join("\u0000", work.title(), work.container(), work.volume(), work.issue(), work.date(),
                work.season(), work.doi(), work.url(), String.join(" ", work.authors())).contains(STAND_IN)) {
            return Optional.empty();
        }
        String html = standIns.computeIfAbsent(work.id().value(), k -> makeNote(work, Optional.of(STAND_IN))).html();
        int at = html.indexOf(STAND_IN);
        if (at < 0 || html.indexOf(STAND_IN, at + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Markup(html.substring(0, at) + pinpoint.get() + html.substring(at + STAND_IN.length())));
    }

    /** The note as citeproc makes it. */
    Markup makeNote(Work work, Optional<String> pinpoint) {
        notes.reset();
        CSLCitationItemBuilder item = new CSLCitationItemBuilder(work.id().value());
        pinpoint.ifPresent(p -> item.locator(p).label(CSLLabel.PAGE));
        return clean(notes.makeCitation(new CSLCitation(item.build())).get(0).getText(), work);
    }

    /** Plain text of a formatted reference, for metadata and citations to copy. */
    public static String text(Markup markup) {
        return Jsoup.parseBodyFragment(markup.html()).text();
    }

    /**
     * citeproc's HTML without wrappers, with emphasis as elements rather than inline styles, and with the acronyms of
     * the print ({@code ITAR TASS}) kept in capitals where the style's title case lowered them.
     */
    private static Markup clean(String html, Work work) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        List<String> acronyms = new ArrayList<>();
        Matcher capitals = ACRONYM.matcher(work.title() + " " + work.container());
        while (capitals.find()) {
            acronyms.add(capitals.group());
        }
        for (org.jsoup.nodes.TextNode node : doc.select("*").textNodes()) {
            String text = node.getWholeText();
            for (String acronym : acronyms) {
                text = ACRONYM_PATTERNS.computeIfAbsent(acronym, a -> Pattern.compile("\\b" + Pattern.quote(a)
                        + "\\b", Pattern.CASE_INSENSITIVE)).matcher(text).replaceAll(Matcher.quoteReplacement(acronym));
            }
            node.text(text);
        }
        for (Element span : doc.select("span[style]")) {
            String style = span.attr("style");
            if (style.contains("italic")) {
                span.tagName("i");
            } else if (style.contains("bold")) {
                span.tagName("b");
            }
            span.removeAttr("style");
        }
        doc.select("span:not([class])").unwrap();
        doc.select("div.csl-entry, div.csl-bib-body, div").unwrap();
        return new Markup(doc.body().html().strip());
    }

    /** The work as CSL item data, as citeproc formats it and CSL-JSON lists it. */
    public static CSLItemData item(Work work) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(work.id().value());
        if (work.type() == Work.Type.BOOK) {
            b.type(CSLType.BOOK).publisher(publisher(work));
            place(work).ifPresent(b::publisherPlace);
        } else {
            b.type(work.type() == Work.Type.ARTICLE ? CSLType.ARTICLE_JOURNAL : CSLType.ARTICLE_NEWSPAPER)
                    .containerTitle(work.container());
        }
        if (!work.title().isEmpty()) {
            b.title(work.title());
        }
        if (!work.authors().isEmpty()) {
            b.author(work.authors().stream().map(CitationStyle::name).toArray(CSLName[]::new));
        }
        if (!work.volume().isEmpty()) {
            b.volume(work.volume());
        }
        if (!work.issue().isEmpty()) {
            b.issue(work.issue());
        }
        date(work).ifPresent(b::issued);
        if (!work.doi().isEmpty()) {
            b.DOI(work.doi());
        }
        if (!work.url().isEmpty()) {
            b.URL(work.url());
        }
        return b.build();
    }

    /** A book's publisher: what its container prints after the place ({@code London: Verso} gives Verso). */
    public static String publisher(Work work) {
        int colon = work.container().indexOf(':');
        return colon < 0 ? work.container().strip() : work.container().substring(colon + 1).strip();
    }

    /** A book's place of publication, if its container prints one before a colon. */
    public static Optional<String> place(Work work) {
        int colon = work.container().indexOf(':');
        return colon <= 0 ? Optional.empty() : Optional.of(work.container().substring(0, colon).strip());
    }

    private static Optional<CSLDate> date(Work work) {
        if (work.date().isEmpty()) {
            return Optional.empty();
        }
        if (!work.season().isEmpty()) {
            return Optional.of(new CSLDateBuilder().literal(work.season() + " " + work.year()).build());
        }
        String[] parts = work.date().split("-");
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return Optional.of(new CSLDateBuilder().dateParts(numbers).build());
    }

    static CSLName name(String full) {
        PersonName name = PersonName.of(full);
        CSLNameBuilder b = new CSLNameBuilder().family(name.family());
        if (!name.given().isEmpty()) {
            b.given(name.given());
        }
        return b.build();
    }

    /** A COinS {@code title} (OpenURL 1.0 key/value) that Zotero reads from a {@code span.Z3988}. */
    public static String coins(Work work) {
        List<String> kv = new ArrayList<>();
        kv.add("ctx_ver=Z39.88-2004");
        if (work.type() == Work.Type.ARTICLE) {
            kv.add("rft_val_fmt=" + enc("info:ofi/fmt:kev:mtx:journal"));
            kv.add("rft.genre=article");
            kv.add("rft.atitle=" + enc(work.title()));
            kv.add("rft.jtitle=" + enc(work.container()));
        } else if (work.type() == Work.Type.BOOK) {
            kv.add("rft_val_fmt=" + enc("info:ofi/fmt:kev:mtx:book"));
            kv.add("rft.genre=book");
            kv.add("rft.btitle=" + enc(work.title()));
            kv.add("rft.pub=" + enc(publisher(work)));
            place(work).ifPresent(p -> kv.add("rft.place=" + enc(p)));
        } else {
            kv.add("rft_val_fmt=" + enc("info:ofi/fmt:kev:mtx:journal"));
            kv.add("rft.genre=issue");
            kv.add("rft.jtitle=" + enc(work.container()));
        }
        if (!work.volume().isEmpty()) {
            kv.add("rft.volume=" + enc(work.volume()));
        }
        if (!work.issue().isEmpty()) {
            kv.add("rft.issue=" + enc(work.issue()));
        }
        if (!work.date().isEmpty()) {
            kv.add("rft.date=" + enc(work.date()));
        }
        for (String author : work.authors()) {
            kv.add("rft.au=" + enc(author));
        }
        if (!work.doi().isEmpty()) {
            kv.add("rft_id=" + enc("info:doi/" + work.doi()));
        }
        return String.join("&", kv);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Where an essay was first printed, in the style of a Chicago note, after the words "First published in":
     * {@code Journal 12, no. 3 (2002): 45–67.} or {@code Book (Publisher, 2002), 45–67.} A journal's publisher, which
     * Chicago leaves out, is given by the BibTeX entry and the metadata instead.
     *
     * @param html true for HTML, with the journal's or book's title in {@code <i>} and the rest escaped
     */
    public static String firstPublished(Publication p, boolean html) {
        StringBuilder out = new StringBuilder();
        if (p.kind() == Publication.Kind.JOURNAL) {
            p.volume().ifPresent(v -> out.append(' ').append(v));
            p.issue().ifPresent(v -> out.append(p.volume().isPresent() ? ", no. " : " no. ").append(v));
            out.append(" (").append(p.year()).append(')'); // a journal's publisher is not part of its citation
            p.pageRange().ifPresent(r -> out.append(": ").append(r));
        } else {
            p.volume().ifPresent(v -> out.append(", vol. ").append(v));
            out.append(" (").append(p.publisher().map(x -> x + ", ").orElse("")).append(p.year()).append(')');
            p.pageRange().ifPresent(r -> out.append(", ").append(r));
        }
        String rest = out.append('.').toString();
        return html ? "<i>" + org.jsoup.nodes.Entities.escape(p.in()) + "</i>" + org.jsoup.nodes.Entities.escape(rest)
                : p.in() + rest;
    }

    /** A Google Scholar {@code citation_reference} value. */
    public static String scholarReference(Work work) {
        List<String> parts = new ArrayList<>();
        if (!work.title().isEmpty()) {
            parts.add("citation_title=" + work.title());
        }
        work.authors().forEach(a -> parts.add("citation_author=" + a));
        parts.add((work.type() == Work.Type.ARTICLE ? "citation_journal_title="
                : work.type() == Work.Type.BOOK ? "citation_publisher=" : "citation_title=") + work.container());
        if (!work.volume().isEmpty()) {
            parts.add("citation_volume=" + work.volume());
        }
        if (!work.issue().isEmpty()) {
            parts.add("citation_issue=" + work.issue());
        }
        if (!work.date().isEmpty()) {
            parts.add("citation_publication_date=" + work.date().replace('-', '/'));
        }
        return String.join("; ", parts);
    }
}
