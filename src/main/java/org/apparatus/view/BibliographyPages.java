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

/** The bibliography, the maintainers' report of citations to check, and the page of each work. */
final class BibliographyPages {

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
                              List<List<Bibliography.Reference>> references, List<Optional<Links.Passage>> passages) {
    }

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
     * Adds to {@code parts}, and their paths to {@code partPaths}, the page of each work, and the bibliography with
     * the maintainers' report as one part.
     */
    void addParts(List<Part> parts, List<String> partPaths) {
        boolean several = essays.stream().filter(e -> !e.notes().isEmpty()).count() > 1;
        List<List<Bibliography.NoteKey>> citingKeys = new ArrayList<>();
        for (Work work : bibliography.works()) {
            String path = "bibliography/" + work.id() + ".html";
            Map<Bibliography.NoteKey, List<Bibliography.Reference>> notes = links.citing(work.id());
            List<Optional<Links.Passage>> passages = notes.keySet().stream()
                    .map(key -> Optional.ofNullable(links.notePassages(links.essay(key.essay())).get(key.number())))
                    .toList();
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
                links.citing(work.id()).keySet().forEach(key -> citedBy.add(links.noteLink(key, root, several)));
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
                links.chrome("Bibliography", root, "Every work the essays cite, once, with the notes that cite it",
                        List.of(new Chrome.Link("Bibliography", "index.html", true))),
                "Chicago Manual of Style, notes and bibliography (CSL style " + CitationStyle.STYLE + ")",
                groups, exports, bibliography.problems().size(), "report.html"));
        List<Page.ProblemRow> rows = new ArrayList<>();
        for (Bibliography.Problem problem : bibliography.problems()) {
            Essay essay = links.essay(problem.essay());
            rows.add(new Page.ProblemRow(problem.where(), essay.title().markup(), problem.note(),
                    root + SitePaths.notePath(problem.essay(), problem.note()), problem.printed(), problem.message()));
        }
        pages.add(new Page.ReportPage("bibliography/report.html",
                links.chrome("Citations to check", root, "Citations the build could not resolve or fully read",
                        List.of(new Chrome.Link("Bibliography", "index.html", false),
                                new Chrome.Link("Citations to check", "report.html", true))), rows));
        return pages;
    }

    private Page.WorkPage workPage(Work work) {
        String root = "../";
        List<Page.Citing> citing = new ArrayList<>();
        links.citing(work.id()).forEach((key, refs) -> {
            Essay essay = links.essay(key.essay());
            String essayHref = root + "essays/" + essay.id() + ".html";
            Optional<Block.Paragraph> passage = Optional.ofNullable(links.passages(essay).get(key.number()));
            for (Bibliography.Reference ref : refs) {
                citing.add(new Page.Citing(essay.title().markup(), essayHref, key.number(),
                        root + SitePaths.notePath(key.essay(), key.number()), ref.pages(), ref.via().label(),
                        passage.map(p -> Links.passageMarkup(links.linked(essay, p.anchor(), p.text()), essayHref,
                                key.number())).orElse(new Markup("")),
                        passage.map(p -> essayHref + "#" + p.anchor()).orElse("")));
            }
        });
        String title = CitationStyle.text(style.entry(work));
        return new Page.WorkPage("bibliography/" + work.id() + ".html",
                links.chrome(work.title().isEmpty() ? work.container() : work.title(), root, Links.abbreviate(title),
                        List.of(new Chrome.Link("Bibliography", "index.html", false),
                                new Chrome.Link(work.title().isEmpty() ? work.container() : work.title(),
                                        work.id() + ".html", true))),
                work.id().value(), style.entry(work), style.note(work, Optional.empty()), CitationStyle.coins(work),
                work.doi(), work.url(), citing, BibliographyExports.bibtex(List.of(work)).strip());
    }
}
