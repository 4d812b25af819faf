package org.apparatus.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apparatus.link.SitePaths;
import org.apparatus.model.Block;
import org.apparatus.model.Essay;
import org.apparatus.model.Markup;
import org.apparatus.model.Note;

/** The page of each note of an essay: the note, the passage calling it, and what it cites, resolved. */
final class NotePages {

    private final Links links;

    NotePages(Links links) {
        this.links = links;
    }

    /** The pages of the essay's notes, in order. */
    List<Page.NotePage> pages(Essay essay) {
        String root = "../../";
        String essayHref = root + "essays/" + essay.id() + ".html";
        Map<Integer, Block.Paragraph> passages = essay.calling();
        List<Page.NotePage> pages = new ArrayList<>();
        List<Note> notes = essay.notes();
        // each paragraph parsed once for all the notes it calls, not once for each
        Map<String, List<Integer>> calling = new java.util.LinkedHashMap<>();
        Map<String, Block.Paragraph> paragraphs = new java.util.HashMap<>();
        notes.forEach(n -> Optional.ofNullable(passages.get(n.number())).ifPresent(p -> {
            paragraphs.put(p.anchor(), p);
            calling.computeIfAbsent(p.anchor(), k -> new ArrayList<>()).add(n.number());
        }));
        Map<Integer, Markup> passageMarkup = new java.util.HashMap<>();
        calling.forEach((anchor, numbers) -> passageMarkup.putAll(Links.passagesMarkup(links.linked(essay, anchor,
                paragraphs.get(anchor).text()), essayHref, numbers, true)));
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            Optional<Block.Paragraph> passage = Optional.ofNullable(passages.get(note.number()));
            String label = "Note " + note.number();
            Chrome chrome = links.chrome(label + " — " + essay.title().plain(), root, Links.abbreviate(note.text().plain()),
                    List.of(new Chrome.Link(essay.title().plain(), essayHref, false),
                            new Chrome.Link(label, note.number() + ".html", true)));
            pages.add(new Page.NotePage(SitePaths.notePath(essay.id(), note.number()), chrome, note.number(),
                    Links.deeper(links.linked(essay, note.anchor(), note.text())),
                    passage.map(p -> passageMarkup.get(note.number())).orElse(new Markup("")),
                    passage.map(p -> essayHref + "#" + p.anchor()).orElse(""), essayHref, essay.title().markup(),
                    essay.author().markup(),
                    i > 0 ? notes.get(i - 1).number() + ".html" : "",
                    i + 1 < notes.size() ? notes.get(i + 1).number() + ".html" : "", notes.size(),
                    links.references(essay, note, root),
                    links.cite(essay, "note " + note.number(), "n. " + note.number(),
                            SitePaths.notePath(essay.id(), note.number()))));
        }
        return pages;
    }
}
