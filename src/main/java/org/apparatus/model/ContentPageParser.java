package org.apparatus.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.Slug;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
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
        Optional<Map<String, String>> read = frontMatter(source, document.getFirstChild().getChars().toString(),
                diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> front = read.get();
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

    private static String value(Map<String, String> front, String key) {
        return front.getOrDefault(key, "").strip();
    }

    /**
     * The front matter's keys and values, read as YAML as an essay's are; empty, after an error at its line, when it is
     * broken, repeats a key or gives a list or map where a text is expected.
     */
    private static Optional<Map<String, String>> frontMatter(String source, String block, Diagnostics diagnostics) {
        int open = block.indexOf('\n') + 1;
        int close = Math.max(block.lastIndexOf("\n---"), block.lastIndexOf("\n..."));
        if (open == 0 || close + 1 < open) {
            diagnostics.error(source, 1, 1, "the front matter is never closed; expected a line '---' after its last"
                    + " key");
            return Optional.empty();
        }
        long errors = diagnostics.count(Diagnostic.Severity.ERROR);
        Optional<org.yaml.snakeyaml.nodes.Node> root = YamlText.compose(block.substring(open, close + 1), source, 2,
                "YAML front matter", "'key: value' lines, with values containing ':' or '#' in double quotes",
                diagnostics);
        if (diagnostics.count(Diagnostic.Severity.ERROR) > errors) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        if (root.isEmpty()) {
            return Optional.of(values);
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            diagnostics.error(source, 2, 1, "the front matter is not a list of 'key: value' lines");
            return Optional.empty();
        }
        boolean failed = false;
        for (NodeTuple tuple : mapping.getValue()) {
            int line = 2 + tuple.getKeyNode().getStartMark().getLine();
            int column = tuple.getKeyNode().getStartMark().getColumn() + 1;
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            if (!KEYS.contains(key)) {
                diagnostics.warning(source, line, column, "unknown front matter key '" + key + "' is ignored;"
                        + " expected title, nav or description");
            } else if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                diagnostics.error(source, line, column, "'" + key + "' must be a single text value, not a list or"
                        + " map");
                failed = true;
            } else if (!value.getTag().equals(Tag.NULL)) {
                values.put(key, value.getValue());
            }
        }
        return failed ? Optional.empty() : Optional.of(values);
    }

    private static boolean unsafe(String url) {
        StringBuilder cleaned = new StringBuilder();
        String decoded = com.vladsch.flexmark.util.sequence.Escaping.unescapeString(url);
        decoded.codePoints().filter(c -> c > ' ' && c != 0x7F).forEach(cleaned::appendCodePoint);
        return UNSAFE_SCHEME.matcher(cleaned).matches();
    }
}
