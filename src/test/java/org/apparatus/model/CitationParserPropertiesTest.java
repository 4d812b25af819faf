package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.apparatus.Mutations;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The citation parser reads whatever a maintainer or a seed gives it: it never throws, and what it returns is whole.
 *
 * <p>QuickTheories, not Jazzer: the mutations are named edits of the real notes (insert a piece of citation syntax,
 * cut, replace the authors), so a failure shrinks to one note and one or two edits a person can read; the generator
 * needs no coverage guidance to reach Ibid., op. cit., volumes and pages. Seeded by {@code QT_SEED} (see the pom).
 * The whitespace property takes every real note in turn, as it took them before (31 notes, exhaustively).
 */
class CitationParserPropertiesTest {

    /** Pieces of citation syntax that mutations put in, take out or swap. */
    private static final List<String> PIECES = List.of("*", "_", "\"", "\u201C", "\u201D", ";", ",", ".", " and ",
            "&", " ", "", "(", ")", "Vol. ", "No. ", "p. ", "pp. ", "12", "104-7", "2001", "Fall, ", "July 20, ",
            "*Ibid.*", "*op. cit.*", "\n", "\u2013", "\\", "[", "]", "\u00A0", "\uD83D\uDE00");

    @Test
    void neverThrowsOnArbitraryStrings() {
        qt().withExamples(300).forAll(Mutations.anyText(0, 255)).checkAssert(CitationParserPropertiesTest::check);
    }

    @Test
    void neverThrowsOnMutatedRealNotes() {
        qt().withExamples(300).forAll(mutatedNotes()).checkAssert(m -> check(m.text()));
    }

    private static void check(String text) {
        List<Citation> citations = CitationParser.parse(text);
        assertThat(citations).doesNotContainNull();
        if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            // (a note of nothing but separators, like "; ", may come out empty)
            assertThat(citations).isNotEmpty();
        }
        for (Citation c : citations) {
            assertThat(c.printed()).isNotBlank();
            assertThat(c.pinpoint()).isNotNull();
            c.pinpoint().ifPresent(p -> assertThat(p).matches("\\d.*"));
            if (c instanceof Citation.Article a) {
                assertThat(a.authors()).isNotEmpty().allSatisfy(n -> assertThat(n).isNotBlank());
            } else if (c instanceof Citation.OpCit o) {
                assertThat(o.authors()).isNotEmpty().allSatisfy(n -> assertThat(n).isNotBlank());
            }
        }
    }

    /** A real note and the mutations made to it. */
    private record MutatedNote(String note, List<Mutation> mutations) {
        String text() {
            String out = note;
            for (Mutation m : mutations) {
                out = m.apply(out);
            }
            return out;
        }

        @Override
        public String toString() {
            return Mutations.escape(note) + " " + mutations + " = " + Mutations.escape(text());
        }
    }

    private static Gen<MutatedNote> mutatedNotes() {
        Gen<Mutation> mutation = Generate.enumValues(Kind.class).zip(doubles().between(0, 1),
                doubles().between(0, 1), Generate.pick(PIECES), Mutations.anyText(0, 8), Mutation::new);
        return Generate.pick(realNotes()).zip(lists().of(mutation).ofSizeBetween(1, 4), MutatedNote::new);
    }

    private static List<String> realNotes() {
        try {
            return List.copyOf(CitationParserTest.realNotes().values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private enum Kind { INSERT, DELETE, REPLACE_AUTHORS, TRUNCATE, INSERT_RANDOM, DUPLICATE }

    private record Mutation(Kind kind, double at, double length, String piece, String random) {
        String apply(String text) {
            int i = (int) (at * text.length());
            int j = Math.min(text.length(), i + (int) (length * 12));
            return switch (kind) {
                case INSERT -> text.substring(0, i) + piece + text.substring(i);
                case DELETE -> text.substring(0, i) + text.substring(j);
                case REPLACE_AUTHORS -> {
                    int comma = text.indexOf(',');
                    yield comma < 0 ? piece + text : piece + text.substring(comma);
                }
                case TRUNCATE -> text.substring(0, i);
                case INSERT_RANDOM -> text.substring(0, i) + random + text.substring(i);
                case DUPLICATE -> text.substring(0, j) + "; " + text;
            };
        }

        @Override
        public String toString() {
            return kind + "(" + String.format(java.util.Locale.ROOT, "%.3f, %.3f", at, length)
                    + (kind == Kind.INSERT || kind == Kind.REPLACE_AUTHORS ? ", " + Mutations.escape(piece) : "")
                    + (kind == Kind.INSERT_RANDOM ? ", " + Mutations.escape(random) : "") + ")";
        }
    }

    @Test
    void realNotesParseToTheSameCitationsAfterWhitespaceIsStretched() {
        assertThat(realNotes()).isNotEmpty().allSatisfy(CitationParserPropertiesTest::stretches);
    }

    private static void stretches(String text) {
        List<Citation> plain = CitationParser.parse(text);
        List<Citation> stretched = CitationParser.parse("  " + text.replace(" ", " \n  ") + "  ");
        assertThat(stretched).as(text).hasSameSizeAs(plain);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(stretched.get(i).getClass()).as(text).isEqualTo(plain.get(i).getClass());
            assertThat(stretched.get(i).pinpoint()).as(text).isEqualTo(plain.get(i).pinpoint());
        }
        assertThat(plain.get(0)).isNotInstanceOf(Citation.Commentary.class);
        assertThat(Optional.of(plain.get(0).printed())).contains(text);
    }
}
