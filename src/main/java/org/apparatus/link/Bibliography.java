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

import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.Slug;
import org.apparatus.model.Citation;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Note;
import org.apparatus.model.PersonName;
import org.apparatus.model.Work;
import org.apparatus.model.WorkId;

/**
 * The edition's works and what each note cites, resolved: {@code Ibid.} is the work of the previous note, {@code op.
 * cit.} the one earlier work by exactly the same authors, in the same essay (with several, it is ambiguous until
 * works.yml says which it means). What cannot be resolved without guessing is reported, never guessed.
 *
 * @param works every distinct work, sorted the way a bibliography is
 * @param references what each note cites, resolved, in the note's order
 * @param problems what a maintainer should look at, in essay and note order
 * @param ambiguous the op. cit. of each note that could mean more than one work and is not settled in works.yml
 */
public record Bibliography(List<Work> works, Map<NoteKey, List<Reference>> references, List<Problem> problems,
                           Map<NoteKey, List<Ambiguous>> ambiguous) {

    /** A bibliography in which no op. cit. is left ambiguous. */
    public Bibliography(List<Work> works, Map<NoteKey, List<Reference>> references, List<Problem> problems) {
        this(works, references, problems, Map.of());
    }

    /**
     * An op. cit. that could mean any of several works by its authors cited earlier in the essay, or an Ibid. that
     * follows one: never guessed.
     *
     * @param candidates the works it could mean, most recently cited first
     * @param printed the citation as the note prints it
     */
    public record Ambiguous(List<Work> candidates, Optional<String> pinpoint, String printed, Via via) {
        public Ambiguous {
            candidates = List.copyOf(candidates);
            Objects.requireNonNull(via, "via");
            Objects.requireNonNull(pinpoint, "pinpoint");
            Objects.requireNonNull(printed, "printed");
        }
    }

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

        /** The pinpoint with its label as a reader sees it: "p. 48", "pp. 104–7", "pp. 12, 15"; empty without one. */
        public String pages() {
            return pinpoint.map(p -> (p.matches(".*[-\u2013,].*") ? "pp. " : "p. ") + p).orElse("");
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
    static final Comparator<Work> ORDER = order(Bibliography::sortKey);

    /** {@link #ORDER}, with each work's sort key given by {@code sortKey}. */
    private static Comparator<Work> order(java.util.function.Function<Work, String> sortKey) {
        return Comparator.comparing((Work w) -> w.type().ordinal())
                .thenComparing(sortKey, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(w -> w.authors().isEmpty() ? "" : w.authors().get(0), String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(w -> w.authors().size())
                .thenComparing(Work::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Work::date)
                .thenComparing(Work::id);
    }

    /**
     * What one essay's notes cite, resolved within the essay (Ibid. and op. cit. never reach past it): each work as
     * its first citation describes it, under the key that makes citations of the same work one work. Only the works'
     * ids depend on the essays before it, so this is a function of the essay alone, which serve keeps while the essay
     * is unchanged.
     *
     * @param notes each note with its resolved citations, in order
     * @param problems what could not be resolved, in note order
     */
    public record Local(List<LocalNote> notes, List<Problem> problems) {
        public Local {
            notes = List.copyOf(notes);
            problems = List.copyOf(problems);
        }
    }

    /**
     * A note and its citations resolved within its essay.
     *
     * @param ambiguous its op. cit. that could mean several works, to be settled by works.yml or reported
     */
    record LocalNote(Note note, List<LocalReference> references, List<LocalAmbiguous> ambiguous) {
        LocalNote {
            Objects.requireNonNull(note, "note");
            references = List.copyOf(references);
            ambiguous = List.copyOf(ambiguous);
        }
    }

    /**
     * An op. cit. with several candidate works, each as first cited (most recent first), and where its reference
     * goes among the note's references if works.yml settles it.
     */
    record LocalAmbiguous(int position, List<LocalReference> candidates, Optional<String> pinpoint, String printed,
                          Via via) {
        LocalAmbiguous {
            candidates = List.copyOf(candidates);
            Objects.requireNonNull(via, "via");
            Objects.requireNonNull(pinpoint, "pinpoint");
            Objects.requireNonNull(printed, "printed");
        }
    }

    /** A citation resolved within its essay: the work's key, the work as first cited (with a provisional id). */
    record LocalReference(String key, Work work, Optional<String> pinpoint, Via via, String printed) {
        LocalReference {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(work, "work");
            Objects.requireNonNull(pinpoint, "pinpoint");
            Objects.requireNonNull(via, "via");
            Objects.requireNonNull(printed, "printed");
        }
    }

    /**
     * Resolves the notes of the essays, in the given order.
     *
     * @param corrections maintainers' corrections by work id, from {@code content/works.yml}
     */
    public static Bibliography resolve(List<Essay> essays, WorkCorrections corrections, Diagnostics diagnostics) {
        return resolve(essays, Bibliography::local, corrections, diagnostics);
    }

    /**
     * Resolves the notes of the essays as {@link #resolve(List, WorkCorrections, Diagnostics)} does, with each essay's
     * own resolution given by {@code locally} (which may keep it from an earlier build: it is {@link #local}).
     */
    public static Bibliography resolve(List<Essay> essays, java.util.function.Function<Essay, Local> locally,
                                WorkCorrections corrections, Diagnostics diagnostics) {
        Map<String, Work> byKey = new HashMap<>();
        List<Work> found = new ArrayList<>(); // the works in the order first cited
        Map<String, Integer> ids = new HashMap<>();
        Map<NoteKey, List<Reference>> references = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<NoteKey, Note> notes = new HashMap<>();
        Map<NoteKey, Essay> essayOf = new HashMap<>();
        Map<NoteKey, List<LocalAmbiguous>> unsettled = new LinkedHashMap<>();
        Map<WorkId, Set<NoteKey>> settled = new HashMap<>();
        for (Essay essay : essays) {
            Local local = locally.apply(essay);
            problems.addAll(local.problems());
            for (LocalNote note : local.notes()) {
                NoteKey key = new NoteKey(essay.id(), note.note().number());
                notes.put(key, note.note());
                essayOf.put(key, essay);
                List<Reference> resolved = new ArrayList<>(note.references().size());
                for (LocalReference r : note.references()) {
                    // Ibid. and op. cit. name a work cited before them, so a work's id is given at its first citation
                    resolved.add(new Reference(intern(byKey, found, ids, r.key(), r.work()), r.pinpoint(), r.via(),
                            r.printed()));
                }
                // an ambiguous op. cit. goes in where it stands once works.yml says which work it means
                for (int i = note.ambiguous().size() - 1; i >= 0; i--) {
                    LocalAmbiguous a = note.ambiguous().get(i);
                    List<WorkId> candidates = a.candidates().stream()
                            .map(c -> intern(byKey, found, ids, c.key(), c.work()).id()).toList();
                    Optional<WorkId> meant = corrections.settled(key, candidates);
                    if (meant.isPresent()) {
                        Work work = byKey.get(a.candidates().get(candidates.indexOf(meant.get())).key());
                        settled.computeIfAbsent(meant.get(), w -> new java.util.HashSet<>()).add(key);
                        resolved.add(a.position(), new Reference(work, a.pinpoint(), a.via(), a.printed()));
                    } else {
                        unsettled.computeIfAbsent(key, k -> new ArrayList<>()).add(0, a);
                    }
                }
                references.put(key, List.copyOf(resolved));
            }
        }
        Map<WorkId, Work> works = corrections.apply(found, diagnostics);
        corrections.checkSettlements(settled, diagnostics);
        Map<NoteKey, List<Ambiguous>> ambiguous = new LinkedHashMap<>();
        unsettled.forEach((key, list) -> {
            List<Ambiguous> views = new ArrayList<>();
            for (LocalAmbiguous a : list) {
                List<Work> candidates = a.candidates().stream().map(c -> {
                    WorkId id = byKey.get(c.key()).id();
                    return works.getOrDefault(corrections.target(id), works.get(id));
                }).toList();
                views.add(new Ambiguous(candidates, a.pinpoint(), a.printed(), a.via()));
                problems.add(Problem.at(essayOf.get(key), notes.get(key), a.printed(), (a.via() == Via.IBID
                        ? "Ibid. follows an ambiguous op. cit.: " : "op. cit. is ambiguous: ")
                        + candidates.size() + " earlier works of this essay are by "
                        + String.join(" and ", a.candidates().get(0).work().authors()) + " ("
                        + String.join(", ", candidates.stream().map(w -> w.id().value()).toList())
                        + "); say which in content/works.yml with 'notes: [" + key.essay() + "/" + key.number()
                        + "]' under the work meant"));
            }
            ambiguous.put(key, List.copyOf(views));
        });
        // in essay and note order, as the report lists them
        Map<EssayId, Integer> essayOrder = new HashMap<>();
        essays.forEach(e -> essayOrder.putIfAbsent(e.id(), essayOrder.size()));
        problems.sort(Comparator.comparing((Problem p) -> essayOrder.getOrDefault(p.essay(), 0))
                .thenComparingInt(Problem::note));
        Map<NoteKey, List<Reference>> corrected = new LinkedHashMap<>();
        Map<WorkId, NoteKey> firstCiting = new HashMap<>();
        // a work merged into an id that no work has (an error, reported by apply) stays itself
        references.forEach((key, refs) -> {
            List<Reference> now = new ArrayList<>(refs.size());
            for (Reference r : refs) {
                Work work = works.getOrDefault(corrections.target(r.work().id(), key), works.get(r.work().id()));
                now.add(new Reference(work, r.pinpoint(), r.via(), r.printed()));
                firstCiting.putIfAbsent(work.id(), key);
            }
            corrected.put(key, List.copyOf(now));
        });
        for (Work work : works.values()) {
            NoteKey first = firstCiting.get(work.id());
            if (!work.complete() && first != null) {
                problems.add(Problem.at(essayOf.get(first), notes.get(first), work.title(),
                        "the work '" + work.id() + "' was only partly read (no year or volume); complete it in"
                                + " content/works.yml"));
            }
        }
        for (Problem problem : problems) {
            diagnostics.warning(problem.file(), problem.line(), 0, "note " + problem.note() + ": "
                    + problem.message() + " (" + abbreviate(problem.printed()) + ")");
        }
        // a work every note of which was split off is no longer cited; each sort key is made once, not per comparison
        List<Work> cited = works.values().stream().filter(w -> firstCiting.containsKey(w.id())).toList();
        Map<Work, String> sortKeys = new java.util.IdentityHashMap<>();
        cited.forEach(w -> sortKeys.put(w, sortKey(w)));
        return new Bibliography(cited.stream().sorted(order(sortKeys::get)).toList(), corrected, problems,
                ambiguous);
    }

    /** What one essay's notes cite, resolved within the essay: {@link Local}. */
    public static Local local(Essay essay) {
        List<LocalNote> notes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<LocalReference> history = new ArrayList<>();
        // what each citation naming a work resolved to, empty where it could not be read or resolved
        List<Optional<LocalReference>> previous = List.of();
        // beside each: the ambiguity an unresolved op. cit. (or an Ibid. of one) left, which an Ibid. after it shares
        List<Optional<LocalAmbiguous>> previousAmbiguous = List.of();
        for (Note note : essay.notes()) {
            List<LocalReference> resolved = new ArrayList<>();
            List<LocalAmbiguous> ambiguous = new ArrayList<>();
            List<Optional<LocalReference>> named = new ArrayList<>();
            List<Optional<LocalAmbiguous>> namedAmbiguous = new ArrayList<>();
            for (Citation citation : note.citations()) {
                Optional<LocalReference> reference = Optional.empty();
                Optional<LocalAmbiguous> ambiguity = Optional.empty();
                if (citation instanceof Citation.Article a) {
                    Work work = article(a);
                    reference = Optional.of(new LocalReference(key(work), work, a.pinpoint(), Via.CITED, a.printed()));
                } else if (citation instanceof Citation.Book k) {
                    Work work = book(k);
                    reference = Optional.of(new LocalReference(key(work), work, k.pinpoint(), Via.CITED, k.printed()));
                } else if (citation instanceof Citation.Periodical p) {
                    Work work = periodical(p);
                    reference = Optional.of(new LocalReference(key(work), work, p.pinpoint(), Via.CITED, p.printed()));
                } else if (citation instanceof Citation.Ibid ibid) {
                    // within a note, Ibid. is the citation just before it; first in a note, the previous note
                    List<Optional<LocalAmbiguous>> before = named.isEmpty() ? previousAmbiguous
                            : List.of(namedAmbiguous.get(namedAmbiguous.size() - 1));
                    if (before.size() == 1 && before.get(0).isPresent()) {
                        LocalAmbiguous of = before.get(0).get();
                        ambiguity = Optional.of(new LocalAmbiguous(resolved.size(), of.candidates(),
                                ibid.pinpoint().or(of::pinpoint), ibid.printed(), Via.IBID));
                        ambiguous.add(ambiguity.get());
                    } else {
                        reference = ibid(ibid, named.isEmpty() ? previous : List.of(named.get(named.size() - 1)),
                                essay, note, problems);
                    }
                } else if (citation instanceof Citation.OpCit opCit) {
                    List<LocalReference> candidates = candidates(opCit, history);
                    if (candidates.size() > 1) {
                        ambiguity = Optional.of(new LocalAmbiguous(resolved.size(), candidates, opCit.pinpoint(),
                                opCit.printed(), Via.OP_CIT));
                        ambiguous.add(ambiguity.get());
                    } else {
                        reference = opCit(opCit, candidates, essay, note, problems);
                    }
                } else if (citation instanceof Citation.Commentary c && c.looksLikeCitation()) {
                    problems.add(Problem.at(essay, note, c.printed(),
                            "could not read this citation; expected Author, \"Title,\" *Journal*, Vol. n,"
                                    + " No. n (Season Year), p. n, *Periodical*, Month Day, Year, or Author, *Title*"
                                    + " (Place: Publisher, Year)"));
                }
                reference.ifPresent(r -> {
                    resolved.add(r);
                    history.add(r);
                });
                if (!(citation instanceof Citation.Commentary c) || c.looksLikeCitation()) {
                    named.add(reference);
                    namedAmbiguous.add(ambiguity);
                }
            }
            notes.add(new LocalNote(note, resolved, ambiguous));
            previous = named;
            previousAmbiguous = namedAmbiguous;
        }
        return new Local(notes, problems);
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
        ambiguous = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ambiguous));
    }

    /** The op. cit. of a note left ambiguous, each with the works it could mean. */
    public List<Ambiguous> ambiguousIn(EssayId essay, int note) {
        return ambiguous.getOrDefault(new NoteKey(essay, note), List.of());
    }

    /**
     * Resolves an Ibid. to the one work of what it follows; a citation there that could not be read or resolved is
     * one more work, which the Ibid. may mean: never guessed past.
     */
    private static Optional<LocalReference> ibid(Citation.Ibid ibid, List<Optional<LocalReference>> previous,
                                                 Essay essay, Note note, List<Problem> problems) {
        Map<String, LocalReference> works = new LinkedHashMap<>(); // the works by key, each once
        previous.stream().flatMap(Optional::stream).forEach(r -> works.putIfAbsent(r.key(), r));
        long unresolved = previous.stream().filter(Optional::isEmpty).count();
        if (works.size() != 1 || unresolved > 0) {
            problems.add(Problem.at(essay, note, ibid.printed(), works.size() + unresolved == 0
                    ? "Ibid. has no work to refer to: the previous note cites none"
                    : unresolved == 1 && works.isEmpty()
                    ? "Ibid. refers to a citation that could not be read or resolved"
                    : "Ibid. is ambiguous: the previous note cites " + (works.size() + unresolved) + " works"));
            return Optional.empty();
        }
        LocalReference work = works.values().iterator().next();
        Optional<String> pinpoint = ibid.pinpoint()
                .or(() -> previous.get(previous.size() - 1).orElseThrow().pinpoint());
        return Optional.of(new LocalReference(work.key(), work.work(), pinpoint, Via.IBID, ibid.printed()));
    }

    /**
     * The distinct works by exactly the op. cit.'s authors cited before it in the essay, most recently cited first:
     * one is the work it means, several are a question the print does not answer.
     */
    private static List<LocalReference> candidates(Citation.OpCit opCit, List<LocalReference> history) {
        List<String> wanted = opCit.authors().stream().map(Bibliography::nameKey).toList();
        Map<List<String>, List<String>> keys = new HashMap<>(); // each author list's keys once
        Map<String, LocalReference> found = new LinkedHashMap<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            LocalReference earlier = history.get(i);
            if (keys.computeIfAbsent(earlier.work().authors(),
                    authors -> authors.stream().map(Bibliography::nameKey).toList()).equals(wanted)) {
                found.putIfAbsent(earlier.key(), earlier);
            }
        }
        return List.copyOf(found.values());
    }

    private static Optional<LocalReference> opCit(Citation.OpCit opCit, List<LocalReference> candidates, Essay essay,
                                                  Note note, List<Problem> problems) {
        if (candidates.size() == 1) {
            LocalReference earlier = candidates.get(0);
            return Optional.of(new LocalReference(earlier.key(), earlier.work(), opCit.pinpoint(), Via.OP_CIT,
                    opCit.printed()));
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

    private static Work book(Citation.Book b) {
        return new Work(new WorkId("provisional"), Work.Type.BOOK, b.authors(), b.title(), b.publisher(), "", "", "",
                b.year(), "", "", true);
    }

    private static Work periodical(Citation.Periodical p) {
        return new Work(new WorkId("provisional"), Work.Type.PERIODICAL, List.of(), "", p.title(), "", "", "",
                p.date(), "", "", true);
    }

    /**
     * The key of a work: citations with the same key are one work (same authors and title for an article or a book,
     * same title and date for an issue of a periodical).
     */
    private static String key(Work candidate) {
        return candidate.type() != Work.Type.PERIODICAL
                ? (candidate.type() == Work.Type.BOOK ? "b|" : "a|") + String.join("|", candidate.authors().stream().map(Bibliography::nameKey).toList()) + "|"
                        + normalise(candidate.title())
                : "p|" + normalise(candidate.container()) + "|" + candidate.date();
    }

    /**
     * The one record of the work with this key, made with its final id from {@code candidate} when first met (and
     * added to {@code found}).
     */
    private static Work intern(Map<String, Work> byKey, List<Work> found, Map<String, Integer> ids, String key,
                               Work candidate) {
        Work known = byKey.get(key);
        if (known != null) {
            return known;
        }
        String base = candidate.type() != Work.Type.PERIODICAL
                ? slug(PersonName.of(candidate.authors().get(0)).family() + " " + candidate.year() + " "
                        + firstWords(candidate.title()))
                : slug(candidate.container() + " " + candidate.date());
        int n = ids.merge(base, 1, Integer::sum);
        String id = n == 1 ? base : base + "-" + n;
        Work work = new Work(new WorkId(id), candidate.type(), candidate.authors(), candidate.title(),
                candidate.container(), candidate.volume(), candidate.issue(), candidate.season(), candidate.date(),
                candidate.doi(), candidate.url(), candidate.complete());
        byKey.put(key, work);
        found.add(work);
        return work;
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

    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("(?i)^the\\s+");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[*_\"\u201C\u201D'\u2019]");
    private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^a-z0-9]+");

    private static String sortKey(Work w) {
        return w.authors().isEmpty() ? LEADING_THE.matcher(w.container()).replaceFirst("")
                : PersonName.of(w.authors().get(0)).family();
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

    public static String slug(String s) {
        return Slug.of(s, 60, "work");
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
