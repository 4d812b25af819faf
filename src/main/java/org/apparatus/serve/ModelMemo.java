package org.apparatus.serve;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.link.Annotations;
import org.apparatus.link.Annotator;
import org.apparatus.link.Bibliography;
import org.apparatus.link.CitationStyle;
import org.apparatus.link.Memo;
import org.apparatus.link.WorkCorrections;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Registry;
import org.apparatus.model.Work;

/**
 The {@link Memo} {@code apparatus serve} keeps between builds of the same project: the expensive steps that are pure
 * functions of their inputs, each reused only when its inputs are equal (records compare deeply), so a model built
 * with it is the model built without one. One memo serves one build at a time; a fresh memo remembers nothing.
 *
 * <ul>
 *   <li>an essay's {@link Annotations} (and the diagnostics annotating it gave), for the same essay and registry;</li>
 *   <li>an essay's citations resolved within it ({@link Bibliography.Local}), for the same essay;</li>
 *   <li>the {@link CitationStyle} of a list of works, for the same works;</li>
 *   <li>the {@link Annotator} of a registry, for the same registry;</li>
 *   <li>what the parts of a build share ({@link #same}), the same instance while they are equal;</li>
 *   <li>the bibliography, while every essay's resolution is the very one it was and the corrections are equal, and
 *   its index of the notes citing each work;</li>
 *   <li>each essay's pieces ({@link #piece}), by kind: its share of the large data files
 *   ({@code edition.json}, the search index), of the actors' and events' inputs, of the exports' mentions, and the
 *   passages calling its notes, for the same essay and annotations.</li>
 * </ul>
 */
public final class ModelMemo implements Memo {

    private record Annotated(Essay essay, Annotations annotations, List<Diagnostic> diagnostics) {
    }

    /** Which piece of which essay. */
    private record Key(Memo.Piece<?> kind, EssayId essay) {
    }

    private record Kept(Object inputs, Object value) {
    }

    private final Map<String, String> words = new ConcurrentHashMap<>();

    private final Map<Key, Kept> pieces = new ConcurrentHashMap<>();

    @Override
    public <T> T piece(Memo.Piece<T> kind, EssayId essay, Object inputs, java.util.function.Supplier<T> make) {
        Key key = new Key(kind, essay);
        Kept known = pieces.get(key);
        if (known != null && known.inputs().equals(inputs)) {
            @SuppressWarnings("unchecked") // kept under a key of kind Piece<T> by this method
            T value = (T) known.value();
            return value;
        }
        T value = make.get();
        pieces.put(key, new Kept(inputs, value));
        return value;
    }

    @Override
    public String word(String word) {
        return words.computeIfAbsent(word, w -> w);
    }

    private Registry registry;
    private Annotator annotator;
    private List<Work> works;
    private CitationStyle style;
    private final Map<Class<?>, Object> same = new java.util.HashMap<>();
    private final Map<EssayId, Annotated> annotated = new ConcurrentHashMap<>();
    private final Map<EssayId, Cited> cited = new ConcurrentHashMap<>();

    private record Cited(Essay essay, Bibliography.Local local) {
    }

    /**
     * The essay's citations resolved within it, {@link Bibliography#local}, again only when the essay changed, and the
     * last build's instance while what it gives is equal (an edit of a paragraph leaves the notes as they were).
     */
    private Bibliography.Local local(Essay essay) {
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
    @Override
    public synchronized Bibliography bibliography(List<Essay> essays, WorkCorrections corrections, Diagnostics diagnostics) {
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
    @Override
    public synchronized Annotator annotator(Registry current) {
        if (annotator == null || !(registry == current || registry.equals(current))) {
            registry = current;
            annotator = new Annotator(current);
            annotated.clear();
        }
        return annotator;
    }

    /** The essay's annotations by the annotator of {@link #annotator(Registry)}, its diagnostics told again. */
    @Override
    public Annotations annotate(Annotator by, Essay essay, Diagnostics diagnostics) {
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
    @Override
    public synchronized CitationStyle style(List<Work> current) {
        if (style == null || !works.equals(current)) {
            works = List.copyOf(current);
            style = new CitationStyle(works);
        }
        return style;
    }

    @Override
    public synchronized <T> T same(T current) {
        Object known = same.get(current.getClass());
        if (current.equals(known)) {
            @SuppressWarnings("unchecked") // equal to current, so of its class
            T value = (T) known;
            return value;
        }
        same.put(current.getClass(), current);
        return current;
    }

    /** What this memo keeps as a memo for one build does: the index of citing notes of the last bibliography. */
    private final Memo once = Memo.none();

    /**
     * {@link Bibliography#citingByWork()}, the last build's while the bibliography is the very same (as it is while
     * {@link #bibliography} gives the last build's).
     */
    @Override
    public Map<org.apparatus.model.WorkId, Map<Bibliography.NoteKey, List<Bibliography.Reference>>> citingByWork(
            Bibliography bibliography) {
        return once.citingByWork(bibliography);
    }

    /** Forgets the annotations of essays that are no longer in the edition. */
    @Override
    public synchronized void keepOnly(List<Essay> essays) {
        java.util.Set<EssayId> ids = new java.util.HashSet<>();
        essays.forEach(e -> ids.add(Objects.requireNonNull(e.id())));
        annotated.keySet().retainAll(ids);
        cited.keySet().retainAll(ids);
        pieces.keySet().removeIf(key -> !ids.contains(key.essay()));
    }
}
