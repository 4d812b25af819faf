package org.apparatus.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.kernel.Json;
import org.apparatus.link.Bibliography;
import org.apparatus.link.Entities;
import org.apparatus.link.Memo;
import org.apparatus.link.SitePaths;
import org.apparatus.model.Block;
import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.Note;
import org.apparatus.model.Text;
import org.apparatus.model.Work;
import org.apparatus.model.WorkId;

/**
 * The edition as data for reuse, {@code data/edition.json}: essays with their paragraphs and notes, works, actors,
 * events and mentions, each with its id and the path of its page, described by the JSON Schema
 * {@code data/edition.schema.json} beside it.
 */
public final class EditionData {

    static final String PATH = "data/edition.json";
    static final String SCHEMA_PATH = "data/edition.schema.json";
    private static final String SCHEMA_RESOURCE = "edition.schema.json";

    /** An essay's object in the file, and its mentions', each as the JSON text it is written as. */
    private static final Memo.Piece<String> ESSAY = Memo.Piece.named("edition.json essay");
    private static final Memo.Piece<String> MENTIONS = Memo.Piece.named("edition.json mentions");

    private EditionData() {
    }

    /**
     * {@code data/edition.json} and its schema; each essay's own pieces of it (the essay, its mentions) are taken from
     * {@code memo} when their inputs are as they were.
     */
    public static List<DataFile> files(EditionSettings edition, List<Essay> essays, Bibliography bibliography,
                                          Entities annotations, Memo memo) {
        // made when the file is written, not with the model
        return List.of(new DataFile(PATH, out -> {
            write(root(edition, essays, bibliography, annotations, memo), out, "");
            out.append('\n');
        }), new DataFile(SCHEMA_PATH, schema()));
    }

    /** The file's content, as maps and lists, the essays' and mentions' pieces made as they are written. */
    private static Map<String, Object> root(EditionSettings edition, List<Essay> essays, Bibliography bibliography,
                                            Entities annotations, Memo memo) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "edition.schema.json");
        root.put("title", edition.title());
        root.put("url", edition.url());
        root.put("essays", new Lazily<>(essays, essay -> new Raw(memo.piece(ESSAY, essay.id(),
                new EssayInputs(essay, essay.notes().stream().map(n -> bibliography.of(essay.id(), n.number()))
                        .toList()),
                () -> json(essay(essay, bibliography), ITEM_DEPTH)))));
        List<Object> works = new ArrayList<>();
        Map<WorkId, Map<Bibliography.NoteKey, List<Bibliography.Reference>>> citing = memo.citingByWork(bibliography);
        for (Work work : bibliography.works()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("id", work.id().value());
            w.put("path", "bibliography/" + work.id() + ".html");
            w.put("type", work.type().name().toLowerCase(java.util.Locale.ROOT));
            w.put("authors", work.authors());
            w.put("title", work.title());
            w.put("container", work.container());
            w.put("volume", work.volume());
            w.put("issue", work.issue());
            w.put("season", work.season());
            w.put("date", work.date());
            w.put("doi", work.doi());
            w.put("url", work.url());
            List<Object> citedBy = new ArrayList<>();
            citing.getOrDefault(work.id(), Map.of()).keySet().forEach(key -> citedBy.add(ordered(
                    "essay", key.essay().value(), "note", key.number(),
                    "path", SitePaths.notePath(key.essay(), key.number()))));
            w.put("citedBy", citedBy);
            works.add(w);
        }
        root.put("works", works);
        List<Object> actors = new ArrayList<>();
        for (Entities.Actor a : annotations.actors()) {
            actors.add(ordered("id", a.id(), "kind", a.kind().name().toLowerCase(java.util.Locale.ROOT),
                    "name", a.name(), "wikidata", a.wikidata(), "path", a.path()));
        }
        root.put("actors", actors);
        List<Object> events = new ArrayList<>();
        for (Entities.Event e : annotations.events()) {
            events.add(ordered("id", e.id(), "label", e.label(), "when", e.when(), "until", e.until(),
                    "path", e.path(), "actors", e.actors()));
        }
        root.put("events", events);
        // each essay's mentions as one piece: the objects at the list's depth, one after the other
        Map<org.apparatus.model.EssayId, List<Entities.Mention>> byEssay = new LinkedHashMap<>();
        annotations.mentions().forEach(m -> byEssay.computeIfAbsent(m.essay(), k -> new ArrayList<>()).add(m));
        List<Map.Entry<org.apparatus.model.EssayId, List<Entities.Mention>>> pieces = List.copyOf(byEssay.entrySet());
        root.put("mentions", new Lazily<>(pieces, piece -> new Raw(memo.piece(MENTIONS, piece.getKey(), piece.getValue(), () -> {
                    StringBuilder json = new StringBuilder();
                    for (Entities.Mention m : piece.getValue()) {
                        if (json.length() > 0) {
                            json.append(",\n").append(" ".repeat(2 * ITEM_DEPTH));
                        }
                        json.append(json(ordered("essay", m.essay().value(),
                                "paragraph", m.paragraph(), "path", "essays/" + m.essay() + ".html#p" + m.paragraph(),
                                "text", m.text(), "occurrence", m.occurrence(), "actor", m.actor(), "event", m.event(),
                                "when", m.when()), ITEM_DEPTH));
                    }
                    return json.toString();
                }))));
        return root;
    }

    /** How deep the items of the top-level lists are written: the root's members at 1, their items at 2. */
    private static final int ITEM_DEPTH = 2;

    /** What an essay's piece of the file is made from: the essay, and what each of its notes cites. */
    private record EssayInputs(Essay essay, List<List<Bibliography.Reference>> references) {
    }

    /** JSON text made already, for its place in the file. */
    private record Raw(String json) {
    }

    /** A value as {@link #write} writes it {@code depth} levels in. */
    private static String json(Object value, int depth) {
        StringBuilder json = new StringBuilder();
        try {
            write(value, json, depth, new java.util.HashMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return json.toString();
    }

    /**
     * A list of objects made from the items one at a time, as it is written: the essays and mentions of a large edition
     * are never all in memory as JSON objects.
     */
    private static final class Lazily<T> extends java.util.AbstractList<Object> {
        private final List<T> items;
        private final java.util.function.Function<T, Object> make;

        Lazily(List<T> items, java.util.function.Function<T, Object> make) {
            this.items = items;
            this.make = make;
        }

        @Override
        public Object get(int index) {
            return make.apply(items.get(index));
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    private static Map<String, Object> essay(Essay essay, Bibliography bibliography) {
        String page = "essays/" + essay.id() + ".html";
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", essay.id().value());
        e.put("path", page);
        e.put("tei", TeiExport.path(essay));
        e.put("changes", "changes/" + essay.id() + ".html");
        e.put("title", essay.title().plain());
        e.put("author", essay.author().plain());
        e.put("date", essay.date().orElse(""));
        e.put("abstract", essay.abstractText().map(Text::plain).orElse(""));
        e.put("seed", essay.seed().map(s -> "seeds/" + s).orElse(""));
        e.put("origin", essay.origin().name().toLowerCase(java.util.Locale.ROOT));
        List<Object> paragraphs = new ArrayList<>();
        String section = "";
        for (Block block : essay.blocks()) {
            if (block instanceof Block.Heading h) {
                section = h.text().plain();
            } else if (block instanceof Block.Paragraph p) {
                paragraphs.add(ordered("n", p.number(), "id", p.anchor(), "path", page + "#" + p.anchor(),
                        "section", section, "page", p.page(), "pageBreaks", p.pageBreaks(), "notes", p.notes(),
                        "text", p.text().plain()));
            }
        }
        e.put("paragraphs", paragraphs);
        List<Object> notes = new ArrayList<>();
        for (Note note : essay.notes()) {
            List<Object> refs = new ArrayList<>();
            for (Bibliography.Reference ref : bibliography.of(essay.id(), note.number())) {
                refs.add(ordered("work", ref.work().id().value(), "pinpoint", ref.pinpoint().orElse(""),
                        "via", ref.via().label()));
            }
            notes.add(ordered("n", note.number(), "id", note.anchor(), "path",
                    SitePaths.notePath(essay.id(), note.number()), "text", note.text().plain(), "works", refs));
        }
        e.put("notes", notes);
        return e;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Pretty JSON of maps, lists, strings, numbers and booleans, two spaces a level. */
    static void write(Object value, Appendable out, String indent) throws IOException {
        write(value, out, indent.length() / 2, new java.util.HashMap<>());
    }

    /**
     * {@link #write(Object, Appendable, String)} at {@code depth} levels in; {@code keys} remembers each key's literal,
     * as the same few keys recur in every object.
     */
    private static void write(Object value, Appendable out, int depth, Map<Object, String> keys) throws IOException {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                indent(out, depth + 1).append(keys.computeIfAbsent(entry.getKey(),
                        key -> Json.scriptSafe(String.valueOf(key)))).append(": ");
                write(entry.getValue(), out, depth + 1, keys);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            indent(out, depth).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            boolean scalars = !(list instanceof Lazily)
                    && list.stream().noneMatch(v -> v instanceof Map || v instanceof List || v instanceof Raw);
            if (scalars) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    write(list.get(i), out, depth, keys);
                    out.append(i + 1 < list.size() ? ", " : "");
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                indent(out, depth + 1);
                write(list.get(i), out, depth + 1, keys);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            indent(out, depth).append(']');
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String s) {
            out.append(Json.scriptSafe(s));
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(String.valueOf(value));
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }

    private static final String SPACES = " ".repeat(64);

    private static Appendable indent(Appendable out, int depth) throws IOException {
        for (int left = depth * 2; left > 0; left -= SPACES.length()) {
            out.append(SPACES, 0, Math.min(left, SPACES.length()));
        }
        return out;
    }

    private static String schema() {
        try (InputStream in = EditionData.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + SCHEMA_RESOURCE + " is missing from Apparatus");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
