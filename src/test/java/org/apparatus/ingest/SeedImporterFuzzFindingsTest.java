package org.apparatus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.link.Fidelity;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.junit.jupiter.api.Test;

/** Seeds the fuzz properties of {@link MutatedSeedPropertyTest} found mishandled, as focused examples. */
class SeedImporterFuzzFindingsTest {

    private static Optional<Essay> parse(ImportedEssay imported, Diagnostics diagnostics) {
        return EssayParser.parse("seeds/t.txt (as imported)", imported.id(), imported.markdown(),
                Essay.Origin.IMPORTED, diagnostics);
    }

    @Test
    void printedNoteAndPageSyntaxStaysText() {
        ImportedEssay imported = SeedImporterTest.importText("""
                Title by Author

                A print that shows [^1] and [[page 2]] as they are, and \\[^3] already escaped.
                """);
        assertThat(imported.diagnostics()).isEmpty();
        assertThat(SeedImporterTest.body(imported)).isEqualTo(
                "\nA print that shows \\[^1] and \\[\\[page 2]] as they are, and \\[^3] already escaped.\n");
        Diagnostics diagnostics = new Diagnostics();
        Essay essay = parse(imported, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.report()));
        assertThat(diagnostics.all()).isEmpty();
        assertThat(essay.paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.text().plain()).isEqualTo(
                    "A print that shows [^1] and [[page 2]] as they are, and [^3] already escaped.");
            assertThat(p.notes()).isEmpty();
            assertThat(p.pageBreaks()).isEmpty();
        });
        assertThat(Fidelity.compare(imported, essay)).isEmpty();
    }

    @Test
    void markerInsideANoteNeedsADefinitionToo() {
        ImportedEssay imported = SeedImporterTest.importText("""
                Title by Author

                A claim.<sup>1</sup>

                ---

                1 A note that points to another<sup>2</sup> one.
                """);
        assertThat(imported.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.toString()).startsWith("seeds/t.txt:7: error: note 2 is referenced but never defined");
        });
    }

    @Test
    void aMarkerInsideAWordSplitsItInNeitherPrintNorEdition() {
        ImportedEssay imported = SeedImporterTest.importText("""
                Title by Author

                A claim a<sup>1</sup>s printed.

                ---

                1 A note.
                """);
        assertThat(imported.diagnostics()).isEmpty();
        Diagnostics diagnostics = new Diagnostics();
        Essay essay = parse(imported, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.report()));
        assertThat(essay.paragraphs()).singleElement().satisfies(p -> assertThat(p.text().plain())
                .isEqualTo("A claim as printed."));
        assertThat(Fidelity.compare(imported, essay)).isEmpty();
    }
}
