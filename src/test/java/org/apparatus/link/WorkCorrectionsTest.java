package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkCorrectionsTest {

    @TempDir
    Path dir;

    /** A work listed twice once lost its first correction without a word: both places are named now. */
    @Test
    void aWorkIdListedTwiceIsAnErrorWithBothLines() throws Exception {
        Path works = dir.resolve("works.yml");
        Files.writeString(works, """
                # corrections to the works of the bibliography
                itar-tass-2002-04-19-dup:
                  same-as: itar-tass-2002-04-19
                wuchte-2001-northeast-asias:
                  authors: ["Tom Wuchte"]
                  title: "Northeast Asia's Forgotten Worry: Russia's Far East"

                some-other-2001:
                  container: "Pacific Focus"
                  container: "Pacific Focus Reprints"
                wuchte-2001-northeast-asias:
                  doi: "10.1111/example"
                """);
        Diagnostics diagnostics = new Diagnostics();
        WorkCorrections.read(works, "content/works.yml", diagnostics);
        assertThat(diagnostics.all()).map(Diagnostic::toString).containsExactly(
                "content/works.yml:10:3: error: duplicate key 'container'; first at line 9 (expected each key once:"
                        + " the second would silently replace the first)",
                "content/works.yml:11:1: error: duplicate key 'wuchte-2001-northeast-asias'; first at line 4"
                        + " (expected each key once: the second would silently replace the first)");
    }
}
