package org.apparatus.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apparatus.kernel.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serve reads a source file again unless it surely has not changed since it was read. */
class RebuildTextTest {

    @TempDir
    Path dir;

    private final AtomicInteger reads = new AtomicInteger();

    private Function<Diagnostics, Optional<String>> reading(Path file) {
        return problems -> {
            reads.incrementAndGet();
            try {
                return Optional.of(Files.readString(file));
            } catch (java.io.IOException e) {
                problems.error(file.toString(), 0, 0, "cannot read");
                return Optional.empty();
            }
        };
    }

    @Test
    void aSettledFileIsReadOnceUntilItChanges() throws Exception {
        Path file = Files.writeString(dir.resolve("essay.md"), "first");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        Rebuild rebuild = new Rebuild();
        Diagnostics diagnostics = new Diagnostics();
        assertThat(rebuild.text(file, reading(file), diagnostics)).hasValue("first");
        assertThat(rebuild.text(file, reading(file), diagnostics)).hasValue("first");
        assertThat(reads).hasValue(1);

        Files.writeString(file, "second, longer");
        assertThat(rebuild.text(file, reading(file), diagnostics)).hasValue("second, longer");
        assertThat(reads).hasValue(2);
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void aFileModifiedJustBeforeItWasReadIsReadEachTime() throws Exception {
        Path file = Files.writeString(dir.resolve("essay.md"), "fresh");
        Rebuild rebuild = new Rebuild();
        Diagnostics diagnostics = new Diagnostics();
        for (int i = 0; i < 3; i++) {
            assertThat(rebuild.text(file, reading(file), diagnostics)).hasValue("fresh");
        }
        assertThat(reads).hasValue(3);
    }

    @Test
    void aReadWithAProblemIsNotRemembered() throws Exception {
        Path file = Files.writeString(dir.resolve("essay.md"), "text");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        Rebuild rebuild = new Rebuild();
        Function<Diagnostics, Optional<String>> warned = problems -> {
            reads.incrementAndGet();
            problems.warning(file.toString(), 1, 1, "odd");
            return Optional.of("text");
        };
        Diagnostics diagnostics = new Diagnostics();
        rebuild.text(file, warned, diagnostics);
        rebuild.text(file, warned, diagnostics);
        assertThat(reads).hasValue(2);
        assertThat(diagnostics.all()).isNotEmpty();
    }
}
