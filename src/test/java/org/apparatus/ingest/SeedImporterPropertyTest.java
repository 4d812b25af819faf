package org.apparatus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.link.EditorialChange;
import org.apparatus.link.Fidelity;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;

import org.apparatus.Mutations;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random essays laid out as a print would have them (title, paragraphs with note markers, page breaks that cut
 * paragraphs and words, note blocks after rules, notes cut across pages) must import cleanly and word for word.
 *
 * <p>QuickTheories, not Jazzer: a print is a value (paragraphs of words with note markers, where each page breaks, the
 * note texts), rendered as a seed, so the generator reaches page breaks, notes and hyphenation by construction (the
 * coverage is checked) and a failure shrinks to a print of a few words a person can lay out by hand. Seeded by
 * {@code QT_SEED} (see the pom).
 */
class SeedImporterPropertyTest {

    /** One word of running text, maybe carrying a note marker. */
    record Token(String text, boolean note) {
    }

    /**
     * Where a page may end: after a token. {@code kind} 0 none, 1 with a rule, 2 without a rule (a rule is used
     * anyway when the page has notes), 3 with a rule and the next word hyphenated across the break.
     */
    record Para(String heading, List<Token> tokens, List<Integer> breaks) {
    }

    record Definition(List<String> words, boolean sup, boolean cut) {
    }

    /** A generated print: its head and its body, with the note texts in number order. */
    record Print(boolean capitalTitle, List<String> titleWords, String author, List<Para> paragraphs,
                 List<Definition> notes) {

        int noteCount() {
            return (int) paragraphs.stream().flatMap(p -> p.tokens().stream()).filter(Token::note).count();
        }
    }

    /** A print rendered as a seed, with the number of pages it has. */
    record Rendered(String text, int pages) {
    }

    // ---------------------------------------------------------------------------------------------- generators

    private static Gen<String> lower() {
        return strings().betweenCodePoints('a', 'z').ofLengthBetween(2, 9);
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static Gen<String> word() {
        return Generate.frequency(List.of(
                Pair.of(12, lower()),
                Pair.of(3, lower().map(SeedImporterPropertyTest::capitalise)),
                Pair.of(2, lower().zip(lower(), (a, b) -> a + "-" + b)),
                Pair.of(1, lower().zip(lower(), (a, b) -> capitalise(a) + "-" + capitalise(b))),
                Pair.of(1, lower().map(w -> "\"" + w + "\"")),
                Pair.of(1, lower().map(w -> "\u201C" + w + "\u201D")),
                Pair.of(1, lower().map(w -> capitalise(w) + "\u2019s")),
                Pair.of(1, lower().map(w -> "*" + w + "*")),
                Pair.of(1, Generate.pick(List.of("DPRK", "NATO", "ROK", "USSR", "U.S."))),
                Pair.of(1, integers().between(1000, 2099).map(n -> String.valueOf(n))),
                Pair.of(1, integers().between(1, 999).map(n -> "\\$" + n))));
    }

    private static Gen<Token> token() {
        return word().zip(integers().between(0, 9), (w, n) -> new Token(w, n == 0));
    }

    private static Gen<Para> para() {
        Gen<String> heading = Generate.frequency(List.of(
                Pair.of(6, Generate.constant("")),
                Pair.of(1, lists().of(lower()).ofSizeBetween(1, 4)
                        .map(ws -> "## " + String.join(" ", ws.stream().map(SeedImporterPropertyTest::capitalise).toList()))),
                Pair.of(1, lists().of(lower()).ofSizeBetween(1, 4)
                        .map(ws -> "### **" + capitalise(String.join(" ", ws)) + "**"))));
        Gen<Integer> breakKind = Generate.frequency(List.of(
                Pair.of(40, Generate.constant(0)),
                Pair.of(2, Generate.constant(1)),
                Pair.of(1, Generate.constant(2)),
                Pair.of(2, Generate.constant(3))));
        return lists().of(token()).ofSizeBetween(1, 25).flatMap(tokens -> heading.zip(
                lists().of(breakKind).ofSize(tokens.size()), (h, breaks) -> new Para(h, tokens, breaks)));
    }

    private static Gen<Definition> definition() {
        return lists().of(lower()).ofSizeBetween(1, 12).zip(Generate.booleans(), integers().between(0, 3),
                (ws, sup, cut) -> new Definition(ws, sup, cut == 0));
    }

    private static Gen<Print> prints() {
        Gen<List<Para>> paragraphs = lists().of(para()).ofSizeBetween(1, 8);
        return paragraphs.flatMap(ps -> {
            int notes = (int) ps.stream().flatMap(p -> p.tokens().stream()).filter(Token::note).count();
            return Generate.booleans().zip(
                    lists().of(lower().map(SeedImporterPropertyTest::capitalise)).ofSizeBetween(1, 5),
                    // names apart from the words: a title-cased last title word next to the same word as a first
                    // name can be aligned by the word diff as removed + added rather than as capitalisation
                    Generate.pick(List.of("Sangtu", "Vasily", "Jane", "Tae-Hwan"))
                            .zip(Generate.pick(List.of("Ko", "Mikheev", "Doe", "Kwak")), (a, b) -> a + " " + b),
                    lists().of(definition()).ofSize(notes),
                    (caps, title, author, defs) -> new Print(caps, title, author, ps, defs));
        });
    }

    // ---------------------------------------------------------------------------------------------- rendering

    /** Lays the print out in pages, as in seeds/: blank lines between chunks, notes after a rule. */
    static Rendered render(Print print) {
        StringBuilder out = new StringBuilder("\n");
        if (print.capitalTitle()) {
            out.append("## ").append(String.join(" ", print.titleWords()).toUpperCase(Locale.ROOT)).append("\n\n");
            out.append('*').append(print.author()).append("*\n\n");
        } else {
            out.append(String.join(" ", print.titleWords())).append(" by ").append(print.author()).append("\n\n");
        }
        // which pages hold which notes, to know where a cut note may continue
        List<List<Integer>> notesByPage = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int n = 0;
        List<Para> ps = print.paragraphs();
        for (int p = 0; p < ps.size(); p++) {
            List<Token> tokens = ps.get(p).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).note()) {
                    current.add(++n);
                }
                if (breaks(print, p, t) != 0) {
                    notesByPage.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        notesByPage.add(current);

        int page = 0;
        n = 0;
        String carry = null; // the tail of a note cut at the end of the previous page
        StringBuilder line = new StringBuilder();
        for (int p = 0; p < ps.size(); p++) {
            Para para = ps.get(p);
            if (!para.heading().isEmpty()) {
                out.append(para.heading()).append("\n\n");
            }
            List<Token> tokens = para.tokens();
            String prefix = null; // the second half of a word hyphenated across the last break
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                String text = token.text();
                if (prefix != null) {
                    text = prefix + text;
                    prefix = null;
                }
                boolean last = t == tokens.size() - 1;
                int kind = breaks(print, p, t);
                int nextIndex = t + 1;
                String nextWord = nextIndex < tokens.size() ? tokens.get(nextIndex).text() : "";
                boolean split = kind == 3 && nextWord.matches("[a-z]{4,}")
                        && !nearby(tokens, nextIndex, nextWord.substring(0, 2), nextWord.substring(2));
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(text);
                if (token.note()) {
                    line.append("<sup>").append(++n).append("</sup>");
                }
                if (last) {
                    line.append('.');
                }
                if (kind == 0) {
                    continue;
                }
                // the page ends here
                if (split) {
                    int cut = 2;
                    line.append(' ').append(nextWord, 0, cut).append('-');
                    prefix = "";
                    tokens = withHead(tokens, nextIndex, nextWord.substring(cut));
                }
                out.append(line).append("\n\n");
                line.setLength(0);
                List<Integer> pageNotes = notesByPage.get(page);
                // without a rule, only a page ending mid-sentence shows that it is a page break
                boolean rule = kind != 2 || !pageNotes.isEmpty() || carry != null || last || text.endsWith(".");
                if (rule) {
                    out.append("---\n\n");
                }
                if (carry != null) {
                    out.append(carry).append("\n\n");
                    carry = null;
                }
                for (int i = 0; i < pageNotes.size(); i++) {
                    int number = pageNotes.get(i);
                    Definition d = print.notes().get(number - 1);
                    List<String> words = d.words();
                    boolean cutHere = d.cut() && i == pageNotes.size() - 1 && words.size() > 1
                            && page + 1 < notesByPage.size() && !notesByPage.get(page + 1).isEmpty();
                    List<String> head = cutHere ? words.subList(0, words.size() / 2 + words.size() % 2) : words;
                    String start = d.sup() ? "<sup>" + number + "</sup> " : number + " ";
                    out.append(start).append(capitalise(String.join(" ", head)));
                    if (cutHere) {
                        carry = String.join(" ", words.subList(head.size(), words.size())) + ".";
                    } else {
                        out.append('.');
                    }
                    out.append("\n\n");
                }
                page++;
            }
            if (line.length() > 0) {
                out.append(line).append("\n\n");
                line.setLength(0);
            }
        }
        List<Integer> lastNotes = notesByPage.get(page);
        if (!lastNotes.isEmpty()) {
            out.append("---\n\n");
            for (int number : lastNotes) {
                Definition d = print.notes().get(number - 1);
                out.append(d.sup() ? "<sup>" + number + "</sup> " : number + " ")
                        .append(capitalise(String.join(" ", d.words()))).append(".\n\n");
            }
        }
        return new Rendered(out.toString(), page + 1);
    }

    /** The break after token {@code t} of paragraph {@code p}; never after the essay's last word. */
    private static int breaks(Print print, int p, int t) {
        List<Para> ps = print.paragraphs();
        boolean veryLast = p == ps.size() - 1 && t == ps.get(p).tokens().size() - 1;
        return veryLast ? 0 : ps.get(p).breaks().get(t);
    }

    /**
     * True when a piece of a word to be hyphenated also stands as a word next to it: the word diff of the fidelity
     * check may then pair the piece with its twin and report the rejoined word as added and removed words.
     */
    private static boolean nearby(List<Token> tokens, int index, String head, String tail) {
        for (int i = Math.max(0, index - 2); i < Math.min(tokens.size(), index + 4); i++) {
            for (String w : tokens.get(i).text().split("[^\\p{L}\\p{N}]+")) {
                if (w.equals(head) || w.equals(tail)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Token> withHead(List<Token> tokens, int index, String text) {
        List<Token> copy = new ArrayList<>(tokens);
        copy.set(index, new Token(text, tokens.get(index).note()));
        return copy;
    }

    static ImportedEssay importText(String text) {
        return SeedImporter.importSeed(new Seed("p.txt", "seeds/p.txt",
                SeedReader.sha256(text.getBytes(StandardCharsets.UTF_8)), text));
    }

    // ---------------------------------------------------------------------------------------------- properties

    @Test
    void importIsCleanStableAndFaithful() {
        qt().withExamples(200).forAll(prints()).checkAssert(SeedImporterPropertyTest::importsFaithfully);
    }

    private static void importsFaithfully(Print print) {
        Rendered rendered = render(print);
        ImportedEssay imported = importText(rendered.text());
        assertThat(imported.diagnostics()).as(rendered.text()).isEmpty();
        assertThat(importText(rendered.text()).markdown()).isEqualTo(imported.markdown());

        Diagnostics diagnostics = new Diagnostics();
        Optional<Essay> essay = EssayParser.parse("p.md", imported.id(), imported.markdown(), Essay.Origin.IMPORTED,
                diagnostics);
        assertThat(diagnostics.all()).as(imported.markdown()).isEmpty();
        assertThat(essay).as(imported.markdown()).isPresent();
        assertThat(essay.get().notes()).hasSize(print.noteCount());

        List<EditorialChange> changes = Fidelity.compare(imported, essay.get());
        assertThat(changes).as(rendered.text() + "\n=====\n" + imported.markdown())
                .allSatisfy(c -> assertThat(c.kind().isTypographic()).as(c.toString()).isTrue());
    }

    @Test
    void everyPageBreakBecomesOneMarkerInOrder() {
        int[] counts = new int[4]; // tries, several pages, notes, word hyphenated across a page
        qt().withExamples(200).forAll(prints()).checkAssert(print -> {
            Rendered rendered = markersInOrder(print);
            counts[0]++;
            counts[1] += rendered.pages() > 1 ? 1 : 0;
            counts[2] += print.noteCount() > 0 ? 1 : 0;
            counts[3] += rendered.text().matches("(?s).*[a-z]-\n\n.*") ? 1 : 0;
        });
        // the generator must keep exercising page breaks, notes and hyphenation across pages
        assertThat(counts[0]).isEqualTo(200);
        assertThat(100 * counts[1] / counts[0]).as("%% with several pages").isGreaterThanOrEqualTo(40);
        assertThat(100 * counts[2] / counts[0]).as("%% with notes").isGreaterThanOrEqualTo(40);
        assertThat(100 * counts[3] / counts[0]).as("%% with a word hyphenated across a page").isGreaterThanOrEqualTo(10);
    }

    private static Rendered markersInOrder(Print print) {
        Rendered rendered = render(print);
        String markdown = importText(rendered.text()).markdown();
        Matcher m = Pattern.compile("\\[\\[page (\\d+)]]").matcher(markdown);
        List<Integer> pages = new ArrayList<>();
        while (m.find()) {
            pages.add(Integer.parseInt(m.group(1)));
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 2; i <= rendered.pages(); i++) {
            expected.add(i);
        }
        assertThat(pages).as(rendered.text() + "\n=====\n" + markdown).isEqualTo(expected);
        return rendered;
    }

    /**
     * A paragraph or note whose print starts like Markdown block syntax (a quote, list item, heading, code fence, raw
     * HTML, link reference definition) stays a paragraph of the edition: its note reference and page break are read
     * and it keeps every word.
     */
    @Test
    void paragraphStartingLikeBlockSyntaxStaysAParagraph() {
        // a print's "## Heading" is a heading of the edition, by the importer's rules
        qt().withExamples(300).forAll(blockStarts().assuming(start -> !start.matches("#{1,6}(\\s.*)?")), blockStarts())
                .checkAssert(SeedImporterPropertyTest::staysAParagraph);
    }

    private static void staysAParagraph(String start, String noteStart) {
        String text = "Title by Author\n\n" + start + " opens the text<sup>1</sup> and runs on\n\n---\n\n1 "
                + noteStart + " note.\n\nonto page two.\n";
        ImportedEssay imported = importText(text);
        Diagnostics diagnostics = new Diagnostics();
        Essay essay = EssayParser.parse("p.md", imported.id(), imported.markdown(), Essay.Origin.IMPORTED,
                diagnostics).orElseThrow(() -> new AssertionError(diagnostics.all() + "\n" + imported.markdown()));
        assertThat(essay.paragraphs()).as(imported.markdown()).singleElement().satisfies(p -> {
            assertThat(p.notes()).containsExactly(1);
            assertThat(p.pageBreaks()).containsExactly(2);
        });
        assertThat(essay.notes()).as(imported.markdown()).singleElement()
                .satisfies(n -> assertThat(n.text().plain()).endsWith(" note."));
        assertThat(Fidelity.compare(imported, essay)).as(imported.markdown())
                .allSatisfy(c -> assertThat(c.kind().isTypographic()).as(c.toString()).isTrue());
    }

    private static Gen<String> blockStarts() {
        return Generate.oneOf(
                Generate.pick(List.of(">", "><", "> quoted", "-", "- item", "+", "* item", "#", "## x", "###### x", "1.",
                        "2)", "123456789. year", "```", "~~~ x", "[a]: /url", "[label]: x", "<div>", "<!--", "<script>",
                        "</p>", "<?php", "<!X", "<![CDATA[", "=", "===")),
                // no backticks: a print's `code` is Markdown the import passes on, which the edition shows as code
                Mutations.textOf("<>#-+=~[]:!?/.)0123456789 aZ", 1, 8).map(String::strip).assuming(t -> !t.isEmpty()));
    }

    @Test
    void importNeverThrowsOnArbitraryText() {
        qt().withExamples(100).forAll(noise()).checkAssert(text -> {
            ImportedEssay imported = importText(text);
            assertThat(imported.markdown()).startsWith("---\nid: \"");
            assertThat(importText(text)).isEqualTo(imported);
        });
    }

    private static Gen<String> noise() {
        Gen<String> line = Generate.oneOf(
                Generate.pick(List.of("---", "***", "## TITLE OF IT", "### **Bold**", "*Author Name*", "", "",
                        "Title by Author", "1995 and more", "12, No. 2 (Winter 2000), p. 12.", "<sup>1</sup> note",
                        "2 note", "text<sup>2</sup> more", "<b>bold</b>", "- item", "1995. year", "Dr. Name is here.",
                        "word-", "ence of it", "\\$150 \u201Cq\u201D")),
                Mutations.anyText(0, 40));
        return lists().of(line).ofSizeBetween(0, 30).map(ls -> String.join("\n", ls)).describedAs(Mutations::escape);
    }
}
