package org.apparatus.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apparatus.kernel.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serve reads the registries and settings again unless every one of their files surely has not changed (or is still
 * missing) since they were read, and tells again what reading them said.
 */
class RebuildSourcesTest {

    @TempDir
    Path dir;

    private final AtomicInteger reads = new AtomicInteger();

    /** A reading of the files that warns of each missing one and makes their texts, joined. */
    private Function<Diagnostics, String> reading(List<Path> files) {
        return problems -> {
            reads.incrementAndGet();
            StringBuilder text = new StringBuilder();
            for (Path file : files) {
                try {
                    text.append(Files.readString(file)).append('|');
                } catch (java.io.IOException e) {
                    problems.warning(file.getFileName().toString(), 0, 0, "missing");
                    text.append("-|");
                }
            }
            return text.toString();
        };
    }

    private static Path old(Path file) throws java.io.IOException {
        return Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    @Test
    void settledFilesAreReadOnceAndTheirProblemsToldEachTime() throws Exception {
        Path actors = old(Files.writeString(dir.resolve("actors.yml"), "a"));
        Path events = dir.resolve("events.yml"); // missing: a missing file stays missing until it is made
        List<Path> files = List.of(actors, events);
        Rebuild rebuild = new Rebuild();
        for (int i = 0; i < 3; i++) {
            Diagnostics diagnostics = new Diagnostics();
            assertThat(rebuild.sources("registries", files, reading(files), diagnostics)).isEqualTo("a|-|");
            assertThat(diagnostics.all()).singleElement().extracting(d -> d.file()).isEqualTo("events.yml");
        }
        assertThat(reads).hasValue(1);

        old(Files.writeString(events, "e"));
        Diagnostics diagnostics = new Diagnostics();
        assertThat(rebuild.sources("registries", files, reading(files), diagnostics)).isEqualTo("a|e|");
        assertThat(diagnostics.all()).isEmpty();
        assertThat(reads).hasValue(2);

        old(Files.writeString(actors, "a, longer"));
        assertThat(rebuild.sources("registries", files, reading(files), new Diagnostics())).isEqualTo("a, longer|e|");
        Files.delete(events);
        assertThat(rebuild.sources("registries", files, reading(files), new Diagnostics())).isEqualTo("a, longer|-|");
        assertThat(reads).hasValue(4);
    }

    @Test
    void filesModifiedJustBeforeTheyWereReadAreReadEachTime() throws Exception {
        Path works = Files.writeString(dir.resolve("works.yml"), "w");
        Rebuild rebuild = new Rebuild();
        for (int i = 0; i < 3; i++) {
            assertThat(rebuild.sources("works", List.of(works), reading(List.of(works)), new Diagnostics()))
                    .isEqualTo("w|");
        }
        assertThat(reads).hasValue(3);
    }

    @Test
    void eachKindIsRememberedApart() throws Exception {
        Path site = old(Files.writeString(dir.resolve("site.yml"), "s"));
        Path works = old(Files.writeString(dir.resolve("works.yml"), "w"));
        Rebuild rebuild = new Rebuild();
        assertThat(rebuild.sources("settings", List.of(site), reading(List.of(site)), new Diagnostics()))
                .isEqualTo("s|");
        assertThat(rebuild.sources("works", List.of(works), reading(List.of(works)), new Diagnostics()))
                .isEqualTo("w|");
        assertThat(rebuild.sources("settings", List.of(site), reading(List.of(site)), new Diagnostics()))
                .isEqualTo("s|");
        assertThat(reads).hasValue(2);
    }
}
