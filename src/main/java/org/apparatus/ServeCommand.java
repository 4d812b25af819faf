package org.apparatus;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apparatus.kernel.Progress;
import org.apparatus.kernel.Project;
import org.apparatus.serve.SiteServer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code apparatus serve}: builds the site, serves it on localhost and rebuilds it whenever a source changes. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on http://127.0.0.1:PORT/ and rebuilds it when seeds/, content/"
                + " or templates/ change.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ProjectOptions folders;

    @Option(names = "--port", description = "The port (default: 8000; 0 for any free one).", defaultValue = "8000")
    int port;

    @Override
    public Integer call() {
        Project project = folders.project();
        PrintWriter stdout = folders.out();
        PrintWriter err = folders.err();
        try (Serve serve = new Serve(project)) {
            serve.reporting(() -> Progress.to(err, Progress.onTerminal(), System::nanoTime));
            report(serve.build(), 0, serve, project, stdout, err);
            serve.warmUp();
            try (SiteServer server = new SiteServer(project.output(), port)) {
                serve.onPages(server::published); // the open pages a rebuild rewrote reload
                stdout.println("apparatus: serving " + project.output() + " at http://127.0.0.1:" + server.port()
                        + "/ (Ctrl-C stops)");
                stdout.flush();
                serve.watch((result, millis) -> report(result, millis, serve, project, stdout, err));
            }
            return 0;
        } catch (IOException e) {
            err.println("apparatus: cannot serve: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    private static void report(Build.Result result, long millis, Serve serve, Project project, PrintWriter out,
                               PrintWriter err) {
        if (!result.diagnostics().all().isEmpty()) {
            err.print(result.diagnostics().report());
            err.flush();
        }
        if (result.published()) {
            java.util.OptionalLong pages = serve.pagesMillis();
            out.println("apparatus: built " + result.pages() + " pages" + (serve.incremental() ? " (" + serve.written()
                    + " files rewritten or deleted; " + serve.reused() + " parts unchanged, not made again)" : "")
                    + (millis > 0 ? " in " + millis + " ms" : "")
                    + (millis > 0 && pages.isPresent() ? " (the pages in " + pages.getAsLong() + " ms, then the data"
                    + " files)" : ""));
        } else {
            err.println("apparatus: build failed; " + project.display(project.output()) + " was left as it was");
        }
        out.flush();
    }
}
