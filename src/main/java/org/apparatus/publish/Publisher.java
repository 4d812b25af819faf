package org.apparatus.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The output folder's keeper. A build writes into a staging folder beside the output ({@code site.partial}); only a
 * build without errors replaces the output with it, by renames within one folder. Whatever a killed build left behind
 * is tidied up by the next one: a staging folder is removed, and an output set aside but never replaced is restored.
 */
public final class Publisher {

    private final Path output;
    private final Path staging;
    private final Path previous;

    public Publisher(Path output) {
        this.output = output.toAbsolutePath().normalize();
        String name = this.output.getFileName().toString();
        this.staging = this.output.resolveSibling(name + ".partial");
        this.previous = this.output.resolveSibling(name + ".old");
    }

    /** Tidies what an interrupted build left and returns a new, empty staging folder. */
    public Path prepare() throws IOException {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            move(previous, output); // a build died between its two renames: the old site comes back
        }
        delete(previous);
        delete(staging);
        Files.createDirectories(staging);
        return staging;
    }

    /** Replaces the output with the staged site. */
    public void publish() throws IOException {
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            move(output, previous);
        }
        move(staging, output);
        delete(previous);
    }

    /** Throws the staged site away, leaving the output exactly as it was. */
    public void discard() throws IOException {
        delete(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder tree without following links out of it. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
