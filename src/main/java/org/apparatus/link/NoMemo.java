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

/** {@link Memo#none()}: every step made when asked for; only the index of citing notes is made once per build. */
final class NoMemo implements Memo {

    private Bibliography citedIn;
    private Map<WorkId, Map<Bibliography.NoteKey, List<Bibliography.Reference>>> citing;

    @Override
    public Bibliography bibliography(List<Essay> essays, WorkCorrections corrections, Diagnostics diagnostics) {
        return Bibliography.resolve(essays, Bibliography::local, corrections, diagnostics);
    }

    @Override
    public CitationStyle style(List<Work> works) {
        return new CitationStyle(List.copyOf(works));
    }

    @Override
    public Annotator annotator(Registry registry) {
        return new Annotator(registry);
    }

    @Override
    public Annotations annotate(Annotator by, Essay essay, Diagnostics diagnostics) {
        return by.annotate(essay, diagnostics);
    }

    @Override
    public synchronized Map<WorkId, Map<Bibliography.NoteKey, List<Bibliography.Reference>>> citingByWork(
            Bibliography bibliography) {
        if (citedIn != bibliography) {
            citing = bibliography.citingByWork();
            citedIn = bibliography;
        }
        return citing;
    }

    @Override
    public void keepOnly(List<Essay> essays) {
    }

    @Override
    public <T> T piece(Piece<T> kind, EssayId essay, Object inputs, Supplier<T> make) {
        return make.get();
    }

    @Override
    public <T> T same(T current) {
        return current;
    }

    @Override
    public String word(String word) {
        return word;
    }
}
