package org.apparatus.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an essay was first printed, from its front matter's {@code published:} map: the journal or book it appeared
 * in, its volume and issue, the year, the pages and the publisher. The edition shows it under the essay's title and
 * gives it in every citation and metadata record of the essay; it never guesses it.
 *
 * @param kind a journal article or a chapter of a book
 * @param in the journal's or the book's title
 * @param pages a page or a range, {@code 45} or {@code 45-67}
 */
public record Publication(Kind kind, String in, Optional<String> volume, Optional<String> issue, String year,
                          Optional<String> pages, Optional<String> publisher) {

    /** What the essay first appeared in. */
    public enum Kind { JOURNAL, BOOK }

    /** A year of four digits. */
    public static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** A page, or a range of pages joined by a hyphen or an en dash. */
    public static final Pattern PAGES = Pattern.compile("([0-9]+|[ivxlcdm]+)(\\s*[-\u2013]\\s*([0-9]+|[ivxlcdm]+))?");
    /** A volume or an issue: a number, or a short label such as {@code 12A} or {@code Spring}. */
    public static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./-]{0,19}");

    public Publication {
        Objects.requireNonNull(kind, "kind");
        if (Objects.requireNonNull(in, "in").isBlank()) {
            throw new IllegalArgumentException("a publication needs the title of the journal or book it is in");
        }
        if (!YEAR.matcher(Objects.requireNonNull(year, "year")).matches()) {
            throw new IllegalArgumentException("a publication's year is four digits: " + year);
        }
        Objects.requireNonNull(volume, "volume").filter(v -> !NUMBER.matcher(v).matches()).ifPresent(v -> {
            throw new IllegalArgumentException("not a volume: " + v);
        });
        Objects.requireNonNull(issue, "issue").filter(v -> !NUMBER.matcher(v).matches()).ifPresent(v -> {
            throw new IllegalArgumentException("not an issue: " + v);
        });
        Objects.requireNonNull(pages, "pages").filter(v -> !PAGES.matcher(v).matches()).ifPresent(v -> {
            throw new IllegalArgumentException("not a page or a range of pages: " + v);
        });
        Objects.requireNonNull(publisher, "publisher");
    }

    /** The first page, if the pages are given. */
    public Optional<String> firstPage() {
        return pages.map(p -> p.split("\\s*[-\u2013]\\s*")[0]);
    }

    /** The last page, if the pages are a range. */
    public Optional<String> lastPage() {
        return pages.map(p -> p.split("\\s*[-\u2013]\\s*")).filter(p -> p.length == 2).map(p -> p[1]);
    }

    /** The pages with an en dash between the first and the last, as a citation prints them. */
    public Optional<String> pageRange() {
        return firstPage().map(f -> lastPage().map(l -> f + "\u2013" + l).orElse(f));
    }
}
