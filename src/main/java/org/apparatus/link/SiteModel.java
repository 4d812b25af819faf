package org.apparatus.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apparatus.Diagnostics;
import org.apparatus.ingest.ImportedEssay;
import org.apparatus.model.Block;
import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Markup;
import org.apparatus.model.Note;
import org.apparatus.model.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The cross-referenced site: every page the build writes, as view objects, in path order.
 *
 * @param pages the pages, sorted by path
 */
public record SiteModel(List<Page> pages) {

    public SiteModel {
        pages = pages.stream().sorted(Comparator.comparing(Page::path)).toList();
    }

    /**
     * Cross-references the essays: checks ids and seeds, compares each essay with its seed, links notes to their
     * passages, and makes the pages.
     *
     * @param essays the parsed essays, curated and imported
     * @param seeds the seeds' imports by seed file name, for the fidelity check
     */
    public static SiteModel build(EditionSettings edition, List<Essay> essays, Map<String, ImportedEssay> seeds,
                                  Diagnostics diagnostics) {
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
        List<Page> pages = new ArrayList<>();
        List<Page.EssayCard> cards = new ArrayList<>();
        for (Essay essay : unique) {
            List<EditorialChange> changes = changes(essay, seeds, diagnostics);
            String essayPath = "essays/" + essay.id() + ".html";
            cards.add(new Page.EssayCard(essayPath, essay.title().markup(), essay.author().markup(),
                    essay.abstractText().map(Text::markup).orElse(new Markup("")), essay.paragraphs().size(),
                    essay.notes().size()));
            pages.add(essayPage(edition, essay, changes));
            pages.add(changesPage(edition, essay, changes));
            pages.addAll(notePages(edition, essay));
        }
        pages.add(new Page.Home("index.html", chrome(edition, edition.title(), "",
                edition.introduction(), List.of()), edition.introduction(), cards));
        return new SiteModel(pages);
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

    private static Page.EssayPage essayPage(EditionSettings edition, Essay essay, List<EditorialChange> changes) {
        String root = "../";
        List<Page.BlockView> blocks = new ArrayList<>();
        for (Block block : essay.blocks()) {
            if (block instanceof Block.Heading h) {
                blocks.add(new Page.BlockView(h.level(), h.anchor(), h.text().markup(), 0));
            } else if (block instanceof Block.Paragraph p) {
                blocks.add(new Page.BlockView(0, p.anchor(), p.text().markup(), p.page()));
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
            notes.add(new Page.NoteItem(note.number(), note.anchor(), note.text().markup(),
                    firstRef.getOrDefault(note.number(), ""), root + notePath(essay.id(), note.number())));
        }
        long substantive = changes.stream().filter(c -> !c.kind().isTypographic()).count();
        return new Page.EssayPage("essays/" + essay.id() + ".html",
                chrome(edition, essay.title().plain(), root, description(essay),
                        List.of(new Chrome.Link(essay.title().plain(), essay.id() + ".html", true))),
                essay.title().markup(), essay.author().markup(),
                essay.abstractText().map(Text::markup).orElse(new Markup("")),
                essay.bio().map(Text::markup).orElse(new Markup("")), blocks, notes,
                root + "changes/" + essay.id() + ".html", changes.size(), (int) substantive,
                essay.seed().orElse(""), essay.seedSha256().orElse(""), essay.origin() == Essay.Origin.IMPORTED);
    }

    private static List<Page.NotePage> notePages(EditionSettings edition, Essay essay) {
        String root = "../../";
        String essayHref = root + "essays/" + essay.id() + ".html";
        Map<Integer, Block.Paragraph> passages = new HashMap<>();
        for (Block.Paragraph p : essay.paragraphs()) {
            p.notes().forEach(n -> passages.putIfAbsent(n, p));
        }
        List<Page.NotePage> pages = new ArrayList<>();
        List<Note> notes = essay.notes();
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            Optional<Block.Paragraph> passage = Optional.ofNullable(passages.get(note.number()));
            String label = "Note " + note.number();
            Chrome chrome = chrome(edition, label + " — " + essay.title().plain(), root, abbreviate(note.text().plain()),
                    List.of(new Chrome.Link(essay.title().plain(), essayHref, false),
                            new Chrome.Link(label, note.number() + ".html", true)));
            pages.add(new Page.NotePage(notePath(essay.id(), note.number()), chrome, note.number(),
                    note.text().markup(),
                    passage.map(p -> passageMarkup(p, essayHref, note.number())).orElse(new Markup("")),
                    passage.map(p -> essayHref + "#" + p.anchor()).orElse(""), essayHref, essay.title().markup(),
                    essay.author().markup(),
                    i > 0 ? notes.get(i - 1).number() + ".html" : "",
                    i + 1 < notes.size() ? notes.get(i + 1).number() + ".html" : "", notes.size()));
        }
        return pages;
    }

    /** The annotated paragraph, its in-page links pointed at the essay and the note's own marker highlighted. */
    private static Markup passageMarkup(Block.Paragraph paragraph, String essayHref, int number) {
        Document fragment = Jsoup.parseBodyFragment(paragraph.text().markup().html());
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

    private static Page.ChangesPage changesPage(EditionSettings edition, Essay essay, List<EditorialChange> changes) {
        String root = "../";
        String essayHref = root + "essays/" + essay.id() + ".html";
        List<Page.ChangeRow> rows = changes.stream().map(c -> new Page.ChangeRow(c.kind().label(),
                c.kind().isTypographic(), c.printed(), c.edition(), c.seedLocation(), c.editionLocation())).toList();
        int typographic = (int) changes.stream().filter(c -> c.kind().isTypographic()).count();
        return new Page.ChangesPage("changes/" + essay.id() + ".html",
                chrome(edition, "Editorial changes — " + essay.title().plain(), root,
                        "Every difference in wording between the print and this edition of " + essay.title().plain(),
                        List.of(new Chrome.Link(essay.title().plain(), essayHref, false),
                                new Chrome.Link("Editorial changes", essay.id() + ".html", true))),
                essay.title().markup(), essayHref, essay.seed().orElse(""), essay.seedSha256().orElse(""), rows,
                typographic, changes.size() - typographic);
    }

    private static Chrome chrome(EditionSettings edition, String title, String root, String description,
                                 List<Chrome.Link> trail) {
        List<Chrome.Link> breadcrumbs = new ArrayList<>();
        breadcrumbs.add(new Chrome.Link("Home", root + "index.html", trail.isEmpty()));
        breadcrumbs.addAll(trail);
        List<Chrome.Link> nav = List.of(new Chrome.Link("Essays", root + "index.html", root.isEmpty()));
        return new Chrome(edition.title(), title, root, description, breadcrumbs, nav);
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

    static String notePath(EssayId essay, int number) {
        return "notes/" + essay + "/" + number + ".html";
    }
}
