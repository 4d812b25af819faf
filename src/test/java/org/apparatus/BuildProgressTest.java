package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.apparatus.kernel.Progress;
import org.apparatus.kernel.Project;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long build says its stages with their counts as it runs them; a short one says nothing; neither alters the site. */
@Tag("build")
class BuildProgressTest {

    private static final String ESSAY = """
            ---
            id: "%s"
            title: "An Essay"
            author: "Ann Author"
            ---

            ## A section

            The first paragraph.[^1]

            [^1]: Tom Wuchte, "Northeast Asia's Forgotten Worry," *Pacific Focus*, Vol. 16, No. 2 (Fall, 2001), p. 48.
            """;

    @TempDir
    Path dir;

    /** A project of {@code essays} curated essays and a raw seed. */
    private TestProject project(String name, int essays) {
        TestProject project = new TestProject(dir.resolve(name)).seed("raw.txt", Samples.RAW_SEED);
        for (int i = 1; i <= essays; i++) {
            project.essay("e" + i + ".md", ESSAY.formatted("e" + i));
        }
        return project;
    }

    @Test
    void aSlowBuildLogsEachStageWithItsCounts() {
        TestProject slow = project("slow", Build.SMALL);
        AtomicLong clock = new AtomicLong();
        StringWriter log = new StringWriter();
        // every look at the clock finds a second gone: the build is long
        Progress progress = Progress.to(new PrintWriter(log), false, () -> clock.addAndGet(1_000_000_000L));
        Build.Result result = new Build(new Project(slow.root(), slow.out())).reporting(progress).run();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();

        assertThat(log.toString()).doesNotContain("\r")
                .containsPattern("(?m)^apparatus: reading essays: " + (Build.SMALL + 1) + " of " + (Build.SMALL + 1)
                        + " \\(\\d+\\.\\d s\\)$")
                .containsPattern("(?m)^apparatus: cross-referencing: done \\(\\d+\\.\\d s\\)$")
                .containsPattern("(?m)^apparatus: writing pages: " + result.pages() + " of " + result.pages()
                        + " \\(\\d+\\.\\d s\\)$")
                .containsPattern("(?m)^apparatus: checking links: done \\(\\d+\\.\\d s\\)$")
                .containsPattern("(?m)^apparatus: publishing: done \\(\\d+\\.\\d s\\)$");
        assertThat(log.toString().indexOf("reading essays")).isLessThan(log.toString().indexOf("cross-referencing"));
        assertThat(log.toString().indexOf("writing pages")).isLessThan(log.toString().indexOf("checking links"));

        TestProject quiet = project("quiet", Build.SMALL);
        assertThat(quiet.build().published()).isTrue();
        assertThat(TestProject.snapshot(slow.out())).as("the site is the same, said or not")
                .isEqualTo(TestProject.snapshot(quiet.out()));
    }

    @Test
    void aSmallBuildSaysNothingHoweverLongItTakes() {
        TestProject small = project("small", Build.SMALL - 2);
        StringWriter log = new StringWriter();
        AtomicLong clock = new AtomicLong();
        Build.Result result = new Build(new Project(small.root(), small.out())).reporting(Progress.to(
                new PrintWriter(log), false, () -> clock.addAndGet(1_000_000_000L))).run();
        assertThat(result.published()).isTrue();
        assertThat(log.toString()).isEmpty();
    }

    @Test
    void aShortBuildSaysNothing() {
        TestProject project = project("short", Build.SMALL);
        StringWriter log = new StringWriter();
        AtomicLong clock = new AtomicLong(); // a millisecond at each look: a second or two in all
        Build.Result result = new Build(new Project(project.root(), project.out()))
                .reporting(Progress.to(new PrintWriter(log), false, () -> clock.addAndGet(1_000_000L))).run();
        assertThat(result.published()).isTrue();
        assertThat(log.toString()).isEmpty();
    }
}
