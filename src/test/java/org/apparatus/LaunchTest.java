package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JVM a build runs in: a child fitted to the edition's size, unless the person chose the options. */
class LaunchTest {

    @TempDir
    Path dir;

    private Path project(int seeds, int curated) throws Exception {
        Path root = dir.resolve("p" + seeds + "-" + curated);
        Files.createDirectories(root.resolve("seeds"));
        Files.createDirectories(root.resolve("content/essays"));
        for (int i = 0; i < seeds; i++) {
            Files.writeString(root.resolve("seeds/s" + i + ".txt"), "text");
        }
        for (int i = 0; i < curated; i++) {
            Files.writeString(root.resolve("content/essays/e" + i + ".md"), "text");
        }
        Files.writeString(root.resolve("content/essays/notes.txt"), "not an essay");
        return root;
    }

    private static Optional<List<String>> child(Path root, List<String> jvm) {
        return Launch.childOptions(new String[] {"build", "--root", root.toString()}, jvm, false, Launch.CHILD);
    }

    @Test
    void aSmallEditionIsBuiltWithTheQuickCompilerAloneAndALargeOneWithTheOptimisingOne() throws Exception {
        Path small = project(2, 1);
        Path large = project(200, Launch.LARGE - 200);
        assertThat(Launch.essays(small)).isEqualTo(3);
        assertThat(Launch.essays(large)).isEqualTo(Launch.LARGE);
        assertThat(child(small, List.of())).contains(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dapparatus.jvm=child"));
        assertThat(child(large, List.of())).contains(List.of("-XX:+UseParallelGC", "-Dapparatus.jvm=child"));
        assertThat(Launch.essays(dir.resolve("nowhere"))).isZero();
    }

    @Test
    void aJvmThatHasTheOptionsAlreadyRunsTheBuildItself() throws Exception {
        Path small = project(2, 0);
        Path large = project(Launch.LARGE, 0);
        assertThat(child(small, Launch.SHORT)).isEmpty();
        assertThat(child(large, Launch.LONG)).isEmpty();
        // mvn site's JVM has the short options (.mvn/jvm.config): a long build gets a child, with the heap asked for
        assertThat(Launch.childOptions(new String[] {"build", "--root=" + large}, List.of("-Xmx3g",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dmaven.home=/usr/share/maven"), false, Launch.MAVEN))
                .contains(List.of("-XX:+UseParallelGC", "-Xmx3g", "-Dapparatus.jvm=maven"));
    }

    @Test
    void aLargeEditionInAHeapSizedTightlyForItGivesMostOfTheHeapToTheOldGeneration() throws Exception {
        Path large = project(Launch.LARGE, 0); // 500 essays of 4 bytes: 2,000 bytes of Markdown
        assertThat(Launch.markdown(large)).isEqualTo(2_000);
        long tight = Launch.TIGHT * 2_000L;
        // a heap this small is below a megabyte: the new objects get a megabyte, the least the collector takes
        assertThat(child(large, List.of("-Xmx" + (tight - 1)))).contains(List.of("-XX:+UseParallelGC",
                "-Xmn" + (1 << 20), "-Xmx" + (tight - 1), "-Dapparatus.jvm=child"));
        assertThat(Launch.options(Launch.LARGE, 125_000_000L, Launch.heap(List.of("-Xmx800m"))))
                .containsExactly("-XX:+UseParallelGC", "-Xmn" + (800L << 20) / Launch.NEW_SHARE);
        assertThat(child(large, List.of("-Xmx" + (tight - 1), "-Xmn300k"))).contains(List.of("-XX:+UseParallelGC",
                "-Xmx" + (tight - 1), "-Xmn300k", "-Dapparatus.jvm=child"));
        assertThat(child(large, List.of("-Xmx" + tight))).contains(List.of("-XX:+UseParallelGC", "-Xmx" + tight,
                "-Dapparatus.jvm=child"));
        assertThat(child(project(2, 0), List.of("-Xmx1k"))).contains(List.of("-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx1k", "-Dapparatus.jvm=child"));
    }

    @Test
    void aHeapIsReadAsTheJvmReadsIt() {
        assertThat(Launch.heap(List.of("-Xmx1g"))).hasValue(1L << 30);
        assertThat(Launch.heap(List.of("-Xmx512M", "-Xss4m"))).hasValue(512L << 20);
        assertThat(Launch.heap(List.of("-Xmx2g", "-Xmx64k"))).hasValue(64L << 10);
        assertThat(Launch.heap(List.of("-Xmx1000"))).hasValue(1000);
        assertThat(Launch.heap(List.of("-Xms1g", "-Xmx", "-Xmxg", "-Xmx1q"))).isEmpty();
    }

    @Test
    void thePersonsOwnOptionsAreRespected() throws Exception {
        Path small = project(2, 0);
        assertThat(child(small, List.of("-XX:+UseZGC"))).isEmpty();
        assertThat(child(small, List.of("-Xint"))).isEmpty();
        assertThat(Launch.childOptions(new String[] {"build", "--root", small.toString()}, List.of(), true,
                Launch.CHILD)).as("JAVA_TOOL_OPTIONS would reach the child twice").isEmpty();
        assertThat(child(small, List.of("-Xmx512m", "-Xss4m"))).contains(List.of("-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx512m", "-Xss4m", "-Dapparatus.jvm=child"));
    }

    @Test
    void onlyBuildsAreRunInAChild() throws Exception {
        Path small = project(2, 0);
        for (String command : List.of("serve", "import", "corpus", "--help")) {
            assertThat(Launch.childOptions(new String[] {command, "--root", small.toString()}, List.of(), false,
                    Launch.CHILD)).as(command).isEmpty();
        }
        assertThat(Launch.childOptions(new String[0], List.of(), false, Launch.CHILD)).isEmpty();
    }

    @Test
    void theProjectFolderIsReadFromEitherFormOfTheOption() {
        assertThat(Launch.root(new String[] {"build"})).isEqualTo(Path.of("."));
        assertThat(Launch.root(new String[] {"build", "--out", "x", "--root", "a/b"})).isEqualTo(Path.of("a/b"));
        assertThat(Launch.root(new String[] {"build", "--root=c"})).isEqualTo(Path.of("c"));
        assertThat(Launch.root(new String[] {"build", "--root"})).isEqualTo(Path.of("."));
    }
}
