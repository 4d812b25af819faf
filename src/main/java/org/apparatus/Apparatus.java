package org.apparatus;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apparatus.ingest.ImportedEssay;
import org.apparatus.ingest.Seed;
import org.apparatus.ingest.SeedImporter;
import org.apparatus.ingest.SeedReader;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.Progress;
import org.apparatus.kernel.Project;
import org.apparatus.preserve.Snapshot;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code apparatus build [--root DIR] [--out DIR] [--snapshot DIR --snapshot-date DATE]},
 * {@code apparatus import FILE} and {@code apparatus corpus --essays N --seed S --out DIR}.
 */
@Command(name = "apparatus", mixinStandardHelpOptions = true, version = "Apparatus 0.1.0",
        description = "Builds a static scholarly site from raw essays, their notes and their sources.",
        subcommands = {Apparatus.BuildCommand.class, Apparatus.ImportCommand.class, CorpusCommand.class,
                ServeCommand.class})
public final class Apparatus implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Launch.watchParent();
        java.util.OptionalInt child = Launch.childOptions(args, Launch.jvm(), Launch.optionsInEnvironment(),
                Launch.CHILD).map(options -> Launch.run(options, System.getProperty("java.class.path", ""), args))
                .orElse(java.util.OptionalInt.empty());
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        String raise = Launch.MAVEN.equals(System.getProperty(Launch.PROPERTY)) ? MavenBuild.RAISE : JAR_RAISE;
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), raise));
    }

    /** How the one line of a build out of memory says to raise the heap of {@code java -jar}. */
    static final String JAR_RAISE = "java -Xmx%s -jar apparatus.jar ...";

    /** Runs the command line without exiting the JVM; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, JAR_RAISE);
    }

    /**
     * Runs the command line; running out of memory is said in one line that names the heap to ask for, by
     * {@code raise} with {@code %s} for the size (for example {@code "MAVEN_OPTS=-Xmx%s mvn site"}).
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, String raise) {
        CommandLine cli = new CommandLine(new Apparatus());
        cli.setOut(out);
        cli.setErr(err);
        // made before the build, and room kept to say it: other threads may still hold the heap when it runs out
        String outOfMemory = outOfMemoryLine(raise);
        byte[] reserve = new byte[1 << 20];
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (outOfMemory(e)) {
                line.getErr().println(outOfMemory);
                return ExitCode.OUT_OF_MEMORY;
            }
            line.getErr().println("apparatus: internal error: " + e + " (please report it with the input that caused it)");
            return 70;
        });
        try {
            int code = withQuietThreads(err, () -> cli.execute(args));
            java.lang.ref.Reference.reachabilityFence(reserve);
            return code;
        } catch (OutOfMemoryError e) {
            reserve = null;
            err.println(outOfMemory);
            err.flush();
            return ExitCode.OUT_OF_MEMORY;
        }
    }

    /**
     * Runs the command with its threads' deaths said as a person can act on them. A worker of the common pool can die
     * of the heap running out outside any task (the JVM then prints its stack trace): that is said once, in the one
     * line of the thread that runs the command, so such a death says nothing here. Any other death is one line.
     * The JVM's own handler is back when the command returns.
     */
    static int withQuietThreads(PrintWriter err, java.util.function.IntSupplier command) {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (!ofMemory(e)) {
                err.println("apparatus: internal error in thread " + thread.getName() + ": " + e
                        + " (please report it with the input that caused it)");
                err.flush();
            }
        });
        try {
            return command.getAsInt();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    /**
     * True for the heap running out, and for what follows from it: a class whose initialiser ran out of memory cannot
     * be initialised afterwards ({@code NoClassDefFoundError: Could not initialize class ...}).
     */
    static boolean ofMemory(Throwable e) {
        if (outOfMemory(e) || e instanceof VirtualMachineError) {
            return true;
        }
        return e instanceof NoClassDefFoundError && String.valueOf(e.getMessage()).startsWith("Could not initialize");
    }

    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The one line for a build that ran out of memory, suggesting twice this JVM's heap. */
    static String outOfMemoryLine(String raise) {
        long mb = Math.max(1, Runtime.getRuntime().maxMemory() >> 20);
        long twice = 2 * mb;
        String size = twice >= 1024 ? ((twice + 1023) / 1024) + "g" : twice + "m";
        return "apparatus: out of memory with a heap of " + mb + " MB; nothing was published (the previous site is"
                + " as it was); raise the heap, e.g. " + String.format(raise, size);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Builds the site of a project folder (seeds/, content/, optional templates/).")
    static final class BuildCommand implements Callable<Integer> {
        @CommandLine.Mixin
        ProjectOptions folders;

        @Option(names = "--snapshot", paramLabel = "DIR", description = "Also make a snapshot for archives (a BagIt"
                + " bag and a WACZ) in DIR, e.g. snapshots/.")
        Path snapshot;

        @Option(names = "--snapshot-date", paramLabel = "DATE", description = "The snapshot's date, as"
                + " 2026-01-01T00:00:00Z or 2026-01-01 (required with --snapshot; never the clock).")
        String snapshotDate;

        @Option(names = "--base-url", paramLabel = "URL", description = "The address the snapshot records the site"
                + " at, when content/site.yml has no url.", defaultValue = "")
        String baseUrl;

        @Option(names = "--organization", paramLabel = "NAME", description = "The snapshot bag's Source-Organization"
                + " (default: the edition's title).", defaultValue = "")
        String organization;

        @Override
        public Integer call() {
            Project project = folders.project();
            PrintWriter err = folders.err();
            Optional<Snapshot.Request> request = Optional.empty();
            if (snapshot != null) {
                Optional<Instant> date = snapshotDate == null ? Optional.empty() : parseDate(snapshotDate);
                if (date.isEmpty()) {
                    err.println("apparatus: --snapshot needs --snapshot-date, such as 2026-01-01T00:00:00Z or"
                            + " 2026-01-01 (a snapshot's date comes from configuration, never from the clock)");
                    return 2;
                }
                request = Optional.of(new Snapshot.Request(snapshot.toAbsolutePath().normalize(), date.get(),
                        baseUrl.strip(), organization.strip()));
            }
            long started = System.nanoTime();
            Build.Result result = new Build(project, request)
                    .reporting(Progress.to(err, Progress.onTerminal(), System::nanoTime)).run();
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (!result.diagnostics().all().isEmpty()) {
                err.print(result.diagnostics().report());
                err.flush();
            }
            if (!result.published()) {
                err.println("apparatus: build failed; " + project.display(project.output())
                        + " was left as it was");
                return ExitCode.FAILED;
            }
            if (result.diagnostics().hasErrors()) {
                err.println("apparatus: the site was published into " + project.output() + ", but the snapshot"
                        + " failed");
                return ExitCode.FAILED;
            }
            folders.out().println("apparatus: built " + result.pages() + " pages into "
                    + project.output() + request.map(r -> " and a snapshot into " + r.folder().resolve(r.name())
                    + " and " + r.name() + ".wacz").orElse("") + " in " + millis + " ms");
            return 0;
        }

        /** An ISO instant or date (the pom's project.build.outputTimestamp), or empty. */
        static Optional<Instant> parseDate(String text) {
            try {
                return Optional.of(Instant.parse(text.strip()));
            } catch (DateTimeParseException e) {
                try {
                    return Optional.of(LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant());
                } catch (DateTimeParseException again) {
                    return Optional.empty();
                }
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Prints the clean Markdown of a raw text, as the build would import it.")
    static final class ImportCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A raw text, as in seeds/.")
        Path file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Diagnostics diagnostics = new Diagnostics();
            Optional<Seed> seed = SeedReader.read(file, file.toString(), diagnostics);
            seed.map(SeedImporter::importSeed).map(ImportedEssay::markdown)
                    .ifPresent(markdown -> spec.commandLine().getOut().print(markdown));
            seed.map(SeedImporter::importSeed).ifPresent(i -> diagnostics.addAll(i.diagnostics()));
            spec.commandLine().getOut().flush();
            if (!diagnostics.all().isEmpty()) {
                spec.commandLine().getErr().print(diagnostics.report());
            }
            return diagnostics.hasErrors() ? ExitCode.FAILED : 0;
        }
    }
}
