package org.apparatus.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apparatus.link.Bibliography;
import org.apparatus.link.Entities;
import org.apparatus.link.Memo;
import org.apparatus.link.SitePaths;
import org.apparatus.model.Block;
import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Note;
import org.apparatus.model.Text;
import org.apparatus.model.Work;
import org.apparatus.model.WorkId;

import com.fasterxml.jackson.core.JsonGenerator;

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
     * {@code data/edition.json}, the edition's index, one {@code data/essays/<id>.json} per essay and the schema of
     * both; each essay's own pieces (the essay, its mentions) are taken from {@code memo} when their inputs are as
     * they were.
     */
    public static List<DataFile> files(EditionSettings edition, List<Essay> essays, Bibliography bibliography,
                                          Entities annotations, Memo memo) {
        List<DataFile> files = new ArrayList<>();
        // made when the file is written, not with the model
        files.add(new DataFile(PATH, out -> {
            try (JsonGenerator json = JsonText.indented(out, JsonText.Escaping.SCRIPT_SAFE, 0)) {
                write(json, edition, essays, bibliography, annotations, memo);
            }
            out.append('\n');
        }));
        for (Essay essay : essays) {
            files.add(new DataFile(essayPath(essay.id()), out -> {
                List<Entities.Mention> mentions = annotations.mentionsIn(essay.id());
                try (JsonGenerator json = JsonText.indented(out, JsonText.Escaping.SCRIPT_SAFE, 0)) {
                    json.writeStartObject();
                    json.writeStringField("$schema", "../edition.schema.json");
                    json.writeFieldName("essay");
                    json.writeRawValue(memo.piece(ESSAY, essay.id(),
                            new EssayInputs(essay, essay.notes().stream()
                                    .map(n -> bibliography.of(essay.id(), n.number())).toList()),
                            () -> JsonText.indented(JsonText.Escaping.SCRIPT_SAFE, 1, j -> essay(j, essay,
                                    bibliography))));
                    // the mentions as one piece: the objects at the list's depth, one after the other
                    json.writeArrayFieldStart("mentions");
                    if (!mentions.isEmpty()) {
                        json.writeRawValue(memo.piece(MENTIONS, essay.id(), mentions,
                                () -> JsonText.indented(JsonText.Escaping.SCRIPT_SAFE, ITEM_DEPTH, j -> {
                                    for (Entities.Mention m : mentions) {
                                        mention(j, m);
                                    }
                                })));
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                out.append('\n');
            }));
        }
        files.add(new DataFile(SCHEMA_PATH, schema()));
        return List.copyOf(files);
    }

    /** The path of an essay's data file in the site. */
    public static String essayPath(EssayId essay) {
        return "data/essays/" + essay + ".json";
    }

    /** The index: the essays with the paths of their pages and data files, the works, actors and events. */
    private static void write(JsonGenerator json, EditionSettings edition, List<Essay> essays,
                              Bibliography bibliography, Entities annotations, Memo memo) throws IOException {
        json.writeStartObject();
        json.writeStringField("$schema", "edition.schema.json");
        json.writeStringField("title", edition.title());
        json.writeStringField("url", edition.url());
        json.writeArrayFieldStart("essays");
        for (Essay essay : essays) {
            json.writeStartObject();
            summary(json, essay);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("works");
        Map<WorkId, Map<Bibliography.NoteKey, List<Bibliography.Reference>>> citing = memo.citingByWork(bibliography);
        for (Work work : bibliography.works()) {
            json.writeStartObject();
            json.writeStringField("id", work.id().value());
            json.writeStringField("path", "bibliography/" + work.id() + ".html");
            json.writeStringField("type", work.type().name().toLowerCase(Locale.ROOT));
            inline(json, "authors", work.authors());
            json.writeStringField("title", work.title());
            json.writeStringField("container", work.container());
            json.writeStringField("volume", work.volume());
            json.writeStringField("issue", work.issue());
            json.writeStringField("season", work.season());
            json.writeStringField("date", work.date());
            json.writeStringField("doi", work.doi());
            json.writeStringField("url", work.url());
            // how many notes and essays cite the work: which notes they are is in each essay's data file (its notes'
            // works), so the index grows with the works, not with the works times the notes citing them
            java.util.Set<Bibliography.NoteKey> notes = citing.getOrDefault(work.id(), Map.of()).keySet();
            json.writeNumberField("citingNotes", notes.size());
            json.writeNumberField("citingEssays", notes.stream().map(Bibliography.NoteKey::essay).distinct().count());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("actors");
        for (Entities.Actor a : annotations.actors()) {
            json.writeStartObject();
            json.writeStringField("id", a.id());
            json.writeStringField("kind", a.kind().name().toLowerCase(Locale.ROOT));
            json.writeStringField("name", a.name());
            json.writeStringField("wikidata", a.wikidata());
            json.writeStringField("path", a.path());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        for (Entities.Event e : annotations.events()) {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeStringField("label", e.label());
            json.writeStringField("when", e.when());
            json.writeStringField("until", e.until());
            json.writeStringField("path", e.path());
            inline(json, "actors", e.actors());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** How deep the items of the top-level lists are written: the root's members at 1, their items at 2. */
    private static final int ITEM_DEPTH = 2;

    /** What an essay's piece of the file is made from: the essay, and what each of its notes cites. */
    private record EssayInputs(Essay essay, List<List<Bibliography.Reference>> references) {
    }

    private static void essay(JsonGenerator json, Essay essay, Bibliography bibliography) throws IOException {
        String page = "essays/" + essay.id() + ".html";
        json.writeStartObject();
        json.writeStringField("id", essay.id().value());
        json.writeStringField("path", page);
        essayFields(json, essay);
        json.writeArrayFieldStart("paragraphs");
        String section = "";
        for (Block block : essay.blocks()) {
            if (block instanceof Block.Heading h) {
                section = h.text().plain();
            } else if (block instanceof Block.Paragraph p) {
                json.writeStartObject();
                json.writeNumberField("n", p.number());
                json.writeStringField("id", p.anchor());
                json.writeStringField("path", page + "#" + p.anchor());
                json.writeStringField("section", section);
                json.writeNumberField("page", p.page());
                inline(json, "pageBreaks", p.pageBreaks());
                inline(json, "notes", p.notes());
                json.writeStringField("text", p.text().plain());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notes");
        for (Note note : essay.notes()) {
            json.writeStartObject();
            json.writeNumberField("n", note.number());
            json.writeStringField("id", note.anchor());
            json.writeStringField("path", SitePaths.notePath(essay.id(), note.number()));
            json.writeStringField("text", note.text().plain());
            json.writeArrayFieldStart("works");
            for (Bibliography.Reference ref : bibliography.of(essay.id(), note.number())) {
                json.writeStartObject();
                json.writeStringField("work", ref.work().id().value());
                json.writeStringField("pinpoint", ref.pinpoint().orElse(""));
                json.writeStringField("via", ref.via().label());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** An essay's line in the index. */
    private static void summary(JsonGenerator json, Essay essay) throws IOException {
        json.writeStringField("id", essay.id().value());
        json.writeStringField("path", "essays/" + essay.id() + ".html");
        json.writeStringField("data", essayPath(essay.id()));
        essayFields(json, essay);
    }

    private static void essayFields(JsonGenerator json, Essay essay) throws IOException {
        json.writeStringField("tei", TeiExport.path(essay));
        json.writeStringField("changes", "changes/" + essay.id() + ".html");
        json.writeStringField("title", essay.title().plain());
        json.writeStringField("author", essay.author().plain());
        json.writeStringField("date", essay.date().orElse(""));
        json.writeStringField("abstract", essay.abstractText().map(Text::plain).orElse(""));
        json.writeStringField("seed", essay.seed().map(s -> "seeds/" + s).orElse(""));
        json.writeStringField("origin", essay.origin().name().toLowerCase(Locale.ROOT));
    }

    private static void mention(JsonGenerator json, Entities.Mention m) throws IOException {
        json.writeStartObject();
        json.writeStringField("essay", m.essay().value());
        json.writeNumberField("paragraph", m.paragraph());
        json.writeStringField("path", "essays/" + m.essay() + ".html#p" + m.paragraph());
        json.writeStringField("text", m.text());
        json.writeNumberField("occurrence", m.occurrence());
        json.writeStringField("actor", m.actor());
        json.writeStringField("event", m.event());
        json.writeStringField("when", m.when());
        json.writeEndObject();
    }

    /** A list of strings or numbers, on one line. */
    private static void inline(JsonGenerator json, String name, List<?> values) throws IOException {
        json.writeFieldName(name);
        JsonText.value(JsonText.inline(json), values);
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
