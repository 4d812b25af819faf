package org.apparatus.model;

import java.util.Objects;

/**
 * An HTML fragment that Apparatus itself rendered from Markdown, with every raw HTML tag of the source escaped and
 * unsafe link schemes suppressed: the only HTML templates print unescaped.
 */
public record Markup(String html) {

    public Markup {
        Objects.requireNonNull(html, "html");
    }

    @Override
    public String toString() {
        return html;
    }
}
