package org.apparatus.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apparatus.export.BibliographyExports;
import org.apparatus.export.DataFile;
import org.apparatus.export.EditionData;
import org.apparatus.export.SearchEntry;
import org.apparatus.export.SearchIndex;
import org.apparatus.export.SiteIndex;
import org.apparatus.export.TeiExport;
import org.apparatus.ingest.ImportedEssay;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.link.Annotated;
import org.apparatus.link.Annotations;
import org.apparatus.link.Annotator;
import org.apparatus.link.Bibliography;
import org.apparatus.link.CitationStyle;
import org.apparatus.link.EditorialChange;
import org.apparatus.link.Entities;
import org.apparatus.link.Fidelity;
import org.apparatus.link.Memo;
import org.apparatus.link.SitePaths;
import org.apparatus.link.WorkCorrections;
import org.apparatus.model.Actor;
import org.apparatus.model.ContentPage;
import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Event;
import org.apparatus.model.Markup;
import org.apparatus.model.Mention;
import org.apparatus.model.Registry;
import org.apparatus.model.Text;
import org.apparatus.model.Work;

/**
 * The cross-referenced site: every page the build writes, as view objects, and the data files (exports), both in
 * path order. The many pages of one essay or one work are made only when they are written ({@link Part}), so a build
 * holds a few essays' pages at a time, not the edition's.
 *
 * @param pages the pages made at once, sorted by path
 * @param files the data files made at once, sorted by path
 * @param parts the pages and files made when written, in edition order
 */
public record SiteModel(List<Page> pages, List<DataFile> files, List<Part> parts) {

    /** The mentions of an essay the exports list; how many actors and events an essay names; its note passages. */
    private static final Memo.Piece<List<Entities.Mention>> ENTITIES = Memo.Piece.named("entities");
    private static final Memo.Piece<Named> NAMED = Memo.Piece.named("named");
    /** What the search page finds of an essay: made again only when the essay changed. */
    private static final Memo.Piece<List<SearchEntry>> SEARCH = Memo.Piece.named("search entries");

    /**
     * The inputs of an essay's part: its text, annotations and changes, its neighbours, what each of its notes
     * cites, and which notes cite each work it cites.
     */
    private record EssayInputs(Shared shared, Essay essay, Annotations annotations, List<EditorialChange> changes,
                               Optional<Titled> previous, Optional<Titled> next, String seedSha256,
                               List<List<Bibliography.Reference>> references, List<List<Bibliography.NoteKey>> citing,
                               List<List<Bibliography.Ambiguous>> ambiguous) {
    }

    public SiteModel {
        pages = pages.stream().sorted(Comparator.comparing(Page::path)).toList();
        files = files.stream().sorted(Comparator.comparing(DataFile::path)).toList();
        parts = List.copyOf(parts);
    }

    /** A site whose pages and files are all made at once. */
    public SiteModel(List<Page> pages, List<DataFile> files) {
        this(pages, files, List.of());
    }

    /** How many pages the site has, made or not. */
    public int pageCount() {
        return pages.size() + parts.stream().mapToInt(p -> p.paths().size()).sum();
    }

    /**
     * Cross-references the essays: checks ids and seeds, compares each essay with its seed, resolves every note's
     * citations to works, links notes to their passages and works to their notes, and makes the pages.
     *
     * @param essays the parsed essays, curated and imported
     * @param seeds the seeds' imports by seed file name, for the fidelity check
     * @param corrections the maintainers' corrections to works
     */
    public static SiteModel build(EditionSettings edition, List<Essay> essays, Map<String, ImportedEssay> seeds,
                                  WorkCorrections corrections, Diagnostics diagnostics) {
        return build(edition, essays, seeds, corrections, Registry.empty(), List.of(), diagnostics);
    }

    /**
     * Cross-references the essays as {@link #build(EditionSettings, List, Map, WorkCorrections, Diagnostics)} does,
     * and links every mention of a registered actor and event, making their pages and the timeline.
     *
     * @param registry the actors and events of {@code content/actors.yml} and {@code content/events.yml}
     */
    public static SiteModel build(EditionSettings edition, List<Essay> essays, Map<String, ImportedEssay> seeds,
                                  WorkCorrections corrections, Registry registry, Diagnostics diagnostics) {
        return build(edition, essays, seeds, corrections, registry, List.of(), diagnostics);
    }

    /**
     * Cross-references the essays, the registers and the edition's own pages: everything above, and the pages of
     * {@code content/pages/}, the navigation and the search page with its index.
     *
     * @param contentPages the pages of the edition's own prose ({@code content/pages/*.md})
     */
    public static SiteModel build(EditionSettings edition, List<Essay> essays, Map<String, ImportedEssay> seeds,
                                  WorkCorrections corrections, Registry registry, List<ContentPage> contentPages,
                                  Diagnostics diagnostics) {
        return build(edition, essays, seeds, corrections, registry, contentPages, Memo.none(), diagnostics);
    }

    /**
     * Cross-references everything as the method above does, taking from {@code memo} what an earlier build with the
     * same inputs computed (for {@code apparatus serve}); the model is the same as without it.
     */
    public static SiteModel build(EditionSettings edition, List<Essay> essays, Map<String, ImportedEssay> seeds,
                                  WorkCorrections corrections, Registry registry, List<ContentPage> contentPages,
                                  Memo memo, Diagnostics diagnostics) {
        List<Essay> unique = unique(essays, diagnostics);
        Bibliography bibliography = memo.bibliography(unique, corrections, diagnostics);
        CitationStyle style = memo.style(bibliography.works());
        Annotator annotator = memo.annotator(registry);
        memo.keepOnly(unique);
        // each essay is annotated on its own, on every core; the diagnostics sort what they collect
        Map<EssayId, Annotations> annotations = unique.parallelStream()
                .map(essay -> memo.annotate(annotator, essay, diagnostics))
                .collect(java.util.stream.Collectors.toMap(Annotations::essay, a -> a));
        Annotator.reportUnregistered(unique, annotations, diagnostics);
        List<ContentPage> prose = contentPages.stream().sorted(Comparator.comparing(ContentPage::id)).toList();
        // The site's sections, in the navigation's order: each page's nav and the home page's ways in.
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Essays", "index.html", "The essays, each with its notes"));
        if (!registry.actors().isEmpty()) {
            sections.add(new Section("Actors", "actors/index.html",
                    "The people, states and institutions the essays name, each with every passage naming it"));
        }
        if (!registry.events().isEmpty()) {
            sections.add(new Section("Events", "events/index.html",
                    "The dated events the essays describe, with the passages about each"));
            sections.add(new Section("Timeline", "timeline.html", "The events in order, on one line of years"));
        }
        sections.add(new Section("Bibliography", "bibliography/index.html",
                "Every work the essays cite, once, with the notes that cite it"));
        sections.add(new Section("Search", "search.html",
                "Find a word in the essays (to the paragraph), the notes, the works, the actors and events"));
        prose.forEach(page -> sections.add(new Section(page.label(), page.path(), page.description())));
        Shared shared = memo.same(new Shared(edition, sections, registry, bibliography.works(),
                unique.stream().map(e -> new Titled(e.id(), e.title())).toList()));
        Links links = new Links(edition, unique, bibliography, memo.citingByWork(bibliography), style, annotations, sections,
                memo);
        EssayPages essayPages = new EssayPages(links, edition, registry, annotations);
        NotePages notePages = new NotePages(links);
        Entities entities = Entities.of(registry, unique, essay -> memo.piece(ENTITIES, essay.id(),
                new Annotated(essay, annotations.get(essay.id())),
                () -> Entities.mentions(essay, annotations.get(essay.id()))));
        TeiExport tei = new TeiExport(edition, bibliography, style, entities);
        List<Page> pages = new ArrayList<>();
        List<DataFile> files = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        List<String> partPaths = new ArrayList<>();
        List<Page.EssayCard> cards = new ArrayList<>();
        for (int i = 0; i < unique.size(); i++) {
            Essay essay = unique.get(i);
            List<EditorialChange> changes = Fidelity.changes(essay, seeds, diagnostics);
            Annotations found = annotations.get(essay.id());
            Named named = memo.piece(NAMED, essay.id(), found, () -> new Named(
                    (int) found.mentions().stream().map(Mention::actor).distinct().count(),
                    (int) found.passages().stream().map(Annotations.EventPassage::event).distinct().count()));
            cards.add(new Page.EssayCard("essays/" + essay.id() + ".html", essay.title().markup(),
                    essay.author().markup(), essay.abstractText().map(Text::markup).orElse(new Markup("")),
                    essay.paragraphs().size(), essay.notes().size(), named.actors(), named.events()));
            Essay previous = i > 0 ? unique.get(i - 1) : null;
            Essay next = i + 1 < unique.size() ? unique.get(i + 1) : null;
            String seedSha256 = essay.seed().map(seeds::get).map(imported -> imported.seed().sha256()).orElse("");
            List<String> paths = List.of("essays/" + essay.id() + ".html", "changes/" + essay.id() + ".html");
            List<String> notePaths = essay.notes().stream().map(n -> SitePaths.notePath(essay.id(), n.number()))
                    .toList();
            java.util.function.Supplier<Object> inputs = Part.shared(() -> new EssayInputs(shared, essay, found,
                    changes, Optional.ofNullable(previous).map(e -> new Titled(e.id(), e.title())),
                    Optional.ofNullable(next).map(e -> new Titled(e.id(), e.title())), seedSha256,
                    essay.notes().stream().map(n -> bibliography.of(essay.id(), n.number())).toList(),
                    links.worksCitedBy(essay).stream()
                            .map(w -> List.copyOf(links.citing(w.id()).keySet())).toList(),
                    essay.notes().stream().map(n -> bibliography.ambiguousIn(essay.id(), n.number())).toList()));
            // an essay's pages and files, and its notes' pages: two parts of the same inputs, made side by side
            parts.add(new Part(paths, inputs, () -> {
                List<Work> cited = links.worksCitedBy(essay);
                return new Contents(List.of(essayPages.essayPage(essay, changes, previous, next),
                        essayPages.changesPage(essay, changes)), List.of(
                        new DataFile("bibliography/" + essay.id() + ".bib", BibliographyExports.bibtex(cited)),
                        new DataFile("bibliography/" + essay.id() + ".ris", BibliographyExports.ris(cited)),
                        new DataFile("bibliography/" + essay.id() + ".json", BibliographyExports.cslJson(cited)),
                        tei.file(essay, seedSha256, changes)));
            }));
            partPaths.addAll(paths);
            if (!notePaths.isEmpty()) {
                parts.add(new Part(notePaths, inputs, () -> new Contents(List.copyOf(notePages.pages(essay)), List.of())));
                partPaths.addAll(notePaths);
            }
        }
        pages.addAll(homePages(edition, links, cards, sections));
        new BibliographyPages(links, unique, bibliography, style, shared).addParts(parts, partPaths);
        pages.addAll(new Registers(registry, unique, annotations, links::chrome, memo)
                .pages(shared, parts, partPaths));
        for (ContentPage page : prose) {
            pages.add(new Page.TextPage(page.path(), links.chrome(page.title(), "", page.description(),
                    List.of(new Chrome.Link(page.label(), page.path(), true))), page.title(), page.body(),
                    page.path().equals(SitePaths.ABOUT) ? reports(registry, bibliography, annotations) : List.of()));
        }
        // the entries of the works, actors, events and pages, made when the index is written
        java.util.function.Supplier<List<SearchEntry>> others = () -> {
            List<SearchEntry> entries = new ArrayList<>();
            for (Work work : bibliography.works()) {
                entries.add(new SearchEntry("Work", work.title().isEmpty() ? work.container() : work.title(),
                        "bibliography/" + work.id() + ".html", style.entryText(work)));
            }
            for (Actor actor : registry.actors()) {
                entries.add(new SearchEntry("Actor", actor.name(), "actors/" + actor.id() + ".html",
                        String.join(" · ", actor.forms()) + ". " + actor.description()));
            }
            for (Event event : registry.events()) {
                entries.add(new SearchEntry("Event", event.title() + " (" + event.when() + ")",
                        "events/" + event.id() + ".html", event.description()
                                + (event.place().isEmpty() ? "" : " " + event.place() + ".")));
            }
            prose.forEach(page -> entries.add(new SearchEntry("Page", page.title(), page.path(), page.plain())));
            return entries;
        };
        int essayEntries = unique.stream().mapToInt(SearchIndex::entryCount).sum();
        int otherEntries = bibliography.works().size() + registry.actors().size() + registry.events().size()
                + prose.size();
        pages.add(new Page.SearchPage("search.html", links.chrome("Search", "",
                "Search the essays, notes, works, actors, events and pages of " + edition.title(),
                List.of(new Chrome.Link("Search", "search.html", true))), SearchIndex.PATH, "assets/search.js",
                essayEntries + otherEntries));
        // each essay's entries are made (or taken from the memo) when the index needs them, and let go after
        files.addAll(new SearchIndex.Sharded(unique.size() + 1, essayEntries + otherEntries, () -> {
            List<SearchIndex.Group> groups = new ArrayList<>();
            unique.forEach(essay -> groups.add(new SearchIndex.Group(SearchIndex.entryCount(essay),
                    () -> memo.piece(SEARCH, essay.id(), essay, () -> SearchIndex.entries(essay)),
                    Optional.of(essay.id()), essay.title().plain())));
            groups.add(new SearchIndex.Group(otherEntries, others, Optional.empty(), ""));
            return groups;
        }, memo).files());
        // made as they are written, on every core, not here
        List<Work> works = bibliography.works();
        files.add(new DataFile("bibliography/bibliography.bib", out -> out.append(BibliographyExports.bibtex(works))));
        files.add(new DataFile("bibliography/bibliography.ris", out -> out.append(BibliographyExports.ris(works))));
        files.add(new DataFile("bibliography/bibliography.json", out -> out.append(BibliographyExports.cslJson(works))));
        // a server shows it at any depth: its links start from the edition's address, or it stands alone
        pages.add(new Page.NotFoundPage(SiteIndex.NOT_FOUND, links.chrome("Page not found", "",
                "There is no page at this address", List.of(new Chrome.Link("Page not found", SiteIndex.NOT_FOUND,
                        true))), "index.html", edition.url()));
        files.addAll(EditionData.files(edition, unique, bibliography, entities, memo));
        List<String> allPaths = new ArrayList<>(partPaths);
        pages.forEach(page -> allPaths.add(page.path()));
        allPaths.sort(Comparator.naturalOrder());
        files.addAll(SiteIndex.files(edition, allPaths));
        return new SiteModel(pages, files, parts);
    }

    /**
     * The maintainers' reports as the About page lists them (no other page links to them): the citations to check,
     * and the unregistered names when the edition registers actors.
     */
    private static List<Page.Report> reports(Registry registry, Bibliography bibliography,
                                             Map<EssayId, Annotations> annotations) {
        List<Page.Report> reports = new ArrayList<>();
        reports.add(new Page.Report("Citations to check", SitePaths.CITATIONS, "the notes whose citations the build"
                + " could not resolve without guessing, or could only partly read", bibliography.problems().size()));
        if (!registry.actors().isEmpty()) {
            reports.add(new Page.Report("Unregistered names", SitePaths.UNREGISTERED, "words of the essays that look"
                    + " like names but that no registered actor, alias or ignored phrase covers, each in its sentences",
                    (int) annotations.values().stream().flatMap(a -> a.unregistered().stream())
                            .map(Annotations.Unregistered::name).distinct().count()));
        }
        return reports;
    }

    /** The most essays a page of the home page's list holds. */
    static final int ESSAYS_PAGE = 100;

    /**
     * The home page and, when the essays do not fit on it, the further pages of their list ({@code index-2.html},
     * ...), each with the page list.
     */
    private static List<Page> homePages(EditionSettings edition, Links links, List<Page.EssayCard> cards,
                                        List<Section> sections) {
        ListPaging paging = new ListPaging(cards.size(), ESSAYS_PAGE);
        java.util.function.IntFunction<String> labels = page -> paging.first(page) + "–" + paging.last(page);
        List<Page.WayIn> waysIn = sections.stream().skip(1)
                .map(s -> new Page.WayIn(s.label(), s.path(), s.description())).toList();
        List<Page> pages = new ArrayList<>();
        for (int page = 1; page <= paging.pages(); page++) {
            Page.Pager pager = paging.pages() > 1 ? paging.pager("Pages of the essays", "index.html", page, labels)
                    : Page.Pager.single("Pages of the essays");
            String path = ListPaging.pathOf("index.html", page);
            if (page == 1) {
                pages.add(new Page.Home(path, links.chrome(edition.title(), "", edition.introduction(), List.of()),
                        edition.introduction(), paging.slice(cards, 1), waysIn, paging.pages() > 1
                                ? "Essays " + labels.apply(1) + " of " + cards.size() : "Essays", pager));
            } else {
                String title = "Essays " + labels.apply(page) + " of " + cards.size();
                pages.add(new Page.Home(path, links.chrome(title, "", "The essays of " + edition.title() + ", "
                        + labels.apply(page), List.of(new Chrome.Link(title, path, true))), "",
                        paging.slice(cards, page), List.of(), title, pager));
            }
        }
        return pages;
    }

    /** How many actors and events an essay names. */
    private record Named(int actors, int events) {
    }

    /** The essays in their edition order (by seed file, then id), each id once. */
    private static List<Essay> unique(List<Essay> essays, Diagnostics diagnostics) {
        List<Essay> ordered = new ArrayList<>(essays);
        ordered.sort(Comparator.comparing((Essay e) -> e.seed().orElse("\uFFFF")).thenComparing(Essay::id));
        Map<EssayId, Essay> byId = new HashMap<>();
        List<Essay> unique = new ArrayList<>();
        for (Essay essay : ordered) {
            Essay other = byId.putIfAbsent(essay.id(), essay);
            if (other != null) {
                diagnostics.error(essay.source(), 1, 1, "essay id '" + essay.id() + "' is already used by "
                        + other.source() + "; expected each essay to have its own id");
            } else {
                unique.add(essay);
            }
        }
        return unique;
    }

}
