package org.apparatus;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apparatus.ingest.ImportedEssay;
import org.apparatus.ingest.Seed;
import org.apparatus.ingest.SeedImporter;
import org.apparatus.ingest.SeedReader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code apparatus build [--root DIR] [--out DIR]}, {@code apparatus import FILE} and
 * {@code apparatus corpus --essays N --seed S --out DIR}.
 */
@Command(name = "apparatus", mixinStandardHelpOptions = true, version = "Apparatus 0.1.0",
        description = "Builds a static scholarly site from raw essays, their notes and their sources.",
        subcommands = {Apparatus.BuildCommand.class, Apparatus.ImportCommand.class, CorpusCommand.class,
                ServeCommand.class})
public final class Apparatus implements Callable<Integer> {

    /** Exit code of a build or import that found errors. */
    public static final int FAILED = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line without exiting the JVM; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Apparatus());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("apparatus: internal error: " + e + " (please report it with the input that caused it)");
            return 70;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Builds the site of a project folder (seeds/, content/, optional templates/).")
    static final class BuildCommand implements Callable<Integer> {
        @Option(names = "--root", description = "The project folder (default: the current folder).", defaultValue = ".")
        Path root;

        @Option(names = "--out", description = "The output folder (default: ROOT/site).")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Project project = out == null ? Project.at(root) : new Project(root, out);
            Build.Result result = new Build(project).run();
            PrintWriter err = spec.commandLine().getErr();
            if (!result.diagnostics().all().isEmpty()) {
                err.print(result.diagnostics().report());
                err.flush();
            }
            if (!result.published()) {
                err.println("apparatus: build failed; " + project.display(project.output())
                        + " was left as it was");
                return FAILED;
            }
            spec.commandLine().getOut().println("apparatus: built " + result.pages() + " pages into "
                    + project.output());
            return 0;
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
            return diagnostics.hasErrors() ? FAILED : 0;
        }
    }
}
