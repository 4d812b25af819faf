package org.apparatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.apparatus.kernel.Project;

/**
 * The JVM a build runs in, fitted to the edition's size. A JVM's just-in-time compilers are chosen when it starts: a
 * build of a few essays is over before the optimising compiler (C2) pays for itself, and on two cores C2's work takes
 * a core from the build (the 100-essay corpus builds in 9.3 s with the quick compiler, C1, alone, against 15.3 s with
 * the JVM's defaults; 300 essays in 22 to 25 s against 25 to 28 s with C2), while a build of 1,000 essays runs long
 * enough for C2 to win (66 s against 87 to 90 s with C1 alone), and the parallel collector beats the default G1 there
 * (66 against 76 s); the two cross near 500 essays. So {@code apparatus build} counts the
 * essays and, unless its JVM already has the options the size calls for, runs the build in a child JVM that has them,
 * with the same heap settings, and exits as the child does ({@code bench/RESULTS.md} has the measurements).
 *
 * <p>Options the person gave are respected: a JVM started with {@code -XX:} options of its own, with
 * {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS}, or with {@code -Dapparatus.jvm=as-is}, runs the build itself.
 * A child that outlives its parent (a parent killed with {@code kill -9}) stops at once, as a killed build does: the
 * output is the old site or the new one, never a mix.
 */
final class Launch {

    /** From this many essays on, a build runs long enough for the optimising compiler to pay. */
    static final int LARGE = 500;
    /** The system property a child JVM is started with, or that a person sets to {@code as-is} to opt out. */
    static final String PROPERTY = "apparatus.jvm";
    /** The property's value in a child of {@code java -jar}, and in a child of {@code mvn site}'s JVM. */
    static final String CHILD = "child";
    static final String MAVEN = "maven";
    /** The options for a build shorter than the optimising compiler's pay-back, and for a long one. */
    static final List<String> SHORT = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    static final List<String> LONG = List.of("-XX:+UseParallelGC");
    /**
     * A heap below this many times the essays' Markdown is tight for the parallel collector as it sizes itself: a
     * build keeps about 5 times its Markdown live at its peak ({@code bench/RESULTS.md}), and that collector's old
     * generation is two thirds of the heap, with room to spare.
     */
    static final int TIGHT = 14;
    /**
     * In a tight heap, the new objects get this share of it ({@code -Xmn}) and the old generation the rest: the
     * collector's own third left the old generation too small for what a large build keeps live (at 5,000 essays with
     * {@code -Xmx1g}, a full collection every half second, and no end). A build's new objects are a page's or an
     * essay's, short-lived: a tenth holds them. G1, which fills any heap, needs more room beside it: at 5,000 essays,
     * it collected in full every 3 s in {@code -Xmx720m}, and took 1,009 MiB of RSS in {@code -Xmx800m}, where the
     * parallel collector with a tenth for new objects builds in 991 MiB.
     */
    static final int NEW_SHARE = 10;

    private Launch() {
    }

    /** This JVM's own options, as it was started. */
    static List<String> jvm() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** Whether options reach JVMs through the environment, where a child would get them twice. */
    static boolean optionsInEnvironment() {
        return System.getenv("JAVA_TOOL_OPTIONS") != null || System.getenv("JDK_JAVA_OPTIONS") != null;
    }

    /** The JVM options a build of this many essays runs best with, in the JVM's default heap. */
    static List<String> options(int essays) {
        return essays < LARGE ? SHORT : LONG;
    }

    /**
     * The JVM options a build of this many essays, of {@code markdown} bytes in all, runs best with in the heap the
     * person gave ({@code -Xmx}), if any.
     */
    static List<String> options(int essays, long markdown, java.util.OptionalLong heap) {
        if (essays >= LARGE && heap.isPresent() && heap.getAsLong() < TIGHT * markdown) {
            return List.of("-XX:+UseParallelGC", "-Xmn" + Math.max(1L << 20, heap.getAsLong() / NEW_SHARE));
        }
        return options(essays);
    }

    /**
     * The heap these JVM options set ({@code -Xmx1g}, {@code -Xmx512m}, ...; the last one, as the JVM reads them), in
     * bytes, if they set one.
     */
    static java.util.OptionalLong heap(List<String> jvm) {
        java.util.OptionalLong heap = java.util.OptionalLong.empty();
        for (String option : jvm) {
            if (!option.startsWith("-Xmx") || option.length() < 5) {
                continue;
            }
            String size = option.substring(4).toLowerCase(java.util.Locale.ROOT);
            long unit = switch (size.charAt(size.length() - 1)) {
                case 'k' -> 1L << 10;
                case 'm' -> 1L << 20;
                case 'g' -> 1L << 30;
                case 't' -> 1L << 40;
                default -> 1;
            };
            String digits = unit == 1 ? size : size.substring(0, size.length() - 1);
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() < 13) {
                heap = java.util.OptionalLong.of(Long.parseLong(digits) * unit); // the last one holds, as in the JVM
            }
        }
        return heap;
    }

    /**
     * The options of a child JVM for this command, or empty when this JVM should run it itself: it is not a build,
     * this JVM is a child already or was asked to run as it is, the person tuned it, or it has the options already.
     *
     * @param args the command line
     * @param jvm this JVM's own options (its input arguments)
     * @param environment whether {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS} is set
     * @param child what the child is told it is: {@link #CHILD}, or {@link #MAVEN} for one {@code mvn site} started
     */
    static Optional<List<String>> childOptions(String[] args, List<String> jvm, boolean environment, String child) {
        if (args.length == 0 || !args[0].equals("build") || System.getProperty(PROPERTY) != null || environment) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>(SHORT);
        all.addAll(LONG);
        List<String> tuning = jvm.stream().filter(o -> o.startsWith("-XX:") || o.equals("-Xint")
                || o.equals("-Xcomp")).toList();
        if (!all.containsAll(tuning)) {
            return Optional.empty(); // options of the person's own
        }
        Path root = root(args);
        // a size of the new objects' generation the person gave (-Xmn) is theirs to keep
        boolean ownNew = jvm.stream().anyMatch(o -> o.startsWith("-Xmn"));
        List<String> wanted = options(essays(root), markdown(root), heap(jvm)).stream()
                .filter(o -> !(ownNew && o.startsWith("-Xmn"))).toList();
        if (tuning.containsAll(wanted) && wanted.containsAll(tuning)) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(wanted);
        // the heap and stack sizes the person asked for (java -Xmx2g, MAVEN_OPTS=-Xmx2g) hold for the child too
        jvm.stream().filter(o -> o.startsWith("-Xmx") || o.startsWith("-Xms") || o.startsWith("-Xss")
                || o.startsWith("-Xmn")).forEach(options::add);
        options.add("-D" + PROPERTY + "=" + child);
        return Optional.of(options);
    }

    /**
     * Runs the command in a child JVM with these options and this class path, its input and output this JVM's;
     * returns its exit code, or empty if it could not be started (then this JVM runs the build itself).
     */
    static OptionalInt run(List<String> options, String classPath, String[] args) {
        Optional<String> java = ProcessHandle.current().info().command();
        if (java.isEmpty() || classPath.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(options);
        command.add("-cp");
        command.add(classPath);
        command.add(Apparatus.class.getName());
        command.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Thread stop = new Thread(child::destroy); // a parent stopped (Ctrl-C, kill) stops its build too
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return OptionalInt.of(code);
            } catch (InterruptedException e) {
                child.destroy();
            } catch (IllegalStateException e) { // shutting down already: the hook stops the child
                return OptionalInt.of(ExitCode.FAILED);
            }
        }
    }

    /** In a child JVM: stops it as soon as its parent is gone, as if the build itself had been killed. */
    static void watchParent() {
        String property = System.getProperty(PROPERTY, "");
        if (!property.equals(CHILD) && !property.equals(MAVEN)) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            return;
        }
        Thread watch = new Thread(() -> {
            while (parent.get().isAlive()) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(ExitCode.FAILED);
        }, "apparatus-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The project folder a build's command line names ({@code --root DIR}, {@code --root=DIR}; default: here). */
    static Path root(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--root") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--root=")) {
                return Path.of(args[i].substring("--root=".length()));
            }
        }
        return Path.of(".");
    }

    /** How many essays a project has, at most: its seeds and its curated essays (a curated seed counts twice). */
    static int essays(Path root) {
        return essayFiles(root).size();
    }

    /** The bytes of the files {@link #essays} counts. */
    static long markdown(Path root) {
        return essayFiles(root).stream().mapToLong(file -> {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0; // the build itself says what is wrong with the file
            }
        }).sum();
    }

    /** The project's seeds and curated essays, as the build will read them. */
    private static List<Path> essayFiles(Path root) {
        Project project = Project.at(root);
        List<Path> files = new ArrayList<>(list(project.seeds(), ""));
        files.addAll(list(project.essays(), ".md"));
        return files;
    }

    private static List<Path> list(Path folder, String ending) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ending)
                    && !f.getFileName().toString().startsWith(".")).toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // the build itself says what is wrong with the folder
        }
    }
}
