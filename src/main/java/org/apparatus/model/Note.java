package org.apparatus.model;

import java.util.List;
import java.util.Objects;

/**
 * One footnote of an essay.
 *
 * @param number the note's number as printed (its Markdown label)
 * @param text what the note says
 * @param citations what it cites, as printed, with any commentary, in order
 */
public record Note(int number, Text text, List<Citation> citations) {

    public Note {
        if (number < 1) {
            throw new IllegalArgumentException("note numbers start at 1: " + number);
        }
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
    }

    /** The fragment id of the note in its essay's note list. */
    public String anchor() {
        return "note-" + number;
    }
}
