package org.apparatus.model;

import java.util.Objects;

/**
 * A person's name as a bibliography reads it: the family name is the last word, the given names all before it
 * ({@code "Seung-Ho Joo"} is family {@code Joo}, given {@code Seung-Ho}). The one place the build splits a name, for
 * the bibliography's ids and order, CSL, BibTeX and RIS.
 *
 * @param family the last word of the name; the whole name when it is one word
 * @param given the words before it, or empty
 */
public record PersonName(String family, String given) {

    public PersonName {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(given, "given");
    }

    /** The name split at its last space, surrounding space ignored. */
    public static PersonName of(String full) {
        String name = full.strip();
        int space = name.lastIndexOf(' ');
        return space < 0 ? new PersonName(name, "")
                : new PersonName(name.substring(space + 1), name.substring(0, space).strip());
    }

    /** {@code "Family, Given"}, as BibTeX and RIS write an author, or the family name alone when there is no given. */
    public String inverted() {
        return given.isEmpty() ? family : family + ", " + given;
    }
}
