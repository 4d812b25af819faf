package org.apparatus.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apparatus.kernel.Diagnostic;

/**
 * A seed read as an essay: its clean Markdown, and the seed's own words in reading order, so every later
 * change can be traced back to the print.
 *
 * @param seed the original
 * @param id the essay id proposed for it
 * @param markdown the clean Markdown, front matter included
 * @param mainText the print's title, author, abstract, headings, paragraphs and author note, in reading order
 * @param noteText the print's note texts by note number, each in the pieces a page break cut it into
 * @param diagnostics what the import found wrong or uncertain in the seed, with seed lines
 */
public record ImportedEssay(Seed seed, String id, String markdown, List<SeedText> mainText,
                            SortedMap<Integer, List<SeedText>> noteText, List<Diagnostic> diagnostics) {

    public ImportedEssay {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(markdown, "markdown");
        mainText = List.copyOf(mainText);
        TreeMap<Integer, List<SeedText>> notes = new TreeMap<>();
        for (Map.Entry<Integer, List<SeedText>> e : noteText.entrySet()) {
            notes.put(e.getKey(), List.copyOf(e.getValue()));
        }
        noteText = java.util.Collections.unmodifiableSortedMap(notes);
        diagnostics = List.copyOf(diagnostics);
    }
}
