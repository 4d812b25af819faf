package org.apparatus.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.Slug;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Reads a page of the edition's own prose ({@code content/pages/<id>.md}): front matter with {@code title}, an
 * optional {@code nav} label and {@code description}, then Markdown. The same safety rules as essays: raw HTML is shown as text (a warning),
 * links that could run code and images are errors.
 */
public final class ContentPageParser {

    /** Ids that would overwrite a page the generator writes itself. */
    public static final Set<String> RESERVED = Set.of("index", "search", "timeline");

    private static final Set<String> KEYS = Set.of("title", "nav", "description");
    private static final Pattern UNSAFE_SCHEME = Pattern.compile("^(javascript|vbscript|data|file):.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file):.*")
            .set(HtmlRenderer.SOFT_BREAK, " ")
            .toImmutable();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private ContentPageParser() {
    }

    /**
     * @param source project-relative file name, for diagnostics
     * @param id the file name without {@code .md}
     * @return the page, or empty when it has an error
     */
    public static Optional<ContentPage> parse(String source, String id, String markdown, Diagnostics diagnostics) {
        if (!Slug.isValid(id, 80)) {
            diagnostics.error(source, 0, 0, "page file name '" + id + ".md' is not a valid page id; expected"
                    + " lower-case words of a-z and 0-9 joined by hyphens (it names the page's file)");
            return Optional.empty();
        }
        if (RESERVED.contains(id)) {
            diagnostics.error(source, 0, 0, "a page cannot be called '" + id + "': the site's own " + id
                    + ".html has that name; expected another file name, such as about.md");
            return Optional.empty();
        }
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        com.vladsch.flexmark.util.ast.Document document;
        try {
            document = PARSER.parse(text);
        } catch (StackOverflowError e) {
            diagnostics.error(source, 1, 1, "the Markdown is nested too deeply to read; expected ordinary"
                    + " paragraphs, headings and lists");
            return Optional.empty();
        }
        if (!(document.getFirstChild() instanceof YamlFrontMatterBlock)) {
            diagnostics.error(source, 1, 1, "no YAML front matter; expected the file to start with '---', a line"
                    + " title: \"...\", and '---'");
            return Optional.empty();
        }
        AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
        visitor.visit(document);
        Map<String, List<String>> front = visitor.getData();
        for (String key : new TreeSet<>(front.keySet())) {
            if (!KEYS.contains(key)) {
                diagnostics.warning(source, 1, 1, "unknown front matter key '" + key + "' is ignored; expected title,"
                        + " nav or description");
            }
        }
        String title = value(front, "title");
        if (title.isBlank()) {
            diagnostics.error(source, 1, 1, "the front matter has no 'title'; expected a line title: \"...\"");
            return Optional.empty();
        }
        String label = value(front, "nav");
        String description = value(front, "description");
        boolean failed = false;
        for (Node node : document.getDescendants()) {
            int line = document.getLineNumber(node.getStartOffset()) + 1;
            if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                diagnostics.warning(source, line, 1, "raw HTML is shown as text; expected Markdown (HTML in texts"
                        + " is never passed through)");
            } else if ((node instanceof Link link && unsafe(link.getUrl().toString()))
                    || (node instanceof AutoLink auto && unsafe(auto.getUrl().toString()))) {
                diagnostics.error(source, line, 1, "a link has a scheme that can run code; expected an http(s) or"
                        + " relative link");
                failed = true;
            } else if (node instanceof Image || node instanceof ImageRef) {
                diagnostics.error(source, line, 1, "images are not supported in pages; expected text only");
                failed = true;
            }
        }
        if (failed) {
            return Optional.empty();
        }
        Document body = Jsoup.parseBodyFragment(RENDERER.render(document));
        body.outputSettings().prettyPrint(false);
        // the page's title is its only h1: sections start at h2
        for (Element heading : body.select("h1, h2, h3, h4, h5")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            if (level == 1) {
                heading.tagName("h2");
            }
        }
        TreeSet<String> anchors = new TreeSet<>();
        for (Element heading : body.select("h2, h3, h4, h5, h6")) {
            String anchor = "s-" + Slug.of(heading.text(), 50, "section");
            String unique = anchor;
            for (int i = 2; !anchors.add(unique); i++) {
                unique = anchor + "-" + i;
            }
            heading.attr("id", unique);
        }
        return Optional.of(new ContentPage(id, source, title, label.isBlank() ? title : label,
                description.isBlank() ? title : description, new Markup(body.body().html().strip()), body.body().text()));
    }

    private static String value(Map<String, List<String>> front, String key) {
        List<String> values = front.get(key);
        if (values == null || values.isEmpty()) {
            return "";
        }
        String v = values.get(0).strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        return v.strip();
    }

    private static boolean unsafe(String url) {
        StringBuilder cleaned = new StringBuilder();
        String decoded = com.vladsch.flexmark.util.sequence.Escaping.unescapeString(url);
        decoded.codePoints().filter(c -> c > ' ' && c != 0x7F).forEach(cleaned::appendCodePoint);
        return UNSAFE_SCHEME.matcher(cleaned).matches();
    }
}
