package org.apparatus.ingest;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One original text, read from {@code seeds/}, exactly as received.
 *
 * @param fileName the file's name in {@code seeds/}
 * @param displayPath the project-relative path used in diagnostics
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param text the decoded text with line endings normalised to {@code \n} and any byte-order mark removed
 */
public record Seed(String fileName, String displayPath, String sha256, String text) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Seed {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(text, "text");
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("a seed file name is a plain file name: " + fileName);
        }
        if (!SHA256.matcher(Objects.requireNonNull(sha256, "sha256")).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
    }
}
