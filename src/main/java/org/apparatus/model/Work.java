package org.apparatus.model;

import java.util.List;
import java.util.Objects;

/**
 * One distinct work cited in the edition: a journal article, one issue of a newspaper, magazine or news agency, or a
 * book.
 *
 * @param authors full names, in order ({@code Tom Wuchte}); empty for a periodical issue
 * @param title the article's title; empty for a periodical issue
 * @param container the journal's or periodical's title; for a book, its place and publisher as printed
 *                  ({@code London: Verso})
 * @param season season or months printed with the year ({@code Fall}), or empty
 * @param date {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}, or empty when the print gave none
 * @param doi a DOI from {@code content/works.yml}, or empty
 * @param url a URL from {@code content/works.yml}, or empty
 * @param complete false when the print's citation could only partly be read
 */
public record Work(WorkId id, Type type, List<String> authors, String title, String container, String volume,
                   String issue, String season, String date, String doi, String url, boolean complete) {

    /** The kinds of work, in the order the bibliography groups them. */
    public enum Type {
        ARTICLE("Journal articles"),
        PERIODICAL("Newspapers, magazines and agencies"),
        BOOK("Books");

        private final String group;

        Type(String group) {
            this.group = group;
        }

        /** The bibliography's heading for this kind. */
        public String group() {
            return group;
        }
    }

    public Work {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        authors = List.copyOf(authors);
        for (String field : List.of(title, container, volume, issue, season, date, doi, url)) {
            Objects.requireNonNull(field, "work fields are never null");
        }
        if (container.isBlank()) {
            throw new IllegalArgumentException("a work appears in a journal or periodical, or has a publisher: " + id);
        }
        if (!date.isEmpty() && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("a work's date is yyyy[-mm[-dd]]: " + date);
        }
    }

    /** The year, or empty. */
    public String year() {
        return date.length() >= 4 ? date.substring(0, 4) : "";
    }
}
