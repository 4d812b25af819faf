package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that runs out of memory says so in one line with the setting to raise, never a stack trace, exits
 * non-zero and leaves the previous site as it was: run in a child JVM with a heap too small for a 60-essay corpus,
 * as {@code java -jar} runs {@link Apparatus} and as {@code mvn site} runs {@link MavenBuild}.
 */
@Tag("build")
class OutOfMemoryTest {

    @TempDir
    Path dir;

    private Path large;
    private Path out;
    private Map<String, String> previous;

    @BeforeEach
    void aPublishedSiteAndALargerCorpus() {
        Path small = dir.resolve("small");
        large = dir.resolve("large");
        out = dir.resolve("out/site");
        assertThat(cli("corpus", "--essays", "2", "--out", small.toString())).isZero();
        assertThat(cli("corpus", "--essays", "60", "--out", large.toString())).isZero();
        assertThat(cli("build", "--root", small.toString(), "--out", out.toString())).isZero();
        previous = TestProject.snapshot(out);
        assertThat(previous).containsKey("index.html");
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void theJarSaysItInOneLineWithTheHeapToAskFor() throws Exception {
        Child child = build(Apparatus.class);
        assertThat(child.code).as(child.err).isEqualTo(ExitCode.OUT_OF_MEMORY);
        assertThat(child.err).doesNotContain("\tat ").doesNotContain("Exception");
        // one line says it; before it, a build slower than 3 s (a loaded machine) has said its stages, in a log
        List<String> lines = child.err.strip().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("apparatus: out of memory with a heap of")
                .contains("java -Xmx");
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(line -> STAGE.matcher(line).matches(),
                "a stage of the build");
        assertThat(TestProject.snapshot(out)).isEqualTo(previous);
        // what the failed build began is tidied up by the next one
        assertThat(cli("build", "--root", dir.resolve("small").toString(), "--out", out.toString())).isZero();
        assertThat(new TestProject(dir.resolve("small"), out).strayBuilds()).isEmpty();
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void mavenSiteSaysItWithMavenOpts() throws Exception {
        Child child = build(MavenBuild.class);
        assertThat(child.code).as(child.err).isNotZero();
        assertThat(child.err).doesNotContain("\tat ");
        assertThat(child.err).contains("apparatus: out of memory").contains("MAVEN_OPTS=-Xmx");
        assertThat(TestProject.snapshot(out)).isEqualTo(previous);
    }

    private int cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Apparatus.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(err.toString()).doesNotContain("error:");
        return code;
    }

    /** A line of the build's progress in a log ({@code apparatus: reading essays: 60 of 60 (1.8 s)}). */
    private static final java.util.regex.Pattern STAGE = java.util.regex.Pattern.compile(
            "apparatus: (reading essays|cross-referencing|writing pages|checking links|publishing): .*\\(\\d+\\.\\d s\\)");

    private record Child(int code, String err) {
    }

    /** Builds the larger corpus into the published output in a JVM whose heap cannot hold its build. */
    private Child build(Class<?> main) throws Exception {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m",
                "-cp", System.getProperty("java.class.path"), main.getName(),
                "build", "--root", large.toString(), "--out", out.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(200, TimeUnit.SECONDS)).isTrue();
        return new Child(process.exitValue(), err);
    }
}
