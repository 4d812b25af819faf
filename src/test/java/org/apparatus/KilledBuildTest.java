package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at any moment leaves the output exactly the old site or exactly the new one, and the
 * next build tidies up after it. Each build runs as a separate JVM, the way {@code mvn site} runs it.
 */
@Tag("build")
class KilledBuildTest {

    @TempDir
    Path dir;

    /** An edition big enough that a build takes a while: many essays with notes, in two versions. */
    private static TestProject edition(TestProject project, String version) {
        for (int e = 1; e <= 12; e++) {
            StringBuilder body = new StringBuilder();
            for (int p = 1; p <= 30; p++) {
                body.append("Paragraph ").append(p).append(" of essay ").append(e).append(", version ").append(version)
                        .append(", cites a work.[^").append(p).append("]\n\n");
            }
            for (int p = 1; p <= 30; p++) {
                body.append("[^").append(p).append("]: Ann Author").append(p % 5).append(", \"Title ").append(p % 7)
                        .append(",\" *Journal*, Vol. ").append(p).append(", No. 2 (Fall, 2001), p. ").append(p)
                        .append(".\n\n");
            }
            project.essay("essay-" + e + ".md", Samples.essay("essay-" + e, body.toString()));
        }
        return project;
    }

    private static Process start(TestProject project) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Apparatus.class.getName(),
                "build", "--root", project.root().toString(), "--out", project.out().toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void theOutputIsAlwaysExactlyTheOldOrTheNewSite() throws Exception {
        Map<String, String> a = built(edition(new TestProject(dir.resolve("a")), "A"));
        Map<String, String> b = built(edition(new TestProject(dir.resolve("b")), "B"));
        assertThat(a).isNotEqualTo(b);

        TestProject project = new TestProject(dir.resolve("p"));
        edition(project, "A");
        assertThat(built(project)).isEqualTo(a);

        long[] delays = {200, 600, 1000, 1500, 2000, 2600};
        int killed = 0;
        for (int i = 0; i < delays.length; i++) {
            edition(project, i % 2 == 0 ? "B" : "A");
            Process build = start(project);
            boolean finished = build.waitFor(delays[i], TimeUnit.MILLISECONDS);
            if (!finished) {
                build.destroyForcibly().waitFor();
                killed++;
            }
            Map<String, String> seen = TestProject.snapshot(project.out());
            assertThat(seen).as("after killing a build at %d ms", delays[i]).isIn(a, b);
        }
        assertThat(killed).as("builds killed before they finished").isGreaterThan(2);

        Build.Result result = project.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(project.strayBuilds()).isEmpty();
    }

    private static Map<String, String> built(TestProject project) throws Exception {
        Process build = start(project);
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).isZero();
        return TestProject.snapshot(project.out());
    }
}
