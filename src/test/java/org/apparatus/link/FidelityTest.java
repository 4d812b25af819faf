package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.ingest.ImportedEssay;
import org.apparatus.ingest.Seed;
import org.apparatus.ingest.SeedImporter;
import org.apparatus.ingest.SeedReader;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.junit.jupiter.api.Test;

class FidelityTest {

    private static final String SEED = """
            ## THE TREATY

            *Jane Doe*

            Russia signed a new treaty in 2000.<sup>1</sup>

            The old treaty had a military clause that was never used.

            ---

            1 Lee, *Review of Politics*, Vol. 19, p. 76.
            """;

    private static ImportedEssay imported() {
        return SeedImporter.importSeed(new Seed("s.txt", "seeds/s.txt",
                SeedReader.sha256(SEED.getBytes(StandardCharsets.UTF_8)), SEED));
    }

    private static Essay curated(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        Essay essay = EssayParser.parse("content/essays/treaty.md", "treaty", markdown, Essay.Origin.CURATED,
                diagnostics).orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        return essay;
    }

    private static final String FRONT = """
            ---
            id: "treaty"
            title: "The Treaty"
            author: "Jane Doe"
            seed: "s.txt"
            ---
            """;

    @Test
    void faithfulEditionDiffersOnlyInTheTitleCapitals() {
        Essay essay = curated(FRONT + """

                Russia signed a new treaty in 2000.[^1]

                The old treaty had a military clause that was never used.

                [^1]: Lee, *Review of Politics*, Vol. 19, p. 76.
                """);
        assertThat(Fidelity.compare(imported(), essay))
                .extracting(EditorialChange::kind, EditorialChange::printed, EditorialChange::edition,
                        EditorialChange::seedLocation, EditorialChange::editionLocation)
                .containsExactly(tuple(EditorialChange.Kind.CAPITALISATION, "THE TREATY", "The Treaty",
                        "seeds/s.txt:1", "content/essays/treaty.md:3"));
    }

    @Test
    void changedRemovedAndRecasedWordsAreListedWithTheirLines() {
        Essay essay = curated(FRONT + """

                Russia signed a new pact in 2000.[^1]

                The old treaty had a Military clause that was used.

                [^1]: Lee, *Review of Politics*, Vol. 19, p. 76.
                """);
        List<EditorialChange> changes = Fidelity.compare(imported(), essay);
        assertThat(changes)
                .extracting(EditorialChange::kind, EditorialChange::printed, EditorialChange::edition,
                        EditorialChange::seedLocation, EditorialChange::editionLocation)
                .containsExactly(
                        tuple(EditorialChange.Kind.CAPITALISATION, "THE TREATY", "The Treaty",
                                "seeds/s.txt:1", "content/essays/treaty.md:3"),
                        tuple(EditorialChange.Kind.CHANGED, "treaty", "pact",
                                "seeds/s.txt:5", "content/essays/treaty.md:8"),
                        tuple(EditorialChange.Kind.CAPITALISATION, "military", "Military",
                                "seeds/s.txt:7", "content/essays/treaty.md:10"),
                        tuple(EditorialChange.Kind.REMOVED, "never", "",
                                "seeds/s.txt:7", "content/essays/treaty.md:10"));
        assertThat(changes).filteredOn(c -> !c.kind().isTypographic()).hasSize(2);
    }

    @Test
    void addedWordsAndChangedNotesAreListedToo() {
        Essay essay = curated(FRONT + """

                Russia signed a new treaty in 2000.[^1]

                The old treaty had a military clause that was never used at all.

                [^1]: Lee, *Review of Politics*, Vol. 19, p. 77.
                """);
        assertThat(Fidelity.compare(imported(), essay)).filteredOn(c -> !c.kind().isTypographic())
                .extracting(EditorialChange::kind, EditorialChange::printed, EditorialChange::edition,
                        EditorialChange::seedLocation, EditorialChange::editionLocation)
                .containsExactly(
                        tuple(EditorialChange.Kind.ADDED, "", "at all.", "seeds/s.txt:7", "content/essays/treaty.md:10"),
                        tuple(EditorialChange.Kind.CHANGED, "76.", "77.", "seeds/s.txt:11", "content/essays/treaty.md:12"));
    }

    @Test
    void wordRejoinedAcrossAPageBreakIsTypographic() {
        String seed = "Title by Author\n\nThe main differ-\n\n---\n\nence is age.\n";
        ImportedEssay imported = SeedImporter.importSeed(new Seed("s.txt", "seeds/s.txt",
                SeedReader.sha256(seed.getBytes(StandardCharsets.UTF_8)), seed));
        Diagnostics diagnostics = new Diagnostics();
        Essay essay = EssayParser.parse("seeds/s.txt (as imported)", imported.id(), imported.markdown(),
                Essay.Origin.IMPORTED, diagnostics).orElseThrow();
        assertThat(Fidelity.compare(imported, essay))
                .extracting(EditorialChange::kind, EditorialChange::printed, EditorialChange::edition,
                        EditorialChange::seedLocation)
                .containsExactly(tuple(EditorialChange.Kind.REJOINED, "differ-ence", "difference", "seeds/s.txt:3"));
        assertThat(EditorialChange.Kind.REJOINED.isTypographic()).isTrue();
        assertThat(EditorialChange.Kind.CHANGED.isTypographic()).isFalse();
    }

    @Test
    void aCaseChangeBesideARepeatedWordIsStillOneCapitalisation() {
        String seed = """
                ## AA

                *Aa Aa*

                Words zz-

                aj zz here.
                """;
        ImportedEssay printed = SeedImporter.importSeed(new Seed("r.txt", "seeds/r.txt",
                SeedReader.sha256(seed.getBytes(StandardCharsets.UTF_8)), seed));
        Essay essay = EssayParser.parse("seeds/r.txt", "aa", printed.markdown(), Essay.Origin.IMPORTED,
                new Diagnostics()).orElseThrow();

        assertThat(Fidelity.compare(printed, essay)).extracting(EditorialChange::kind)
                .containsExactly(EditorialChange.Kind.CAPITALISATION, EditorialChange.Kind.REJOINED);
    }

    /** A reader is shown the words with their punctuation: an apostrophe or a full stop is never dropped. */
    @Test
    void theWordsAreShownWithTheirPunctuation() {
        String seed = SEED.replace("## THE TREATY", "## THE ADMINISTRATION'S TREATY");
        ImportedEssay imported = SeedImporter.importSeed(new Seed("s.txt", "seeds/s.txt",
                SeedReader.sha256(seed.getBytes(StandardCharsets.UTF_8)), seed));
        Essay essay = curated(FRONT.replace("The Treaty", "The Administration's Treaty") + """

                Russia signed a new treaty in 2000.[^1]

                The old treaty had a military clause that was never "tried."

                [^1]: Lee, *Review of Politics*, Vol. 19, p. 76.
                """);
        assertThat(Fidelity.compare(imported, essay))
                .extracting(EditorialChange::kind, EditorialChange::printed, EditorialChange::edition)
                .containsExactly(
                        tuple(EditorialChange.Kind.CAPITALISATION, "THE ADMINISTRATION'S TREATY",
                                "The Administration's Treaty"),
                        tuple(EditorialChange.Kind.CHANGED, "used.", "\"tried.\""));
    }
}
