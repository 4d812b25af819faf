package org.apparatus.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.TextFiles;
import org.apparatus.model.SlugId;
import org.apparatus.model.Work;
import org.apparatus.model.WorkId;
import org.apparatus.model.YamlText;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A maintainer's corrections to the works as the notes print them, from {@code content/works.yml}: for a work id, any
 * of {@code authors} (a list of full names), {@code title}, {@code container}, {@code volume}, {@code issue},
 * {@code season}, {@code date}, {@code doi}, {@code url}, or {@code same-as: other-id} to merge it into another work.
 * To split a work that the notes' wording made one, give the new work its own id with {@code split-from: old-id} and
 * {@code notes: [essay-id/12, ...]}, the notes that cite the new one, plus any fields that differ. Under a work that
 * is not split off, {@code notes: [essay-id/12]} (or just {@code [12]}) settles an ambiguous op. cit. of that note: it
 * means this work.
 */
public final class WorkCorrections {

    static final Set<String> KEYS = Set.of("authors", "title", "container", "volume", "issue", "season", "date", "doi",
            "url", "same-as", "split-from", "notes");

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s\\p{Cntrl}\"<>]+",
            Pattern.CASE_INSENSITIVE);

    private record Entry(Map<String, Object> fields, int line) {
    }

    private final Map<String, Entry> entries;
    private final String display;

    private WorkCorrections(Map<String, Entry> entries, String display) {
        this.entries = entries;
        this.display = display;
    }

    /** Corrections are equal when they read the same entries from the same file. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WorkCorrections c && c.entries.equals(entries) && c.display.equals(display);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries, display);
    }

    /** No corrections. */
    public static WorkCorrections none() {
        return new WorkCorrections(Map.of(), "content/works.yml");
    }

    /** Reads {@code works.yml}; a missing file means no corrections, a broken one is an error. */
    public static WorkCorrections read(Path file, String display, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return new WorkCorrections(Map.of(), display);
        }
        Optional<String> text = TextFiles.read(file, display, "work corrections file", diagnostics);
        if (text.isEmpty()) {
            return new WorkCorrections(Map.of(), display);
        }
        Node root = YamlText.compose(text.get(), display, 1, "YAML", "work ids, each with 'key: value' lines",
                diagnostics).orElse(null);
        Map<String, Entry> entries = new TreeMap<>();
        if (root == null) {
            return new WorkCorrections(entries, display);
        }
        if (!(root instanceof MappingNode mapping)) {
            diagnostics.error(display, 1, 1, "expected work ids, each followed by its corrections");
            return new WorkCorrections(entries, display);
        }
        for (NodeTuple work : mapping.getValue()) {
            int line = work.getKeyNode().getStartMark().getLine() + 1;
            if (!(work.getKeyNode() instanceof ScalarNode id) || !(work.getValueNode() instanceof MappingNode fields)) {
                diagnostics.error(display, line, 1, "expected 'work-id:' followed by indented 'key: value' lines");
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (NodeTuple field : fields.getValue()) {
                int fieldLine = field.getKeyNode().getStartMark().getLine() + 1;
                String key = field.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                if (!KEYS.contains(key)) {
                    diagnostics.error(display, fieldLine, field.getKeyNode().getStartMark().getColumn() + 1,
                            "unknown key '" + key + "'; expected one of " + new java.util.TreeSet<>(KEYS));
                } else if ((key.equals("authors") || key.equals("notes"))
                        && field.getValueNode() instanceof SequenceNode list) {
                    List<String> names = new ArrayList<>();
                    list.getValue().forEach(n -> names.add(n instanceof ScalarNode s ? s.getValue() : ""));
                    values.put(key, names);
                } else if (key.equals("url") && field.getValueNode() instanceof ScalarNode value
                        && !WEB_ADDRESS.matcher(value.getValue()).matches()) {
                    // the work's page links to it: an address that could run code or leave the web is never a link
                    diagnostics.error(display, value.getStartMark().getLine() + 1, value.getStartMark().getColumn() + 1,
                            "'url' must be an http(s) address, such as https://example.org/article; found '"
                                    + abbreviate(value.getValue()) + "'");
                } else if (field.getValueNode() instanceof ScalarNode value && !key.equals("authors")
                        && !key.equals("notes")) {
                    values.put(key, value.getValue());
                } else {
                    diagnostics.error(display, fieldLine, 1, "'" + key + "' expects "
                            + (key.equals("authors") ? "a list of names"
                            : key.equals("notes") ? "a list of notes, such as [essay-id/12]" : "a single value"));
                }
            }
            entries.put(id.getValue(), new Entry(values, line));
        }
        return new WorkCorrections(entries, display);
    }

    /** The id a work ends up under, after merges. */
    public WorkId target(WorkId id) {
        WorkId current = id;
        for (int hops = 0; hops < 10; hops++) {
            Entry entry = entries.get(current.value());
            if (entry == null || !(entry.fields().get("same-as") instanceof String other) || !SlugId.isValid(other)) {
                return current;
            }
            current = new WorkId(other);
        }
        return current;
    }

    /** The id a note's citation of a work ends up under: a split-off work if the note is listed for one. */
    WorkId target(WorkId id, Bibliography.NoteKey note) {
        String listed = note.essay() + "/" + note.number();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (id.value().equals(e.getValue().fields().get("split-from")) && SlugId.isValid(e.getKey())
                    && e.getValue().fields().get("notes") instanceof List<?> notes && notes.contains(listed)) {
                return new WorkId(e.getKey());
            }
        }
        return target(id);
    }

    /**
     * The work an ambiguous op. cit. of a note means, if works.yml settles it: the one candidate whose entry lists
     * the note under {@code notes} ({@code essay-id/12}, or {@code 12}).
     */
    Optional<WorkId> settled(Bibliography.NoteKey note, List<WorkId> candidates) {
        List<WorkId> meant = candidates.stream().filter(c -> lists(c.value(), note)).toList();
        return meant.size() == 1 ? Optional.of(meant.get(0)) : Optional.empty();
    }

    private boolean lists(String id, Bibliography.NoteKey note) {
        Entry entry = entries.get(id);
        return entry != null && !entry.fields().containsKey("split-from")
                && entry.fields().get("notes") instanceof List<?> notes
                && (notes.contains(note.essay() + "/" + note.number()) || notes.contains(String.valueOf(note.number())));
    }

    /**
     * Warns of each note listed under a work that is not split off where no ambiguous op. cit. of that note could
     * mean the work, so a settlement that settles nothing is never silent.
     *
     * @param settled each work with the notes whose op. cit. its entry settled
     */
    void checkSettlements(Map<WorkId, Set<Bibliography.NoteKey>> settled, Diagnostics diagnostics) {
        entries.forEach((id, entry) -> {
            if (entry.fields().containsKey("split-from") || !(entry.fields().get("notes") instanceof List<?> notes)) {
                return;
            }
            Set<Bibliography.NoteKey> done = SlugId.isValid(id) ? settled.getOrDefault(new WorkId(id), Set.of())
                    : Set.of();
            for (Object listed : notes) {
                boolean used = done.stream().anyMatch(k -> listed.equals(k.essay() + "/" + k.number())
                        || listed.equals(String.valueOf(k.number())));
                if (!used) {
                    diagnostics.warning(display, entry.line(), 1, "'" + id + "' lists note '" + listed + "', but no"
                            + " ambiguous op. cit. of that note could mean this work; expected a note the citation"
                            + " report lists as ambiguous, with this work among its candidates");
                }
            }
        });
    }

    /** The works with corrections applied, merged works folded into their targets and split works added, by id. */
    Map<WorkId, Work> apply(Collection<Work> works, Diagnostics diagnostics) {
        Map<WorkId, Work> byId = new LinkedHashMap<>();
        works.forEach(w -> byId.put(w.id(), w));
        Map<WorkId, Work> split = new LinkedHashMap<>();
        entries.forEach((id, entry) -> {
            if (entry.fields().get("split-from") instanceof String from) {
                if (!SlugId.isValid(id) || byId.containsKey(new WorkId(id))) {
                    diagnostics.error(display, entry.line(), 1, "a work split off needs an id of its own, a slug no"
                            + " other work has; '" + id + "' is not one");
                } else if (!SlugId.isValid(from) || !byId.containsKey(new WorkId(from))) {
                    diagnostics.error(display, entry.line(), 1, "'" + id + "' is split from '" + from
                            + "', but no cited work has that id");
                } else {
                    Work source = byId.get(new WorkId(from));
                    Work copy = new Work(new WorkId(id), source.type(), source.authors(), source.title(),
                            source.container(), source.volume(), source.issue(), source.season(), source.date(),
                            source.doi(), source.url(), source.complete());
                    split.put(copy.id(), corrected(copy, entry.fields()));
                }
                return;
            }
            if (!SlugId.isValid(id) || !byId.containsKey(new WorkId(id))) {
                diagnostics.warning(display, entry.line(), 1, "no cited work has the id '" + id
                        + "'; expected an id shown on the bibliography pages");
            } else if (entry.fields().get("same-as") instanceof String other
                    && (!SlugId.isValid(other) || !byId.containsKey(new WorkId(other)))) {
                diagnostics.error(display, entry.line(), 1, "'" + id + "' is the same as '" + other
                        + "', but no cited work has that id");
            }
        });
        Map<WorkId, Work> result = new LinkedHashMap<>();
        for (Work work : byId.values()) {
            if (!target(work.id()).equals(work.id()) && byId.containsKey(target(work.id()))) {
                continue; // merged into its target
            }
            Entry entry = entries.get(work.id().value());
            result.put(work.id(), entry == null ? work : corrected(work, entry.fields()));
        }
        result.putAll(split);
        return result;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\p{Cntrl}", "?");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }

    @SuppressWarnings("unchecked")
    private static Work corrected(Work w, Map<String, Object> f) {
        List<String> authors = f.get("authors") instanceof List<?> list ? (List<String>) list : w.authors();
        String date = (String) f.getOrDefault("date", w.date());
        return new Work(w.id(), w.type(), authors, (String) f.getOrDefault("title", w.title()),
                (String) f.getOrDefault("container", w.container()), (String) f.getOrDefault("volume", w.volume()),
                (String) f.getOrDefault("issue", w.issue()), (String) f.getOrDefault("season", w.season()),
                date, (String) f.getOrDefault("doi", w.doi()), (String) f.getOrDefault("url", w.url()),
                w.complete() || f.containsKey("date") || f.containsKey("volume"));
    }
}
