package org.apparatus.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** What a build says while it runs: nothing when short; stages with counts on a terminal or in a log when long. */
class ProgressTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final StringWriter printed = new StringWriter();

    private Progress progress(boolean terminal) {
        return Progress.to(new PrintWriter(printed), terminal, now::get);
    }

    private void pass(double seconds) {
        now.addAndGet((long) (seconds * 1e9));
    }

    /** A build of stages and counts, {@code step} seconds per essay and page. */
    private void build(Progress progress, double step) {
        progress.stage("reading essays", 4);
        for (int i = 0; i < 4; i++) {
            pass(step);
            progress.advance(1);
        }
        progress.stage("cross-referencing", 0);
        pass(step);
        progress.stage("writing pages", 10);
        for (int i = 0; i < 10; i++) {
            pass(step);
            progress.advance(1);
        }
        progress.finish();
    }

    @Test
    void aShortBuildSaysNothingOnATerminalOrInALog() {
        build(progress(true), 0.1);
        build(progress(false), 0.1);
        assertThat(printed.toString()).isEmpty();
    }

    @Test
    void aLongBuildLogsEachStageWithItsCountAndAtMostOneLineEveryFewSecondsDuringIt() {
        build(progress(false), 1);
        assertThat(printed.toString()).doesNotContain("\r").isEqualTo("""
                apparatus: reading essays: 4 of 4 (4.0 s)
                apparatus: cross-referencing: done (5.0 s)
                apparatus: writing pages: 5 of 10 (10.0 s)
                apparatus: writing pages: 10 of 10 (15.0 s)
                """);
    }

    @Test
    void theStagesFinishedBeforeALogSpeaksAreLoggedOnceItDoes() {
        Progress progress = progress(false);
        progress.stage("reading essays", 2);
        progress.advance(2);
        pass(1);
        progress.stage("cross-referencing", 0);
        pass(2.5);
        progress.stage("writing pages", 3);
        assertThat(printed.toString()).isEqualTo("""
                apparatus: reading essays: 2 of 2 (1.0 s)
                apparatus: cross-referencing: done (3.5 s)
                """);
        progress.advance(3);
        progress.finish();
        assertThat(printed.toString()).endsWith("apparatus: writing pages: 3 of 3 (3.5 s)\n");
    }

    @Test
    void aTerminalShowsOneLineRedrawnInPlaceAndClearedAtTheEnd() {
        build(progress(true), 1);
        String out = printed.toString();
        assertThat(out).doesNotContain("\n").startsWith("\rapparatus: reading essays: 3 of 4")
                .contains("\rapparatus: cross-referencing").contains("\rapparatus: writing pages: 10 of 10");
        String last = out.substring(out.lastIndexOf("\rapparatus: writing pages: 10 of 10") + 1);
        assertThat(out).endsWith("\r" + " ".repeat(last.indexOf('\r')) + "\r");
        // a shorter line than the one before blanks the rest of it
        assertThat(out).contains("\rapparatus: cross-referencing" + " ".repeat(
                "apparatus: reading essays: 4 of 4".length() - "apparatus: cross-referencing".length()));
    }

    @Test
    void aTerminalIsRedrawnAtMostEveryFifthOfASecond() {
        Progress progress = progress(true);
        pass(4);
        progress.stage("writing pages", 1000);
        for (int i = 0; i < 1000; i++) {
            now.addAndGet(1_000_000L); // a page a millisecond: a second in all
            progress.advance(1);
        }
        long redraws = printed.toString().chars().filter(c -> c == '\r').count();
        assertThat(redraws).isBetween(5L, 7L);
        progress.finish();
    }

    @Test
    void nothingSaysNothing() {
        Progress none = Progress.none();
        none.stage("writing pages", 10);
        none.advance(10);
        none.finish();
        assertThat(printed.toString()).isEmpty();
    }
}
