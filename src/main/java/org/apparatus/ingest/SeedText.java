package org.apparatus.ingest;

import java.util.Objects;

/**
 * A piece of a seed exactly as the print had it, with the seed line it starts on: what the fidelity check
 * compares the edition against.
 *
 * @param text the raw text, markup included
 * @param line 1-based line in the seed
 */
public record SeedText(String text, int line) {

    public SeedText {
        Objects.requireNonNull(text, "text");
        if (line < 1) {
            throw new IllegalArgumentException("seed lines start at 1: " + line);
        }
    }
}
