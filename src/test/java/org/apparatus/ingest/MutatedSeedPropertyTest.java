package org.apparatus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.Mutations;
import org.apparatus.Mutations.Mutated;
import org.apparatus.link.EditorialChange;
import org.apparatus.link.Fidelity;
import org.apparatus.model.Block;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.apparatus.model.Note;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The two real seeds, mutated (lines deleted, duplicated and swapped, stray markup and control characters put in,
 * texts cut short, note definitions duplicated, markers renumbered), go through the importer and the essay parser as a
 * build would take them: nothing throws, what cannot be read is reported, and what is read keeps every word.
 * {@link SeedImporterPropertyTest} covers generated prints; this covers the real ones, broken.
 *
 * <p>QuickTheories, not Jazzer: each mutation is a named edit at a place (a fraction of the text), so a failure
 * shrinks to one seed and one or two edits that a person can redo by hand, where a coverage-guided fuzzer's input
 * would be a byte string to decode; and every build must run the same tries, in CI too, where Jazzer's
 * {@code @FuzzTest} only replays its committed inputs. Seeded by {@code QT_SEED} (see the pom).
 */
class MutatedSeedPropertyTest {

    private static final Pattern ENTITY = Pattern.compile("&(#?[A-Za-z0-9]+);");

    private static Gen<Mutated> anyMutation() {
        return Mutations.mutated(Mutations.realSeeds(), Mutations.mutation(), 6);
    }

    private static Gen<Mutated> lineMutation() {
        return Mutations.mutated(Mutations.realSeeds(), Mutations.mutation(Generate.pick(Mutations.LINE_KINDS)), 4);
    }

    /** What a build does with a seed's bytes: decode strictly, import, parse the import. */
    private record Outcome(Optional<Seed> seed, Optional<ImportedEssay> imported, Optional<Essay> essay,
                           Diagnostics diagnostics) {
    }

    private static Outcome build(String text) {
        Diagnostics diagnostics = new Diagnostics();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Optional<Seed> seed = SeedReader.decode("mutated.txt", "seeds/mutated.txt", bytes, diagnostics);
        if (seed.isEmpty()) {
            return new Outcome(seed, Optional.empty(), Optional.empty(), diagnostics);
        }
        ImportedEssay imported = SeedImporter.importSeed(seed.get());
        diagnostics.addAll(imported.diagnostics());
        Optional<Essay> essay = EssayParser.parse("seeds/mutated.txt (as imported)", imported.id(), imported.markdown(),
                Essay.Origin.IMPORTED, diagnostics);
        return new Outcome(seed, Optional.of(imported), essay, diagnostics);
    }

    @Test
    void importNeverThrowsAndEveryFailureIsReported() {
        qt().withExamples(150).forAll(anyMutation()).checkAssert(MutatedSeedPropertyTest::everyFailureIsReported);
    }

    private static void everyFailureIsReported(Mutated mutated) {
        String text = mutated.text();

        // the importer itself takes any text, even one no seed reader would hand it (CR, NUL, surrogate halves)
        ImportedEssay raw = SeedImporter.importSeed(new Seed("mutated.txt", "seeds/mutated.txt",
                SeedReader.sha256(text.getBytes(StandardCharsets.UTF_8)), text));
        assertThat(raw.markdown()).startsWith("---\nid: \"");
        assertThat(SeedImporter.importSeed(raw.seed())).isEqualTo(raw);

        Outcome outcome = build(text);
        if (outcome.seed().isEmpty()) {
            assertThat(outcome.diagnostics().hasErrors()).isTrue();
            return;
        }
        ImportedEssay imported = outcome.imported().orElseThrow();
        int lines = outcome.seed().get().text().split("\n", -1).length;
        assertThat(imported.diagnostics()).as("diagnostics point into the seed")
                .allSatisfy(d -> assertThat(d.line()).isBetween(0, lines));
        if (outcome.essay().isEmpty()) {
            assertThat(outcome.diagnostics().hasErrors()).as("an essay left out is reported\n%s", imported.markdown())
                    .isTrue();
            return;
        }
        Essay essay = outcome.essay().get();
        Set<Integer> notes = essay.notes().stream().map(Note::number).collect(Collectors.toSet());
        for (Block.Paragraph p : essay.paragraphs()) {
            assertThat(notes).as("notes of %s", p.anchor()).containsAll(p.notes());
        }
        // every marker of the print is a note of the edition, or the import said why not
        List<Integer> missing = new ArrayList<>();
        for (String label : Mutations.footnoteLabels(imported.markdown())) {
            if (label.matches("[1-9]\\d{0,4}") && !notes.contains(Integer.parseInt(label))) {
                missing.add(Integer.parseInt(label));
            }
        }
        for (int n : missing) {
            assertThat(outcome.diagnostics().all()).as("note %d has no definition\n%s", n, imported.markdown())
                    .anySatisfy(d -> assertThat(d.message()).contains("note " + n + " "));
        }
    }

    @Test
    void movedLinesLoseNoWord() {
        qt().withExamples(100).forAll(lineMutation()).checkAssert(MutatedSeedPropertyTest::movedLosesNoWord);
    }

    private static void movedLosesNoWord(Mutated mutated) {
        Outcome outcome = build(mutated.text());
        assertThat(outcome.seed()).isPresent();
        if (outcome.essay().isEmpty()) {
            assertThat(outcome.diagnostics().hasErrors()).isTrue();
            return;
        }
        assertLosesNoWord(outcome);
    }

    @Test
    void strayCharactersLoseNoWord() {
        // a seed is text with a little Markdown and HTML in it: an entity (&amp;) is read as the character it names,
        // which the changes page then lists as a word removed
        qt().withExamples(100).forAll(anyMutation().assuming(m -> !ENTITY.matcher(m.text()).find()))
                .checkAssert(MutatedSeedPropertyTest::strayLosesNoWord);
    }

    private static void strayLosesNoWord(Mutated mutated) {
        Outcome outcome = build(mutated.text());
        if (outcome.essay().isEmpty()) {
            assertThat(outcome.diagnostics().hasErrors()).isTrue();
            return;
        }
        assertLosesNoWord(outcome);
    }

    /**
     * Only typographic changes between print and import. A seed without a title line gets its file name as title
     * (with a warning): that one word is the edition's, not the print's.
     */
    private static void assertLosesNoWord(Outcome outcome) {
        ImportedEssay imported = outcome.imported().orElseThrow();
        boolean fileNameTitle = imported.diagnostics().stream()
                .anyMatch(d -> d.message().startsWith("no title and author found"));
        List<EditorialChange> changes = Fidelity.compare(imported, outcome.essay().orElseThrow()).stream()
                .filter(c -> !(fileNameTitle && c.kind() == EditorialChange.Kind.ADDED && c.edition().equals("mutated")))
                .toList();
        assertThat(changes).as(imported.markdown())
                .allSatisfy(c -> assertThat(c.kind().isTypographic()).as(c.toString()).isTrue());
    }
}
