package org.apparatus.view;

import java.util.List;
import java.util.Objects;

/**
 * What every page's shared layout shows: its title, where the site root is from this page, the way back (breadcrumbs)
 * and the site navigation. All links are relative and name a file.
 *
 * @param siteTitle the edition's title
 * @param title this page's title
 * @param root the relative path from this page to the site root ({@code ""}, {@code "../"}, ...)
 * @param description one sentence about the page, for search engines and link previews
 * @param breadcrumbs the way from the home page to this page, this page last
 * @param nav the site's main sections
 * @param meta {@code <meta name content>} pairs for citation managers and search engines
 * @param jsonLd a schema.org JSON-LD description of the page, or empty
 */
public record Chrome(String siteTitle, String title, String root, String description, List<Link> breadcrumbs,
                     List<Link> nav, List<Meta> meta, String jsonLd) {

    /** A {@code <meta name="..." content="...">} element. */
    public record Meta(String name, String content) {
        public Meta {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * A labelled link.
     *
     * @param current true when it points to the page it is shown on
     */
    public record Link(String label, String href, boolean current) {
        public Link {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(href, "href");
        }
    }

    public Chrome {
        Objects.requireNonNull(siteTitle, "siteTitle");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(description, "description");
        breadcrumbs = List.copyOf(breadcrumbs);
        nav = List.copyOf(nav);
        meta = List.copyOf(meta);
        Objects.requireNonNull(jsonLd, "jsonLd");
    }

    /** The same layout with citation metadata added. */
    public Chrome withMetadata(List<Meta> meta, String jsonLd) {
        return new Chrome(siteTitle, title, root, description, breadcrumbs, nav, meta, jsonLd);
    }

    /** The stylesheet's relative address from this page. */
    public String stylesheet() {
        return root + "assets/apparatus.css";
    }

    /**
     * The reading script's relative address from this page: sidenotes, note popovers, the actor and event link
     * switch. Every page works without it.
     */
    public String script() {
        return root + "assets/apparatus.js";
    }
}
