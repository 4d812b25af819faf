package org.apparatus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apparatus.corpus.CorpusGenerator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code apparatus corpus}: writes a synthetic project of N essays for benchmarks. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Writes a synthetic project (content/essays, actors.yml, events.yml) for benchmarks.")
final class CorpusCommand implements Callable<Integer> {

    @Option(names = "--essays", required = true, description = "How many essays (1 to 100000).")
    int essays;

    @Option(names = "--seed", defaultValue = "1", description = "The seed of every random choice (default: 1).")
    long seed;

    @Option(names = "--out", required = true, description = "A new or empty folder for the project.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (essays < 1 || essays > 100_000) {
            spec.commandLine().getErr().println("apparatus: --essays must be between 1 and 100000, not " + essays);
            return 2;
        }
        try {
            CorpusGenerator.Summary s = new CorpusGenerator(essays, seed).write(out);
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "apparatus: wrote %d essays (%.1f MB of Markdown), %d actors, %d events into %s",
                    s.essays(), s.bytes() / 1e6, s.actors(), s.events(), out));
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("apparatus: cannot write the corpus: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
