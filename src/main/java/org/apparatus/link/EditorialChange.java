package org.apparatus.link;

import java.util.Objects;

/**
 * One difference between the print and the edition, in words.
 *
 * @param kind what sort of change it is
 * @param printed the words as the print had them (empty when the edition added words)
 * @param edition the words as the edition has them (empty when the edition left words out)
 * @param seedLocation {@code seeds/file:line} where the print has it
 * @param editionLocation {@code file:line} where the edition has it
 */
public record EditorialChange(Kind kind, String printed, String edition, String seedLocation, String editionLocation) {

    /** The sorts of change, from the harmless to the substantive. */
    public enum Kind {
        /** A word hyphenated across a page break, made whole again. */
        REJOINED("word rejoined across a page break"),
        /** Only letter case differs, as when a title printed in capitals is set in title case. */
        CAPITALISATION("capitalisation"),
        /** Words the edition has and the print has not. */
        ADDED("added"),
        /** Words the print has and the edition has not. */
        REMOVED("removed"),
        /** Words replaced by others. */
        CHANGED("changed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** True for changes of spelling or layout only, which never alter what the text says. */
        public boolean isTypographic() {
            return this == REJOINED || this == CAPITALISATION;
        }
    }

    public EditorialChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(seedLocation, "seedLocation");
        Objects.requireNonNull(editionLocation, "editionLocation");
    }
}
