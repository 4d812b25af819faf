package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A raw text dropped into seeds/ with no curated essay for it is imported at build time and gets its pages. */
@Tag("build")
class RawSeedBuildTest {

    private static final String ID = "raw-seed-essay";

    @TempDir
    Path dir;

    @Test
    void rawSeedAloneGetsEveryPage() {
        TestProject project = new TestProject(dir).seed("100_raw.txt", Samples.RAW_SEED);
        Build.Result result = project.build();

        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(result.diagnostics().all()).as(TestProject.report(result)).isEmpty();
        // the search index's shards and chunks: SearchIndexTest and the browser test check them
        assertThat(TestProject.files(project.out())).contains("assets/search/essays.js", "assets/search/w/7.js",
                "assets/search/e/0.js");
        assertThat(TestProject.files(project.out())).filteredOn(f -> !f.startsWith("assets/search/")).containsExactly(
                "404.html",
                "assets/apparatus.css",
                "assets/apparatus.js",
                "assets/search-index.js",
                "assets/search.js",
                "bibliography/bibliography.bib",
                "bibliography/bibliography.json",
                "bibliography/bibliography.ris",
                "bibliography/index.html",
                "bibliography/" + ID + ".bib",
                "bibliography/" + ID + ".json",
                "bibliography/" + ID + ".ris",
                "changes/" + ID + ".html",
                "data/edition.json",
                "data/edition.schema.json",
                "data/essays/" + ID + ".json",
                "data/tei/" + ID + ".xml",
                "essays/" + ID + ".html",
                "index.html",
                "maintainers/citations.html",
                "notes/" + ID + "/1.html",
                "robots.txt",
                "search.html");

        Document essay = project.page("essays/" + ID + ".html");
        assertThat(essay.selectFirst("main h1").text()).isEqualTo("A Raw Seed Essay");
        assertThat(essay.selectFirst("p.byline").text()).isEqualTo("Rhea Writer");
        assertThat(essay.selectFirst("p#p1").text()).startsWith("The first paragraph of the raw text has a note.");
        assertThat(essay.select("p#p1 sup.noteref a[href=#note-1]")).hasSize(1);
        assertThat(essay.selectFirst("p#p2").text()).startsWith("The second paragraph ends here.");
        assertThat(essay.selectFirst("li#note-1 .note-text").text()).isEqualTo("The only note of the raw text.");
        assertThat(essay.select("section.provenance").text())
                .contains("100_raw.txt", "imported from it automatically at build time");

        Document note = project.page("notes/" + ID + "/1.html");
        assertThat(note.selectFirst("section.note-text").text()).isEqualTo("The only note of the raw text.");
        assertThat(note.select("sup.current")).hasSize(1);

        Document home = project.page("index.html");
        assertThat(home.select("li.essay-card h3 a").eachAttr("href")).containsExactly("essays/" + ID + ".html");

        // Imported words are the seed's words: no editorial change at all.
        Document changes = project.page("changes/" + ID + ".html");
        assertThat(changes.select("tbody tr")).isEmpty();
        SiteBuildTest.assertLinksAreRelativeFiles(project.out());
    }

    @Test
    void rawSeedBesideACuratedEssayGetsItsOwnPagesAndTheCuratedSeedIsNotImportedTwice() {
        TestProject project = new TestProject(dir)
                .seed("100_raw.txt", Samples.RAW_SEED)
                .seed("200_curated.txt", """
                        Another Text by Carl Curator

                        Only one paragraph here.
                        """)
                .essay("another-text.md", """
                        ---
                        id: "another-text"
                        title: "Another Text"
                        author: "Carl Curator"
                        seed: "200_curated.txt"
                        ---

                        Only one paragraph here, edited.
                        """);
        Build.Result result = project.build();

        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(TestProject.files(project.out())).contains(
                "essays/" + ID + ".html", "essays/another-text.html", "changes/another-text.html")
                .filteredOn(f -> f.startsWith("essays/")).hasSize(2);
        assertThat(project.page("index.html").select("li.essay-card")).hasSize(2);
        Document changes = project.page("changes/another-text.html");
        assertThat(changes.select("tbody tr")).hasSize(1);
        assertThat(changes.select("tbody tr td").eachText()).contains("edited.", "Paragraph 1");
    }
}
