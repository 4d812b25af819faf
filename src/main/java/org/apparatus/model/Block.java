package org.apparatus.model;

import java.util.List;
import java.util.Objects;

/** A block of an essay's body: a section heading or a paragraph. */
public sealed interface Block permits Block.Heading, Block.Paragraph {

    /** The fragment id that links to this block, unique within its essay. */
    String anchor();

    /** The block's text. */
    Text text();

    /**
     * A section heading.
     *
     * @param level 2 to 6 (the essay title is level 1)
     */
    record Heading(int level, String anchor, Text text) implements Block {
        public Heading {
            if (level < 2 || level > 6) {
                throw new IllegalArgumentException("section headings have levels 2 to 6: " + level);
            }
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A paragraph of body text.
     *
     * @param number 1-based position among the essay's paragraphs
     * @param anchor {@code p<number>}
     * @param page the print page the paragraph starts on
     * @param pageBreaks the print pages that start inside it, in order
     * @param notes the note numbers it refers to, in order of reference
     */
    record Paragraph(int number, String anchor, Text text, int page, List<Integer> pageBreaks, List<Integer> notes)
            implements Block {
        public Paragraph {
            if (number < 1 || page < 1) {
                throw new IllegalArgumentException("paragraph numbers and pages start at 1");
            }
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(text, "text");
            pageBreaks = List.copyOf(pageBreaks);
            notes = List.copyOf(notes);
        }
    }
}
