package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** A text's words made one-spaced exactly as the regular expression would make them. */
class TextTest {

    private static final List<String> PIECES = List.of("a", "Kim", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f",
            "\u00a0", "\u2003", ".", "é", "");

    @Test
    void oneSpacedIsWhatReplacingEveryRunOfSpacesWithOneMakes() {
        qt().withExamples(3000).forAll(lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 25).map(p -> String.join("", p)))
                .checkAssert(words -> assertThat(Text.oneSpaced(words)).isEqualTo(words.replaceAll("\\s+", " ")));
    }

    @Test
    void aTextWithNothingToChangeIsGivenBackAsItIs() {
        String words = "Kim met Putin. Then\u00a0he left.";
        assertThat(Text.oneSpaced(words)).isSameAs(words);
        assertThat(Text.oneSpaced(" a \t\n b  ")).isEqualTo(" a b ");
    }
}
