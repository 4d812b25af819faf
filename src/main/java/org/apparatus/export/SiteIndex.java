package org.apparatus.export;

import java.io.StringWriter;
import java.util.List;

import org.apparatus.export.XmlText;
import org.apparatus.link.SitePaths;
import org.apparatus.model.EditionSettings;

/**
 * What crawlers read: {@code robots.txt} and, when the edition's address is configured, {@code sitemap.xml} listing
 * every page at that address but the maintainers' reports (which also ask not to be indexed).
 */
public final class SiteIndex {

    /** The page a web server shows for a missing file; not a page of the edition, so not in the sitemap. */
    public static final String NOT_FOUND = "404.html";

    private SiteIndex() {
    }

    /**
     * @param pages the paths of every page, relative to the site root
     */
    public static List<DataFile> files(EditionSettings edition, List<String> pages) {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (edition.url().isEmpty()) {
            return List.of(new DataFile("robots.txt", robots.toString()));
        }
        robots.append("Sitemap: ").append(edition.url()).append("sitemap.xml\n");
        StringWriter sitemap = new StringWriter();
        try (XmlText xml = new XmlText(sitemap)) {
            xml.line(0).start("urlset").namespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            pages.stream().filter(p -> !p.equals(NOT_FOUND) && !SitePaths.forMaintainers(p)).sorted().forEach(p ->
                    xml.line(1).start("url").element("loc", edition.url() + p).end());
            xml.line(0).end();
        }
        return List.of(new DataFile("robots.txt", robots.toString()),
                new DataFile("sitemap.xml", sitemap.toString()));
    }
}
