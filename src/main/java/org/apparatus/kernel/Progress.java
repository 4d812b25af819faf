package org.apparatus.kernel;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * What a long build says while it runs: its stages in order, with counts where a stage has them ("writing pages:
 * 12000 of 42595"). A build shorter than {@link #QUIET} says nothing at all, so a small build's output is what it was;
 * past it, a terminal shows one line that is redrawn in place ({@code \r}) and cleared at the end, and a log (CI, a
 * file, Maven's output) gets plain lines: one per finished stage with its count and the time so far, and during a
 * stage at most one every {@link #EVERY}. What it prints never reaches the site.
 *
 * <p>A stage is started with {@link #stage}, counted with {@link #advance} (from any thread), and the last one ends
 * with {@link #finish}. The clock is given, so tests drive it.
 */
public final class Progress {

    /** How long a build runs before it says anything. */
    public static final Duration QUIET = Duration.ofSeconds(3);
    /** In a log, the least time between two lines of one stage. */
    public static final Duration EVERY = Duration.ofSeconds(5);
    /** On a terminal, the least time between two redraws of the line. */
    static final Duration REDRAW = Duration.ofMillis(200);

    private static final Progress NONE = new Progress(null, false, () -> 0L);

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier nanos;
    private final long start;
    private final AtomicInteger done = new AtomicInteger();
    /** The finished stages' lines not printed yet: a log gets them once the build has run past {@link #QUIET}. */
    private final List<String> held = new ArrayList<>();
    private String name = "";
    private int total;
    private long nextLine;
    private volatile long nextCheck;
    private boolean speaking;
    private int drawn;
    /** The last line a log got: a stage's end says no more than its last count did. */
    private String logged = "";

    private Progress(PrintWriter out, boolean terminal, LongSupplier nanos) {
        this.out = out;
        this.terminal = terminal;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.nextCheck = start + QUIET.toNanos();
    }

    /** Progress that says nothing: for tests and for callers that print their own. */
    public static Progress none() {
        return NONE;
    }

    /**
     * Progress written to {@code out}, as one line redrawn in place when {@code terminal}, else as plain lines.
     *
     * @param nanos the clock, as {@link System#nanoTime}
     */
    public static Progress to(PrintWriter out, boolean terminal, LongSupplier nanos) {
        return new Progress(Objects.requireNonNull(out), terminal, Objects.requireNonNull(nanos));
    }

    /**
     * True when this process writes to a person's terminal rather than to a log: it has a console (its input and
     * output are a terminal; Java cannot ask of its error stream alone), the terminal is not a dumb one, and no CI
     * service says it runs the build.
     */
    public static boolean onTerminal() {
        String term = System.getenv("TERM");
        return System.console() != null && !"dumb".equals(term) && System.getenv("CI") == null;
    }

    /** Starts a stage, ending the one before; {@code total} is how many it counts, or 0 for a stage it does not. */
    public void stage(String stage, int total) {
        if (out == null) {
            return;
        }
        synchronized (this) {
            long now = nanos.getAsLong();
            endStage(now);
            name = stage;
            this.total = total;
            done.set(0);
            nextLine = now + EVERY.toNanos();
            if (speak(now) && terminal) {
                draw(now);
            }
        }
    }

    /** Counts {@code n} more of the stage's {@code total}; from any thread. */
    public void advance(int n) {
        if (out == null) {
            return;
        }
        done.addAndGet(n);
        if (nanos.getAsLong() < nextCheck) {
            return; // the common case, without a lock
        }
        synchronized (this) {
            long now = nanos.getAsLong();
            if (!speak(now)) {
                return;
            }
            if (terminal) {
                draw(now);
            } else if (now >= nextLine) {
                line(now, false);
            }
        }
    }

    /** Ends the last stage: a log gets its line, a terminal's line is cleared. */
    public void finish() {
        if (out == null) {
            return;
        }
        synchronized (this) {
            long now = nanos.getAsLong();
            endStage(now);
            name = "";
            if (terminal && drawn > 0) {
                out.print("\r" + " ".repeat(drawn) + "\r");
                drawn = 0;
            }
            out.flush();
        }
    }

    /** True once the build has run past {@link #QUIET}; the first time, a log gets the stages finished before. */
    private boolean speak(long now) {
        if (!speaking && now - start >= QUIET.toNanos()) {
            speaking = true;
            if (!terminal) {
                held.forEach(out::println);
                out.flush();
            }
            held.clear();
        }
        nextCheck = speaking ? now + (terminal ? REDRAW : EVERY).toNanos() : start + QUIET.toNanos();
        if (!speaking) {
            return false;
        }
        if (!terminal) {
            nextCheck = Math.min(nextCheck, nextLine);
        }
        return true;
    }

    private void endStage(long now) {
        if (name.isEmpty()) {
            return;
        }
        String line = text(now, true);
        if (terminal) {
            speak(now);
            return;
        }
        if (speak(now)) {
            if (!line.equals(logged)) {
                out.println(line);
                out.flush();
            }
        } else {
            held.add(line);
        }
    }

    private void line(long now, boolean end) {
        logged = text(now, end);
        out.println(logged);
        out.flush();
        nextLine = now + EVERY.toNanos();
    }

    private void draw(long now) {
        String text = text(now, false);
        out.print("\r" + text + " ".repeat(Math.max(0, drawn - text.length())));
        out.flush();
        drawn = text.length();
    }

    /** The stage's line: its name, its count of its total, and for a log the seconds since the build started. */
    private String text(long now, boolean end) {
        StringBuilder text = new StringBuilder("apparatus: ").append(name);
        if (total > 0) {
            text.append(": ").append(Math.min(done.get(), total)).append(" of ").append(total);
        }
        if (end && total == 0) {
            text.append(": done");
        }
        if (!terminal) {
            text.append(String.format(Locale.ROOT, " (%.1f s)", (now - start) / 1e9));
        }
        return text.toString();
    }
}
