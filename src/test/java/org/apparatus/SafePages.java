package org.apparatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The one check that a built site runs no code of its authors': parses every page with jsoup, as a browser would, and
 * lists every executable script (any {@code <script>} but the page's own {@code application/ld+json} metadata and
 * the generator's own scripts, loaded by address from {@code assets/} with no code in the page), event
 * handler attribute ({@code on*}), embedded frame or plug-in, and {@code javascript:}, {@code vbscript:} or
 * {@code data:} address in an attribute a browser follows. Addresses are read as browsers read them: entities decoded,
 * tabs, line breaks and other control characters dropped, case ignored.
 */
public final class SafePages {

    /** Elements that load or run something of their own; the templates use none of them. */
    private static final String EMBEDDING = "iframe, frame, frameset, object, embed, applet, base, portal, "
            + "meta[http-equiv]:not([http-equiv=Content-Security-Policy]), form, math";
    /** The generator's own scripts: loaded by address from the site's {@code assets/}, no code in the page. */
    private static final Pattern OWN_SCRIPT = Pattern.compile("(\\.\\./)*assets/[a-z][a-z-]*\\.js");
    /** The only elements an inline drawing (the timeline) may hold: shapes, text and plain links. */
    private static final Set<String> DRAWING = Set.of("svg", "title", "desc", "g", "line", "circle", "rect", "text",
            "tspan", "a", "path");
    /** Attributes whose value a browser may follow, load or submit to. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
            "background", "cite", "codebase", "xlink:href", "srcdoc", "ping", "srcset", "manifest", "dynsrc", "lowsrc");
    private static final Pattern CODE_SCHEME = Pattern.compile("^(javascript|vbscript|data|livescript):.*",
            Pattern.DOTALL);

    private SafePages() {
    }

    /** Every problem of every {@code .html} file under {@code site}, as {@code page: what}; empty when it is safe. */
    public static List<String> problems(Path site) {
        List<String> problems = new ArrayList<>();
        for (String file : TestProject.files(site)) {
            if (file.endsWith(".html") || file.endsWith(".htm") || file.endsWith(".xhtml") || file.endsWith(".svg")) {
                try {
                    problems.addAll(problems(file, Files.readString(site.resolve(file), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return problems;
    }

    /** The 404 page's one {@code <base>}: the edition's http(s) address, in its head, so that it works at any depth. */
    private static boolean notFoundBase(String name, Element element) {
        return name.equals("404.html") && element.normalName().equals("base")
                && element.parent() != null && element.parent().normalName().equals("head")
                && element.attr("href").matches("https?://[^\\s\"'<>]+/") && element.ownerDocument() != null
                && element.ownerDocument().select("base").size() == 1;
    }

    /** The problems of one page's HTML. */
    public static List<String> problems(String name, String html) {
        List<String> problems = new ArrayList<>();
        Document page = Jsoup.parse(html, "");
        for (Element script : page.select("script")) {
            boolean data = script.attr("type").strip().equalsIgnoreCase("application/ld+json") && !script.hasAttr("src");
            boolean own = OWN_SCRIPT.matcher(script.attr("src")).matches() && script.data().isBlank()
                    && !script.hasAttr("type");
            if (!data && !own) {
                problems.add(name + ": executable " + abbreviate(script.outerHtml()));
            }
        }
        for (Element embedding : page.select(EMBEDDING)) {
            if (notFoundBase(name, embedding)) {
                continue;
            }
            problems.add(name + ": embedding element " + abbreviate(embedding.outerHtml()));
        }
        for (Element drawing : page.select("svg")) {
            for (Element part : drawing.getAllElements()) {
                if (!DRAWING.contains(part.normalName())) {
                    problems.add(name + ": drawing element " + abbreviate(part.outerHtml()));
                }
            }
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    problems.add(name + ": event handler " + key + " on <" + element.tagName() + ">");
                } else if (URL_ATTRIBUTES.contains(key) && runsCode(attribute.getValue())) {
                    problems.add(name + ": " + key + "=\"" + abbreviate(attribute.getValue()) + "\" on <"
                            + element.tagName() + "> runs code");
                }
            }
        }
        return problems;
    }

    /** Fails with every problem listed unless every page under {@code site} is safe (and there is at least one). */
    public static void assertSafe(Path site) {
        if (TestProject.files(site).stream().noneMatch(f -> f.endsWith(".html"))) {
            throw new AssertionError("no page to check under " + site);
        }
        List<String> problems = problems(site);
        if (!problems.isEmpty()) {
            throw new AssertionError("unsafe pages under " + site + ":\n  " + String.join("\n  ", problems));
        }
    }

    /** True when a browser would take this address (or one of a srcset's) as code to run or inline data. */
    static boolean runsCode(String value) {
        for (String candidate : value.split(",")) { // srcset lists several addresses
            StringBuilder cleaned = new StringBuilder();
            candidate.codePoints().filter(c -> c > 0x20 && c != 0x7F && !Character.isWhitespace(c)
                    && Character.getType(c) != Character.FORMAT).forEach(cleaned::appendCodePoint);
            if (CODE_SCHEME.matcher(cleaned.toString().toLowerCase(Locale.ROOT)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 100 ? one.substring(0, 97) + "..." : one;
    }
}
