package org.apparatus.view;

import java.util.List;
import java.util.Objects;

/**
 * Pages and files that belong together (an essay's own pages and exports, a work's page), made on demand: all the
 * cross-referencing is done before, so making them only assembles view objects.
 *
 * @param paths the paths of the pages it makes, known before they are made (for the sitemap and page count)
 * @param inputs makes everything {@code make} reads, as a value (records and lists, compared by {@code equals}): a
 *        part of a later build whose inputs are equal makes the very same pages and files, so {@code apparatus serve}
 *        need not make it again. Only serve asks for them: a build of its own never makes them (at 5,000 essays, the
 *        essays', works' and actors' inputs held some 30 MB of lists while the pages were written)
 * @param make makes them; it may be called from any thread, and more than once
 */
public record Part(List<String> paths, java.util.function.Supplier<Object> inputs,
                   java.util.function.Supplier<Contents> make) {
    public Part {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a part makes at least one page; expected its pages' paths");
        }
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(make, "make");
    }

    /**
     * Inputs that two parts share (an essay's pages and its notes' pages), made the first time either asks for them,
     * from any thread, and then the same object for both.
     */
    static java.util.function.Supplier<Object> shared(java.util.function.Supplier<Object> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        return new java.util.function.Supplier<>() {
            private Object made;

            @Override
            public synchronized Object get() {
                if (made == null) {
                    made = Objects.requireNonNull(inputs.get(), "inputs");
                }
                return made;
            }
        };
    }
}
