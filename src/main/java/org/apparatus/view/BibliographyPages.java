package org.apparatus.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apparatus.export.BibliographyExports;
import org.apparatus.link.Bibliography;
import org.apparatus.link.CitationStyle;
import org.apparatus.link.SitePaths;
import org.apparatus.model.Block;
import org.apparatus.model.Essay;
import org.apparatus.model.Markup;
import org.apparatus.model.Work;

/** The bibliography, the page of each work, and the maintainers' report of citations to check. */
final class BibliographyPages {

    /**
     * The inputs of the bibliography: which notes cite each work (the works are shared), and whether the notes are of
     * several essays (then each note is named with its essay).
     */
    private record BibliographyInputs(Shared shared, boolean several, List<List<Bibliography.NoteKey>> citing) {
    }

    /** The inputs of the maintainers' report: the problems, in essay and note order (the essays' titles are shared). */
    private record ReportInputs(Shared shared, List<Bibliography.Problem> problems) {
    }

    /**
     * The inputs of a work's part: the work, each note citing it with what it cites, and the passage (annotated) that
     * first refers to each of those notes.
     */
    private record WorkInputs(Shared shared, Work work, List<Bibliography.NoteKey> notes,
                              List<List<Bibliography.Reference>> references, List<Optional<Links.Passage>> passages) {
    }

    /** The most works a page of the bibliography lists. */
    static final int WORKS_PAGE = 200;
    /** The most citing notes an entry of the bibliography names (the work's page names every one). */
    static final int CITED_BY = 5;

    private final Links links;
    private final List<Essay> essays;
    private final Bibliography bibliography;
    private final CitationStyle style;
    private final Shared shared;

    BibliographyPages(Links links, List<Essay> essays, Bibliography bibliography, CitationStyle style, Shared shared) {
        this.links = links;
        this.essays = essays;
        this.bibliography = bibliography;
        this.style = style;
        this.shared = shared;
    }

    /**
     * Adds to {@code parts}, and their paths to {@code partPaths}, the page of each work, the bibliography as one
     * part, and the maintainers' report of citations to check.
     */
    void addParts(List<Part> parts, List<String> partPaths) {
        boolean several = essays.stream().filter(e -> !e.notes().isEmpty()).count() > 1;
        List<List<Bibliography.NoteKey>> citingKeys = new ArrayList<>();
        for (Work work : bibliography.works()) {
            String path = "bibliography/" + work.id() + ".html";
            Map<Bibliography.NoteKey, List<Bibliography.Reference>> notes = links.citing(work.id());
            java.util.function.Supplier<Object> inputs = () -> new WorkInputs(shared, work,
                    List.copyOf(notes.keySet()), List.copyOf(notes.values()), notes.keySet().stream()
                    .map(key -> Optional.ofNullable(links.notePassages(links.essay(key.essay())).get(key.number())))
                    .toList());
            int citing = notes.values().stream().mapToInt(List::size).sum();
            List<String> workPaths = new ListPaging(citing, CITING_PAGE).entityPaths(path);
            parts.add(new Part(workPaths, inputs, () -> new Contents(List.copyOf(workPages(work)), List.of())));
            partPaths.addAll(workPaths);
            citingKeys.add(List.copyOf(notes.keySet()));
        }
        List<String> paths = new ArrayList<>();
        ListPaging paging = new ListPaging(bibliography.works().size(), WORKS_PAGE);
        for (int page = 1; page <= paging.pages(); page++) {
            paths.add(ListPaging.pathOf("bibliography/index.html", page));
        }
        parts.add(new Part(paths, () -> new BibliographyInputs(shared, several, citingKeys),
                () -> new Contents(bibliographyPages(several), List.of())));
        partPaths.addAll(paths);
        parts.add(new Part(List.of(SitePaths.CITATIONS), () -> new ReportInputs(shared, bibliography.problems()),
                () -> new Contents(List.of(reportPage()), List.of())));
        partPaths.add(SitePaths.CITATIONS);
    }

    /** The pages of the bibliography. */
    private List<Page> bibliographyPages(boolean several) {
        String root = "../";
        List<Page> pages = new ArrayList<>();
        // every entry in the bibliography's order (by group, then as the works are sorted), cut into pages
        List<Work.Type> types = new ArrayList<>();
        List<Page.WorkEntry> all = new ArrayList<>();
        List<String> sortText = new ArrayList<>();
        for (Work.Type type : Work.Type.values()) {
            for (Work work : bibliography.works()) {
                if (work.type() != type) {
                    continue;
                }
                List<Chrome.Link> citedBy = new ArrayList<>();
                java.util.Set<Bibliography.NoteKey> citing = links.citing(work.id()).keySet();
                citing.stream().limit(CITED_BY).forEach(key -> citedBy.add(links.noteLink(key, root, several)));
                types.add(type);
                all.add(new Page.WorkEntry(work.id().value(), work.id() + ".html", style.entry(work),
                        CitationStyle.coins(work), citedBy, citing.size()));
                sortText.add(style.entryText(work));
            }
        }
        ListPaging paging = new ListPaging(all.size(), WORKS_PAGE);
        java.util.function.IntFunction<String> labels = page -> {
            int first = paging.first(page) - 1;
            int last = paging.last(page) - 1;
            String from = initials(sortText.get(first));
            String to = initials(sortText.get(last));
            return types.get(first) == types.get(last)
                    ? types.get(first).group() + ": " + from + "–" + to
                    : types.get(first).group() + ": " + from + " – " + types.get(last).group() + ": " + to;
        };
        List<Chrome.Link> exports = List.of(new Chrome.Link("BibTeX", "bibliography.bib", false),
                new Chrome.Link("RIS", "bibliography.ris", false),
                new Chrome.Link("CSL-JSON", "bibliography.json", false));
        String styleName = "Chicago Manual of Style, notes and bibliography (CSL style " + CitationStyle.STYLE + ")";
        for (int page = 1; page <= paging.pages(); page++) {
            List<Page.WorkGroup> groups = new ArrayList<>();
            List<Page.WorkEntry> entries = paging.slice(all, page);
            List<Work.Type> pageTypes = paging.slice(types, page);
            for (Work.Type type : Work.Type.values()) {
                List<Page.WorkEntry> ofType = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    if (pageTypes.get(i) == type) {
                        ofType.add(entries.get(i));
                    }
                }
                if (!ofType.isEmpty()) {
                    groups.add(new Page.WorkGroup(type.group(), "group-"
                            + type.name().toLowerCase(java.util.Locale.ROOT), ofType));
                }
            }
            String path = ListPaging.pathOf("bibliography/index.html", page);
            String file = path.substring("bibliography/".length());
            String title = paging.pages() > 1 ? "Bibliography, " + labels.apply(page) : "Bibliography";
            List<Chrome.Link> trail = page == 1 ? List.of(new Chrome.Link("Bibliography", "index.html", true))
                    : List.of(new Chrome.Link("Bibliography", "index.html", false),
                            new Chrome.Link(labels.apply(page), file, true));
            pages.add(new Page.BibliographyPage(path, links.chrome(title, root,
                    "Every work the essays cite, once, with the notes that cite it", trail), styleName, groups,
                    exports, all.size(),
                    paging.pages() > 1 ? paging.pager("Pages of the bibliography", "bibliography/index.html", page, labels)
                            : Page.Pager.single("Pages of the bibliography")));
        }
        return pages;
    }

    /** The maintainers' report: what the build could not resolve or fully read, each with its note. */
    private Page.ReportPage reportPage() {
        String root = "../";
        List<Page.ProblemRow> rows = new ArrayList<>();
        for (Bibliography.Problem problem : bibliography.problems()) {
            Essay essay = links.essay(problem.essay());
            rows.add(new Page.ProblemRow(problem.where(), essay.title().markup(), problem.note(),
                    root + SitePaths.notePath(problem.essay(), problem.note()), problem.printed(), problem.message()));
        }
        return new Page.ReportPage(SitePaths.CITATIONS, Links.maintainers(links::chrome, shared.sections(),
                "Citations to check", "Citations the build could not resolve or fully read", "citations.html"), rows);
    }

    /** The first letters of an entry, for a page's label: its first word (the author's surname), at most four. */
    static String initials(String entry) {
        String word = entry.strip().split("[\\s,.]+", 2)[0];
        return word.length() <= 4 ? word : word.substring(0, 4);
    }

    /** The citing notes a work's page lists at most; the rest go on its further pages ({@code <id>.2.html}). */
    static final int CITING_PAGE = 50;
    /** The essays a work's summary lists at most, those citing it most. */
    private static final int SUMMARY_ROWS = 20;

    /** A work's pages: the first with its entry, the summary by essay and the first citing notes; then the rest. */
    private List<Page.WorkPage> workPages(Work work) {
        Page.WorkPage whole = workPage(work);
        Map<String, Page.EssaySummary> byEssay = new java.util.LinkedHashMap<>();
        for (Page.Citing c : whole.citing()) {
            Page.EssaySummary row = byEssay.get(c.essayHref());
            byEssay.put(c.essayHref(), row == null
                    ? new Page.EssaySummary(c.essayTitle(), c.essayHref(), 1, c.noteHref(), "Note " + c.note())
                    : new Page.EssaySummary(row.essayTitle(), row.essayHref(), row.passages() + 1, row.firstHref(),
                            row.firstWhere()));
        }
        List<Page.EssaySummary> summary = byEssay.size() < 2 ? List.of() : byEssay.values().stream()
                .sorted(java.util.Comparator.comparingInt(Page.EssaySummary::passages).reversed())
                .limit(SUMMARY_ROWS).toList();
        int more = summary.isEmpty() ? 0 : byEssay.size() - summary.size();
        ListPaging paging = new ListPaging(whole.citing().size(), CITING_PAGE);
        String first = whole.path().substring("bibliography/".length());
        String name = work.title().isEmpty() ? work.container() : work.title();
        List<Page.WorkPage> pages = new ArrayList<>();
        for (int n = 1; n <= paging.pages(); n++) {
            if (paging.pages() == 1) {
                pages.add(whole.paged(summary, more, Page.Pager.single(""), true, ""));
                break;
            }
            String range = paging.range(n);
            String file = ListPaging.entityPathOf(first, n);
            Page.Pager pager = paging.pager("Pages of the notes citing " + name, n,
                    p -> "Notes " + paging.range(p),
                    p -> ListPaging.entityPathOf(first, p));
            Chrome chrome = n == 1 ? whole.chrome() : links.chrome(name + ", citing notes " + range, "../",
                    "Notes " + range + " citing " + Links.abbreviate(name),
                    List.of(new Chrome.Link("Bibliography", "index.html", false), new Chrome.Link(name, first, false),
                            new Chrome.Link("Notes " + range, file, true)));
            Page.WorkPage page = new Page.WorkPage("bibliography/" + file, chrome, whole.id(), whole.entry(),
                    whole.note(), whole.coins(), whole.doi(), whole.url(), paging.slice(whole.citing(), n),
                    paging.first(n), whole.bibtex(), summary, more, pager, n == 1, String.format(java.util.Locale.ROOT,
                    "notes %s of %,d", range, whole.citing().size()));
            pages.add(page);
        }
        return pages;
    }

    private Page.WorkPage workPage(Work work) {
        String root = "../";
        List<Page.Citing> citing = new ArrayList<>();
        links.citing(work.id()).forEach((key, refs) -> {
            Essay essay = links.essay(key.essay());
            String essayHref = root + "essays/" + essay.id() + ".html";
            Optional<Block.Paragraph> passage = essay.calling(key.number());
            // made once for the note, however many of its references cite the work
            Markup passageMarkup = passage.map(p -> Links.passageMarkup(links.linked(essay, p.anchor(), p.text()),
                    essayHref, key.number())).orElse(new Markup(""));
            for (Bibliography.Reference ref : refs) {
                citing.add(new Page.Citing(essay.title().markup(), essayHref, key.number(),
                        root + SitePaths.notePath(key.essay(), key.number()), ref.pages(), ref.via().label(),
                        passageMarkup, passage.map(p -> essayHref + "#" + p.anchor()).orElse("")));
            }
        });
        String title = style.entryText(work);
        return new Page.WorkPage("bibliography/" + work.id() + ".html",
                links.chrome(work.title().isEmpty() ? work.container() : work.title(), root, Links.abbreviate(title),
                        List.of(new Chrome.Link("Bibliography", "index.html", false),
                                new Chrome.Link(work.title().isEmpty() ? work.container() : work.title(),
                                        work.id() + ".html", true))),
                work.id().value(), style.entry(work), style.note(work, Optional.empty()), CitationStyle.coins(work),
                work.doi(), work.url(), citing, 1, BibliographyExports.bibtex(List.of(work)).strip(), List.of(), 0,
                Page.Pager.single(""), true, "");
    }
}
