package org.apparatus.model;

import java.util.Objects;

import org.apparatus.kernel.Slug;

/**
 * A page of the edition's own prose from {@code content/pages/<id>.md} (such as {@code about.md}), published as
 * {@code <id>.html}.
 *
 * @param id the file name without {@code .md}: a slug, which names the page
 * @param source project-relative name of the Markdown file, for diagnostics
 * @param title the page's title (front matter {@code title})
 * @param label its name in the site navigation (front matter {@code nav}, else the title)
 * @param description one sentence on what it holds (front matter {@code description}, else the title)
 * @param body the rendered body: block HTML, raw HTML of the source escaped
 * @param plain the body's words without markup, for the search index
 */
public record ContentPage(String id, String source, String title, String label, String description, Markup body,
                          String plain) {

    public ContentPage {
        Slug.require(Objects.requireNonNull(id, "id"), 80, "page id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(plain, "plain");
        if (title.isBlank() || label.isBlank()) {
            throw new IllegalArgumentException("a page needs a title and a label");
        }
    }

    /** The page's file in the site. */
    public String path() {
        return id + ".html";
    }
}
