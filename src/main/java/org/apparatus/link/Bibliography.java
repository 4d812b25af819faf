package org.apparatus.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apparatus.Diagnostics;
import org.apparatus.Slug;
import org.apparatus.model.Citation;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Note;
import org.apparatus.model.Work;
import org.apparatus.model.WorkId;

/**
 * The edition's works and what each note cites, resolved: {@code Ibid.} is the work of the previous note, {@code op.
 * cit.} the most recent earlier work by exactly the same authors, in the same essay. What cannot be resolved without
 * guessing is reported, never guessed.
 *
 * @param works every distinct work, sorted the way a bibliography is
 * @param references what each note cites, resolved, in the note's order
 * @param problems what a maintainer should look at, in essay and note order
 */
public record Bibliography(List<Work> works, Map<NoteKey, List<Reference>> references, List<Problem> problems) {

    /** A note of an essay. */
    public record NoteKey(EssayId essay, int number) {
        public NoteKey {
            Objects.requireNonNull(essay, "essay");
        }
    }

    /** How a note names the work it cites. */
    public enum Via {
        CITED(""), IBID("Ibid."), OP_CIT("op. cit.");

        private final String label;

        Via(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One resolved citation of a note.
     *
     * @param printed the citation as the note prints it
     */
    public record Reference(Work work, Optional<String> pinpoint, Via via, String printed) {
        public Reference {
            Objects.requireNonNull(work, "work");
            Objects.requireNonNull(pinpoint, "pinpoint");
            Objects.requireNonNull(via, "via");
            Objects.requireNonNull(printed, "printed");
        }
    }

    /**
     * A citation the build could not resolve or could only partly read.
     *
     * @param file the essay's source file
     * @param line the line of the note in it
     */
    public record Problem(String file, int line, EssayId essay, int note, String printed, String message) {

        static Problem at(Essay essay, Note note, String printed, String message) {
            return new Problem(essay.source(), note.text().line(), essay.id(), note.number(), printed, message);
        }

        /** {@code file:line} of the note. */
        public String where() {
            return file + ":" + line;
        }
    }

    /** The bibliography's order: first author's family name (or the periodical's title), then title, then date. */
    static final Comparator<Work> ORDER = Comparator.comparing((Work w) -> w.type().ordinal())
            .thenComparing(w -> sortKey(w), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(w -> w.authors().isEmpty() ? "" : w.authors().get(0), String.CASE_INSENSITIVE_ORDER)
            .thenComparingInt(w -> w.authors().size())
            .thenComparing(Work::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Work::date)
            .thenComparing(Work::id);

    /**
     * Resolves the notes of the essays, in the given order.
     *
     * @param corrections maintainers' corrections by work id, from {@code content/works.yml}
     */
    public static Bibliography resolve(List<Essay> essays, WorkCorrections corrections, Diagnostics diagnostics) {
        Map<String, Work> byKey = new LinkedHashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        Map<NoteKey, List<Reference>> references = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<NoteKey, Note> notes = new HashMap<>();
        Map<NoteKey, Essay> essayOf = new HashMap<>();
        for (Essay essay : essays) {
            List<Work> history = new ArrayList<>();
            // what each citation naming a work resolved to, empty where it could not be read or resolved
            List<Optional<Reference>> previous = List.of();
            for (Note note : essay.notes()) {
                NoteKey key = new NoteKey(essay.id(), note.number());
                notes.put(key, note);
                essayOf.put(key, essay);
                List<Reference> resolved = new ArrayList<>();
                List<Optional<Reference>> named = new ArrayList<>();
                for (Citation citation : note.citations()) {
                    Optional<Reference> reference = Optional.empty();
                    if (citation instanceof Citation.Article a) {
                        reference = Optional.of(new Reference(intern(byKey, ids, article(a)), a.pinpoint(), Via.CITED,
                                a.printed()));
                    } else if (citation instanceof Citation.Periodical p) {
                        reference = Optional.of(new Reference(intern(byKey, ids, periodical(p)), p.pinpoint(),
                                Via.CITED, p.printed()));
                    } else if (citation instanceof Citation.Ibid ibid) {
                        // within a note, Ibid. is the citation just before it; first in a note, the previous note
                        reference = ibid(ibid, named.isEmpty() ? previous : List.of(named.get(named.size() - 1)),
                                essay, note, problems);
                    } else if (citation instanceof Citation.OpCit opCit) {
                        reference = opCit(opCit, history, essay, note, problems);
                    } else if (citation instanceof Citation.Commentary c && c.looksLikeCitation()) {
                        problems.add(Problem.at(essay, note, c.printed(),
                                "could not read this citation; expected Author, \"Title,\" *Journal*, Vol. n,"
                                        + " No. n (Season Year), p. n, or *Periodical*, Month Day, Year"));
                    }
                    reference.ifPresent(r -> {
                        resolved.add(r);
                        history.add(r.work());
                    });
                    if (!(citation instanceof Citation.Commentary c) || c.looksLikeCitation()) {
                        named.add(reference);
                    }
                }
                references.put(key, List.copyOf(resolved));
                previous = named;
            }
        }
        Map<WorkId, Work> works = corrections.apply(byKey.values(), diagnostics);
        Map<NoteKey, List<Reference>> corrected = new LinkedHashMap<>();
        // a work merged into an id that no work has (an error, reported by apply) stays itself
        references.forEach((key, refs) -> corrected.put(key, refs.stream()
                .map(r -> new Reference(works.getOrDefault(corrections.target(r.work().id(), key),
                        works.get(r.work().id())), r.pinpoint(), r.via(), r.printed())).toList()));
        for (Work work : works.values()) {
            if (!work.complete()) {
                corrected.entrySet().stream()
                        .filter(e -> e.getValue().stream().anyMatch(r -> r.work().equals(work)))
                        .findFirst().ifPresent(e -> problems.add(Problem.at(essayOf.get(e.getKey()),
                                notes.get(e.getKey()), work.title(),
                                "the work '" + work.id() + "' was only partly read (no year or volume); complete it in"
                                        + " content/works.yml")));
            }
        }
        for (Problem problem : problems) {
            diagnostics.warning(problem.file(), problem.line(), 0, "note " + problem.note() + ": "
                    + problem.message() + " (" + abbreviate(problem.printed()) + ")");
        }
        java.util.Set<Work> cited = new java.util.HashSet<>();
        corrected.values().forEach(refs -> refs.forEach(r -> cited.add(r.work())));
        // a work every note of which was split off is no longer cited
        return new Bibliography(works.values().stream().filter(cited::contains).sorted(ORDER).toList(), corrected,
                problems);
    }

    /** The works a note cites, resolved. */
    public List<Reference> of(EssayId essay, int note) {
        return references.getOrDefault(new NoteKey(essay, note), List.of());
    }

    /** Every note citing a work, in essay and note order. */
    public Map<NoteKey, List<Reference>> citing(WorkId work) {
        Map<NoteKey, List<Reference>> citing = new LinkedHashMap<>();
        references.forEach((key, refs) -> {
            List<Reference> matching = refs.stream().filter(r -> r.work().id().equals(work)).toList();
            if (!matching.isEmpty()) {
                citing.put(key, matching);
            }
        });
        return citing;
    }

    /** {@link #citing(WorkId)} for every work at once, in one pass over the notes: works by id. */
    public Map<WorkId, Map<NoteKey, List<Reference>>> citingByWork() {
        Map<WorkId, Map<NoteKey, List<Reference>>> byWork = new HashMap<>();
        references.forEach((key, refs) -> {
            for (Reference ref : refs) {
                byWork.computeIfAbsent(ref.work().id(), w -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new ArrayList<>()).add(ref);
            }
        });
        byWork.values().forEach(notes -> notes.replaceAll((key, refs) -> List.copyOf(refs)));
        return byWork;
    }

    public Bibliography {
        works = List.copyOf(works);
        references = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(references));
        problems = List.copyOf(problems);
    }

    /**
     * Resolves an Ibid. to the one work of what it follows; a citation there that could not be read or resolved is
     * one more work, which the Ibid. may mean: never guessed past.
     */
    private static Optional<Reference> ibid(Citation.Ibid ibid, List<Optional<Reference>> previous,
                                            Essay essay, Note note, List<Problem> problems) {
        List<Work> works = previous.stream().flatMap(Optional::stream).map(Reference::work).distinct().toList();
        long unresolved = previous.stream().filter(Optional::isEmpty).count();
        if (works.size() != 1 || unresolved > 0) {
            problems.add(Problem.at(essay, note, ibid.printed(), works.size() + unresolved == 0
                    ? "Ibid. has no work to refer to: the previous note cites none"
                    : unresolved == 1 && works.isEmpty()
                    ? "Ibid. refers to a citation that could not be read or resolved"
                    : "Ibid. is ambiguous: the previous note cites " + (works.size() + unresolved) + " works"));
            return Optional.empty();
        }
        Optional<String> pinpoint = ibid.pinpoint().or(() -> previous.get(previous.size() - 1).orElseThrow().pinpoint());
        return Optional.of(new Reference(works.get(0), pinpoint, Via.IBID, ibid.printed()));
    }

    private static Optional<Reference> opCit(Citation.OpCit opCit, List<Work> history, Essay essay,
                                             Note note, List<Problem> problems) {
        List<String> wanted = opCit.authors().stream().map(Bibliography::nameKey).toList();
        Map<List<String>, List<String>> keys = new HashMap<>(); // each author list's keys once
        for (int i = history.size() - 1; i >= 0; i--) {
            Work work = history.get(i);
            if (keys.computeIfAbsent(work.authors(), authors -> authors.stream().map(Bibliography::nameKey).toList())
                    .equals(wanted)) {
                return Optional.of(new Reference(work, opCit.pinpoint(), Via.OP_CIT, opCit.printed()));
            }
        }
        problems.add(Problem.at(essay, note, opCit.printed(), "op. cit. names "
                + String.join(" and ", opCit.authors()) + ", but no earlier note of this essay cites a work by exactly"
                + " these authors"));
        return Optional.empty();
    }

    /** A work as one citation describes it, with a provisional id; {@link #intern} gives the final one. */
    private static Work article(Citation.Article a) {
        boolean complete = !a.year().isEmpty() && !a.volume().isEmpty();
        return new Work(new WorkId("provisional"), Work.Type.ARTICLE, a.authors(), a.title(), a.journal(), a.volume(),
                a.issue(), a.season(), a.year(), "", "", complete);
    }

    private static Work periodical(Citation.Periodical p) {
        return new Work(new WorkId("provisional"), Work.Type.PERIODICAL, List.of(), "", p.title(), "", "", "",
                p.date(), "", "", true);
    }

    /** One record per distinct work: same authors and title for an article, same title and date for an issue. */
    private static Work intern(Map<String, Work> byKey, Map<String, Integer> ids, Work candidate) {
        String key = candidate.type() == Work.Type.ARTICLE
                ? "a|" + String.join("|", candidate.authors().stream().map(Bibliography::nameKey).toList()) + "|"
                        + normalise(candidate.title())
                : "p|" + normalise(candidate.container()) + "|" + candidate.date();
        return byKey.computeIfAbsent(key, k -> {
            String base = candidate.type() == Work.Type.ARTICLE
                    ? slug(family(candidate.authors().get(0)) + " " + candidate.year() + " "
                            + firstWords(candidate.title()))
                    : slug(candidate.container() + " " + candidate.date());
            int n = ids.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "-" + n;
            return new Work(new WorkId(id), candidate.type(), candidate.authors(), candidate.title(),
                    candidate.container(), candidate.volume(), candidate.issue(), candidate.season(), candidate.date(),
                    candidate.doi(), candidate.url(), candidate.complete());
        });
    }

    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "and", "on", "in", "to", "for");

    private static String firstWords(String title) {
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (String w : normalise(title).split(" ")) {
            if (!w.isEmpty() && !STOP.contains(w) && words < 2) {
                out.append(w).append(' ');
                words++;
            }
        }
        return out.toString();
    }

    /** The family name of a full name as printed: its last word. */
    static String family(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        return space < 0 ? n : n.substring(space + 1);
    }

    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("(?i)^the\\s+");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[*_\"\u201C\u201D'\u2019]");
    private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^a-z0-9]+");

    private static String sortKey(Work w) {
        return w.authors().isEmpty() ? LEADING_THE.matcher(w.container()).replaceFirst("") : family(w.authors().get(0));
    }

    private static String nameKey(String name) {
        return normalise(name).replace(" ", "");
    }

    private static String normalise(String s) {
        boolean ascii = s.chars().allMatch(c -> c < 0x80); // as it is decomposed, with no marks
        String folded = ascii ? s
                : MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(QUOTES.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
    }

    static String slug(String s) {
        return Slug.of(s, 60, "work");
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
