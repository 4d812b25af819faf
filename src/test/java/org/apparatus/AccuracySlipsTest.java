package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small slips a reader would notice: the label of a page range, and what the About page says of the sources. */
@Tag("build")
class AccuracySlipsTest {

    @TempDir
    Path dir;

    @Test
    void aWorkPageCitesAPageRangeAsPagesAndOnePageAsAPage() {
        String work = "Seung-Ho Joo, \"Russia and Korea: The Summit and After,\" *The Korean Journal of Defense"
                + " Analysis*, Vol. 13, No. 1 (Autumn, 2001), ";
        TestProject p = new TestProject(dir).essay("e.md", Samples.essay("e", """
                The summit was no breakthrough.[^1] The treaty was new.[^2] Both were noted.[^3]

                [^1]: %spp. 104-7.
                [^2]: %sp. 98.
                [^3]: %spp. 98, 104.
                """.formatted(work, work, work)));
        Build.Result result = p.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        Path works = p.out().resolve("bibliography");
        String page = TestProject.files(works).stream().filter(f -> f.startsWith("joo-") && f.endsWith(".html"))
                .findFirst().orElseThrow();
        Document workPage = p.page("bibliography/" + page);
        assertThat(workPage.select("ol.citing > li > p").eachText()).filteredOn(t -> t.startsWith("Note "))
                .containsExactly(
                "Note 1 of Essay e, pp. 104–7", "Note 2 of Essay e, p. 98", "Note 3 of Essay e, pp. 98, 104");
    }

    /** The About page says an essay came without page breaks only of an essay whose print pages are not marked. */
    @Test
    void theAboutPageSaysWhichEssaysCameWithPageBreaks() throws Exception {
        Path content = TestProject.repository().resolve("content");
        String about = Files.readString(content.resolve("pages/about.md")).replaceAll("\\s+", " ");
        try (var essays = Files.list(content.resolve("essays"))) {
            for (Path essay : essays.sorted().toList()) {
                String text = Files.readString(essay);
                String author = text.replaceAll("(?s).*?\\nauthor: \"([^\"]+)\".*", "$1");
                String surname = author.substring(author.lastIndexOf(' ') + 1);
                boolean marked = text.contains("[[page ");
                for (String sentence : about.split("(?<=[.;]) ")) {
                    if (sentence.contains(surname + "'s")) {
                        assertThat(marked && sentence.toLowerCase(Locale.ROOT).contains("without page breaks"))
                                .as(essay.getFileName() + " has page markers, yet the About page says: " + sentence)
                                .isFalse();
                    }
                }
            }
        }
    }
}
