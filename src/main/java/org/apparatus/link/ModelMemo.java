package org.apparatus.link;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Registry;
import org.apparatus.model.Work;

/**
 * What {@link SiteModel#build} may take from an earlier build of the same project instead of computing it again: the
 * expensive steps that are pure functions of their inputs, each reused only when its inputs are equal (records compare
 * deeply), so a model built with a memo is the model built without one. One memo serves one build at a time; a fresh
 * memo remembers nothing.
 *
 * <ul>
 *   <li>an essay's {@link Annotations} (and the diagnostics annotating it gave), for the same essay and registry;</li>
 *   <li>an essay's citations resolved within it ({@link Bibliography.Local}), for the same essay;</li>
 *   <li>the {@link CitationStyle} of a list of works, for the same works;</li>
 *   <li>the {@link Annotator} of a registry, for the same registry;</li>
 *   <li>the inputs every part shares ({@link Shared}), the same instance while they are equal;</li>
 *   <li>the bibliography, while every essay's resolution is the very one it was and the corrections are equal, and
 *   its index of the notes citing each work;</li>
 *   <li>for {@code apparatus serve} only, each essay's pieces ({@link #piece}): its share of the large data files
 *   ({@code edition.json}, the search index), of the actors' and events' inputs, of the exports' mentions, and the
 *   passages calling its notes, for the same essay and annotations.</li>
 * </ul>
 */
public final class ModelMemo {

    private record Annotated(Essay essay, Annotations annotations, List<Diagnostic> diagnostics) {
    }

    /** Which piece of which essay: a kind of piece ({@code "search words"}, ...) and the essay. */
    record PieceKey(String kind, EssayId essay) {
    }

    private record Kept(Object inputs, Object value) {
    }

    private final Map<String, String> words = new ConcurrentHashMap<>();

    private final boolean keepsPieces;
    private final Map<PieceKey, Kept> pieces = new ConcurrentHashMap<>();

    /** A memo for one build: it keeps no pieces ({@link #piece}), as a build makes each once. */
    public ModelMemo() {
        this(false);
    }

    /**
     * A memo for builds one after another.
     *
     * @param keepsPieces whether it keeps the pieces of {@link #piece} for the next build (serve's memo does)
     */
    public ModelMemo(boolean keepsPieces) {
        this.keepsPieces = keepsPieces;
    }

    /**
     * Something made from one essay's {@code inputs} alone (its part of {@code edition.json}, its search words, its
     * share of other pages' inputs), taken from the last build when its inputs were equal, so that it is the very same
     * object; made every time by a memo that keeps no pieces.
     */
    <T> T piece(PieceKey key, Object inputs, java.util.function.Supplier<T> make) {
        if (!keepsPieces) {
            return make.get();
        }
        Kept known = pieces.get(key);
        if (known != null && known.inputs().equals(inputs)) {
            @SuppressWarnings("unchecked") // kept under this key by this method, for a caller of the same type
            T value = (T) known.value();
            return value;
        }
        T value = make.get();
        pieces.put(key, new Kept(inputs, value));
        return value;
    }

    /** The one copy kept of a word of the search index (serve's memo keeps each word once, not once per essay). */
    String word(String word) {
        return keepsPieces ? words.computeIfAbsent(word, w -> w) : word;
    }

    private Registry registry;
    private Annotator annotator;
    private List<Work> works;
    private CitationStyle style;
    private Shared shared;
    private final Map<EssayId, Annotated> annotated = new ConcurrentHashMap<>();
    private final Map<EssayId, Cited> cited = new ConcurrentHashMap<>();

    private record Cited(Essay essay, Bibliography.Local local) {
    }

    /**
     * The essay's citations resolved within it, {@link Bibliography#local}, again only when the essay changed, and the
     * last build's instance while what it gives is equal (an edit of a paragraph leaves the notes as they were).
     */
    Bibliography.Local local(Essay essay) {
        Cited known = cited.get(essay.id());
        if (known == null || !(known.essay() == essay || known.essay().equals(essay))) {
            Bibliography.Local local = Bibliography.local(essay);
            known = new Cited(essay, known != null && known.local().equals(local) ? known.local() : local);
            cited.put(essay.id(), known);
        }
        return known.local();
    }

    /** A resolved bibliography, what it was resolved from, and the diagnostics resolving it gave. */
    private record Resolved(List<EssayId> essays, List<String> sources, List<Bibliography.Local> locals,
                            WorkCorrections corrections, Bibliography bibliography, List<Diagnostic> diagnostics) {
    }

    private Resolved resolved;

    /**
     * The essays' citations resolved ({@link Bibliography#resolve}), each essay's within it by {@link #local}: the last
     * build's bibliography, its diagnostics told again, when every essay's resolution is the very one it had and the
     * corrections are equal.
     */
    synchronized Bibliography bibliography(List<Essay> essays, WorkCorrections corrections, Diagnostics diagnostics) {
        List<Bibliography.Local> locals = essays.parallelStream().map(this::local).toList();
        List<EssayId> ids = essays.stream().map(Essay::id).toList();
        List<String> sources = essays.stream().map(Essay::source).toList();
        boolean same = resolved != null && resolved.locals().size() == locals.size()
                && java.util.stream.IntStream.range(0, locals.size())
                        .allMatch(i -> resolved.locals().get(i) == locals.get(i))
                && resolved.essays().equals(ids) && resolved.sources().equals(sources)
                && resolved.corrections().equals(corrections);
        if (!same) {
            Map<EssayId, Bibliography.Local> byEssay = new java.util.HashMap<>();
            for (int i = 0; i < essays.size(); i++) {
                byEssay.put(ids.get(i), locals.get(i));
            }
            Diagnostics own = new Diagnostics();
            Bibliography bibliography = Bibliography.resolve(essays, essay -> byEssay.get(essay.id()), corrections,
                    own);
            resolved = new Resolved(ids, sources, locals, corrections, bibliography, own.all());
        }
        diagnostics.addAll(resolved.diagnostics());
        return resolved.bibliography();
    }

    /** The annotator of this registry; a registry unlike the last one forgets every essay's annotations. */
    synchronized Annotator annotator(Registry current) {
        if (annotator == null || !(registry == current || registry.equals(current))) {
            registry = current;
            annotator = new Annotator(current);
            annotated.clear();
        }
        return annotator;
    }

    /** The essay's annotations by the annotator of {@link #annotator(Registry)}, its diagnostics told again. */
    Annotations annotate(Annotator by, Essay essay, Diagnostics diagnostics) {
        Annotated known = annotated.get(essay.id());
        if (known == null || !(known.essay() == essay || known.essay().equals(essay))) {
            Diagnostics own = new Diagnostics();
            known = new Annotated(essay, by.annotate(essay, own), own.all());
            annotated.put(essay.id(), known);
        }
        diagnostics.addAll(known.diagnostics());
        return known.annotations();
    }

    /** The style formatting these works. */
    synchronized CitationStyle style(List<Work> current) {
        if (style == null || !works.equals(current)) {
            works = List.copyOf(current);
            style = new CitationStyle(works);
        }
        return style;
    }

    /**
     * The last build's shared inputs when they equal {@code current}, else {@code current}: the parts of a build
     * compare their shared inputs with the last build's at once, by identity.
     */
    synchronized Shared shared(Shared current) {
        if (shared == null || !shared.equals(current)) {
            shared = current;
        }
        return shared;
    }

    private Bibliography citedIn;
    private Map<org.apparatus.model.WorkId, Map<Bibliography.NoteKey, List<Bibliography.Reference>>> citing;

    /** {@link Bibliography#citingByWork()}, the last build's while the bibliography is the very same. */
    synchronized Map<org.apparatus.model.WorkId, Map<Bibliography.NoteKey, List<Bibliography.Reference>>> citingByWork(
            Bibliography bibliography) {
        if (citedIn != bibliography) {
            citing = bibliography.citingByWork();
            citedIn = bibliography;
        }
        return citing;
    }

    /** Forgets the annotations of essays that are no longer in the edition. */
    synchronized void keepOnly(List<Essay> essays) {
        java.util.Set<EssayId> ids = new java.util.HashSet<>();
        essays.forEach(e -> ids.add(Objects.requireNonNull(e.id())));
        annotated.keySet().retainAll(ids);
        cited.keySet().retainAll(ids);
        pieces.keySet().removeIf(key -> !ids.contains(key.essay()));
    }
}
