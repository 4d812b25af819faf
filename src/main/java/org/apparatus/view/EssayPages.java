package org.apparatus.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.export.EditionData;
import org.apparatus.export.TeiExport;
import org.apparatus.export.JsonLd;
import org.apparatus.link.Annotations;
import org.apparatus.link.CitationStyle;
import org.apparatus.link.EditorialChange;
import org.apparatus.link.SitePaths;
import org.apparatus.model.Block;
import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Markup;
import org.apparatus.model.Note;
import org.apparatus.model.Registry;
import org.apparatus.model.Text;
import org.apparatus.model.Work;
import org.jsoup.Jsoup;

/** The pages of an essay: its reading page and its editorial changes. */
final class EssayPages {

    private final Links links;
    private final EditionSettings edition;
    private final Map<EssayId, Annotations> annotations;
    /** Each registered event's title, by id: looked up for every paragraph of every essay. */
    private final Map<String, String> eventTitles = new HashMap<>();

    EssayPages(Links links, EditionSettings edition, Registry registry, Map<EssayId, Annotations> annotations) {
        this.links = links;
        this.edition = edition;
        this.annotations = annotations;
        registry.events().forEach(e -> eventTitles.put(e.id().value(), e.title()));
    }

    /** An essay's page; {@code previous} and {@code next} are its neighbours in the edition, or null. */
    Page.EssayPage essayPage(Essay essay, List<EditorialChange> changes, Essay previous, Essay next) {
        String root = "../";
        String path = "essays/" + essay.id() + ".html";
        List<Page.BlockView> blocks = new ArrayList<>();
        Map<String, Markup> reading = links.reading(essay);
        for (Block block : essay.blocks()) {
            if (block instanceof Block.Heading h) {
                blocks.add(new Page.BlockView(h.level(), h.anchor(),
                        links.reading(reading, essay, h.anchor(), h.text()), 0,
                        Page.Cite.NONE, List.of()));
            } else if (block instanceof Block.Paragraph p) {
                blocks.add(new Page.BlockView(0, p.anchor(), links.reading(reading, essay, p.anchor(), p.text()),
                        p.page(),
                        links.cite(essay, "paragraph " + p.number(), "para. " + p.number(), path + "#" + p.anchor()),
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
            notes.add(new Page.NoteItem(note.number(), note.anchor(),
                    links.reading(reading, essay, note.anchor(), note.text()),
                    firstRef.getOrDefault(note.number(), ""), root + SitePaths.notePath(essay.id(), note.number()),
                    links.references(essay, note, root)));
        }
        long substantive = changes.stream().filter(c -> !c.kind().isTypographic()).count();
        Chrome chrome = links.chrome(essay.title().plain(), root, description(essay),
                List.of(new Chrome.Link(essay.title().plain(), essay.id() + ".html", true)))
                .withMetadata(scholarMeta(essay), jsonLd(essay, path));
        return new Page.EssayPage(path, chrome, essay.title().markup(), essay.author().markup(),
                essay.abstractText().map(Text::markup).orElse(new Markup("")),
                essay.bio().map(Text::markup).orElse(new Markup("")), blocks, notes,
                root + "changes/" + essay.id() + ".html", changes.size(), (int) substantive,
                essay.seed().orElse(""), essay.seedSha256().orElse(""), essay.origin() == Essay.Origin.IMPORTED,
                links.cite(essay, "this essay", "", path), exports(essay, root),
                blocks.stream().anyMatch(b -> !Jsoup.parseBodyFragment(b.html().html()).select("a.mention").isEmpty()),
                neighbour(previous), neighbour(next),
                new Markup(essay.published().map(p -> CitationStyle.firstPublished(p, true)).orElse("")));
    }

    private static Chrome.Link neighbour(Essay essay) {
        return essay == null ? new Chrome.Link("", "", false)
                : new Chrome.Link(essay.title().plain(), essay.id() + ".html", false);
    }

    /** The essay's downloads: its works as BibTeX, RIS and CSL-JSON (when it cites any), and its TEI text. */
    private List<Chrome.Link> exports(Essay essay, String root) {
        String works = root + "bibliography/" + essay.id();
        List<Chrome.Link> downloads = new ArrayList<>();
        if (!links.worksCitedBy(essay).isEmpty()) {
            downloads.add(new Chrome.Link("the works it cites as BibTeX", works + ".bib", false));
            downloads.add(new Chrome.Link("RIS", works + ".ris", false));
            downloads.add(new Chrome.Link("CSL-JSON", works + ".json", false));
        }
        downloads.add(new Chrome.Link("the text as TEI P5 XML", root + TeiExport.path(essay), false));
        downloads.add(new Chrome.Link("its paragraphs, notes and mentions as JSON",
                root + EditionData.essayPath(essay.id()), false));
        return downloads;
    }

    Page.ChangesPage changesPage(Essay essay, List<EditorialChange> changes) {
        String root = "../";
        String essayHref = root + "essays/" + essay.id() + ".html";
        List<Page.ChangeRow> rows = changes.stream().map(c -> {
            Chrome.Link where = where(essay, essayHref, c.editionLocation());
            return new Page.ChangeRow(c.kind().label(), c.kind().isTypographic(), c.printed(), c.edition(),
                    c.seedLocation(), c.editionLocation(), where.label(), where.href());
        }).toList();
        int typographic = (int) changes.stream().filter(c -> c.kind().isTypographic()).count();
        return new Page.ChangesPage("changes/" + essay.id() + ".html",
                links.chrome("Editorial changes — " + essay.title().plain(), root,
                        "Every difference in wording between the print and this edition of "
                                + essay.title().plain(),
                        List.of(new Chrome.Link(essay.title().plain(), essayHref, false),
                                new Chrome.Link("Editorial changes", essay.id() + ".html", true))),
                essay.title().markup(), essayHref, essay.seed().orElse(""), essay.seedSha256().orElse(""), rows,
                typographic, changes.size() - typographic);
    }

    /**
     * The place in the essay page of a change at {@code file:line} of the edition: the paragraph, heading or note
     * that begins on or before that line, or the essay's head (title, author, abstract) when none does.
     */
    private static Chrome.Link where(Essay essay, String essayHref, String editionLocation) {
        int line = Integer.parseInt(editionLocation.substring(editionLocation.lastIndexOf(':') + 1));
        Chrome.Link best = new Chrome.Link("Title, author or abstract", essayHref, false);
        int bestLine = 0;
        for (Block block : essay.blocks()) {
            int at = block.text().line();
            if (at <= line && at >= bestLine) {
                bestLine = at;
                String label = block instanceof Block.Paragraph p ? "Paragraph " + p.number() : "Heading";
                best = new Chrome.Link(label, essayHref + "#" + block.anchor(), false);
            }
        }
        for (Note note : essay.notes()) {
            int at = note.text().line();
            if (at <= line && at >= bestLine) {
                bestLine = at;
                best = new Chrome.Link("Note " + note.number(), essayHref + "#" + note.anchor(), false);
            }
        }
        return best;
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
        essay.published().ifPresent(p -> meta.add(new Chrome.Meta("dcterms.source",
                "First published in " + CitationStyle.firstPublished(p, false))));
        for (Work work : links.worksCitedBy(essay)) {
            meta.add(new Chrome.Meta("citation_reference", CitationStyle.scholarReference(work)));
        }
        return meta;
    }

    /** A schema.org ScholarlyArticle with the works it cites. */
    private String jsonLd(Essay essay, String path) {
        return JsonLd.article(essay, edition, path, links.worksCitedBy(essay));
    }

    /** The registered events a paragraph speaks of, linked from an essay page. */
    private List<Chrome.Link> events(Essay essay, String anchor) {
        return annotations.get(essay.id()).passages().stream().filter(p -> p.anchor().equals(anchor))
                .map(p -> new Chrome.Link(eventTitles.get(p.event().value()), "../events/" + p.event() + ".html",
                        false))
                .toList();
    }

    private static String description(Essay essay) {
        String by = essay.author().plain().isEmpty() ? "" : " by " + essay.author().plain();
        String summary = essay.abstractText().map(Text::plain)
                .or(() -> essay.paragraphs().stream().findFirst().map(p -> p.text().plain())).orElse("");
        return Links.abbreviate(essay.title().plain() + by + ". " + summary);
    }
}
