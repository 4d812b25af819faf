package org.apparatus.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.Slug;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Reads one essay's Markdown (YAML front matter, body, {@code [^n]} footnotes, {@code [[page n]]} markers) into an
 * {@link Essay}, reporting every problem with {@code file:line:col}.
 */
public final class EssayParser {

    /** The front matter keys an essay may have. */
    public static final Set<String> KEYS = Set.of("id", "title", "author", "seed", "sha256", "abstract", "bio",
            "date", "published");
    /** The keys of the front matter's {@code published:} map. */
    public static final Set<String> PUBLISHED_KEYS = Set.of("in", "kind", "volume", "issue", "year", "pages",
            "publisher");

    /** The most words a paragraph or note may hold; far above any real essay's (a few hundred). */
    public static final int MAX_WORDS_PER_PARAGRAPH = 200_000;
    /** The most notes an essay may hold; far above any real essay's (a few hundred). */
    public static final int MAX_NOTES = 10_000;
    private static final Pattern UNSAFE_SCHEME = Pattern.compile("^(javascript|vbscript|data|file):.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ACTOR_OVERRIDE = Pattern.compile("actor:(-|[a-z0-9]+(-[a-z0-9]+)*)?");
    private static final Pattern NOTE_LABEL = Pattern.compile("[1-9]\\d{0,4}");
    private static final Pattern FRONT_MATTER_CLOSED = Pattern.compile("\\n(---|\\.\\.\\.)[ \\t\\r]*\\n?$");

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), FootnoteExtension.create(),
                    PageMarkerExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file):.*")
            .set(HtmlRenderer.SOFT_BREAK, " ")
            .toImmutable();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();

    private EssayParser() {
    }

    /**
     * Parses one essay.
     *
     * @param source project-relative name of the file, for diagnostics
     * @param fallbackId the id to use when the front matter names none (the file name without extension)
     * @param markdown the file's text
     * @param origin curated or imported; an imported essay's note problems were already reported against its seed
     * @return the essay, or empty when it has errors that leave nothing sensible to publish
     */
    public static Optional<Essay> parse(String source, String fallbackId, String markdown, Essay.Origin origin,
                                        Diagnostics diagnostics) {
        Diagnostics found = new Diagnostics();
        try {
            Optional<Essay> essay = new Reading(source, markdown, origin, found).read(fallbackId);
            diagnostics.addAll(found.all());
            return essay;
        } catch (StackOverflowError e) {
            // flexmark and its regular expressions recurse once per level of nesting: thousands of '>', list
            // levels or '*' are beyond any essay, and must not take the build down
            diagnostics.error(source, 1, 1, "the Markdown is nested too deeply to read (thousands of levels of '>',"
                    + " lists, brackets or emphasis); expected ordinary paragraphs, headings and notes");
            return Optional.empty();
        }
    }

    private static final class Reading {
        private final String source;
        private final String markdown;
        private final Essay.Origin origin;
        private final Diagnostics diagnostics;
        private final int[] lineStarts;
        private boolean failed;

        Reading(String source, String markdown, Essay.Origin origin, Diagnostics diagnostics) {
            this.source = source;
            this.markdown = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
            this.origin = origin;
            this.diagnostics = diagnostics;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < this.markdown.length(); i++) {
                if (this.markdown.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        Optional<Essay> read(String fallbackId) {
            Document document = PARSER.parse(markdown);
            Map<String, Field> front = frontMatter(document);
            if (front.isEmpty()) {
                return Optional.empty();
            }
            checkUnsafe(document, 0);
            Map<Integer, FootnoteBlock> definitions = definitions(document);
            if (definitions.size() > MAX_NOTES) {
                int[] at = position(new ArrayList<>(definitions.values()).get(MAX_NOTES));
                error(at[0], 0, String.format(Locale.ROOT, "the essay has %,d notes, which exceeds the limit of an"
                        + " essay; expected at most %,d notes (split the essay)", definitions.size(), MAX_NOTES));
                return Optional.empty();
            }
            HtmlRenderer renderer = renderer();

            String idValue = front.containsKey("id") ? front.get("id").value() : fallbackId;
            int idLine = front.containsKey("id") ? front.get("id").line() : 1;
            if (!SlugId.isValid(idValue)) {
                error(idLine, 1, "invalid essay id '" + idValue + "'; expected lower-case words of a-z and 0-9"
                        + " joined by hyphens, at most 80 characters (it names the essay's files)");
                return Optional.empty();
            }
            Optional<Text> title = field(front, "title", renderer);
            if (title.isEmpty() || title.get().plain().isBlank()) {
                error(1, 1, "the front matter has no 'title'; expected a line title: \"...\"");
                return Optional.empty();
            }
            Optional<Text> author = field(front, "author", renderer);
            if (author.isEmpty() || author.get().plain().isBlank()) {
                warning(1, 1, "the front matter has no 'author'; expected a line author: \"...\"");
            }
            List<Block> blocks = blocks(document, renderer);
            List<Note> notes = new ArrayList<>();
            definitions.forEach((n, block) -> notes.add(new Note(n, limited(text(block, renderer), "note"),
                    CitationParser.parse(noteSource(block)))));
            Optional<Text> abstractText = field(front, "abstract", renderer);
            Optional<Text> bio = field(front, "bio", renderer); // both may report errors: read before the check
            Optional<String> date = Optional.ofNullable(front.get("date")).map(Field::value).map(String::strip);
            if (date.isPresent() && !EventDate.valid(date.get())) {
                error(front.get("date").line(), 1, "'date' is '" + date.get() + "'; expected the date the essay was"
                        + " first published as yyyy, yyyy-mm or yyyy-mm-dd, a day on the calendar");
            }
            Optional<Publication> published = published();
            if (failed) {
                return Optional.empty();
            }
            return Optional.of(new Essay(new EssayId(idValue), source, origin, title.get(),
                    author.orElse(new Text("", new Markup(""), 1)), abstractText,
                    bio, Optional.ofNullable(front.get("seed")).map(Field::value),
                    Optional.ofNullable(front.get("sha256")).map(Field::value), date, blocks, notes, published));
        }

        /** A front matter value with the line it is on. */
        private record Field(String value, int line) {
        }

        /** A YAML node with the line and column of its key. */
        private record Located(org.yaml.snakeyaml.nodes.Node node, int line, int column) {
        }

        /** The front matter's {@code published:} map, if any, kept for {@link #published()}. */
        private Optional<Located> publishedNode = Optional.empty();
        /** The line of the front matter's first YAML line, for the positions inside {@code published:}. */
        private int yamlOffset;

        /**
         * The front matter's {@code published:} map as a {@link Publication}: each wrong or missing value is an error
         * at its line and column, naming what was expected.
         */
        private Optional<Publication> published() {
            if (publishedNode.isEmpty()) {
                return Optional.empty();
            }
            Located at = publishedNode.get();
            if (!(at.node() instanceof MappingNode map)) {
                error(at.line(), at.column(), "'published' must be a map of where the essay was first printed, e.g."
                        + " 'published: {in: \"Journal of ...\", volume: 12, issue: 3, year: 2002, pages: 45-67}'");
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, int[]> positions = new LinkedHashMap<>();
            boolean ok = true;
            for (NodeTuple tuple : map.getValue()) {
                int line = yamlOffset + tuple.getKeyNode().getStartMark().getLine();
                int column = tuple.getKeyNode().getStartMark().getColumn() + 1;
                String name = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                if (!PUBLISHED_KEYS.contains(name)) {
                    error(line, column, "unknown key '" + name + "' in 'published'; expected one of "
                            + String.join(", ", new java.util.TreeSet<>(PUBLISHED_KEYS)));
                    ok = false;
                    continue;
                }
                if (!(tuple.getValueNode() instanceof ScalarNode value) || value.getValue().isBlank()) {
                    error(line, column, "'published." + name + "' must be a single text value");
                    ok = false;
                    continue;
                }
                values.put(name, value.getValue().strip());
                positions.put(name, new int[] {yamlOffset + value.getStartMark().getLine(),
                        value.getStartMark().getColumn() + 1});
            }
            ok &= check(values, positions, "kind", v -> v.equals("journal") || v.equals("book"),
                    "'journal' (an article in a journal, the default) or 'book' (a chapter of a book)");
            ok &= check(values, positions, "year", v -> Publication.YEAR.matcher(v).matches(),
                    "the year it was printed, four digits");
            ok &= check(values, positions, "pages", v -> Publication.PAGES.matcher(v).matches(),
                    "a page or a range such as 45-67");
            ok &= check(values, positions, "volume", v -> Publication.NUMBER.matcher(v).matches(),
                    "a volume such as 12, at most 20 characters");
            ok &= check(values, positions, "issue", v -> Publication.NUMBER.matcher(v).matches(),
                    "an issue such as 3, at most 20 characters");
            for (String required : List.of("in", "year")) {
                if (!values.containsKey(required)) {
                    error(at.line(), at.column(), "'published' has no '" + required + "'; expected "
                            + (required.equals("in") ? "the title of the journal or book the essay was printed in"
                            : "the year it was printed"));
                    ok = false;
                }
            }
            if (!ok) {
                return Optional.empty();
            }
            return Optional.of(new Publication(
                    "book".equals(values.get("kind")) ? Publication.Kind.BOOK : Publication.Kind.JOURNAL,
                    values.get("in"), Optional.ofNullable(values.get("volume")),
                    Optional.ofNullable(values.get("issue")), values.get("year"),
                    Optional.ofNullable(values.get("pages")), Optional.ofNullable(values.get("publisher"))));
        }

        private boolean check(Map<String, String> values, Map<String, int[]> positions, String key,
                              java.util.function.Predicate<String> valid, String expected) {
            String value = values.get(key);
            if (value == null || valid.test(value)) {
                return true;
            }
            int[] at = positions.get(key);
            error(at[0], at[1], "'published." + key + "' is '" + value + "'; expected " + expected);
            return false;
        }

        private Map<String, Field> frontMatter(Document document) {
            Node first = document.getFirstChild();
            if (!(first instanceof YamlFrontMatterBlock)) {
                if (markdown.startsWith("---")) {
                    error(1, 1, "the front matter is never closed; expected a line '---' after its last key");
                } else {
                    error(1, 1, "no YAML front matter; expected the file to start with '---', then 'id:', 'title:'"
                            + " and 'author:' lines, then '---'");
                }
                return Map.of();
            }
            String block = first.getChars().toString();
            if (!FRONT_MATTER_CLOSED.matcher(block).find()) {
                // Flexmark takes the rest of the file as front matter when no line closes it
                error(1, 1, "the front matter is never closed; expected a line '---' after its last key");
                return Map.of();
            }
            int open = block.indexOf('\n') + 1;
            int close = block.lastIndexOf("\n---");
            if (close + 1 < open) { // flexmark takes an unclosed front matter to run to the end of the file
                error(1, 1, "the front matter is never closed; expected a line '---' after its last key");
                return Map.of();
            }
            String yaml = block.substring(open, close + 1);
            int offset = lineOf(first.getStartOffset()) + 1; // YAML line 0 is the line after the opening '---'
            yamlOffset = offset;
            long errors = diagnostics.count(org.apparatus.kernel.Diagnostic.Severity.ERROR);
            Optional<org.yaml.snakeyaml.nodes.Node> composed = YamlText.compose(yaml, source, offset,
                    "YAML front matter", "'key: value' lines, with values containing ':' or '#' in double quotes",
                    diagnostics);
            if (diagnostics.count(org.apparatus.kernel.Diagnostic.Severity.ERROR) > errors) {
                failed = true; // broken, or a key twice
                return Map.of();
            }
            org.yaml.snakeyaml.nodes.Node root = composed.orElse(null);
            if (!(root instanceof MappingNode mapping)) {
                error(offset, 1, "the front matter is not a list of 'key: value' lines");
                return Map.of();
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                int line = offset + tuple.getKeyNode().getStartMark().getLine();
                int column = tuple.getKeyNode().getStartMark().getColumn() + 1;
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    error(line, column, "a front matter key must be a plain word");
                    continue;
                }
                if (!KEYS.contains(key.getValue())) {
                    warning(line, column, "unknown front matter key '" + key.getValue() + "' is ignored; expected one of "
                            + String.join(", ", new java.util.TreeSet<>(KEYS)));
                    continue;
                }
                if (key.getValue().equals("published")) {
                    publishedNode = Optional.of(new Located(tuple.getValueNode(), line, column));
                    continue;
                }
                if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                    error(line, column, "'" + key.getValue() + "' must be a single text value, not a list or map");
                    continue;
                }
                fields.put(key.getValue(), new Field(value.getValue(), line));
            }
            if (fields.isEmpty()) {
                error(offset, 1, "the front matter is empty; expected at least 'title:' and 'author:'");
            }
            return fields;
        }

        /** A front matter value rendered as inline Markdown, if present. */
        private Optional<Text> field(Map<String, Field> front, String key, HtmlRenderer renderer) {
            Field field = front.get(key);
            if (field == null || field.value().isBlank()) {
                return Optional.empty();
            }
            Document doc = PARSER.parse(field.value());
            StringBuilder html = new StringBuilder();
            StringBuilder plain = new StringBuilder();
            for (Node child = doc.getFirstChild(); child != null; child = child.getNext()) {
                if (html.length() > 0) {
                    html.append(' ');
                    plain.append(' ');
                }
                html.append(renderer.render(child).strip());
                plainText(child, plain);
            }
            checkUnsafe(doc, field.line());
            return Optional.of(new Text(plain.toString().strip(), new Markup(html.toString()), field.line()));
        }

        private Map<Integer, FootnoteBlock> definitions(Document document) {
            Map<Integer, FootnoteBlock> definitions = new TreeMap<>();
            Map<String, FootnoteBlock> byLabel = new HashMap<>();
            for (Node node : document.getDescendants()) {
                if (!(node instanceof FootnoteBlock block)) {
                    continue;
                }
                String label = block.getText().toString();
                int[] at = position(block);
                if (byLabel.containsKey(label)) {
                    error(at[0], at[1], "note [^" + label + "] is defined twice (first at line "
                            + lineOf(byLabel.get(label).getStartOffset()) + "); expected each note number once");
                    continue;
                }
                byLabel.put(label, block);
                if (!NOTE_LABEL.matcher(label).matches()) {
                    error(at[0], at[1], "note label [^" + label + "] is not a number; expected [^1], [^2], ...");
                    continue;
                }
                if (!block.isReferenced() && origin == Essay.Origin.CURATED) {
                    warning(at[0], at[1], "note [^" + label + "] is defined but never referenced;"
                            + " expected [^" + label + "] somewhere in the text");
                }
                definitions.put(Integer.parseInt(label), block);
            }
            for (Node node : document.getDescendants()) {
                if (node instanceof Footnote ref && ref.getFootnoteBlock() == null) {
                    int[] at = position(ref);
                    if (origin == Essay.Origin.CURATED) {
                        error(at[0], at[1], "note [^" + ref.getText() + "] is referenced but never defined;"
                                + " expected a line '[^" + ref.getText() + "]: text'");
                    } else {
                        failed = true; // reported against the seed by the import
                    }
                }
            }
            return definitions;
        }

        private List<Block> blocks(Document document, HtmlRenderer renderer) {
            List<Block> blocks = new ArrayList<>();
            Set<String> anchors = new HashSet<>();
            int paragraphs = 0;
            int page = 1;
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Heading heading) {
                    int[] at = position(heading);
                    if (heading.getLevel() < 2) {
                        warning(at[0], at[1], "a level-1 heading inside an essay is shown as level 2;"
                                + " the title comes from the front matter, sections start at '##'");
                    }
                    Text text = text(heading, renderer);
                    String anchor = unique("s-" + Slug.of(text.plain(), 50, "section"), anchors);
                    blocks.add(new Block.Heading(Math.max(2, heading.getLevel()), anchor, text));
                } else if (node instanceof Paragraph paragraph) {
                    paragraphs++;
                    List<Integer> breaks = new ArrayList<>();
                    List<Integer> notes = new ArrayList<>();
                    for (Node inline : paragraph.getDescendants()) {
                        if (inline instanceof PageMarker marker) {
                            breaks.add(marker.page());
                        } else if (inline instanceof Footnote ref && ref.getFootnoteBlock() != null
                                && NOTE_LABEL.matcher(ref.getText()).matches()) {
                            notes.add(Integer.parseInt(ref.getText().toString()));
                        }
                    }
                    int startPage = breaks.isEmpty() || !startsWithMarker(paragraph) ? page : breaks.get(0);
                    List<Integer> inside = startsWithMarker(paragraph) ? breaks.subList(1, breaks.size()) : breaks;
                    Text text = limited(text(paragraph, renderer), "paragraph");
                    blocks.add(new Block.Paragraph(paragraphs, anchor(paragraphs, anchors), text, startPage,
                            inside, notes));
                    page = breaks.isEmpty() ? page : breaks.get(breaks.size() - 1);
                } else if (node instanceof YamlFrontMatterBlock || node instanceof FootnoteBlock) {
                    continue;
                } else if (node instanceof HtmlBlock) {
                    paragraphs++;
                    Text text = text(node, renderer);
                    blocks.add(new Block.Paragraph(paragraphs, anchor(paragraphs, anchors), text, page,
                            List.of(), List.of()));
                } else {
                    int[] at = position(node);
                    String kind = node.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
                            .toLowerCase(Locale.ROOT);
                    warning(at[0], at[1], "a " + kind + " is shown as a plain paragraph; essays hold headings,"
                            + " paragraphs and notes");
                    paragraphs++;
                    blocks.add(new Block.Paragraph(paragraphs, anchor(paragraphs, anchors),
                            new Text(node.getChars().toString().strip(),
                                    new Markup(com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(
                                            node.getChars().toString().strip(), false)), at[0]),
                            page, List.of(), List.of()));
                }
            }
            return blocks;
        }

        /** The Markdown of a note, without its {@code [^n]:} label. */
        private static String noteSource(FootnoteBlock block) {
            return block.getChars().toString().replaceFirst("^\\s*\\[\\^[^\\]]*\\]:\\s*", "").strip();
        }

        private static boolean startsWithMarker(Node paragraph) {
            return paragraph.getFirstChild() instanceof PageMarker;
        }

        private Text text(Node node, HtmlRenderer renderer) {
            StringBuilder plain = new StringBuilder();
            String html;
            if (node instanceof FootnoteBlock) {
                StringBuilder joined = new StringBuilder();
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    if (joined.length() > 0) {
                        joined.append("<br>");
                        plain.append(' ');
                    }
                    joined.append(renderer.render(child).strip());
                    plainText(child, plain);
                }
                html = joined.toString();
            } else {
                html = renderer.render(node).strip();
                plainText(node, plain);
            }
            // the markup held as changes to the plain words where it is close to them, as a paragraph's is; its
            // tags shared through the JVM's table of strings, which lets go of those no fragment holds any more
            String words = Text.oneSpaced(plain).strip();
            return new Text(words, Markup.over(words, html, String::intern), lineOf(node.getStartOffset()));
        }

        /** The text, after an error at its line if it holds more words than a paragraph or note may. */
        private Text limited(Text text, String what) {
            int words = 0;
            boolean inWord = false;
            String plain = text.plain();
            for (int i = 0; i < plain.length(); i++) {
                boolean space = Character.isWhitespace(plain.charAt(i));
                if (!space && !inWord) {
                    words++;
                }
                inWord = !space;
            }
            if (words > MAX_WORDS_PER_PARAGRAPH) {
                error(text.line(), 0, String.format(Locale.ROOT, "the %s has %,d words, which exceeds the limit of a"
                        + " paragraph; expected at most %,d words (split it into paragraphs)", what, words,
                        MAX_WORDS_PER_PARAGRAPH));
            }
            return text;
        }

        /** Reports raw HTML (shown as text) and links with schemes that could run code (never rendered). */
        private void checkUnsafe(Document document, int fixedLine) {
            for (Node node : document.getDescendants()) {
                int[] at = fixedLine > 0 ? new int[] {fixedLine, 0} : position(node);
                if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                    warning(at[0], at[1], "raw HTML '" + abbreviate(node.getChars().toString().strip())
                            + "' is shown as text; expected Markdown (HTML in texts is never passed through)");
                } else if (node instanceof Link link && UNSAFE_SCHEME.matcher(cleanUrl(link.getUrl().toString())).matches()) {
                    error(at[0], at[1], "link to '" + abbreviate(link.getUrl().toString()) + "' has a scheme that can run"
                            + " code; expected an http(s) or relative link");
                } else if (node instanceof AutoLink link && UNSAFE_SCHEME.matcher(cleanUrl(link.getUrl().toString())).matches()) {
                    error(at[0], at[1], "link to '" + abbreviate(link.getUrl().toString()) + "' has a scheme that can run"
                            + " code; expected an http(s) link");
                } else if (node instanceof Image || node instanceof ImageRef ref && ref.isDefined()) {
                    // an undefined "![sic]" is no image: Markdown shows it as the text it is
                    error(at[0], at[1], "images are not supported in essays; expected text only");
                }
            }
        }

        private static String cleanUrl(String url) {
            String decoded = com.vladsch.flexmark.util.sequence.Escaping.unescapeString(url);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < decoded.length(); i++) {
                char c = decoded.charAt(i);
                if (c > ' ' && c != 0x7F) {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static String abbreviate(String s) {
            String one = Text.oneSpaced(s);
            return one.length() > 60 ? one.substring(0, 57) + "..." : one;
        }

        /**
         * A renderer for inline content: paragraphs and headings without their tags, notes as reference links. Page
         * and note numbers are attributes ({@code data-page}, {@code data-note}) that the stylesheet shows, so that
         * the text of a paragraph, as selected, copied or indexed, is the essay's words alone.
         */
        private HtmlRenderer renderer() {
            Map<Integer, Integer> seen = new HashMap<>();
            HtmlRenderer.HtmlRendererExtension extension = new HtmlRenderer.HtmlRendererExtension() {
                @Override
                public void rendererOptions(com.vladsch.flexmark.util.data.MutableDataHolder options) {
                    // no options
                }

                @Override
                public void extend(HtmlRenderer.Builder builder, String rendererType) {
                    builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(
                            new NodeRenderingHandler<>(Paragraph.class, Reading::children),
                            new NodeRenderingHandler<>(Heading.class, Reading::children),
                            new NodeRenderingHandler<>(HtmlBlock.class, (block, context, html) -> html.text(
                                    block.getChars().trimEnd())),
                            new NodeRenderingHandler<>(Footnote.class, (ref, context, html) -> noteRef(ref, html, seen)),
                            new NodeRenderingHandler<>(Link.class, Reading::link),
                            new NodeRenderingHandler<>(PageMarker.class, (marker, context, html) -> html.raw(
                                    "<a class=\"pb\" id=\"page-" + marker.page() + "\" href=\"#page-" + marker.page()
                                            + "\" data-page=\"" + marker.page() + "\" title=\"Page " + marker.page()
                                            + " of the print begins here\"></a>"))));
                }
            };
            return HtmlRenderer.builder(OPTIONS).extensions(List.of(extension)).build();
        }

        /**
         * A maintainer's {@code [words](actor:id)} override of a mention becomes a link the cross-referencing stage
         * resolves; any other link keeps only its words, as Flexmark renders links when it renders a single node.
         */
        private static void link(Link link, NodeRendererContext context, HtmlWriter html) {
            String url = link.getUrl().toString();
            if (!ACTOR_OVERRIDE.matcher(url).matches()) {
                context.renderChildren(link);
                return;
            }
            html.raw("<a href=\"" + url + "\">");
            context.renderChildren(link);
            html.raw("</a>");
        }

        private static void children(Node node, NodeRendererContext context, HtmlWriter html) {
            context.renderChildren(node);
        }

        private void noteRef(Footnote ref, HtmlWriter html, Map<Integer, Integer> seen) {
            String label = ref.getText().toString();
            if (shownAsText(ref)) {
                html.text(ref.getChars().toString());
                return;
            }
            int n = Integer.parseInt(label);
            int count = seen.merge(n, 1, Integer::sum);
            String id = count == 1 ? "ref-" + n : "ref-" + n + "-" + count;
            html.raw("<sup class=\"noteref\"><a id=\"" + id + "\" href=\"#note-" + n + "\" role=\"doc-noteref\""
                    + " data-note=\"" + n + "\" aria-label=\"Note " + n + "\"></a></sup>");
        }

        /** A reference to no note (undefined, or not numbered) is shown as the text it is. */
        private static boolean shownAsText(Footnote ref) {
            return ref.getFootnoteBlock() == null || !NOTE_LABEL.matcher(ref.getText()).matches();
        }

        private static void plainText(Node node, StringBuilder out) {
            if (node instanceof Footnote ref && shownAsText(ref)) {
                out.append(ref.getChars()); // as the markup shows it, so its words are not lost
                return;
            }
            if (node instanceof Footnote || node instanceof PageMarker) {
                return;
            }
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append(' ');
                return;
            }
            if (node instanceof Code code) {
                out.append(code.getText());
                return;
            }
            if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                out.append(node.getChars());
                return;
            }
            if (node instanceof RefNode ref && !ref.isDefined()) {
                out.append(ref.getChars().unescape()); // "[sic]" names no link: the page shows it with its brackets
                return;
            }
            if (!node.hasChildren()) {
                if (node instanceof TextContainer || node instanceof com.vladsch.flexmark.ast.Text
                        || node instanceof com.vladsch.flexmark.ast.HtmlEntity) {
                    out.append(node.getChars().unescape());
                }
                return;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                plainText(child, out);
            }
        }

        /** A paragraph's anchor, {@code p12}: the same string for the twelfth paragraph of every essay. */
        private static String anchor(int paragraph, Set<String> used) {
            return unique("p" + paragraph, used).intern();
        }

        private static String unique(String anchor, Set<String> used) {
            String candidate = anchor;
            for (int i = 2; !used.add(candidate); i++) {
                candidate = anchor + "-" + i;
            }
            return candidate;
        }

        private int lineOf(int offset) {
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        private int[] position(Node node) {
            int line = lineOf(node.getStartOffset());
            return new int[] {line, node.getStartOffset() - lineStarts[line - 1] + 1};
        }

        private void error(int line, int column, String message) {
            failed = true;
            diagnostics.error(source, line, column, message);
        }

        private void warning(int line, int column, String message) {
            diagnostics.warning(source, line, column, message);
        }
    }
}
