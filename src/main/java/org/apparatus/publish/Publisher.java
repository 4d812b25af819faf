package org.apparatus.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The output folder's keeper, so that a reader of the output never sees a half-built site, even when a build is
 * killed.
 *
 * <p>Every build is written into a folder of its own under {@code .<name>.builds/} beside the output; the output
 * ({@code site}) is a symbolic link to the last complete build. Publishing replaces that link in one atomic rename, so
 * at every instant {@code site/} is exactly the old site or exactly the new one. A failed build deletes its folder;
 * whatever a killed build left behind is deleted by the next one. An output that is still a plain folder (from before
 * this scheme) is set aside under the builds folder the first time.
 */
public final class Publisher {

    private static final String BUILD = "build-";
    private static final String LOCK = ".lock";

    private final Path output;
    private final Path builds;
    private final Path link;
    private Path staging;
    private FileChannel lockFile;

    public Publisher(Path output) {
        this.output = output.toAbsolutePath().normalize();
        String name = this.output.getFileName().toString();
        this.builds = this.output.resolveSibling("." + name + ".builds");
        this.link = this.output.resolveSibling("." + name + ".link");
    }

    /** Where every build is written: one folder per build, beside the output. */
    public Path builds() {
        return builds;
    }

    /** The build the output shows now, if it is a link to one. */
    public Optional<Path> current() throws IOException {
        if (!Files.isSymbolicLink(output)) {
            return Optional.empty();
        }
        Path target = output.resolveSibling(Files.readSymbolicLink(output)).normalize();
        return target.startsWith(builds) ? Optional.of(target) : Optional.empty();
    }

    /**
     * Deletes what earlier builds left behind and returns a new, empty folder for this build. Only one build at a
     * time may write an output: a second one fails here, touching nothing.
     */
    public Path prepare() throws IOException {
        Files.createDirectories(builds);
        FileChannel channel = FileChannel.open(builds.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lockFile = channel;
        FileLock lock;
        try {
            lock = channel.tryLock(); // released when the channel closes, or the process ends
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockFile = null;
            channel.close();
            throw new IOException("another build is writing " + output + " right now; expected one build at a time");
        }
        Optional<Path> current = current();
        int last = 0;
        for (Path entry : entries()) {
            String name = entry.getFileName().toString();
            if (name.equals(LOCK)) {
                continue;
            }
            if (name.startsWith(BUILD) && name.substring(BUILD.length()).matches("\\d{1,9}")) {
                last = Math.max(last, Integer.parseInt(name.substring(BUILD.length())));
            }
            if (current.isEmpty() || !entry.equals(current.get())) {
                delete(entry);
            }
        }
        delete(link);
        staging = builds.resolve(BUILD + (last + 1));
        Files.createDirectories(staging);
        return staging;
    }

    /** Points the output at the staged build, atomically, and deletes the build it replaces. */
    public void publish() throws IOException {
        if (staging == null) {
            throw new IllegalStateException("prepare() first");
        }
        Optional<Path> previous = current();
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(output)) {
            // a plain output folder from before builds were linked: set aside once, then linked like any other
            Files.move(output, builds.resolve("replaced-folder"), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.createSymbolicLink(link, output.getParent().relativize(staging));
        Files.move(link, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (previous.isPresent()) {
            delete(previous.get());
        }
        delete(builds.resolve("replaced-folder"));
        unlock();
    }

    /** Throws the staged build away, leaving the output exactly as it was. */
    public void discard() throws IOException {
        if (lockFile == null) {
            return; // prepare() did not get to write anything
        }
        if (staging != null) {
            delete(staging);
        }
        delete(link);
        unlock();
    }

    private void unlock() throws IOException {
        if (lockFile != null) {
            lockFile.close(); // releases the lock
            lockFile = null;
        }
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> list = Files.list(builds)) {
            return list.sorted().toList();
        }
    }

    /** Deletes a file, a link or a folder tree, without following links out of it. */
    public static void delete(Path root) throws IOException {
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
