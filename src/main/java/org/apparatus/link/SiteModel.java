package org.apparatus.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apparatus.Diagnostics;
import org.apparatus.Json;
import org.apparatus.ingest.ImportedEssay;
import org.apparatus.model.Actor;
import org.apparatus.model.Block;
import org.apparatus.model.ContentPage;
import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Event;
import org.apparatus.model.Markup;
import org.apparatus.model.Mention;
import org.apparatus.model.Note;
import org.apparatus.model.Registry;
import org.apparatus.model.Text;
import org.apparatus.model.Work;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

    /**
     * Pages and files that belong together (an essay's own pages and exports, a work's page), made on demand: all the
     * cross-referencing is done before, so making them only assembles view objects.
     *
     * @param paths the paths of the pages it makes, known before they are made (for the sitemap and page count)
     * @param inputs everything {@code make} reads, as a value (records and lists, compared by {@code equals}): a part
     *        of a later build whose inputs are equal makes the very same pages and files, so {@code apparatus serve}
     *        need not make it again
     * @param make makes them; it may be called from any thread, and more than once
     */
    public record Part(List<String> paths, Object inputs, java.util.function.Supplier<Contents> make) {
        public Part {
            paths = List.copyOf(paths);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("a part makes at least one page; expected its pages' paths");
            }
            Objects.requireNonNull(inputs, "inputs");
            Objects.requireNonNull(make, "make");
        }
    }

    /**
     * What any part may read besides its own inputs: the edition's settings, the navigation, the registries, the
     * works (which also fix how each citation is formatted) and every essay's id and title, in edition order. It is
     * taken from the {@link ModelMemo} when equal to the last build's, so that parts compare it at once.
     */
    record Shared(EditionSettings edition, List<Section> sections, Registry registry, List<Work> works,
                  List<Titled> essays) {
        Shared {
            sections = List.copyOf(sections);
            works = List.copyOf(works);
            essays = List.copyOf(essays);
        }
    }

    /** An essay's id and title, as other pages link to it. */
    record Titled(EssayId id, Text title) {
    }

    /**
     * The inputs of an essay's part: its text, annotations and changes, its neighbours, what each of its notes
     * cites, and which notes cite each work it cites.
     */
    private record EssayInputs(Shared shared, Essay essay, Annotations annotations, List<EditorialChange> changes,
                               Optional<Titled> previous, Optional<Titled> next, String seedSha256,
                               List<List<Bibliography.Reference>> references, List<List<Bibliography.NoteKey>> citing) {
    }

    /**
     * The inputs of the bibliography and the report: which notes cite each work (the works are shared), their
     * problems, and whether the notes are of several essays (then each note is named with its essay).
     */
    private record BibliographyInputs(Shared shared, boolean several, List<List<Bibliography.NoteKey>> citing,
                                      List<Bibliography.Problem> problems) {
    }

    /**
     * The inputs of a work's part: the work, each note citing it with what it cites, and the passage (annotated) that
     * first refers to each of those notes.
     */
    private record WorkInputs(Shared shared, Work work, List<Bibliography.NoteKey> notes,
                              List<List<Bibliography.Reference>> references, List<Optional<Passage>> passages) {
    }

    /** A paragraph as a page quotes it: its anchor and annotated markup. */
    private record Passage(String anchor, Markup markup) {
    }

    /** What a part makes. */
    public record Contents(List<Page> pages, List<DataFile> files) {
        public Contents {
            pages = List.copyOf(pages);
            files = List.copyOf(files);
        }
    }

    /**
     * A file the site offers for download, written as it is.
     *
     * @param writing writes the file's text; a large file (the edition's data, the search index) is written as it is
     *        made, never held whole
     */
    public record DataFile(String path, Writing writing) {
        public DataFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(writing, "writing");
        }

        /** A file whose text is made already. */
        public DataFile(String path, String content) {
            this(path, out -> out.append(Objects.requireNonNull(content, "content")));
        }

        /** The file's text, whole. */
        public String content() {
            StringBuilder text = new StringBuilder();
            try {
                writing.to(text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
            }
            return text.toString();
        }
    }

    /** Writes the text of a data file. */
    @FunctionalInterface
    public interface Writing {
        void to(Appendable out) throws java.io.IOException;
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
        return build(edition, essays, seeds, corrections, registry, contentPages, new ModelMemo(), diagnostics);
    }

    /**
     * Cross-references everything as the method above does, taking from {@code memo} what an earlier build with the
     * same inputs computed (for {@code apparatus serve}); the model is the same as without it.
     */
    public static SiteModel build(EditionSettings edition, List<Essay> essays, Map<String, ImportedEssay> seeds,
                                  WorkCorrections corrections, Registry registry, List<ContentPage> contentPages,
                                  ModelMemo memo, Diagnostics diagnostics) {
        List<Essay> unique = unique(essays, diagnostics);
        Bibliography bibliography = memo.bibliography(unique, corrections, diagnostics);
        CitationStyle style = memo.style(bibliography.works());
        Annotator annotator = memo.annotator(registry);
        memo.keepOnly(unique);
        // each essay is annotated on its own, on every core; the diagnostics sort what they collect
        Map<EssayId, Annotations> annotations = unique.parallelStream()
                .map(essay -> memo.annotate(annotator, essay, diagnostics))
                .collect(java.util.stream.Collectors.toMap(Annotations::essay, a -> a));
        reportUnregistered(unique, annotations, diagnostics);
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
        Shared shared = memo.shared(new Shared(edition, sections, registry, bibliography.works(),
                unique.stream().map(e -> new Titled(e.id(), e.title())).toList()));
        Linker linker = new Linker(edition, unique, bibliography, memo.citingByWork(bibliography), style, annotations,
                registry, sections, shared, memo);
        Entities entities = Entities.of(registry, unique, essay -> memo.piece(
                new ModelMemo.PieceKey("entities", essay.id()), new Annotated(essay, annotations.get(essay.id())),
                () -> Entities.mentions(essay, annotations.get(essay.id()))));
        TeiExport tei = new TeiExport(edition, bibliography, style, entities);
        List<Page> pages = new ArrayList<>();
        List<DataFile> files = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        List<String> partPaths = new ArrayList<>();
        List<Page.EssayCard> cards = new ArrayList<>();
        List<SearchIndex.Group> searchGroups = new ArrayList<>();
        for (int i = 0; i < unique.size(); i++) {
            Essay essay = unique.get(i);
            List<EditorialChange> changes = changes(essay, seeds, diagnostics);
            Annotations found = annotations.get(essay.id());
            Named named = memo.piece(new ModelMemo.PieceKey("named", essay.id()), found, () -> new Named(
                    (int) found.mentions().stream().map(Mention::actor).distinct().count(),
                    (int) found.passages().stream().map(Annotations.EventPassage::event).distinct().count()));
            cards.add(new Page.EssayCard("essays/" + essay.id() + ".html", essay.title().markup(),
                    essay.author().markup(), essay.abstractText().map(Text::markup).orElse(new Markup("")),
                    essay.paragraphs().size(), essay.notes().size(), named.actors(), named.events()));
            Essay previous = i > 0 ? unique.get(i - 1) : null;
            Essay next = i + 1 < unique.size() ? unique.get(i + 1) : null;
            String seedSha256 = essay.seed().map(seeds::get).map(imported -> imported.seed().sha256()).orElse("");
            List<String> paths = new ArrayList<>(List.of("essays/" + essay.id() + ".html",
                    "changes/" + essay.id() + ".html"));
            essay.notes().forEach(n -> paths.add(notePath(essay.id(), n.number())));
            EssayInputs inputs = new EssayInputs(shared, essay, found, changes,
                    Optional.ofNullable(previous).map(e -> new Titled(e.id(), e.title())),
                    Optional.ofNullable(next).map(e -> new Titled(e.id(), e.title())), seedSha256,
                    essay.notes().stream().map(n -> bibliography.of(essay.id(), n.number())).toList(),
                    linker.worksCitedBy(essay).stream()
                            .map(w -> List.copyOf(linker.citing(w.id()).keySet())).toList());
            parts.add(new Part(paths, inputs, () -> {
                List<Page> own = new ArrayList<>();
                own.add(linker.essayPage(essay, changes, previous, next));
                own.add(linker.changesPage(essay, changes));
                own.addAll(linker.notePages(essay));
                List<Work> cited = linker.worksCitedBy(essay);
                return new Contents(own, List.of(
                        new DataFile("bibliography/" + essay.id() + ".bib", CitationStyle.bibtex(cited)),
                        new DataFile("bibliography/" + essay.id() + ".ris", CitationStyle.ris(cited)),
                        new DataFile("bibliography/" + essay.id() + ".json", CitationStyle.cslJson(cited)),
                        tei.file(essay, seedSha256, changes)));
            }));
            partPaths.addAll(paths);
            searchGroups.add(new SearchIndex.Group(searchEntries(essay),
                    Optional.of(new ModelMemo.PieceKey("search words", essay.id()))));
        }
        pages.add(new Page.Home("index.html", linker.chrome(edition.title(), "", edition.introduction(), List.of()),
                edition.introduction(), cards, sections.stream().skip(1)
                        .map(s -> new Page.WayIn(s.label(), s.path(), s.description())).toList()));
        linker.bibliographyParts(parts, partPaths);
        pages.addAll(new Registers(registry, unique, annotations, linker::chrome, memo)
                .pages(shared, parts, partPaths));
        for (ContentPage page : prose) {
            pages.add(new Page.TextPage(page.path(), linker.chrome(page.title(), "", page.description(),
                    List.of(new Chrome.Link(page.label(), page.path(), true))), page.title(), page.body()));
        }
        // the entries of the works, actors, events and pages, made when the index is written
        java.util.function.Supplier<List<SearchEntry>> others = () -> {
            List<SearchEntry> entries = new ArrayList<>();
            for (Work work : bibliography.works()) {
                entries.add(new SearchEntry("Work", work.title().isEmpty() ? work.container() : work.title(),
                        "bibliography/" + work.id() + ".html", CitationStyle.text(style.entry(work))));
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
        int otherEntries = bibliography.works().size() + registry.actors().size() + registry.events().size()
                + prose.size();
        pages.add(new Page.SearchPage("search.html", linker.chrome("Search", "",
                "Search the essays, notes, works, actors, events and pages of " + edition.title(),
                List.of(new Chrome.Link("Search", "search.html", true))), SearchIndex.PATH, "assets/search.js",
                searchGroups.stream().mapToInt(g -> g.entries().size()).sum() + otherEntries));
        files.add(new DataFile(SearchIndex.PATH, out -> {
            List<SearchIndex.Group> groups = new ArrayList<>(searchGroups);
            groups.add(new SearchIndex.Group(others.get(), Optional.empty()));
            SearchIndex.write(groups, memo, out);
        }));
        // made as they are written, on every core, not here
        List<Work> works = bibliography.works();
        files.add(new DataFile("bibliography/bibliography.bib", out -> out.append(CitationStyle.bibtex(works))));
        files.add(new DataFile("bibliography/bibliography.ris", out -> out.append(CitationStyle.ris(works))));
        files.add(new DataFile("bibliography/bibliography.json", out -> out.append(CitationStyle.cslJson(works))));
        // a server shows it at any depth: its links start from the edition's address, or it stands alone
        pages.add(new Page.NotFoundPage(SiteIndex.NOT_FOUND, linker.chrome("Page not found", "",
                "There is no page at this address", List.of(new Chrome.Link("Page not found", SiteIndex.NOT_FOUND,
                        true))), "index.html", edition.url()));
        files.addAll(EditionData.files(edition, unique, bibliography, entities, memo));
        List<String> allPaths = new ArrayList<>(partPaths);
        pages.forEach(page -> allPaths.add(page.path()));
        allPaths.sort(Comparator.naturalOrder());
        files.addAll(SiteIndex.files(edition, allPaths));
        return new SiteModel(pages, files, parts);
    }

    /** How many actors and events an essay names. */
    private record Named(int actors, int events) {
    }

    /**
     * An essay with its annotations: the inputs of what is made from both (its mentions for the exports, its
     * passages for other pages), kept by the {@link ModelMemo} while both are unchanged.
     */
    record Annotated(Essay essay, Annotations annotations) {
    }

    /**
     * A section of the site: an entry of every page's navigation and one of the home page's ways in.
     *
     * @param path the section's page relative to the site root; a section whose page is {@code dir/index.html} is
     *        the current one on every page whose first breadcrumb bears its label
     */
    public record Section(String label, String path, String description) {
        public Section {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(description, "description");
        }
    }

    /** What the search page finds of an essay: each paragraph, under its nearest heading, and each note. */
    private static List<SearchEntry> searchEntries(Essay essay) {
        List<SearchEntry> entries = new ArrayList<>();
        String href = "essays/" + essay.id() + ".html";
        String section = "";
        for (Block block : essay.blocks()) {
            if (block instanceof Block.Heading h) {
                section = h.text().plain();
            } else if (block instanceof Block.Paragraph p) {
                entries.add(new SearchEntry("Essay", essay.title().plain() + (section.isEmpty() ? "" : " › " + section)
                        + ", ¶ " + p.number(), href + "#" + p.anchor(), p.text().plain()));
            }
        }
        for (Note note : essay.notes()) {
            entries.add(new SearchEntry("Note", "Note " + note.number() + " · " + essay.title().plain(),
                    notePath(essay.id(), note.number()), note.text().plain()));
        }
        return entries;
    }

    /** One warning per name-like phrase no registry entry covers, at its first place. */
    private static void reportUnregistered(List<Essay> essays, Map<EssayId, Annotations> annotations,
                                           Diagnostics diagnostics) {
        Map<String, List<Annotations.Unregistered>> byName = new java.util.TreeMap<>();
        Map<EssayId, String> sources = new HashMap<>();
        for (Essay essay : essays) {
            sources.put(essay.id(), essay.source());
            annotations.get(essay.id()).unregistered()
                    .forEach(u -> byName.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u));
        }
        byName.forEach((name, places) -> {
            Annotations.Unregistered first = places.get(0);
            diagnostics.warning(sources.get(first.essay()), first.line(), 1, "'" + name + "' looks like a name that no"
                    + " actor covers (" + places.size() + (places.size() == 1 ? " time" : " times") + ", listed on"
                    + " actors/unregistered.html); expected it in content/actors.yml, as an actor, an alias, or under"
                    + " 'ignore'");
        });
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

    private static List<EditorialChange> changes(Essay essay, Map<String, ImportedEssay> seeds,
                                                 Diagnostics diagnostics) {
        if (essay.seed().isEmpty()) {
            return List.of();
        }
        ImportedEssay seed = seeds.get(essay.seed().get());
        if (seed == null) {
            diagnostics.warning(essay.source(), 1, 1, "seed '" + essay.seed().get() + "' is not in seeds/;"
                    + " expected the original text beside its edition (the changes list stays empty)");
            return List.of();
        }
        if (essay.seedSha256().isPresent() && !essay.seedSha256().get().equals(seed.seed().sha256())) {
            diagnostics.warning(essay.source(), 1, 1, "seed '" + essay.seed().get() + "' has changed since this"
                    + " essay was curated (sha256 " + seed.seed().sha256() + ", front matter says "
                    + essay.seedSha256().get() + "); check the changes list and update the sha256");
        }
        return Fidelity.compare(seed, essay);
    }

    /** Makes the pages; holds what every page needs to link across the site. */
    private static final class Linker {
        private final EditionSettings edition;
        private final List<Essay> essays;
        private final Bibliography bibliography;
        private final CitationStyle style;
        // filled as pages are made, which may be on any thread
        private final Map<EssayId, List<Work>> cited = new java.util.concurrent.ConcurrentHashMap<>();
        /** Each essay's annotated passage calling each note, once per build. */
        private final Map<EssayId, Map<Integer, Passage>> notePassages = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<EssayId, Map<Integer, Block.Paragraph>> passages =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<EssayId, Annotations> annotations;
        private final Registry registry;
        private final List<Section> sections;
        private final Shared shared;

        /** The notes citing each work, indexed once: a page per note asks for them. */
        private final Map<org.apparatus.model.WorkId, Map<Bibliography.NoteKey, List<Bibliography.Reference>>> citing;
        private final Map<EssayId, Essay> byId = new HashMap<>();

        /** What keeps each essay's note passages while the essay and its annotations are unchanged. */
        private final ModelMemo memo;

        /** @param citing {@link Bibliography#citingByWork()} of {@code bibliography} */
        Linker(EditionSettings edition, List<Essay> essays, Bibliography bibliography,
               Map<org.apparatus.model.WorkId, Map<Bibliography.NoteKey, List<Bibliography.Reference>>> citing,
               CitationStyle style, Map<EssayId, Annotations> annotations, Registry registry, List<Section> sections,
               Shared shared, ModelMemo memo) {
            this.edition = edition;
            this.shared = shared;
            this.annotations = annotations;
            this.registry = registry;
            this.sections = List.copyOf(sections);
            this.essays = essays;
            this.bibliography = bibliography;
            this.style = style;
            this.citing = citing;
            this.memo = memo;
            essays.forEach(e -> byId.put(e.id(), e));
        }

        Map<Bibliography.NoteKey, List<Bibliography.Reference>> citing(org.apparatus.model.WorkId work) {
            return citing.getOrDefault(work, Map.of());
        }

        /** An essay's page; {@code previous} and {@code next} are its neighbours in the edition, or null. */
        Page.EssayPage essayPage(Essay essay, List<EditorialChange> changes, Essay previous, Essay next) {
            String root = "../";
            String path = "essays/" + essay.id() + ".html";
            List<Page.BlockView> blocks = new ArrayList<>();
            for (Block block : essay.blocks()) {
                if (block instanceof Block.Heading h) {
                    blocks.add(new Page.BlockView(h.level(), h.anchor(), linked(essay, h.anchor(), h.text()), 0,
                            Page.Cite.NONE, List.of()));
                } else if (block instanceof Block.Paragraph p) {
                    blocks.add(new Page.BlockView(0, p.anchor(), linked(essay, p.anchor(), p.text()), p.page(),
                            cite(essay, "paragraph " + p.number(), "para. " + p.number(), path + "#" + p.anchor()),
                            events(essay, p.anchor())));
                }
            }
            Map<Integer, String> firstRef = new HashMap<>();
            for (Block.Paragraph p : essay.paragraphs()) {
                for (int n : p.notes()) {
                    firstRef.putIfAbsent(n, "#ref-" + n);
                }
            }
            List<Page.NoteItem> notes = new ArrayList<>();
            for (Note note : essay.notes()) {
                notes.add(new Page.NoteItem(note.number(), note.anchor(), linked(essay, note.anchor(), note.text()),
                        firstRef.getOrDefault(note.number(), ""), root + notePath(essay.id(), note.number()),
                        references(essay, note, root)));
            }
            long substantive = changes.stream().filter(c -> !c.kind().isTypographic()).count();
            Chrome chrome = chrome(essay.title().plain(), root, description(essay),
                    List.of(new Chrome.Link(essay.title().plain(), essay.id() + ".html", true)))
                    .withMetadata(scholarMeta(essay), jsonLd(essay, path));
            return new Page.EssayPage(path, chrome, essay.title().markup(), essay.author().markup(),
                    essay.abstractText().map(Text::markup).orElse(new Markup("")),
                    essay.bio().map(Text::markup).orElse(new Markup("")), blocks, notes,
                    root + "changes/" + essay.id() + ".html", changes.size(), (int) substantive,
                    essay.seed().orElse(""), essay.seedSha256().orElse(""), essay.origin() == Essay.Origin.IMPORTED,
                    cite(essay, "this essay", "", path), exports(essay, root),
                    blocks.stream().anyMatch(b -> !Jsoup.parseBodyFragment(b.html().html()).select("a.mention").isEmpty()),
                    neighbour(previous), neighbour(next));
        }

        private static Chrome.Link neighbour(Essay essay) {
            return essay == null ? new Chrome.Link("", "", false)
                    : new Chrome.Link(essay.title().plain(), essay.id() + ".html", false);
        }
        /** The essay's downloads: its works as BibTeX, RIS and CSL-JSON (when it cites any), and its TEI text. */
        private List<Chrome.Link> exports(Essay essay, String root) {
            String works = root + "bibliography/" + essay.id();
            List<Chrome.Link> links = new ArrayList<>();
            if (!worksCitedBy(essay).isEmpty()) {
                links.add(new Chrome.Link("the works it cites as BibTeX", works + ".bib", false));
                links.add(new Chrome.Link("RIS", works + ".ris", false));
                links.add(new Chrome.Link("CSL-JSON", works + ".json", false));
            }
            links.add(new Chrome.Link("the text as TEI P5 XML", root + TeiExport.path(essay), false));
            return links;
        }

        List<Page.NotePage> notePages(Essay essay) {
            String root = "../../";
            String essayHref = root + "essays/" + essay.id() + ".html";
            Map<Integer, Block.Paragraph> passages = passages(essay);
            List<Page.NotePage> pages = new ArrayList<>();
            List<Note> notes = essay.notes();
            for (int i = 0; i < notes.size(); i++) {
                Note note = notes.get(i);
                Optional<Block.Paragraph> passage = Optional.ofNullable(passages.get(note.number()));
                String label = "Note " + note.number();
                Chrome chrome = chrome(label + " — " + essay.title().plain(), root, abbreviate(note.text().plain()),
                        List.of(new Chrome.Link(essay.title().plain(), essayHref, false),
                                new Chrome.Link(label, note.number() + ".html", true)));
                pages.add(new Page.NotePage(notePath(essay.id(), note.number()), chrome, note.number(),
                        deeper(linked(essay, note.anchor(), note.text())),
                        passage.map(p -> deeper(passageMarkup(linked(essay, p.anchor(), p.text()), essayHref,
                                note.number()))).orElse(new Markup("")),
                        passage.map(p -> essayHref + "#" + p.anchor()).orElse(""), essayHref, essay.title().markup(),
                        essay.author().markup(),
                        i > 0 ? notes.get(i - 1).number() + ".html" : "",
                        i + 1 < notes.size() ? notes.get(i + 1).number() + ".html" : "", notes.size(),
                        references(essay, note, root),
                        cite(essay, "note " + note.number(), "n. " + note.number(),
                                notePath(essay.id(), note.number()))));
            }
            return pages;
        }

        Page.ChangesPage changesPage(Essay essay, List<EditorialChange> changes) {
            String root = "../";
            String essayHref = root + "essays/" + essay.id() + ".html";
            List<Page.ChangeRow> rows = changes.stream().map(c -> new Page.ChangeRow(c.kind().label(),
                    c.kind().isTypographic(), c.printed(), c.edition(), c.seedLocation(), c.editionLocation())).toList();
            int typographic = (int) changes.stream().filter(c -> c.kind().isTypographic()).count();
            return new Page.ChangesPage("changes/" + essay.id() + ".html",
                    chrome("Editorial changes — " + essay.title().plain(), root,
                            "Every difference in wording between the print and this edition of "
                                    + essay.title().plain(),
                            List.of(new Chrome.Link(essay.title().plain(), essayHref, false),
                                    new Chrome.Link("Editorial changes", essay.id() + ".html", true))),
                    essay.title().markup(), essayHref, essay.seed().orElse(""), essay.seedSha256().orElse(""), rows,
                    typographic, changes.size() - typographic);
        }

        /**
         * Adds to {@code parts}, and their paths to {@code partPaths}, the page of each work, and the bibliography with
         * the maintainers' report as one part.
         */
        void bibliographyParts(List<Part> parts, List<String> partPaths) {
            boolean several = essays.stream().filter(e -> !e.notes().isEmpty()).count() > 1;
            List<List<Bibliography.NoteKey>> citingKeys = new ArrayList<>();
            for (Work work : bibliography.works()) {
                String path = "bibliography/" + work.id() + ".html";
                Map<Bibliography.NoteKey, List<Bibliography.Reference>> notes = citing(work.id());
                List<Optional<Passage>> passages = notes.keySet().stream()
                        .map(key -> Optional.ofNullable(notePassages(essay(key.essay())).get(key.number()))).toList();
                WorkInputs inputs = new WorkInputs(shared, work, List.copyOf(notes.keySet()),
                        List.copyOf(notes.values()), passages);
                parts.add(new Part(List.of(path), inputs, () -> new Contents(List.of(workPage(work)), List.of())));
                partPaths.add(path);
                citingKeys.add(List.copyOf(notes.keySet()));
            }
            List<String> paths = List.of("bibliography/index.html", "bibliography/report.html");
            parts.add(new Part(paths, new BibliographyInputs(shared, several, citingKeys, bibliography.problems()),
                    () -> new Contents(bibliographyPages(several), List.of())));
            partPaths.addAll(paths);
        }

        /** The bibliography and the maintainers' report. */
        private List<Page> bibliographyPages(boolean several) {
            String root = "../";
            List<Page> pages = new ArrayList<>();
            List<Page.WorkGroup> groups = new ArrayList<>();
            for (Work.Type type : Work.Type.values()) {
                List<Page.WorkEntry> entries = new ArrayList<>();
                for (Work work : bibliography.works()) {
                    if (work.type() != type) {
                        continue;
                    }
                    List<Chrome.Link> citedBy = new ArrayList<>();
                    citing(work.id()).keySet().forEach(key -> citedBy.add(noteLink(key, root, several)));
                    entries.add(new Page.WorkEntry(work.id().value(), work.id() + ".html", style.entry(work),
                            CitationStyle.coins(work), citedBy));
                }
                if (!entries.isEmpty()) {
                    groups.add(new Page.WorkGroup(type.group(), "group-" + type.name().toLowerCase(java.util.Locale.ROOT),
                            entries));
                }
            }
            List<Chrome.Link> exports = List.of(new Chrome.Link("BibTeX", "bibliography.bib", false),
                    new Chrome.Link("RIS", "bibliography.ris", false),
                    new Chrome.Link("CSL-JSON", "bibliography.json", false));
            pages.add(new Page.BibliographyPage("bibliography/index.html",
                    chrome("Bibliography", root, "Every work the essays cite, once, with the notes that cite it",
                            List.of(new Chrome.Link("Bibliography", "index.html", true))),
                    "Chicago Manual of Style, notes and bibliography (CSL style " + CitationStyle.STYLE + ")",
                    groups, exports, bibliography.problems().size(), "report.html"));
            List<Page.ProblemRow> rows = new ArrayList<>();
            for (Bibliography.Problem problem : bibliography.problems()) {
                Essay essay = essay(problem.essay());
                rows.add(new Page.ProblemRow(problem.where(), essay.title().markup(), problem.note(),
                        root + notePath(problem.essay(), problem.note()), problem.printed(), problem.message()));
            }
            pages.add(new Page.ReportPage("bibliography/report.html",
                    chrome("Citations to check", root, "Citations the build could not resolve or fully read",
                            List.of(new Chrome.Link("Bibliography", "index.html", false),
                                    new Chrome.Link("Citations to check", "report.html", true))), rows));
            return pages;
        }

        private Page.WorkPage workPage(Work work) {
            String root = "../";
            List<Page.Citing> citing = new ArrayList<>();
            citing(work.id()).forEach((key, refs) -> {
                Essay essay = essay(key.essay());
                String essayHref = root + "essays/" + essay.id() + ".html";
                Optional<Block.Paragraph> passage = Optional.ofNullable(passages(essay).get(key.number()));
                for (Bibliography.Reference ref : refs) {
                    citing.add(new Page.Citing(essay.title().markup(), essayHref, key.number(),
                            root + notePath(key.essay(), key.number()), ref.pinpoint().orElse(""), ref.via().label(),
                            passage.map(p -> passageMarkup(linked(essay, p.anchor(), p.text()), essayHref,
                                    key.number())).orElse(new Markup("")),
                            passage.map(p -> essayHref + "#" + p.anchor()).orElse("")));
                }
            });
            String title = CitationStyle.text(style.entry(work));
            return new Page.WorkPage("bibliography/" + work.id() + ".html",
                    chrome(work.title().isEmpty() ? work.container() : work.title(), root, abbreviate(title),
                            List.of(new Chrome.Link("Bibliography", "index.html", false),
                                    new Chrome.Link(work.title().isEmpty() ? work.container() : work.title(),
                                            work.id() + ".html", true))),
                    work.id().value(), style.entry(work), style.note(work, Optional.empty()), CitationStyle.coins(work),
                    work.doi(), work.url(), citing, CitationStyle.bibtex(List.of(work)).strip());
        }

        /** What a note cites, resolved, as seen from a page at {@code root}. */
        private List<Page.ResolvedReference> references(Essay essay, Note note, String root) {
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
            return views;
        }

        private Chrome.Link noteLink(Bibliography.NoteKey key, String root, boolean withEssay) {
            String label = (withEssay ? essay(key.essay()).title().plain() + ", " : "") + "note " + key.number();
            return new Chrome.Link(label, root + notePath(key.essay(), key.number()), false);
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
        private Map<Integer, Passage> notePassages(Essay essay) {
            return notePassages.computeIfAbsent(essay.id(), id -> memo.piece(
                    new ModelMemo.PieceKey("note passages", id), new Annotated(essay, annotations.get(id)), () -> {
                        Map<Integer, Passage> byNote = new HashMap<>();
                        passages(essay).forEach((note, p) -> byNote.put(note,
                                new Passage(p.anchor(), linked(essay, p.anchor(), p.text()))));
                        return Map.copyOf(byNote);
                    }));
        }

        /** The paragraph that first refers to each note of an essay. */
        private Map<Integer, Block.Paragraph> passages(Essay essay) {
            return passages.computeIfAbsent(essay.id(), id -> {
                Map<Integer, Block.Paragraph> first = new HashMap<>();
                for (Block.Paragraph p : essay.paragraphs()) {
                    p.notes().forEach(n -> first.putIfAbsent(n, p));
                }
                return first;
            });
        }

        private Essay essay(EssayId id) {
            return Objects.requireNonNull(byId.get(id), "essay");
        }

        /** A Chicago note and a BibTeX entry for an essay or a place in it, with its link. */
        private Page.Cite cite(Essay essay, String label, String locator, String path) {
            String address = edition.url() + path;
            String author = essay.author().plain();
            String chicago = (author.isEmpty() ? "" : author + ", ") + "\u201C" + essay.title().plain() + ",\u201D "
                    + (locator.isEmpty() ? "" : locator + ", ") + "in " + edition.title() + ", " + address + ".";
            String key = (author.isEmpty() ? "anonymous" : Bibliography.slug(Bibliography.family(author))) + "-"
                    + essay.id() + (locator.isEmpty() ? "" : "-" + Bibliography.slug(locator));
            String bibtex = "@incollection{" + key + ",\n"
                    + (author.isEmpty() ? "" : "  author = {" + bibtexName(author) + "},\n")
                    + "  title = {" + essay.title().plain() + "},\n"
                    + "  booktitle = {" + edition.title() + "},\n"
                    + (locator.isEmpty() ? "" : "  note = {" + locator + "},\n")
                    + "  url = {" + address + "}\n}";
            return new Page.Cite(label, chicago, bibtex.replace("{}", ""));
        }

        private static String bibtexName(String full) {
            String family = Bibliography.family(full);
            String given = full.substring(0, full.length() - family.length()).strip();
            return given.isEmpty() ? family : family + ", " + given;
        }

        /** Google Scholar and Zotero metadata for an essay page. */
        private List<Chrome.Meta> scholarMeta(Essay essay) {
            List<Chrome.Meta> meta = new ArrayList<>();
            meta.add(new Chrome.Meta("citation_title", essay.title().plain()));
            if (!essay.author().plain().isEmpty()) {
                meta.add(new Chrome.Meta("citation_author", essay.author().plain()));
            }
            essay.date().ifPresent(d -> meta.add(new Chrome.Meta("citation_publication_date", d.replace('-', '/'))));
            meta.add(new Chrome.Meta("citation_book_title", edition.title()));
            for (Work work : worksCitedBy(essay)) {
                meta.add(new Chrome.Meta("citation_reference", CitationStyle.scholarReference(work)));
            }
            return meta;
        }

        /** A schema.org ScholarlyArticle with the works it cites. */
        private String jsonLd(Essay essay, String path) {
            StringBuilder json = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"ScholarlyArticle\"");
            json.append(",\"headline\":").append(Json.scriptSafe(essay.title().plain()));
            if (!essay.author().plain().isEmpty()) {
                json.append(",\"author\":{\"@type\":\"Person\",\"name\":").append(Json.scriptSafe(essay.author().plain()))
                        .append('}');
            }
            json.append(",\"isPartOf\":{\"@type\":\"Book\",\"name\":").append(Json.scriptSafe(edition.title())).append('}');
            essay.date().ifPresent(d -> json.append(",\"datePublished\":").append(Json.scriptSafe(d)));
            if (!edition.url().isEmpty()) {
                json.append(",\"url\":").append(Json.scriptSafe(edition.url() + path));
            }
            json.append(",\"citation\":[");
            List<Work> works = worksCitedBy(essay);
            for (int i = 0; i < works.size(); i++) {
                Work w = works.get(i);
                json.append(i > 0 ? "," : "").append("{\"@type\":")
                        .append(Json.scriptSafe(w.type() == Work.Type.ARTICLE ? "ScholarlyArticle" : "NewsArticle"));
                json.append(",\"name\":").append(Json.scriptSafe(w.title().isEmpty() ? w.container() : w.title()));
                if (!w.authors().isEmpty()) {
                    json.append(",\"author\":[");
                    for (int a = 0; a < w.authors().size(); a++) {
                        json.append(a > 0 ? "," : "").append("{\"@type\":\"Person\",\"name\":")
                                .append(Json.scriptSafe(w.authors().get(a))).append('}');
                    }
                    json.append(']');
                }
                json.append(",\"isPartOf\":{\"@type\":\"Periodical\",\"name\":").append(Json.scriptSafe(w.container()))
                        .append('}');
                if (!w.date().isEmpty()) {
                    json.append(",\"datePublished\":").append(Json.scriptSafe(w.date()));
                }
                json.append('}');
            }
            return json.append("]}").toString();
        }

        /** The annotated markup of a heading, paragraph or note, with links relative to {@code essays/}. */
        private Markup linked(Essay essay, String anchor, Text text) {
            Annotations a = annotations.get(essay.id());
            return a == null ? text.markup() : a.linked().getOrDefault(anchor, text.markup());
        }

        /** The registered events a paragraph speaks of, linked from an essay page. */
        private List<Chrome.Link> events(Essay essay, String anchor) {
            Map<String, String> titles = new HashMap<>();
            registry.events().forEach(e -> titles.put(e.id().value(), e.title()));
            return annotations.get(essay.id()).passages().stream().filter(p -> p.anchor().equals(anchor))
                    .map(p -> new Chrome.Link(titles.get(p.event().value()), "../events/" + p.event() + ".html", false))
                    .toList();
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
    }

    /** The annotated paragraph, its in-page links pointed at the essay and the note's own marker highlighted. */
    private static Markup passageMarkup(Markup paragraph, String essayHref, int number) {
        Document fragment = Jsoup.parseBodyFragment(paragraph.html());
        fragment.outputSettings().prettyPrint(false);
        for (Element a : fragment.select("a[href^=#]")) {
            if (a.attr("href").equals("#note-" + number) && a.parent() != null) {
                a.parent().addClass("current");
                a.attr("aria-current", "true");
            }
            a.attr("href", essayHref + a.attr("href"));
            a.removeAttr("id");
        }
        return new Markup(fragment.body().html());
    }

    /** Markup made for {@code essays/}, its mention links pointed from one folder deeper ({@code notes/<id>/}). */
    private static Markup deeper(Markup markup) {
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

    private static String description(Essay essay) {
        String by = essay.author().plain().isEmpty() ? "" : " by " + essay.author().plain();
        String summary = essay.abstractText().map(Text::plain)
                .or(() -> essay.paragraphs().stream().findFirst().map(p -> p.text().plain())).orElse("");
        return abbreviate(essay.title().plain() + by + ". " + summary);
    }

    private static String abbreviate(String text) {
        if (text.length() <= 200) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 197);
        return text.substring(0, cut < 100 ? 197 : cut) + "…";
    }

    /** How many of the other notes citing a work a note's page links to. */
    static final int OTHER_NOTES = 12;

    static String notePath(EssayId essay, int number) {
        return "notes/" + essay + "/" + number + ".html";
    }
}
