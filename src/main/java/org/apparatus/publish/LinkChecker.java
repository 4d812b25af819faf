package org.apparatus.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apparatus.kernel.Diagnostics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks a built site with jsoup: every internal link is relative, names a file that exists and, with a
 * {@code #fragment}, an id on that page; no asset (style, script, image, {@code srcset}, CSS {@code url()} in a page or
 * a stylesheet) comes from outside the site.
 */
public final class LinkChecker {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern OUTSIDE_LINK = Pattern.compile("^(https?|mailto):.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)'\"]*?))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    private LinkChecker() {
    }

    /**
     * What a check learnt of a site: the files it has and each page's ids and links to other pages' fragments. Kept
     * by {@code apparatus serve} to check the site again after some files were rewritten, without reading the others.
     */
    public static final class Table {
        private final Set<String> existing;
        private final Map<String, Scanned> pages;

        /** A table of these files and pages, which it owns from now on: no one else may change them. */
        private Table(Set<String> existing, Map<String, Scanned> pages) {
            // views, not copies: a site's table has a row per file, and serve makes one per rebuild
            this.existing = java.util.Collections.unmodifiableSet(existing);
            this.pages = java.util.Collections.unmodifiableMap(pages);
        }

        /** A table of no site. */
        public static Table empty() {
            return new Table(Set.of(), Map.of());
        }

        /** Every file of the site, relative to its root. */
        public Set<String> files() {
            return existing;
        }

        /** How many files the site has. */
        public int size() {
            return existing.size();
        }
    }

    /**
     * Checks every {@code .html} file under {@code site}.
     *
     * @param display how diagnostics name the site folder (e.g. {@code site})
     * @return what the check learnt, for {@link #recheck}
     */
    public static Table check(Path site, String display, Diagnostics diagnostics) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            diagnostics.error(display, 0, 0, "cannot read the built site: " + e.getMessage());
            return Table.empty();
        }
        Set<String> existing = new HashSet<>();
        List<String> html = new ArrayList<>();
        for (Path file : files) {
            String relative = site.relativize(file).toString().replace('\\', '/');
            existing.add(relative);
            if (relative.endsWith(".html")) {
                html.add(relative);
            }
        }
        Map<String, Scanned> pages = scanAll(html, page -> site, existing, display, diagnostics);
        report(pages, pages.keySet(), page -> site, existing, display, diagnostics);
        for (Path file : files) {
            String relative = site.relativize(file).toString().replace('\\', '/');
            if (relative.endsWith(".css")) {
                checkStylesheet(site, file, relative, existing, display, diagnostics);
            }
        }
        return new Table(existing, pages);
    }

    /**
     * Checks a site of which only some files changed, with the diagnostics {@link #check} gives for the whole of it:
     * the rewritten files are read from {@code staging}, every other file is as it is in {@code site}. Only the
     * rewritten pages are read, unless a file is gone (then a link of any page may be broken, and all are read);
     * the links to other pages' fragments are all checked again, from the table.
     *
     * @param previous the table of the site as it is in {@code site}, which had no broken link
     * @param rewritten the files written into {@code staging}, relative to the site root
     * @param existing every file of the changed site, relative to the site root; the table returned keeps it, so it
     *        must not change afterwards
     * @return the table of the changed site
     */
    public static Table recheck(Table previous, Path site, Path staging, Set<String> rewritten, Set<String> existing,
                                String display, Diagnostics diagnostics) {
        boolean gone = !existing.containsAll(previous.existing);
        java.util.function.Function<String, Path> folder = page -> rewritten.contains(page) ? staging : site;
        List<String> html = (gone ? existing : rewritten).stream().filter(r -> r.endsWith(".html")).sorted().toList();
        Map<String, Scanned> pages = new HashMap<>(previous.pages);
        if (gone) {
            pages.keySet().retainAll(existing);
        }
        Map<String, Scanned> scanned = scanAll(html, folder, existing, display, diagnostics);
        // with no file gone and every rewritten page's ids as they were, every other page's links still hold
        boolean idsKept = !gone && scanned.entrySet().stream()
                .allMatch(page -> previous.pages.containsKey(page.getKey())
                        && previous.pages.get(page.getKey()).ids().equals(page.getValue().ids()));
        pages.putAll(scanned);
        report(pages, idsKept ? scanned.keySet() : pages.keySet(), folder, existing, display, diagnostics);
        for (String relative : existing.stream().filter(r -> r.endsWith(".css")).sorted().toList()) {
            if (gone || rewritten.contains(relative)) {
                Path in = folder.apply(relative);
                checkStylesheet(in, in.resolve(relative), relative, existing, display, diagnostics);
            }
        }
        return new Table(existing, pages);
    }

    /**
     * Each page parsed once, on every core, and its links checked at once, except a #fragment of another page,
     * which waits for that page's ids: only the ids and those links are kept, never the whole site's trees or links.
     * The pages are checked folder by folder: what a link resolves to, and whether a link without a fragment is good,
     * is the same from every page of a folder, so it is remembered for the folder's pages and let go after them (for
     * the whole site, these would be a row for every link of every folder: 1 GB at 5,000 essays).
     */
    private static Map<String, Scanned> scanAll(List<String> html, java.util.function.Function<String, Path> folder,
                                                Set<String> existing, String display, Diagnostics diagnostics) {
        Map<String, String> interned = new ConcurrentHashMap<>();
        Map<String, Scanned> pages = new ConcurrentHashMap<>();
        Map<String, List<String>> byFolder = new java.util.LinkedHashMap<>();
        html.forEach(page -> byFolder.computeIfAbsent(folder(page), k -> new ArrayList<>()).add(page));
        for (List<String> folderPages : byFolder.values()) {
            scanFolder(folderPages, folder, existing, interned, pages, display, diagnostics);
        }
        return pages;
    }

    /** The pages of one folder, as {@link #scanAll} scans them, into {@code pages}. */
    private static void scanFolder(List<String> html, java.util.function.Function<String, Path> folder,
                                   Set<String> existing, Map<String, String> interned, Map<String, Scanned> pages,
                                   String display, Diagnostics diagnostics) {
        Map<String, String> resolved = new ConcurrentHashMap<>();
        // a link without a fragment is good or broken alike from every page of a folder: checked once per folder
        Map<String, Boolean> plainLinks = new ConcurrentHashMap<>();
        (html.size() > 1 ? html.parallelStream() : html.stream()).forEach(relative -> {
            try {
                Document doc = parse(folder.apply(relative), relative, false);
                Set<String> own = new HashSet<>();
                List<Link> found = links(doc, id -> own.add(interned.computeIfAbsent(id, k -> k)));
                Set<Target> elsewhere = new java.util.LinkedHashSet<>();
                Fragments fragments = (target, fragment) -> {
                    if (target.equals(relative)) {
                        return own.contains(fragment);
                    }
                    elsewhere.add(new Target(target, interned.computeIfAbsent(fragment, k -> k)));
                    return true;
                };
                boolean broken = false;
                for (Link link : found) {
                    if (link.href().indexOf('#') < 0) {
                        broken |= plainLinks.computeIfAbsent((link.asset() ? "a" : "l") + link.href(),
                                k -> checkOne(relative, link, existing, fragments, resolved,
                                (line, column, message) -> { }));
                    } else {
                        broken |= checkOne(relative, link, existing, fragments, resolved, (line, column, message) -> { });
                    }
                }
                pages.put(relative, new Scanned(own, broken, List.copyOf(elsewhere)));
            } catch (IOException e) {
                diagnostics.error(display + "/" + relative, 0, 0, "cannot read: " + e.getMessage());
            }
        });
    }

    /**
     * Reports every broken link of the {@code checked} pages (links to fragments of any of the {@code pages}), reading
     * again, to say where, only the pages that have one.
     */
    private static void report(Map<String, Scanned> pages, Set<String> checked,
                               java.util.function.Function<String, Path> folder, Set<String> existing, String display,
                               Diagnostics diagnostics) {
        Fragments all = (target, fragment) -> {
            Scanned page = pages.get(target);
            return page != null && page.ids().contains(fragment);
        };
        Map<String, String> resolved = new ConcurrentHashMap<>();
        pages.entrySet().parallelStream().filter(page -> checked.contains(page.getKey())).forEach(page -> {
            boolean broken = page.getValue().broken() || page.getValue().elsewhere().stream()
                    .anyMatch(t -> !all.has(t.page(), t.fragment()));
            if (broken) { // rare: only now is it worth parsing the page again to say where
                String where = display + "/" + page.getKey();
                try {
                    for (Link link : links(parse(folder.apply(page.getKey()), page.getKey(), true), id -> { })) {
                        checkOne(page.getKey(), link, existing, all, resolved,
                                (line, column, message) -> diagnostics.error(where, line, column, message));
                    }
                } catch (IOException e) {
                    diagnostics.error(where, 0, 0, "cannot read: " + e.getMessage());
                }
            }
        });
    }

    /** An address a stylesheet loads, and the 1-based line it is on. */
    record CssUrl(String url, int line) {
    }

    /** The addresses a stylesheet loads ({@code url(...)}, {@code @import "..."}), in order; comments skipped. */
    static List<CssUrl> cssUrls(String css) {
        StringBuilder text = new StringBuilder(css);
        Matcher comment = Pattern.compile("(?s)/\\*.*?\\*/").matcher(css);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                if (text.charAt(i) != '\n') {
                    text.setCharAt(i, ' ');
                }
            }
        }
        List<CssUrl> urls = new java.util.ArrayList<>();
        Matcher m = CSS_URL.matcher(text);
        while (m.find()) {
            for (int group = 1; group <= 5; group++) {
                if (m.group(group) != null) {
                    int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                    urls.add(new CssUrl(m.group(group).strip(), line));
                    break;
                }
            }
        }
        return urls;
    }

    /** A stylesheet of the site loads nothing from outside it, and every file it names exists. */
    private static void checkStylesheet(Path site, Path file, String relative, Set<String> existing, String display,
                                        Diagnostics diagnostics) {
        String css;
        try {
            css = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            diagnostics.error(display + "/" + relative, 0, 0, "cannot read: " + e.getMessage());
            return;
        }
        for (CssUrl cssUrl : cssUrls(css)) {
            String url = cssUrl.url();
            int line = cssUrl.line();
            String where = display + "/" + relative;
            if (url.startsWith("data:") || url.startsWith("#")) {
                continue; // inside the stylesheet itself
            }
            if (url.startsWith("//") || url.startsWith("/") || SCHEME.matcher(url).find()) {
                diagnostics.error(where, line, 0, "the stylesheet loads '" + url + "' from outside the site; expected"
                        + " a file inside the site, linked relatively");
                continue;
            }
            String path = url.replaceFirst("[?#].*", "");
            String target = Path.of(relative).resolveSibling(decode(path)).normalize().toString().replace('\\', '/');
            if (Path.of(relative).getParent() == null) {
                target = Path.of(decode(path)).normalize().toString().replace('\\', '/');
            }
            if (target.startsWith("..") || !existing.contains(target)) {
                diagnostics.error(where, line, 0, "the stylesheet loads '" + url + "', which is not in the site;"
                        + " expected an existing file");
            }
        }
    }

    private static Document parse(Path site, String relative, boolean positions) throws IOException {
        String text = Files.readString(site.resolve(relative), StandardCharsets.UTF_8);
        return Parser.htmlParser().setTrackPosition(positions).parseInput(text, "");
    }

    /** Where broken links are told. */
    private interface Problems {
        void error(int line, int column, String message);
    }

    /** A link or asset of a page, as much of it as a diagnostic needs. */
    private record Link(String href, String tag, int line, int column, boolean asset) {
    }

    /** Whether a page has an element with an id (the fragment decoded). */
    private interface Fragments {
        boolean has(String page, String fragment);
    }

    /** A fragment of another page that a page links to. */
    private record Target(String page, String fragment) {
    }

    /**
     * A parsed page reduced to its ids, whether a link of it is already known to be broken, and its links to
     * fragments of other pages.
     */
    private record Scanned(Set<String> ids, boolean broken, List<Target> elsewhere) {
    }

    /** The elements that link ({@code href}) to a page or file. */
    private static final Set<String> LINKING = Set.of("a", "link", "area");
    /** The elements that load an asset, and the attribute naming it ({@code link} loads its {@code href}). */
    private static final Map<String, String> LOADING = Map.of("script", "src", "img", "src", "iframe", "src",
            "source", "src", "audio", "src", "video", "src", "embed", "src", "object", "data", "link", "href",
            "track", "src");

    /**
     * Every link and asset of a page, found in one walk over its elements: links ({@code a}, {@code link},
     * {@code area}), then assets, then {@code srcset} and {@code poster} addresses, then {@code url()}s of styles, each
     * kind in document order; in the same walk, each id a link's fragment may name ({@code id}, and {@code name} of
     * an {@code a}) is given to {@code ids}.
     */
    private static List<Link> links(Document doc, java.util.function.Consumer<String> ids) {
        List<List<Link>> kinds = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Element element : doc.getAllElements()) {
            if (element.attributesSize() == 0 && !element.normalName().equals("style")) {
                continue;
            }
            String tag = element.normalName();
            if (element.hasAttr("id")) {
                ids.accept(element.id());
            }
            if (tag.equals("a") && element.hasAttr("name")) {
                ids.accept(element.attr("name"));
            }
            if (LINKING.contains(tag) && element.hasAttr("href")) {
                kinds.get(0).add(link(element, element.attr("href"), false));
            }
            String loads = LOADING.get(tag);
            if (loads != null && element.hasAttr(loads)) {
                String attr = element.hasAttr("src") ? "src" : element.hasAttr("data") ? "data" : "href";
                kinds.get(1).add(link(element, element.attr(attr), true));
            }
            if (element.hasAttr("srcset") || element.hasAttr("poster")) {
                for (String candidate : element.attr("srcset").split(",")) {
                    if (!candidate.isBlank()) {
                        kinds.get(2).add(link(element, candidate.strip().split("\\s+")[0], true));
                    }
                }
                if (element.hasAttr("poster")) {
                    kinds.get(2).add(link(element, element.attr("poster"), true));
                }
            }
            if (tag.equals("style") || element.hasAttr("style")) {
                String css = tag.equals("style") ? element.data() : element.attr("style");
                for (CssUrl url : cssUrls(css)) {
                    kinds.get(3).add(link(element, url.url(), true));
                }
            }
        }
        List<Link> links = new ArrayList<>();
        kinds.forEach(links::addAll);
        return links;
    }

    private static Link link(Element element, String href, boolean asset) {
        return new Link(href, element.tagName(), element.sourceRange().start().lineNumber(), element.sourceRange().start().columnNumber(), asset);
    }

    /** Checks one link; true if it is broken. */
    private static boolean checkOne(String page, Link link, Set<String> existing, Fragments ids,
                                    Map<String, String> resolvedPaths, Problems problems) {
        String href = link.href();
        boolean asset = link.asset();
        int line = link.line();
        int column = link.column();
        String tag = "<" + link.tag() + "> ";
        if (href.isBlank()) {
            problems.error(line, column, tag + "has an empty link; expected a file or #fragment");
            return true;
        }
        if (href.startsWith("//") || SCHEME.matcher(href).find()) {
            if (asset) {
                problems.error(line, column, tag + "loads '" + href + "' from outside the site;"
                        + " expected a file inside the site, linked relatively");
                return true;
            } else if (!OUTSIDE_LINK.matcher(href).matches()) {
                problems.error(line, column, tag + "links to '" + href + "'; expected a relative link, or"
                        + " an http(s) or mailto address");
                return true;
            }
            return false;
        }
        if (href.startsWith("/")) {
            problems.error(line, column, tag + "links to the absolute path '" + href + "'; expected a"
                    + " relative link, so the site works from file:// and under any sub-path");
            return true;
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? null : href.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String target;
        if (path.isEmpty()) {
            target = page;
        } else {
            if (path.endsWith("/")) {
                problems.error(line, column, tag + "links to the folder '" + href + "'; expected a link"
                        + " that names a file (e.g. " + path + "index.html)");
                return true;
            }
            String relative = path;
            target = resolvedPaths.computeIfAbsent(folder(page) + "\u0000" + path, k -> resolve(page, relative));
            if (target.startsWith("..") || !existing.contains(target)) {
                problems.error(line, column, tag + "links to '" + href + "', which is not in the site;"
                        + " expected an existing file");
                return true;
            }
        }
        if (fragment != null && !fragment.isEmpty()) {
            if (!ids.has(target, decode(fragment))) {
                problems.error(line, column, tag + "links to '" + href + "', but " + target
                        + " has no element with id '" + fragment + "'");
                return true;
            }
        }
        return false;
    }

    /** The folder of a page, with a final slash; empty for a page at the top. */
    private static String folder(String page) {
        return page.substring(0, page.lastIndexOf('/') + 1);
    }

    /** The site path a relative link from {@code page} names. */
    private static String resolve(String page, String path) {
        Path resolved = Path.of(page).resolveSibling(decode(path)).normalize();
        if (Path.of(page).getParent() == null) {
            resolved = Path.of(decode(path)).normalize();
        }
        return resolved.toString().replace('\\', '/');
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
