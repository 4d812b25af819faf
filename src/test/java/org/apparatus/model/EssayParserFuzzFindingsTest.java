package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.apparatus.kernel.Diagnostics;
import org.junit.jupiter.api.Test;

/** Essays the fuzz properties ({@link EssayParserPropertyTest}, the mutated seeds) found misread, as examples. */
class EssayParserFuzzFindingsTest {

    @Test
    void aNoteReferenceOutsideTheTextKeepsItsWordsInThePlainText() {
        Diagnostics diagnostics = new Diagnostics();
        Essay essay = EssayParser.parse("e.md", "e", """
                ---
                title: "Nor[^x]th and [^2] Korea"
                author: "Ada [^1] Author"
                ---

                Text.
                """, Essay.Origin.CURATED, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.report()));
        assertThat(diagnostics.all()).isEmpty();
        // as the page shows it: a front matter value has no notes, so [^n] there is text
        assertThat(essay.title().plain()).isEqualTo("Nor[^x]th and [^2] Korea");
        assertThat(essay.title().markup().html()).isEqualTo("Nor[^x]th and [^2] Korea");
        assertThat(essay.author().plain()).isEqualTo("Ada [^1] Author");
    }
}
