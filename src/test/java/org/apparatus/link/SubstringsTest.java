package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The one-pass search for many strings says, for each, exactly what {@link String#contains} says. */
class SubstringsTest {

    /** Strings of a small alphabet, so that strings overlap, nest and share prefixes and suffixes often. */
    private static Gen<String> small(int max) {
        String alphabet = "abcé ’";
        return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, max)
                .map(is -> {
                    StringBuilder s = new StringBuilder();
                    is.forEach(i -> s.append(alphabet.charAt(i)));
                    return s.toString();
                });
    }

    private static List<Boolean> contains(String text, List<String> strings) {
        List<Boolean> found = new ArrayList<>();
        strings.forEach(s -> found.add(text.contains(s)));
        return found;
    }

    private static List<Boolean> found(String text, List<String> strings) {
        List<Boolean> found = new ArrayList<>();
        for (boolean b : new Substrings(strings).found(text)) {
            found.add(b);
        }
        return found;
    }

    @Test
    void findsWhatContainsFinds() {
        qt().withExamples(2000).forAll(lists().of(small(5)).ofSizeBetween(0, 12), small(40))
                .checkAssert((strings, text) -> assertThat(found(text, strings))
                        .as("%s in '%s'", strings, text).isEqualTo(contains(text, strings)));
    }

    @Test
    void findsNestedOverlappingAndRepeatedStrings() {
        List<String> strings = List.of("he", "she", "his", "hers", "", "s", "he", "ushers", "x", "sheh");
        assertThat(found("ushers", strings)).isEqualTo(contains("ushers", strings));
        assertThat(found("", strings)).containsExactly(false, false, false, false, true, false, false, false, false,
                false);
        assertThat(found("shehis", strings)).isEqualTo(contains("shehis", strings));
        assertThat(found("summit’s", List.of("summit", "’s", "its"))).containsExactly(true, true, false);
    }
}
