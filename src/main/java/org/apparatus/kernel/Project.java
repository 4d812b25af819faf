package org.apparatus.kernel;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The folders of an Apparatus project: {@code seeds/} (the original texts), {@code content/} (what maintainers
 * curate), {@code templates/} (optional) and the output folder.
 */
public record Project(Path root, Path output) {

    public Project {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        output = Objects.requireNonNull(output, "output").toAbsolutePath().normalize();
    }

    /** The project at {@code root}, building into {@code root/site}. */
    public static Project at(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return new Project(r, r.resolve("site"));
    }

    public Path seeds() {
        return root.resolve("seeds");
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path essays() {
        return content().resolve("essays");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    /** How diagnostics name a file of the project: relative to its root, with forward slashes. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace(File.separatorChar, '/')
                : absolute.toString();
    }
}
