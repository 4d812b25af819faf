package org.apparatus.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.Slug;

/**
 * Reads a raw text as it came out of print and writes it as clean Markdown.
 *
 * <p>The print's layout is recovered from a few general signs, not from one file's quirks:
 * <ul>
 * <li>the title and author come from a first line {@code Title by Author}, or from a {@code ## TITLE} heading
 *     followed by an italic author line; a single paragraph between the byline and the first section heading is the
 *     abstract, and a closing paragraph {@code [Dr.] Author is ...} is the note on the author;</li>
 * <li>note markers are {@code <sup>n</sup>}; a note block is a run of definitions {@code n text} or
 *     {@code <sup>n</sup> text}, usually after a {@code ---} rule, where {@code n} is the next note number;
 *     a block right after a rule that is followed by such a definition is the tail of the previous note;</li>
 * <li>a paragraph that does not end a sentence continues after the next page break, across any note block;
 *     a word hyphenated across the break is rejoined unless the hyphen stands before a capital or a digit.</li>
 * </ul>
 * Each page break found becomes a {@code [[page n]]} marker before the first whole word of the new page.
 */
public final class SeedImporter {

    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BYLINE_EMPHASIS = Pattern.compile("^\\s*([*_])(?!\\1)(.+?)\\1\\s*$");
    private static final Pattern TITLE_BY_AUTHOR = Pattern.compile("^(.+)\\s+by\\s+(\\p{Lu}[^.!?]{1,80})$");
    private static final Pattern NOTE_DEFINITION =
            Pattern.compile("^\\s*(?:<sup>\\s*(\\d{1,5})\\s*</sup>\\s*|(\\d{1,5})\\s+)(\\S.*)$", Pattern.DOTALL);
    private static final Pattern MARKER = Pattern.compile("<sup>\\s*(\\d{1,5})\\s*</sup>");
    private static final Pattern EDITION_SYNTAX = Pattern.compile("(?<!\\\\)((?:\\\\{2})*)\\[(?=\\^|\\[page )");
    private static final Pattern PAGE_MARKER_INNER = Pattern.compile("(?<=\\\\\\[)\\[(?=page )");
    private static final Pattern RAW_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\\.?\\s+)?");
    /** How a note cut inside a reference ends: "Vol.", "No.", "pp.", a comma, "(" or an opening quotation mark. */
    private static final Pattern UNFINISHED_NOTE = Pattern.compile(
            "(?:(?<![\\p{L}])(?:Vol|Vols|No|Nos|pp?|Pp?)\\.|[,(\\[\u201C\u2018])$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]$");
    private static final Pattern TRAILING_CLOSERS = Pattern.compile(
            "(\\[\\^\\d+\\]|\\[\\[page \\d+]]|[\"'\\u201D\\u2019)\\]*_]|\\s)+$");
    /**
     * How a line may start that Markdown reads as a block other than a paragraph: an ordered or bullet list item, a
     * quote (no space needed), a heading, a code fence, raw HTML (a {@code <script>} block would run to its closing
     * tag, swallowing the note references and page markers inside) or a link reference definition (which would hide
     * the line). A paragraph of the import is one line, so only its start can be read so.
     */
    private static final Pattern BLOCK_START_SYNTAX = Pattern.compile("^(\\d{1,9})[.)](\\s|$)"
            + "|^(?:[-+*=](\\s|$)|>|#{1,6}(\\s|$)|```[^`]*$|~~~|<[A-Za-z/!?]|\\[[^\\]]*\\]:)");

    private SeedImporter() {
    }

    /** One piece of the seed between blank lines (a heading, a rule, a note definition or a paragraph). */
    private record Chunk(String text, int line) {
    }

    /** A paragraph of the edition being assembled from one or more seed chunks. */
    private static final class Paragraph {
        final StringBuilder markdown = new StringBuilder();
        final List<SeedText> raw = new ArrayList<>();
        final int line;
        final int level; // 0 for a paragraph, 1-6 for a heading

        Paragraph(int line, int level) {
            this.line = line;
            this.level = level;
        }

        boolean open() {
            return level == 0 && !SENTENCE_END.matcher(TRAILING_CLOSERS.matcher(markdown).replaceAll("")).find();
        }

        /**
         * True for a note visibly cut: inside a reference (it ends in "Vol.", "No.", "p." or "pp.", a comma, an open
         * parenthesis or an opening quotation mark, or leaves a quotation open), or before its sentence ends.
         */
        boolean unfinished() {
            String text = markdown.toString().strip();
            long straightQuotes = text.chars().filter(c -> c == '"').count();
            return UNFINISHED_NOTE.matcher(text).find() || straightQuotes % 2 == 1 || open()
                    || text.lastIndexOf('\u201C') > text.lastIndexOf('\u201D');
        }
    }

    /** Imports one seed. Never fails: what cannot be read is kept as text and reported. */
    public static ImportedEssay importSeed(Seed seed) {
        return new Reading(seed).read();
    }

    /** Title-cases text printed in capitals; used for the title of a {@code ## TITLE} seed. */
    static String properTitle(String title, String body) {
        return TitleCase.isAllCapitals(title) ? TitleCase.of(title, body) : title;
    }

    /** The essay id a title gives: its words without a leading article, at most 60 characters. */
    public static String slug(String title) {
        return Slug.of(title.strip().replaceFirst("(?i)^(the|a|an)\\s+(?=\\S)", ""), 60, "essay");
    }

    /** The state of reading one seed, top to bottom. */
    private static final class Reading {
        private final Seed seed;
        private final Diagnostics diagnostics = new Diagnostics();
        private final List<Chunk> chunks;
        private String title;
        private String author;
        private String abstractText = "";
        private String bio = "";
        private final List<SeedText> headText = new ArrayList<>();
        private SeedText abstractRaw;
        private SeedText bioRaw;
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final SortedMap<Integer, Paragraph> notes = new TreeMap<>();
        private final Map<Integer, int[]> references = new LinkedHashMap<>();
        private int page = 1;

        Reading(Seed seed) {
            this.seed = seed;
            this.chunks = chunks(seed.text());
        }

        ImportedEssay read() {
            int next = readHead();
            readBody(next);
            findAbstractAndBio();
            checkNotes();
            return new ImportedEssay(seed, slug(title), markdown(), mainText(), noteText(), diagnostics.all());
        }

        /** Title, author and byline; returns the index of the first chunk after them. */
        private int readHead() {
            if (chunks.isEmpty()) {
                title = seed.fileName().replaceFirst("\\.txt$", "");
                author = "";
                return 0;
            }
            Chunk first = chunks.get(0);
            Matcher heading = HEADING.matcher(first.text());
            if (heading.matches() && heading.group(1).length() <= 2 && chunks.size() > 1) {
                Matcher byline = BYLINE_EMPHASIS.matcher(chunks.get(1).text());
                if (byline.matches()) {
                    String printed = stripEmphasis(heading.group(2));
                    title = properTitle(printed, seed.text().replace(first.text(), ""));
                    author = byline.group(2).strip();
                    headText.add(new SeedText(printed, first.line()));
                    headText.add(new SeedText(author, chunks.get(1).line()));
                    return 2;
                }
            }
            Matcher byAuthor = TITLE_BY_AUTHOR.matcher(first.text().strip());
            if (!first.text().contains("\n") && byAuthor.matches()) {
                title = byAuthor.group(1).strip();
                author = byAuthor.group(2).strip();
                headText.add(new SeedText(title, first.line()));
                headText.add(new SeedText(author, first.line()));
                return 1;
            }
            title = seed.fileName().replaceFirst("\\.txt$", "");
            author = "";
            diagnostics.warning(seed.displayPath(), first.line(), 1, "no title and author found; expected a first line"
                    + " 'Title by Author', or a '## TITLE' heading followed by an italic '*Author*' line;"
                    + " the file name is used as the title");
            return 0;
        }

        private void readBody(int start) {
            boolean pageEnded = false; // a note block or rule was seen since the last body text
            boolean headingOpenedPage = false; // the page began with a heading: its marker goes to the next paragraph
            boolean afterRule = false;
            boolean inNotes = false;
            Paragraph lastNote = null;
            List<Paragraph> block = new ArrayList<>(); // the notes of the note block being read
            List<Paragraph> lastBlock = new ArrayList<>(); // and of the one before the last rule
            for (int i = start; i < chunks.size(); i++) {
                Chunk chunk = chunks.get(i);
                String text = chunk.text();
                if (RULE.matcher(text).matches()) {
                    if (!block.isEmpty()) {
                        lastBlock = block;
                        block = new ArrayList<>();
                    }
                    pageEnded = true;
                    afterRule = true;
                    inNotes = true;
                    continue;
                }
                Optional<Integer> defined = definition(text, inNotes);
                if (defined.isPresent()) {
                    int n = defined.get();
                    Matcher m = NOTE_DEFINITION.matcher(text);
                    m.matches();
                    Paragraph note = new Paragraph(chunk.line(), 0);
                    String definitionText = m.group(3).replace('\n', ' ');
                    note.markdown.append(escapeBlockStart(inline(definitionText, chunk.line(), false)));
                    note.raw.add(new SeedText(definitionText, chunk.line()));
                    if (notes.containsKey(n)) {
                        diagnostics.error(seed.displayPath(), chunk.line(), 1, "note " + n + " is defined twice"
                                + " (first at line " + notes.get(n).line + "); expected each note number once");
                        lastNote = notes.get(n);
                        append(lastNote, note.markdown.toString(), null);
                        lastNote.raw.addAll(note.raw);
                    } else {
                        notes.put(n, note);
                        lastNote = note;
                    }
                    block.add(lastNote);
                    pageEnded = true;
                    inNotes = true;
                    afterRule = false;
                    continue;
                }
                if (afterRule && lastNote != null && i + 1 < chunks.size()
                        && definition(chunks.get(i + 1).text(), true).isPresent()) {
                    Paragraph cut = continued(lastNote, block.isEmpty() ? lastBlock : block, chunk.line());
                    append(cut, inline(text.replace('\n', ' '), chunk.line(), false), null);
                    cut.raw.add(new SeedText(text, chunk.line()));
                    afterRule = false;
                    continue;
                }
                afterRule = false;
                inNotes = false;
                Matcher heading = HEADING.matcher(text);
                if (heading.matches()) {
                    if (pageEnded) {
                        page++;
                        pageEnded = false;
                        headingOpenedPage = true;
                    }
                    String printed = stripEmphasis(heading.group(2));
                    Paragraph h = new Paragraph(chunk.line(), heading.group(1).length());
                    h.markdown.append(escapeEditionSyntax(printed)); // a heading's "[^0]" is the print's words too
                    h.raw.add(new SeedText(printed, chunk.line()));
                    paragraphs.add(h);
                    continue;
                }
                String body = inline(text, chunk.line(), true);
                Paragraph previous = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
                if (previous != null && previous.open()) {
                    page++;
                    append(previous, body, page);
                    previous.raw.add(new SeedText(text, chunk.line()));
                } else {
                    Paragraph p = new Paragraph(chunk.line(), 0);
                    if (pageEnded) {
                        page++;
                        p.markdown.append(marker(page));
                    } else if (headingOpenedPage) {
                        p.markdown.append(marker(page));
                    }
                    p.markdown.append(escapeBlockStart(body));
                    p.raw.add(new SeedText(text, chunk.line()));
                    paragraphs.add(p);
                }
                pageEnded = false;
                headingOpenedPage = false;
            }
        }

        /**
         * The note a block of words at the top of a page's notes continues: the last note of the page before that is
         * visibly unfinished, though a later, complete note stands between them; with none unfinished, the last note,
         * with a warning that it looked complete.
         */
        private Paragraph continued(Paragraph lastNote, List<Paragraph> candidates, int line) {
            for (int i = candidates.size() - 1; i >= 0; i--) {
                if (candidates.get(i).unfinished()) {
                    return candidates.get(i);
                }
            }
            int number = notes.entrySet().stream().filter(e -> e.getValue() == lastNote).map(Map.Entry::getKey)
                    .findFirst().orElse(0);
            diagnostics.warning(seed.displayPath(), line, 1, "the words at the top of this note block continue"
                    + " no note that ends unfinished (in \"Vol.\", \"No.\", \"pp.\", a comma or an open parenthesis"
                    + " or quotation); they are added to note " + number + ", the last before them: check that they"
                    + " belong to it");
            return lastNote;
        }

        /**
         * The note number a chunk defines, if it is a definition here: the number must be the next one expected,
         * or, inside a note block, any number not yet defined that the text refers to.
         */
        private Optional<Integer> definition(String text, boolean inNotes) {
            Matcher m = NOTE_DEFINITION.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            boolean sup = m.group(1) != null;
            int n = Integer.parseInt(sup ? m.group(1) : m.group(2));
            int expected = notes.isEmpty() ? 1 : notes.lastKey() + 1;
            boolean referenced = references.containsKey(n);
            if (n == expected && (referenced || inNotes)) {
                return Optional.of(n);
            }
            if (inNotes && referenced && (sup || n > expected)) {
                return Optional.of(n);
            }
            if (inNotes && sup && notes.containsKey(n)) {
                return Optional.of(n); // a repeated number: reported as a duplicate, its text kept
            }
            return Optional.empty();
        }

        /** Converts note markers to footnote references and reports raw HTML, which the edition shows as text. */
        private String inline(String text, int line, boolean body) {
            Matcher marker = MARKER.matcher(text);
            StringBuilder out = new StringBuilder();
            int last = 0;
            while (marker.find()) {
                int n = Integer.parseInt(marker.group(1));
                if (body) {
                    int lineStart = text.lastIndexOf('\n', marker.start()) + 1;
                    int lines = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
                    references.putIfAbsent(n, new int[] {line + lines, marker.start() - lineStart + 1});
                } else {
                    // a marker inside a note refers to a note too: it needs a definition like any other
                    references.putIfAbsent(n, new int[] {line, 0});
                }
                out.append(escapeEditionSyntax(text.substring(last, marker.start()))).append("[^").append(n).append(']');
                last = marker.end();
            }
            out.append(escapeEditionSyntax(text.substring(last)));
            String converted = out.toString().replace('\n', ' ');
            Matcher tag = RAW_TAG.matcher(converted);
            while (tag.find()) {
                diagnostics.warning(seed.displayPath(), line, 0, "raw HTML '" + tag.group()
                        + "' is not allowed in a text; it is shown as plain text, never run as markup");
            }
            return converted;
        }

        /**
         * Keeps a printed {@code [^n]} or {@code [[page n]]} text: unescaped, the edition would read it as a note
         * reference or page marker the print never had.
         */
        private static String escapeEditionSyntax(String text) {
            String escaped = EDITION_SYNTAX.matcher(text).replaceAll("$1\\\\[");
            return PAGE_MARKER_INNER.matcher(escaped).replaceAll("\\\\["); // both brackets: [[page 2]] as printed
        }

        /** Joins the next piece of a paragraph cut by a page break, rejoining a hyphenated word. */
        private static void append(Paragraph p, String next, Integer newPage) {
            String tail = next.stripLeading();
            if (p.markdown.length() == 0) {
                p.markdown.append(tail);
                return;
            }
            int end = p.markdown.length();
            while (end > 0 && Character.isWhitespace(p.markdown.charAt(end - 1))) {
                end--;
            }
            p.markdown.setLength(end);
            String mark = newPage == null ? "" : marker(newPage);
            boolean hyphenated = end >= 2 && p.markdown.charAt(end - 1) == '-'
                    && Character.isLetter(p.markdown.charAt(end - 2));
            if (hyphenated && !tail.isEmpty() && (Character.isLetter(tail.charAt(0)) || Character.isDigit(tail.charAt(0)))) {
                int space = indexOfWhitespace(tail);
                String word = tail.substring(0, space);
                String rest = tail.substring(space).stripLeading();
                if (Character.isLowerCase(tail.charAt(0))) {
                    p.markdown.setLength(end - 1); // differ- + ence: one word again
                }
                p.markdown.append(word);
                if (!rest.isEmpty() || !mark.isEmpty()) {
                    p.markdown.append(' ').append(mark).append(rest);
                }
            } else {
                p.markdown.append(' ').append(mark).append(tail);
            }
        }

        private static int indexOfWhitespace(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isWhitespace(s.charAt(i))) {
                    return i;
                }
            }
            return s.length();
        }

        private static String marker(int page) {
            return "[[page " + page + "]]";
        }

        /** Abstract: the single paragraph before the first section heading; bio: a closing "[Dr.] Author is ...". */
        private void findAbstractAndBio() {
            int firstHeading = -1;
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).level > 0) {
                    firstHeading = i;
                    break;
                }
            }
            // like the bio, an abstract is one printed piece without notes: front matter holds no note links
            // or page markers
            Paragraph first = paragraphs.isEmpty() ? null : paragraphs.get(0);
            if (firstHeading == 1 && headText.size() == 2 && headText.get(0).line() != headText.get(1).line()
                    && first.raw.size() == 1 && !first.markdown.toString().contains("[^")
                    && !first.markdown.toString().contains("[[page ")) {
                Paragraph p = paragraphs.remove(0);
                abstractText = p.markdown.toString();
                abstractRaw = p.raw.get(0);
            }
            if (!author.isEmpty() && !paragraphs.isEmpty()) {
                Paragraph last = paragraphs.get(paragraphs.size() - 1);
                String text = last.markdown.toString();
                String rest = HONORIFIC.matcher(text).replaceFirst("");
                String surname = author.substring(author.lastIndexOf(' ') + 1);
                boolean aboutAuthor = rest.startsWith(author + " is ") || rest.startsWith(surname + " is ");
                if (last.level == 0 && last.raw.size() == 1 && aboutAuthor && !text.contains("[^")) {
                    paragraphs.remove(paragraphs.size() - 1);
                    bio = text;
                    bioRaw = last.raw.get(0);
                }
            }
        }

        /** Every marker needs a definition; every definition should be referred to. */
        private void checkNotes() {
            TreeSet<Integer> undefined = new TreeSet<>(references.keySet());
            undefined.removeAll(notes.keySet());
            for (int n : undefined) {
                int[] at = references.get(n);
                diagnostics.error(seed.displayPath(), at[0], at[1], "note " + n + " is referenced but never defined;"
                        + " expected a line '" + n + " text' in a note block after the page");
            }
            for (Map.Entry<Integer, Paragraph> note : notes.entrySet()) {
                if (!references.containsKey(note.getKey())) {
                    diagnostics.warning(seed.displayPath(), note.getValue().line, 1, "note " + note.getKey()
                            + " is defined but never referenced; expected <sup>" + note.getKey() + "</sup> in the text");
                }
            }
        }

        private String markdown() {
            StringBuilder md = new StringBuilder("---\n");
            md.append("id: ").append(yaml(slug(title))).append('\n');
            // the title and author are Markdown too: a printed "[^1]" in them is the print's words
            md.append("title: ").append(yaml(escapeEditionSyntax(title))).append('\n');
            md.append("author: ").append(yaml(escapeEditionSyntax(author))).append('\n');
            md.append("seed: ").append(yaml(seed.fileName())).append('\n');
            md.append("sha256: ").append(yaml(seed.sha256())).append('\n');
            if (!abstractText.isEmpty()) {
                md.append("abstract: ").append(yaml(abstractText)).append('\n');
            }
            if (!bio.isEmpty()) {
                md.append("bio: ").append(yaml(bio)).append('\n');
            }
            md.append("---\n");
            for (Paragraph p : paragraphs) {
                md.append('\n');
                if (p.level > 0) {
                    md.append("#".repeat(Math.max(2, p.level))).append(' ');
                }
                md.append(p.markdown.toString().strip()).append('\n');
            }
            for (Map.Entry<Integer, Paragraph> note : notes.entrySet()) {
                // Flexmark takes a definition's label up to the last "]:" of its line: a printed "]:" stays words
                md.append("\n[^").append(note.getKey()).append("]: ")
                        .append(note.getValue().markdown.toString().strip().replace("]:", "]\\:")).append('\n');
            }
            return md.toString();
        }

        private List<SeedText> mainText() {
            List<SeedText> main = new ArrayList<>(headText);
            if (abstractRaw != null) {
                main.add(abstractRaw);
            }
            for (Paragraph p : paragraphs) {
                main.addAll(p.raw);
            }
            if (bioRaw != null) {
                main.add(bioRaw);
            }
            return main;
        }

        private SortedMap<Integer, List<SeedText>> noteText() {
            SortedMap<Integer, List<SeedText>> text = new TreeMap<>();
            notes.forEach((n, p) -> text.put(n, p.raw));
            return text;
        }

        private static String stripEmphasis(String text) {
            String t = text.strip();
            Matcher strong = Pattern.compile("^(\\*\\*|__)(.+)\\1$").matcher(t);
            return strong.matches() ? strong.group(2).strip() : t;
        }

        /**
         * Keeps a paragraph or note that starts like a list item, quote, heading or code fence ("1995. ...",
         * "&gt;&lt;") a paragraph: its page markers and note references are read, and its words shown as printed.
         */
        private static String escapeBlockStart(String text) {
            Matcher m = BLOCK_START_SYNTAX.matcher(text);
            if (!m.find()) {
                return text;
            }
            if (m.group(1) != null) {
                return m.group(1) + "\\" + text.substring(m.group(1).length());
            }
            return "\\" + text;
        }

        /** A YAML double-quoted scalar. */
        private static String yaml(String value) {
            StringBuilder out = new StringBuilder("\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    default -> {
                        // C0, DEL and C1 controls are not printable in YAML; U+2028/9 would be read as line breaks
                        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                            out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
                        } else if (c == 0x2028 || c == 0x2029 || c == 0xFFFE || c == 0xFFFF) {
                            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }

        /** Splits the text into chunks between blank lines; each note definition line starts a chunk of its own. */
        private static List<Chunk> chunks(String text) {
            List<Chunk> chunks = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            StringBuilder current = null;
            int start = 0;
            boolean noteLines = false;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                boolean blank = line.isBlank();
                boolean standalone = RULE.matcher(line).matches() || HEADING.matcher(line).matches();
                boolean noteLine = NOTE_DEFINITION.matcher(line).matches();
                if (current != null && (blank || standalone || (noteLines && noteLine))) {
                    chunks.add(new Chunk(current.toString().strip(), start));
                    current = null;
                }
                if (blank) {
                    continue;
                }
                if (standalone) {
                    chunks.add(new Chunk(line.strip(), i + 1));
                    continue;
                }
                if (current == null) {
                    current = new StringBuilder(line);
                    start = i + 1;
                    noteLines = noteLine;
                } else {
                    current.append('\n').append(line);
                }
            }
            if (current != null) {
                chunks.add(new Chunk(current.toString().strip(), start));
            }
            return chunks;
        }
    }
}
