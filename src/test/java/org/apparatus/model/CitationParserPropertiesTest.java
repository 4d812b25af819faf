package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The citation parser reads whatever a maintainer or a seed gives it: it never throws, and what it returns is whole. */
class CitationParserPropertiesTest {

    /** Pieces of citation syntax that mutations put in, take out or swap. */
    private static final List<String> PIECES = List.of("*", "_", "\"", "\u201C", "\u201D", ";", ",", ".", " and ",
            "&", " ", "", "(", ")", "Vol. ", "No. ", "p. ", "pp. ", "12", "104-7", "2001", "Fall, ", "July 20, ",
            "*Ibid.*", "*op. cit.*", "\n", "\u2013", "\\", "[", "]", "\u00A0", "\uD83D\uDE00");

    @Property(tries = 300)
    void neverThrowsOnArbitraryStrings(@ForAll String text) {
        check(text);
    }

    @Property(tries = 300)
    void neverThrowsOnMutatedRealNotes(@ForAll("mutatedNotes") String text) {
        check(text);
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

    @Provide
    Arbitrary<String> mutatedNotes() {
        List<String> notes;
        try {
            notes = List.copyOf(CitationParserTest.realNotes().values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Arbitrary<String> note = Arbitraries.of(notes);
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.values()),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(8)).as(Mutation::new);
        return Combinators.combine(note, mutation.list().ofMinSize(1).ofMaxSize(4)).as((text, mutations) -> {
            String out = text;
            for (Mutation m : mutations) {
                out = m.apply(out);
            }
            return out;
        });
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
    }

    @Property(tries = 50)
    void realNotesParseToTheSameCitationsAfterWhitespaceIsStretched(@ForAll("realNote") String text) {
        List<Citation> plain = CitationParser.parse(text);
        List<Citation> stretched = CitationParser.parse("  " + text.replace(" ", " \n  ") + "  ");
        assertThat(stretched).hasSameSizeAs(plain);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(stretched.get(i).getClass()).isEqualTo(plain.get(i).getClass());
            assertThat(stretched.get(i).pinpoint()).isEqualTo(plain.get(i).pinpoint());
        }
        assertThat(plain.get(0)).isNotInstanceOf(Citation.Commentary.class);
        assertThat(Optional.of(plain.get(0).printed())).contains(text);
    }

    @Provide
    Arbitrary<String> realNote() {
        try {
            return Arbitraries.of(List.copyOf(CitationParserTest.realNotes().values()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
