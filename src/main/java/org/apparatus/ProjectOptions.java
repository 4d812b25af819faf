package org.apparatus;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.apparatus.kernel.Project;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that name a project folder and its output, shared by {@code build} and {@code serve}, and where the
 * command that has them writes.
 */
final class ProjectOptions {

    @Option(names = "--root", description = "The project folder (default: the current folder).", defaultValue = ".")
    Path root;

    @Option(names = "--out", description = "The output folder (default: ROOT/site).")
    Path out;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The project these options name. */
    Project project() {
        return out == null ? Project.at(root) : new Project(root, out);
    }

    /** Where the command writes what it did. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Where the command writes what went wrong. */
    PrintWriter err() {
        return command.commandLine().getErr();
    }
}
