package org.apparatus.link;

import java.util.List;
import java.util.Objects;

import org.apparatus.model.Markup;

/**
 * One page of the site with everything its template prints, already cross-referenced and formatted. Each kind has
 * its own template; none of them queries or computes.
 */
public sealed interface Page permits Page.Home, Page.EssayPage, Page.NotePage, Page.ChangesPage,
        Page.BibliographyPage, Page.WorkPage, Page.ReportPage, Page.NotFoundPage {

    /** The page's file, relative to the site root, with forward slashes. */
    String path();

    /** The template that prints it. */
    String template();

    /** The shared layout's content. */
    Chrome chrome();

    /** {@code index.html}: the essays with their titles, authors and abstracts. */
    record Home(String path, Chrome chrome, String introduction, List<EssayCard> essays) implements Page {
        public Home {
            essays = List.copyOf(essays);
        }

        @Override
        public String template() {
            return "home.ftlh";
        }
    }

    /** An essay as listed on the home page. */
    record EssayCard(String href, Markup title, Markup author, Markup abstractHtml, int paragraphs, int notes) {
    }

    /** {@code essays/<id>.html}: the full text, its notes and where it comes from. */
    record EssayPage(String path, Chrome chrome, Markup title, Markup author, Markup abstractHtml, Markup bio,
                     List<BlockView> blocks, List<NoteItem> notes, String changesHref, int changes,
                     int substantiveChanges, String seedFile, String seedSha256, boolean imported, Cite cite,
                     List<Chrome.Link> exports) implements Page {
        public EssayPage {
            blocks = List.copyOf(blocks);
            notes = List.copyOf(notes);
            exports = List.copyOf(exports);
        }

        @Override
        public String template() {
            return "essay.ftlh";
        }
    }

    /**
     * A heading or paragraph of an essay page.
     *
     * @param level 0 for a paragraph, 2 to 6 for a heading
     * @param page the print page a paragraph starts on
     * @param cite how to cite a paragraph (empty for a heading)
     */
    record BlockView(int level, String anchor, Markup html, int page, Cite cite) {
    }

    /** A note in an essay's note list, with its way back to the text, its own page and what it cites. */
    record NoteItem(int number, String anchor, Markup html, String backHref, String pageHref,
                    List<ResolvedReference> references) {
        public NoteItem {
            references = List.copyOf(references);
        }
    }

    /**
     * What a note cites, resolved to a work.
     *
     * @param via how the print named it ({@code Ibid.}, {@code op. cit.}) or empty when it cited it in full
     * @param reference the work as a full note in the house style, with the pinpoint
     * @param otherNotes the other notes citing the same work
     */
    record ResolvedReference(String via, Markup reference, String workHref, List<Chrome.Link> otherNotes) {
        public ResolvedReference {
            otherNotes = List.copyOf(otherNotes);
        }
    }

    /**
     * How to cite a page or passage: a Chicago note and a BibTeX entry, both with the pinpoint link.
     *
     * @param label what is cited ("this essay", "paragraph 12", "note 4")
     */
    record Cite(String label, String chicago, String bibtex) {
        public static final Cite NONE = new Cite("", "", "");
    }

    /** {@code notes/<essay-id>/<n>.html}: one footnote and the passage it annotates. */
    record NotePage(String path, Chrome chrome, int number, Markup note, Markup passage, String passageHref,
                    String essayHref, Markup essayTitle, Markup essayAuthor, String previousHref, String nextHref,
                    int total, List<ResolvedReference> references, Cite cite) implements Page {
        public NotePage {
            references = List.copyOf(references);
        }

        @Override
        public String template() {
            return "note.ftlh";
        }
    }

    /** {@code changes/<essay-id>.html}: every difference between the print and the edition. */
    record ChangesPage(String path, Chrome chrome, Markup essayTitle, String essayHref, String seedFile,
                       String seedSha256, List<ChangeRow> rows, int typographic, int substantive) implements Page {
        public ChangesPage {
            rows = List.copyOf(rows);
        }

        @Override
        public String template() {
            return "changes.ftlh";
        }
    }

    /** One editorial change, ready to print. */
    record ChangeRow(String kind, boolean typographic, String printed, String edition, String seedLocation,
                     String editionLocation) {
        public ChangeRow {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** {@code bibliography/index.html}: every work once, grouped and sorted, with the notes citing it. */
    record BibliographyPage(String path, Chrome chrome, String style, List<WorkGroup> groups, List<Chrome.Link> exports,
                            int problems, String reportHref) implements Page {
        public BibliographyPage {
            groups = List.copyOf(groups);
            exports = List.copyOf(exports);
        }

        @Override
        public String template() {
            return "bibliography.ftlh";
        }
    }

    /** A group of the bibliography (journal articles; newspapers, magazines and agencies). */
    record WorkGroup(String label, String anchor, List<WorkEntry> entries) {
        public WorkGroup {
            entries = List.copyOf(entries);
        }
    }

    /**
     * A bibliography entry.
     *
     * @param coins the OpenURL context object Zotero reads from a {@code span.Z3988}
     * @param citedBy the notes citing the work
     */
    record WorkEntry(String id, String href, Markup entry, String coins, List<Chrome.Link> citedBy) {
        public WorkEntry {
            citedBy = List.copyOf(citedBy);
        }
    }

    /** {@code bibliography/<work-id>.html}: one work, every note citing it and the passage each annotates. */
    record WorkPage(String path, Chrome chrome, String id, Markup entry, Markup note, String coins, String doi,
                    String url, List<Citing> citing, String bibtex) implements Page {
        public WorkPage {
            citing = List.copyOf(citing);
        }

        @Override
        public String template() {
            return "work.ftlh";
        }
    }

    /**
     * A note citing a work.
     *
     * @param via how the note names the work ({@code Ibid.}, {@code op. cit.}, or empty)
     */
    record Citing(Markup essayTitle, String essayHref, int note, String noteHref, String pinpoint, String via,
                  Markup passage, String passageHref) {
    }

    /** {@code bibliography/report.html}: what the build could not resolve or fully read, for maintainers. */
    record ReportPage(String path, Chrome chrome, List<ProblemRow> rows) implements Page {
        public ReportPage {
            rows = List.copyOf(rows);
        }

        @Override
        public String template() {
            return "report.ftlh";
        }
    }

    /** One unresolved or partly read citation. */
    record ProblemRow(String where, Markup essayTitle, int note, String noteHref, String printed, String message) {
    }

    /** {@code 404.html}: what a web server shows for an address the site does not have. */
    record NotFoundPage(String path, Chrome chrome, String homeHref) implements Page {
        @Override
        public String template() {
            return "404.ftlh";
        }
    }
}
