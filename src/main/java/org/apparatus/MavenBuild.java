package org.apparatus;

import java.io.PrintWriter;

/**
 * The entry point {@code mvn site} runs inside Maven's own JVM (exec:java). It never calls {@code System.exit}: a
 * failed build ends in an exception whose one-line message Maven prints after the build's numbered diagnostics.
 */
public final class MavenBuild {

    private MavenBuild() {
    }

    public static void main(String[] args) {
        int code = Apparatus.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                "MAVEN_OPTS=-Xmx%s mvn site");
        if (code == ExitCode.OUT_OF_MEMORY) {
            throw new SiteNotBuilt("the site was not built: Maven's JVM ran out of memory; set MAVEN_OPTS=-Xmx...");
        }
        if (code != 0) {
            throw new SiteNotBuilt("the site was not built; see the numbered list of problems above");
        }
    }

    /** A failed build, said in one line: the problems were listed already, so no stack trace is worth printing. */
    static final class SiteNotBuilt extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SiteNotBuilt(String message) {
            super(message, null, false, false);
        }
    }
}
