package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** A thread of the build that dies says so in one line, or not at all when the heap ran out (the build says that). */
class QuietThreadsTest {

    private static String dying(Throwable death) throws Exception {
        StringWriter err = new StringWriter();
        Thread.UncaughtExceptionHandler jvm = Thread.getDefaultUncaughtExceptionHandler();
        int code = Apparatus.withQuietThreads(new PrintWriter(err, true), () -> {
            Thread worker = new Thread(() -> {
                if (death instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) death;
            }, "worker-1");
            worker.start();
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 7;
        });
        assertThat(code).isEqualTo(7);
        assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(jvm);
        return err.toString();
    }

    @Test
    void aThreadThatRanOutOfMemorySaysNothing() throws Exception {
        assertThat(dying(new OutOfMemoryError("Java heap space"))).isEmpty();
        assertThat(dying(new NoClassDefFoundError("Could not initialize class java.util.concurrent.ForkJoinTask$Aux")))
                .isEmpty();
    }

    @Test
    void anyOtherDeathIsOneLineWithoutAStackTrace() throws Exception {
        String said = dying(new IllegalStateException("broken"));
        assertThat(said.strip().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("apparatus: internal error in thread worker-1: java.lang.IllegalStateException: broken"));
        assertThat(said).doesNotContain("\tat ");
        assertThat(dying(new NoClassDefFoundError("org/example/Missing"))).contains("internal error");
    }
}
