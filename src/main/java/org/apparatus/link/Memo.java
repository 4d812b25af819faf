package org.apparatus.link;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Registry;
import org.apparatus.model.Work;
import org.apparatus.model.WorkId;

/**
 * What the model's stages may take from an earlier build of the same project instead of computing it again: each
 * step asked for here is a pure function of its inputs, so a model built with a memo that remembers is the model built
 * with {@link #none()}. {@code apparatus serve} keeps one between builds ({@code org.apparatus.serve.ModelMemo}); the
 * stages see only this interface.
 */
public interface Memo {

    /**
     * A kind of piece made from one essay's inputs alone, typed by what it makes: with the essay, the key under which
     * a memo keeps it. Each kind is one constant of the class that makes it.
     *
     * @param <T> what a piece of this kind is
     */
    final class Piece<T> {
        private final String name;

        private Piece(String name) {
            this.name = name;
        }

        /** A new kind of piece; {@code name} only says what it is. */
        public static <T> Piece<T> named(String name) {
            return new Piece<>(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A memo that remembers nothing beyond one build: each step is made when asked for. */
    static Memo none() {
        return new NoMemo();
    }

    /** The essays' citations resolved ({@link Bibliography#resolve}), its diagnostics told. */
    Bibliography bibliography(List<Essay> essays, WorkCorrections corrections, Diagnostics diagnostics);

    /** The style formatting these works. */
    CitationStyle style(List<Work> works);

    /** The annotator of this registry. */
    Annotator annotator(Registry registry);

    /** The essay's annotations by {@code by}, the annotator of {@link #annotator(Registry)}, its diagnostics told. */
    Annotations annotate(Annotator by, Essay essay, Diagnostics diagnostics);

    /** {@link Bibliography#citingByWork()}, made once for one bibliography. */
    Map<WorkId, Map<Bibliography.NoteKey, List<Bibliography.Reference>>> citingByWork(Bibliography bibliography);

    /** Forgets what it keeps of essays that are no longer in the edition. */
    void keepOnly(List<Essay> essays);

    /**
     * Something made from one essay's {@code inputs} alone (its part of {@code edition.json}, its search words, its
     * share of other pages' inputs), which a memo that remembers takes from the last build when its inputs were equal,
     * so that it is the very same object.
     */
    <T> T piece(Piece<T> kind, EssayId essay, Object inputs, Supplier<T> make);

    /**
     * The last build's value of this type when it equals {@code current}, else {@code current}: the parts of a build
     * compare such values with the last build's at once, by identity.
     */
    <T> T same(T current);

    /** The one copy kept of a word of the search index (a memo that remembers keeps each word once). */
    String word(String word);
}
