package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own project (seeds/, content/, templates/), built into a temporary folder. */
class RealProjectTest {

    static final String KO = "putin-administrations-north-korean-policy";
    static final String MIKHEEV = "russian-policy-towards-north-korea";

    @TempDir
    static Path dir;

    private static Path site;
    private static Build.Result result;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        result = new Build(new Project(TestProject.repository(), site)).run();
    }

    @Test
    void buildsWithoutErrors() throws Exception {
        assertThat(result.diagnostics().hasErrors()).as(TestProject.report(result)).isFalse();
        assertThat(result.published()).isTrue();
        try (var builds = Files.list(new org.apparatus.publish.Publisher(site).builds())) {
            assertThat(builds.filter(b -> b.getFileName().toString().startsWith("build-")).count()).isEqualTo(1);
        }
        assertThat(TestProject.repository().resolve("seeds")).isDirectory();
    }

    @Test
    void bothEssaysAreBuiltAndListed() {
        List<String> files = TestProject.files(site);
        assertThat(files).contains("index.html", "assets/apparatus.css",
                "essays/" + KO + ".html", "essays/" + MIKHEEV + ".html",
                "changes/" + KO + ".html", "changes/" + MIKHEEV + ".html");
        assertThat(files).filteredOn(f -> f.startsWith("essays/")).hasSize(2);
        Document home = TestProject.parse(site, "index.html");
        assertThat(home.select("li.essay-card h3 a").eachAttr("href"))
                .containsExactlyInAnyOrder("essays/" + KO + ".html", "essays/" + MIKHEEV + ".html");
        assertThat(home.select("li.essay-card p.byline").eachText())
                .containsExactlyInAnyOrder("Sangtu Ko", "Vasily Mikheev");
        assertThat(result.pages()).isEqualTo(files.stream().filter(f -> f.endsWith(".html")).count());
    }

    @Test
    void theKoEssayHas31NotePages() {
        List<String> notes = TestProject.files(site.resolve("notes/" + KO));
        assertThat(notes).hasSize(31);
        for (int n = 1; n <= 31; n++) {
            assertThat(notes).contains(n + ".html");
        }
        Document essay = TestProject.parse(site, "essays/" + KO + ".html");
        assertThat(essay.select("section.notes li[id^=note-]")).hasSize(31);
        assertThat(TestProject.parse(site, "notes/" + KO + "/31.html").select("a[rel=next]")).isEmpty();
        assertThat(TestProject.parse(site, "notes/" + KO + "/31.html").selectFirst("main h1").text())
                .isEqualTo("Note 31 of 31");
    }

    @Test
    void theKoChangesPageListsTheRejoinedWord() {
        Document changes = TestProject.parse(site, "changes/" + KO + ".html");
        Element row = changes.select("tbody tr").stream()
                .filter(tr -> tr.select("td").size() == 4 && tr.child(1).text().equals("differ-ence"))
                .findFirst().orElse(null);
        assertThat(row).as("a row differ-ence -> difference").isNotNull();
        assertThat(row.child(2).text()).isEqualTo("difference");
        assertThat(row.child(0).text()).contains("rejoined");
        assertThat(row.child(3).text()).contains("seeds/001_ba9be9f5fc93aec9.txt:",
                "content/essays/" + KO + ".md:");
    }

    @Test
    void everyLinkOfTheRealSiteIsRelativeAndNamesAFile() {
        SiteBuildTest.assertLinksAreRelativeFiles(site);
    }
}
