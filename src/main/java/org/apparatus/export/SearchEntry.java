package org.apparatus.export;

import java.util.Objects;

/**
 * One thing the search page can find: an essay paragraph, a note, a work, a page (and actors and events).
 *
 * @param kind what it is, shown with each result ("Essay", "Note", "Work", "Page", ...)
 * @param title what the result is called ("Essay title › Section, ¶ 12", "Note 4 · Essay title", ...)
 * @param href where it is, relative to the site root, with the paragraph's anchor where there is one
 * @param text its words, plain: what is searched and what the snippet is cut from
 */
public record SearchEntry(String kind, String title, String href, String text) {

    public SearchEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(text, "text");
        if (kind.isBlank() || href.isBlank()) {
            throw new IllegalArgumentException("a search entry needs a kind and a link");
        }
        if (href.startsWith("/") || href.contains(":")) {
            throw new IllegalArgumentException("a search entry links relative to the site root: " + href);
        }
    }
}
