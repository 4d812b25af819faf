package org.apparatus;

import java.io.PrintWriter;

/**
 * The entry point {@code mvn site} runs inside Maven's own JVM (exec:java). It never calls {@code System.exit}: a
 * failed build ends in an exception whose one-line message Maven prints after the build's numbered diagnostics.
 */
public final class MavenBuild {

    private MavenBuild() {
    }

    /** How the one line of a build out of memory says to raise the heap of {@code mvn site}. */
    static final String RAISE = "MAVEN_OPTS=-Xmx%s mvn site";

    public static void main(String[] args) {
        // Maven's JVM has the options of a short build (.mvn/jvm.config); a long one gets a JVM fitted to it
        java.util.OptionalInt child = Launch.childOptions(args, Launch.jvm(), Launch.optionsInEnvironment(),
                Launch.MAVEN).map(options -> Launch.run(options, classPath(), args))
                .orElse(java.util.OptionalInt.empty());
        int code = child.isPresent() ? child.getAsInt() : Apparatus.run(args, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), RAISE);
        if (code == ExitCode.OUT_OF_MEMORY) {
            throw new SiteNotBuilt("the site was not built: Maven's JVM ran out of memory; set MAVEN_OPTS=-Xmx...");
        }
        if (code != 0) {
            throw new SiteNotBuilt("the site was not built; see the numbered list of problems above");
        }
    }

    /** The project's class path, as exec:java gave it to this class's loader; empty if it cannot be told. */
    static String classPath() {
        if (!(MavenBuild.class.getClassLoader() instanceof java.net.URLClassLoader loader)) {
            return "";
        }
        java.util.List<String> entries = new java.util.ArrayList<>();
        for (java.net.URL url : loader.getURLs()) {
            try {
                entries.add(java.nio.file.Path.of(url.toURI()).toString());
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                return "";
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** A failed build, said in one line: the problems were listed already, so no stack trace is worth printing. */
    static final class SiteNotBuilt extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SiteNotBuilt(String message) {
            super(message, null, false, false);
        }
    }
}
