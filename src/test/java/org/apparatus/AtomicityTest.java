package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a build without errors replaces the output folder; a failed or killed build leaves it as it was. */
class AtomicityTest {

    @TempDir
    Path dir;

    private TestProject project;
    private Map<String, String> published;

    @BeforeEach
    void publishAGoodSite() {
        project = new TestProject(dir).essay("sample-essay.md", Samples.ESSAY).seed("100_raw.txt", Samples.RAW_SEED);
        Build.Result result = project.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        published = TestProject.snapshot(project.out());
        assertThat(published).containsKeys("index.html", "essays/sample-essay.html", "essays/raw-seed-essay.html");
    }

    @Test
    void anUndefinedNoteLeavesThePublishedSiteUntouched() {
        project.essay("broken.md", Samples.essay("broken", "A reference to a note that is not there.[^7]"));
        assertFailedAndUntouched(project.build());
    }

    @Test
    void aTemplateSyntaxErrorLeavesThePublishedSiteUntouched() {
        project.template("essay.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.frame>
                <#if page.title>
                </@layout.frame>
                """);
        Build.Result result = project.build();
        assertFailedAndUntouched(result);
        assertThat(TestProject.messages(result)).singleElement().asString()
                .startsWith("templates/essay.ftlh:4:1: error: template syntax error: ")
                .endsWith("(writing essays/raw-seed-essay.html and 1 more pages)");
    }

    @Test
    void aBrokenSeedLeavesThePublishedSiteUntouched() {
        project.seedBytes("300_latin.txt", new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
        assertFailedAndUntouched(project.build());
    }

    @Test
    void aGoodRebuildReplacesTheSiteAndRemovesPagesThatAreGone() {
        project.delete("seeds/100_raw.txt");
        project.essay("second.md", Samples.essay("second", "A second essay."));
        Build.Result result = project.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(TestProject.files(project.out())).contains("essays/second.html")
                .doesNotContain("essays/raw-seed-essay.html", "notes/raw-seed-essay/1.html");
        assertThat(project.staging()).doesNotExist();
        assertThat(project.previous()).doesNotExist();
    }

    @Test
    void aLeftoverStagingFolderIsRemovedByTheNextBuild() throws Exception {
        Files.createDirectories(project.staging().resolve("essays"));
        Files.writeString(project.staging().resolve("essays/half-written.html"), "<p>half");
        Files.writeString(project.staging().resolve("stray.html"), "<a href=\"nowhere.html\">x</a>");

        Build.Result result = project.build();

        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(project.staging()).doesNotExist();
        assertThat(TestProject.snapshot(project.out())).isEqualTo(published);
    }

    @Test
    void aLeftoverStagingFolderIsRemovedEvenWhenTheNextBuildFails() throws Exception {
        Files.createDirectories(project.staging());
        Files.writeString(project.staging().resolve("stray.html"), "stray");
        project.essay("broken.md", Samples.essay("broken", "Broken.[^7]"));
        assertFailedAndUntouched(project.build());
    }

    @Test
    void aSiteSetAsideByAKilledBuildIsRestoredByTheNextBuild() throws Exception {
        // A build killed between its two renames: site moved to site.old, the new site never moved in.
        Files.move(project.out(), project.previous());
        Files.createDirectories(project.staging());
        Files.writeString(project.staging().resolve("index.html"), "half");
        assertThat(project.out()).doesNotExist();

        // Even a failing build brings the old site back.
        project.essay("broken.md", Samples.essay("broken", "Broken.[^7]"));
        assertFailedAndUntouched(project.build());
        assertThat(project.previous()).doesNotExist();

        // And a good build replaces it as usual.
        project.delete("content/essays/broken.md");
        Build.Result result = project.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(TestProject.snapshot(project.out())).isEqualTo(published);
        assertThat(project.previous()).doesNotExist();
        assertThat(project.staging()).doesNotExist();
    }

    @Test
    void aStaleOldFolderBesideAnIntactSiteIsRemoved() throws Exception {
        Files.createDirectories(project.previous());
        Files.writeString(project.previous().resolve("index.html"), "an older site");
        project.essay("broken.md", Samples.essay("broken", "Broken.[^7]"));
        assertFailedAndUntouched(project.build());
        assertThat(project.previous()).doesNotExist();
    }

    @Test
    void aFirstBuildThatFailsCreatesNoOutputFolder() {
        TestProject fresh = new TestProject(dir.resolve("fresh"))
                .essay("broken.md", Samples.essay("broken", "Broken.[^7]"));
        Build.Result result = fresh.build();
        assertThat(result.published()).isFalse();
        assertThat(fresh.out()).doesNotExist();
        assertThat(fresh.staging()).doesNotExist();
    }

    @Test
    void theOutputFolderMayNotBeTheProjectOrHoldIt() {
        Path root = project.root();
        for (Path out : new Path[] {root, root.resolve("content"), root.resolve("seeds"), root.getParent()}) {
            Build.Result result = new Build(new Project(root, out)).run();
            assertThat(result.published()).as(out.toString()).isFalse();
            assertThat(TestProject.messages(result)).as(out.toString()).singleElement().asString()
                    .contains("error: the output folder would replace");
        }
        assertThat(TestProject.files(root)).contains("content/essays/sample-essay.md", "seeds/100_raw.txt");
        assertThat(TestProject.snapshot(project.out())).isEqualTo(published);
    }

    private void assertFailedAndUntouched(Build.Result result) {
        assertThat(result.published()).as(TestProject.report(result)).isFalse();
        assertThat(result.diagnostics().hasErrors()).isTrue();
        assertThat(TestProject.snapshot(project.out())).isEqualTo(published);
        assertThat(project.staging()).doesNotExist();
        assertThat(project.previous()).doesNotExist();
    }
}
