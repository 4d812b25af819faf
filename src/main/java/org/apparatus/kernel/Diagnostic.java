package org.apparatus.kernel;

import java.util.Comparator;
import java.util.Objects;

/**
 * One message a maintainer can act on: where ({@code file:line:col}), how bad, and what is wrong and expected.
 *
 * @param severity error (fails the build) or warning (reported only)
 * @param file project-relative path of the file the message is about, with forward slashes
 * @param line 1-based line, or 0 when the message is about the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong and what was expected
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message) {

    /** How bad a diagnostic is. */
    public enum Severity { ERROR, WARNING }

    /** The order in which diagnostics are listed: by file, line, column, then text. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
        }
    }

    /** {@code file:line:col: error: message}, leaving out the line and column when unknown. */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + (severity == Severity.ERROR ? "error" : "warning") + ": " + message;
    }
}
