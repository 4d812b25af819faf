package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.apparatus.kernel.Project;

/** Only a build without errors replaces the output; a failed or killed build leaves it as it was. */
@Tag("build")
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
    void aGoodRebuildReplacesTheSiteAndRemovesPagesThatAreGone() throws Exception {
        Path before = project.out().toRealPath();
        project.delete("seeds/100_raw.txt");
        project.essay("second.md", Samples.essay("second", "A second essay."));
        Build.Result result = project.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(TestProject.files(project.out())).contains("essays/second.html")
                .doesNotContain("essays/raw-seed-essay.html", "notes/raw-seed-essay/1.html");
        assertThat(project.out().toRealPath()).isNotEqualTo(before);
        assertThat(before).doesNotExist();
        assertThat(project.strayBuilds()).isEmpty();
    }

    @Test
    void theOutputIsALinkToItsBuildBesideIt() throws Exception {
        assertThat(project.out()).isSymbolicLink();
        assertThat(Files.readSymbolicLink(project.out()).isAbsolute()).isFalse();
        assertThat(project.out().toRealPath().getParent()).isEqualTo(project.builds().toRealPath());
        assertThat(project.strayBuilds()).isEmpty();
    }

    @Test
    void aBuildLeftHalfWrittenIsRemovedByTheNextBuild() throws Exception {
        Path killed = project.builds().resolve("build-99");
        Files.createDirectories(killed.resolve("essays"));
        Files.writeString(killed.resolve("essays/half-written.html"), "<p>half");
        Files.writeString(killed.resolve("stray.html"), "<a href=\"nowhere.html\">x</a>");
        Files.createSymbolicLink(project.out().resolveSibling(".site.link"), killed);

        Build.Result result = project.build();

        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(killed).doesNotExist();
        assertThat(project.out().resolveSibling(".site.link")).doesNotExist();
        assertThat(project.strayBuilds()).isEmpty();
        assertThat(TestProject.snapshot(project.out())).isEqualTo(published);
    }

    @Test
    void aBuildLeftHalfWrittenIsRemovedEvenWhenTheNextBuildFails() throws Exception {
        Path killed = project.builds().resolve("build-7");
        Files.createDirectories(killed);
        Files.writeString(killed.resolve("stray.html"), "stray");
        project.essay("broken.md", Samples.essay("broken", "Broken.[^7]"));
        assertFailedAndUntouched(project.build());
        assertThat(killed).doesNotExist();
    }

    @Test
    void aPlainOutputFolderFromBeforeIsReplacedByALink() throws Exception {
        TestProject old = new TestProject(dir.resolve("old")).essay("sample-essay.md", Samples.ESSAY);
        Files.createDirectories(old.out());
        Files.writeString(old.out().resolve("index.html"), "a site built before builds were linked");

        Build.Result result = old.build();

        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(old.out()).isSymbolicLink();
        assertThat(old.text("index.html")).contains("sample-essay");
        assertThat(old.strayBuilds()).isEmpty();
    }

    @Test
    void aFirstBuildThatFailsCreatesNoOutputFolder() {
        TestProject fresh = new TestProject(dir.resolve("fresh"))
                .essay("broken.md", Samples.essay("broken", "Broken.[^7]"));
        Build.Result result = fresh.build();
        assertThat(result.published()).isFalse();
        assertThat(fresh.out()).doesNotExist();
        assertThat(fresh.strayBuilds()).isEmpty();
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
        assertThat(project.strayBuilds()).isEmpty();
    }
}
