package org.apparatus.view;

import java.util.Objects;

/**
 * A section of the site: an entry of every page's navigation and one of the home page's ways in.
 *
 * @param path the section's page relative to the site root; a section whose page is {@code dir/index.html} is
 *        the current one on every page whose first breadcrumb bears its label
 */
public record Section(String label, String path, String description) {
    public Section {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(description, "description");
    }
}
