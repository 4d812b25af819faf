package org.apparatus.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects diagnostics over a whole build, so a maintainer sees every problem at once and the build fails once,
 * at the end. Thread-safe.
 */
public final class Diagnostics {

    private final List<Diagnostic> collected = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        collected.add(diagnostic);
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            add(d);
        }
    }

    public void error(String file, int line, int column, String message) {
        add(new Diagnostic(Diagnostic.Severity.ERROR, file, line, column, message));
    }

    public void warning(String file, int line, int column, String message) {
        add(new Diagnostic(Diagnostic.Severity.WARNING, file, line, column, message));
    }

    public synchronized boolean hasErrors() {
        return collected.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** Every diagnostic so far, in {@link Diagnostic#ORDER}, without duplicates. */
    public synchronized List<Diagnostic> all() {
        return collected.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }

    public synchronized long count(Diagnostic.Severity severity) {
        return all().stream().filter(d -> d.severity() == severity).count();
    }

    /** The numbered list printed at the end of a build, one diagnostic a line, then a summary line. */
    public String report() {
        List<Diagnostic> all = all();
        StringBuilder out = new StringBuilder();
        int width = String.valueOf(all.size()).length();
        for (int i = 0; i < all.size(); i++) {
            out.append(String.format(Locale.ROOT, "%" + width + "d. %s%n", i + 1, all.get(i)));
        }
        out.append(String.format(Locale.ROOT, "%d error(s), %d warning(s)%n",
                count(Diagnostic.Severity.ERROR), count(Diagnostic.Severity.WARNING)));
        return out.toString();
    }
}
