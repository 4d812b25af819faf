package org.apparatus.publish;

import java.util.Locale;
import java.util.Map;

/**
 * The media type of each file of a published site, by its path: what {@code serve} sends and what the web archive of a
 * snapshot records. Registered types where there is one (TEI is {@code application/tei+xml}, RFC 6129; JavaScript
 * {@code text/javascript}, RFC 9239), the types reference managers read where there is none (BibTeX
 * {@code application/x-bibtex}, RIS {@code application/x-research-info-systems}).
 */
public final class MediaTypes {

    /** Where the site keeps its TEI exports: XML there is TEI, elsewhere (the sitemap) plain XML. */
    private static final String TEI_FOLDER = "data/tei/";
    private static final String UNKNOWN = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("bib", "application/x-bibtex; charset=utf-8"),
            Map.entry("ris", "application/x-research-info-systems; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"));

    private MediaTypes() {
    }

    /**
     * The media type of the file at {@code path} (relative to the site's root, with {@code /}), with its charset when
     * it is text; {@code application/octet-stream} for a kind of file the site does not make.
     */
    public static String of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("xml") && path.startsWith(TEI_FOLDER)) {
            return "application/tei+xml";
        }
        return name.contains(".") ? BY_EXTENSION.getOrDefault(extension, UNKNOWN) : UNKNOWN;
    }
}
