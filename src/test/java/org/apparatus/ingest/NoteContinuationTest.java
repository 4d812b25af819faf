package org.apparatus.ingest;

import static org.apparatus.ingest.SeedImporterTest.body;
import static org.apparatus.ingest.SeedImporterTest.importText;
import static org.assertj.core.api.Assertions.assertThat;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.link.Fidelity;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.junit.jupiter.api.Test;

/**
 * The words at the top of a page's notes that finish a note cut at the foot of the page before go to the note that is
 * visibly unfinished, though a complete note was printed after it; never silently to a complete one.
 */
class NoteContinuationTest {

    /** No word of the print is lost or added: the import read as an essay says everything the seed says. */
    private static void noWordLost(ImportedEssay imported) {
        Diagnostics diagnostics = new Diagnostics();
        Essay essay = EssayParser.parse("seeds/t.txt", "t", imported.markdown(), Essay.Origin.IMPORTED, diagnostics)
                .orElseThrow();
        assertThat(Fidelity.compare(imported, essay)).isEmpty();
    }

    @Test
    void aContinuationGoesToTheNoteCutInsideAReferenceThoughACompleteNoteStandsBetween() {
        ImportedEssay imported = importText("""
                Title by Author

                The Far East was a worry for Moscow.<sup>1</sup> A weekly said so too.<sup>2</sup>

                ---

                1 Tom Wuchte, "Northeast Asia's Forgotten Worry: Russia's Far East," *Pacific Focus*, Vol.

                2 *Newsweek*, August 13, 2001.

                The talks went on through the spring.<sup>3</sup>

                ---

                17, No. 2 (Fall 2002), pp. 53-63.

                3 *ITAR-TASS*, April 19, 2002.
                """);
        assertThat(body(imported)).endsWith("""
                [^1]: Tom Wuchte, "Northeast Asia's Forgotten Worry: Russia's Far East," *Pacific Focus*, Vol. 17, \
                No. 2 (Fall 2002), pp. 53-63.

                [^2]: *Newsweek*, August 13, 2001.

                [^3]: *ITAR-TASS*, April 19, 2002.
                """);
        assertThat(imported.diagnostics()).isEmpty();
        noWordLost(imported);
    }

    @Test
    void everySignOfACutReferenceIsUnfinished() {
        for (String cut : new String[] {"*Pacific Focus*, Vol. 17, No.", "*Pacific Focus*, Vol. 17, No. 2, pp.",
                "*Pacific Focus*, Vol. 17,", "*Pacific Focus*, Vol. 17, No. 2 (", "Tom Wuchte, \"Northeast Asia's"}) {
            ImportedEssay imported = importText("""
                    Title by Author

                    The Far East was a worry.<sup>1</sup> A weekly said so.<sup>2</sup>

                    ---

                    1 %s

                    2 *Newsweek*, August 13, 2001.

                    The talks went on.<sup>3</sup>

                    ---

                    the rest of the first note.

                    3 *ITAR-TASS*, April 19, 2002.
                    """.formatted(cut));
            assertThat(body(imported)).as(cut).contains("[^1]: " + cut + " the rest of the first note.\n",
                    "[^2]: *Newsweek*, August 13, 2001.\n");
            noWordLost(imported);
        }
    }

    @Test
    void withNoNoteUnfinishedTheContinuationGoesToTheLastNoteWithAWarning() {
        ImportedEssay imported = importText("""
                Title by Author

                The Far East was a worry.<sup>1</sup> A weekly said so.<sup>2</sup>

                ---

                1 Tom Wuchte, *Pacific Focus*, 2002.

                2 *Newsweek*, August 13, 2001.

                The talks went on.<sup>3</sup>

                ---

                As reported the next day.

                3 *ITAR-TASS*, April 19, 2002.
                """);
        assertThat(body(imported)).contains("[^2]: *Newsweek*, August 13, 2001. As reported the next day.\n");
        assertThat(imported.diagnostics()).map(Diagnostic::toString).singleElement().asString()
                .startsWith("seeds/t.txt:15:1: warning: the words at the top of this note block continue no note"
                        + " that ends unfinished")
                .contains("note 2");
        noWordLost(imported);
    }
}
