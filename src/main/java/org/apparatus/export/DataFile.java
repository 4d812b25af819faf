package org.apparatus.export;

import java.util.Objects;

/**
 * A file the site offers for download, written as it is.
 *
 * @param writing writes the file's text; a large file (the edition's data, the search index) is written as it is
 *        made, never held whole
 */
public record DataFile(String path, Writing writing) {
    public DataFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(writing, "writing");
    }

    /** A file whose text is made already. */
    public DataFile(String path, String content) {
        this(path, out -> out.append(Objects.requireNonNull(content, "content")));
    }

    /** The file's text, whole. */
    public String content() {
        StringBuilder text = new StringBuilder();
        try {
            writing.to(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return text.toString();
    }
}
