package org.apparatus.link;

import java.util.List;
import java.util.Objects;

import org.apparatus.model.Markup;

/**
 * One page of the site with everything its template prints, already cross-referenced and formatted. Each kind has
 * its own template; none of them queries or computes.
 */
public sealed interface Page permits Page.Home, Page.EssayPage, Page.NotePage, Page.ChangesPage {

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
                     int substantiveChanges, String seedFile, String seedSha256, boolean imported) implements Page {
        public EssayPage {
            blocks = List.copyOf(blocks);
            notes = List.copyOf(notes);
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
     */
    record BlockView(int level, String anchor, Markup html, int page) {
    }

    /** A note in an essay's note list, with its way back to the text and to its own page. */
    record NoteItem(int number, String anchor, Markup html, String backHref, String pageHref) {
    }

    /** {@code notes/<essay-id>/<n>.html}: one footnote and the passage it annotates. */
    record NotePage(String path, Chrome chrome, int number, Markup note, Markup passage, String passageHref,
                    String essayHref, Markup essayTitle, Markup essayAuthor, String previousHref, String nextHref,
                    int total) implements Page {
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
}
