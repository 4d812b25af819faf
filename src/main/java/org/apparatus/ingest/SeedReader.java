package org.apparatus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.TextFiles;

/** Reads the seeds of a project: strict UTF-8, one {@link Seed} per {@code *.txt} file, errors for the rest. */
public final class SeedReader {

    private SeedReader() {
    }

    /** Every readable seed in {@code seedsDir}, sorted by file name; unreadable ones become diagnostics. */
    public static List<Seed> readAll(Path seedsDir, String displayDir, Diagnostics diagnostics) {
        if (!Files.isDirectory(seedsDir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(seedsDir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            diagnostics.error(displayDir, 0, 0, "cannot list the seeds folder: " + e.getMessage());
            return List.of();
        }
        List<Seed> seeds = new ArrayList<>();
        for (Path file : files) {
            read(file, displayDir + "/" + file.getFileName(), diagnostics).ifPresent(seeds::add);
        }
        return seeds;
    }

    /** One seed, or empty with a diagnostic saying why it cannot be used. */
    public static Optional<Seed> read(Path file, String displayPath, Diagnostics diagnostics) {
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(displayPath, 0, 0, "a seed must be a regular file, not a link or folder");
            return Optional.empty();
        }
        if (!TextFiles.withinLimit(file, displayPath, "seed", diagnostics)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(displayPath, 0, 0, "cannot read the seed: " + e.getMessage());
            return Optional.empty();
        }
        return decode(file.getFileName().toString(), displayPath, bytes, diagnostics);
    }

    /** Decodes a seed's bytes; reports a file that is empty or not UTF-8 with the line of the first bad byte. */
    public static Optional<Seed> decode(String fileName, String displayPath, byte[] bytes, Diagnostics diagnostics) {
        if (fileName.contains("\\")) {
            diagnostics.error(displayPath, 0, 0, "the seed's file name contains a backslash, which other systems read"
                    + " as a folder; expected a plain file name (rename it)");
            return Optional.empty();
        }
        Optional<String> decoded = TextFiles.decode(bytes, displayPath, "seed", diagnostics);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String text = normalise(decoded.get());
        if (text.isBlank()) {
            diagnostics.error(displayPath, 0, 0, "the seed is empty; expected the text of an essay");
            return Optional.empty();
        }
        if (text.indexOf('\0') >= 0) {
            diagnostics.error(displayPath, lineOf(text, text.indexOf('\0')), 0,
                    "the seed contains a NUL character; expected a plain text file, not binary data");
            return Optional.empty();
        }
        return Optional.of(new Seed(fileName, displayPath, sha256(bytes), text));
    }

    /** Removes a byte-order mark and turns CRLF and lone CR line endings into LF. */
    static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
