package org.apparatus.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apparatus.export.BibTeX;
import org.apparatus.link.Annotated;
import org.apparatus.link.Annotations;
import org.apparatus.link.Bibliography;
import org.apparatus.link.CitationStyle;
import org.apparatus.link.Memo;
import org.apparatus.link.SitePaths;
import org.apparatus.model.Block;
import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Markup;
import org.apparatus.model.Note;
import org.apparatus.model.PersonName;
import org.apparatus.model.Text;
import org.apparatus.model.Work;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every page needs to link across the site, made once per build: the navigation, each essay's annotated
 * passages, the works each essay cites and the notes citing each work, and the citations of an essay to copy.
 */
final class Links {

    private final EditionSettings edition;
    private final Bibliography bibliography;
    private final CitationStyle style;
    // filled as pages are made, which may be on any thread
    private final Map<EssayId, List<Work>> cited = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each essay's annotated passage calling each note, once per build. */
    private final Map<EssayId, Map<Integer, Passage>> notePassages = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<EssayId, Annotations> annotations;
    private final List<Section> sections;

    /** The notes citing each work, indexed once: a page per note asks for them. */
    private final Map<org.apparatus.model.WorkId, Map<Bibliography.NoteKey, List<Bibliography.Reference>>> citing;
    private final Map<EssayId, Essay> byId = new HashMap<>();

    /** What keeps each essay's note passages while the essay and its annotations are unchanged. */
    private final Memo memo;

    /** @param citing {@link Bibliography#citingByWork()} of {@code bibliography} */
    Links(EditionSettings edition, List<Essay> essays, Bibliography bibliography,
          Map<org.apparatus.model.WorkId, Map<Bibliography.NoteKey, List<Bibliography.Reference>>> citing,
          CitationStyle style, Map<EssayId, Annotations> annotations, List<Section> sections, Memo memo) {
        this.edition = edition;
        this.annotations = annotations;
        this.sections = List.copyOf(sections);
        this.bibliography = bibliography;
        this.style = style;
        this.citing = citing;
        this.memo = memo;
        essays.forEach(e -> byId.put(e.id(), e));
    }

    Map<Bibliography.NoteKey, List<Bibliography.Reference>> citing(org.apparatus.model.WorkId work) {
        return citing.getOrDefault(work, Map.of());
    }

    /** What a note cites, resolved, as seen from a page at {@code root}. */
    List<Page.ResolvedReference> references(Essay essay, Note note, String root) {
        List<Page.ResolvedReference> views = new ArrayList<>();
        for (Bibliography.Reference ref : bibliography.of(essay.id(), note.number())) {
            // a few of the other notes, in edition order; the work's page lists them all (listing them all here
            // would make a work cited k times cost k * k links)
            List<Bibliography.NoteKey> otherKeys = citing(ref.work().id()).keySet().stream()
                    .filter(key -> !(key.essay().equals(essay.id()) && key.number() == note.number())).toList();
            List<Chrome.Link> others = otherKeys.stream().limit(OTHER_NOTES)
                    .map(key -> noteLink(key, root, !key.essay().equals(essay.id()))).toList();
            views.add(new Page.ResolvedReference(ref.via().label(), style.note(ref.work(), ref.pinpoint()),
                    root + "bibliography/" + ref.work().id() + ".html", others,
                    otherKeys.size() - others.size()));
        }
        // an op. cit. the print leaves open: its words, and every work it could mean, none chosen
        for (Bibliography.Ambiguous a : bibliography.ambiguousIn(essay.id(), note.number())) {
            String words = a.printed().replace("*", "").replace("_", "").strip().replaceAll("[.;,]+$", "");
            views.add(new Page.ResolvedReference(a.via().label(), new Markup("\u201C"
                    + org.jsoup.nodes.Entities.escape(words) + "\u201D is ambiguous: the print does not say which"
                    + " of the " + a.candidates().size() + " earlier works by "
                    + (a.candidates().get(0).authors().size() == 1 ? "this author" : "these authors")
                    + " it means"), "", List.of(), 0,
                    a.candidates().stream().map(w -> new Chrome.Link(
                            CitationStyle.text(style.note(w, a.pinpoint())),
                            root + "bibliography/" + w.id() + ".html", false)).toList()));
        }
        return views;
    }

    Chrome.Link noteLink(Bibliography.NoteKey key, String root, boolean withEssay) {
        String label = (withEssay ? essay(key.essay()).title().plain() + ", " : "") + "note " + key.number();
        return new Chrome.Link(label, root + SitePaths.notePath(key.essay(), key.number()), false);
    }

    /** The works an essay cites, in the order it first cites them. */
    List<Work> worksCitedBy(Essay essay) {
        return cited.computeIfAbsent(essay.id(), id -> {
            LinkedHashSet<Work> works = new LinkedHashSet<>();
            for (Note note : essay.notes()) {
                bibliography.of(essay.id(), note.number()).forEach(r -> works.add(r.work()));
            }
            return List.copyOf(works);
        });
    }

    /**
     * The annotated passage calling each note of the essay, by note number: kept while the essay and its
     * annotations are unchanged, so that the inputs of the works' pages compare at once.
     */
    Map<Integer, Passage> notePassages(Essay essay) {
        return notePassages.computeIfAbsent(essay.id(), id -> memo.piece(
                NOTE_PASSAGES, id, new Annotated(essay, annotations.get(id)), () -> {
                    Map<Integer, Passage> byNote = new HashMap<>();
                    essay.calling().forEach((note, p) -> byNote.put(note,
                            new Passage(p.anchor(), linked(essay, p.anchor(), p.text()))));
                    return Map.copyOf(byNote);
                }));
    }

    Essay essay(EssayId id) {
        return Objects.requireNonNull(byId.get(id), "essay");
    }

    /** A Chicago note and a BibTeX entry for an essay or a place in it, with its link. */
    Page.Cite cite(Essay essay, String label, String locator, String path) {
        String address = edition.url() + path;
        String author = essay.author().plain();
        String chicago = (author.isEmpty() ? "" : author + ", ") + "\u201C" + essay.title().plain() + ",\u201D "
                + (locator.isEmpty() ? "" : locator + ", ") + "in " + edition.title() + ", " + address + "."
                + essay.published().map(p -> " First published in " + CitationStyle.firstPublished(p, false))
                        .orElse("");
        String key = (author.isEmpty() ? "anonymous" : Bibliography.slug(PersonName.of(author).family())) + "-"
                + essay.id() + (locator.isEmpty() ? "" : "-" + Bibliography.slug(locator));
        String bibtex = BibTeX.inCollection(key, author, essay.title().plain(), edition.title(),
                String.join("; ", java.util.stream.Stream.of(locator, essay.published()
                        .map(p -> "first published in " + CitationStyle.firstPublished(p, false)).orElse(""))
                        .filter(x -> !x.isEmpty()).toList()), address);
        if (locator.isEmpty() && essay.published().isPresent()) {
            // the essay as a whole: its first printing too, as the entry a reader citing the print wants
            bibtex += "\n\n" + BibTeX.firstPrinting(key + "-" + essay.published().get().year(), author,
                    essay.title().plain(), essay.published().get());
        }
        return new Page.Cite(label, chicago, bibtex);
    }

    /** The annotated markup of a heading, paragraph or note, with links relative to {@code essays/}. */
    Markup linked(Essay essay, String anchor, Text text) {
        Annotations a = annotations.get(essay.id());
        return a == null ? text.markup() : a.linked().getOrDefault(anchor, text.markup());
    }

    /**
     * The markup an essay's page shows of a heading, paragraph or note: each actor and event linked at its first
     * mention in its section (a note is a section of its own), the others plain {@code span.mention[data-href]}.
     *
     * @param reading the essay's {@link Annotations#reading}
     */
    Markup reading(Map<String, Markup> reading, Essay essay, String anchor, Text text) {
        Markup changed = reading.get(anchor);
        return changed != null ? changed : linked(essay, anchor, text);
    }

    /** The essay's {@link Annotations#reading}, made now; none when the essay has no annotations. */
    Map<String, Markup> reading(Essay essay) {
        Annotations a = annotations.get(essay.id());
        return a == null ? Map.of() : a.reading(essay);
    }

    Chrome chrome(String title, String root, String description, List<Chrome.Link> trail) {
        List<Chrome.Link> breadcrumbs = new ArrayList<>();
        breadcrumbs.add(new Chrome.Link("Home", root + "index.html", trail.isEmpty()));
        breadcrumbs.addAll(trail);
        String section = trail.isEmpty() ? "Essays" : trail.get(0).label();
        List<Chrome.Link> nav = sections.stream()
                .map(s -> new Chrome.Link(s.label(), root + s.path(), s.label().equals(section))).toList();
        return new Chrome(edition.title(), title, root, description, breadcrumbs, nav, List.of(), "");
    }

    /** Asks search engines to leave a page out of their index: the maintainers' reports carry it. */
    static final Chrome.Meta NOINDEX = new Chrome.Meta("robots", "noindex");

    /**
     * The layout of a maintainers' report ({@code maintainers/<file>}): reached from the About page (the way back
     * when the edition has one) and marked {@code noindex}.
     *
     * @param sections the site's sections, which hold the About page when there is one
     */
    static Chrome maintainers(Registers.Chromes chromes, List<Section> sections, String title, String description,
                              String file) {
        List<Chrome.Link> trail = new ArrayList<>();
        sections.stream().filter(s -> s.path().equals(SitePaths.ABOUT)).findFirst()
                .ifPresent(about -> trail.add(new Chrome.Link(about.label(), "../" + about.path(), false)));
        trail.add(new Chrome.Link(title, file, true));
        return chromes.chrome(title, "../", description, trail).withMetadata(List.of(NOINDEX), "");
    }

    /** How many of the other notes citing a work a note's page links to. */
    static final int OTHER_NOTES = 12;

    /** A paragraph as a page quotes it: its anchor and annotated markup. */
    record Passage(String anchor, Markup markup) {
    }

    private static final Memo.Piece<Map<Integer, Passage>> NOTE_PASSAGES = Memo.Piece.named("note passages");

    /** The annotated paragraph, its in-page links pointed at the essay and the note's own marker highlighted. */
    static Markup passageMarkup(Markup paragraph, String essayHref, int number) {
        return passageMarkup(paragraph, essayHref, number, false);
    }

    /**
     * The passage as {@link #passageMarkup(Markup, String, int)} makes it, and when {@code deeper} also with its
     * mention links pointed from one folder deeper, as {@link #deeper} would: in one parse of the paragraph.
     */
    static Markup passageMarkup(Markup paragraph, String essayHref, int number, boolean deeper) {
        return passagesMarkup(paragraph, essayHref, List.of(number), deeper).get(number);
    }

    /**
     * The passage of each of {@code numbers}, notes of the same paragraph: the annotated paragraph, its in-page links
     * pointed at the essay, and the note's own marker highlighted; with {@code deeper}, its mention links also pointed
     * from one folder deeper. In one parse of the paragraph, each note's marker highlighted in turn.
     */
    static Map<Integer, Markup> passagesMarkup(Markup paragraph, String essayHref, List<Integer> numbers,
                                               boolean deeper) {
        Document fragment = Jsoup.parseBodyFragment(paragraph.html());
        fragment.outputSettings().prettyPrint(false);
        Map<String, List<Element>> byHref = new java.util.HashMap<>();
        for (Element a : fragment.select("a[href^=#]")) {
            byHref.computeIfAbsent(a.attr("href"), k -> new ArrayList<>()).add(a);
            a.attr("href", essayHref + a.attr("href"));
            a.removeAttr("id");
        }
        if (deeper) {
            for (Element a : fragment.select("a.mention")) {
                a.attr("href", "../" + a.attr("href"));
            }
        }
        Map<Integer, Markup> passages = new java.util.LinkedHashMap<>();
        for (int number : numbers) {
            List<Element> markers = byHref.getOrDefault("#note-" + number, List.of()).stream()
                    .filter(a -> a.parent() != null).toList();
            // each marker's attributes as they were, to be put back after this note's passage is written
            List<org.jsoup.nodes.Attributes> before = new ArrayList<>();
            for (Element a : markers) {
                before.add(a.parent().attributes().clone());
                before.add(a.attributes().clone());
            }
            for (Element a : markers) {
                a.parent().addClass("current");
                a.attr("aria-current", "true");
            }
            passages.put(number, new Markup(fragment.body().html()));
            for (int i = markers.size() - 1; i >= 0; i--) {
                restore(markers.get(i), before.get(2 * i + 1));
                restore(markers.get(i).parent(), before.get(2 * i));
            }
        }
        return passages;
    }

    /** Gives the element exactly these attributes again, in their order. */
    private static void restore(Element element, org.jsoup.nodes.Attributes attributes) {
        element.clearAttributes();
        element.attributes().addAll(attributes);
    }

    /** Markup made for {@code essays/}, its mention links pointed from one folder deeper ({@code notes/<id>/}). */
    static Markup deeper(Markup markup) {
        if (!markup.html().contains("mention")) {
            return markup;
        }
        Document fragment = Jsoup.parseBodyFragment(markup.html());
        fragment.outputSettings().prettyPrint(false);
        for (Element a : fragment.select("a.mention")) {
            a.attr("href", "../" + a.attr("href"));
        }
        return new Markup(fragment.body().html());
    }

    static String abbreviate(String text) {
        if (text.length() <= 200) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 197);
        return text.substring(0, cut < 100 ? 197 : cut) + "…";
    }
}
