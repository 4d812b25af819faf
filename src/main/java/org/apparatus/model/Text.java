package org.apparatus.model;

import java.util.Objects;

/**
 * A piece of an essay as readers see it: its plain words, its rendered markup and the line of the source it starts on.
 *
 * @param plain the words without markup, footnote references or page markers
 * @param markup the rendered inline HTML
 * @param line 1-based line in the essay's source file
 */
public record Text(String plain, Markup markup, int line) {

    public Text {
        Objects.requireNonNull(plain, "plain");
        Objects.requireNonNull(markup, "markup");
        if (line < 1) {
            throw new IllegalArgumentException("source lines start at 1: " + line);
        }
    }
}
