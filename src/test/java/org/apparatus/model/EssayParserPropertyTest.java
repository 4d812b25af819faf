package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.Mutations;
import org.apparatus.Mutations.Mutated;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The essay parser reads curated essays, mutated, and generated essays full of notes, markers and stray markup: it
 * never throws, an essay it leaves out is reported, every note reference resolves or is reported, and the markup it
 * renders is safe to print unescaped.
 *
 * <p>QuickTheories, not Jazzer: the inputs are built from Markdown pieces (note markers, definitions, headings, lists,
 * stray markup), so the generator already reaches the parser's branches without coverage guidance, and a failure
 * shrinks to a short essay of those pieces or to one or two named mutations. Seeded by {@code QT_SEED} (see the pom).
 */
class EssayParserPropertyTest {

    private static final Pattern NOTE_LINK = Pattern.compile("href=\"#note-(\\d+)\"");
    private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}([-+*]|\\d{1,9}[.)])(\\s|$)");
    private static final Pattern INDENTED = Pattern.compile(" {4}| {0,3}\t");
    /** Safe addresses, and the actor overrides (actor:id) the cross-referencing stage turns into pages of the site. */
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)^(https?://|mailto:|#)[^\\s]*$|^[^:]*$"
            + "|^actor:(-|[a-z0-9]+(-[a-z0-9]+)*)?$");

    // ---------------------------------------------------------------------------------------------- inputs

    private static Gen<Mutated> mutatedEssays() {
        return Mutations.mutated(Mutations.curatedEssays(), Mutations.mutation(), 6);
    }

    private static Gen<String> letters(int min, int max) {
        return strings().betweenCodePoints('a', 'z').ofLengthBetween(min, max);
    }

    private static Gen<String> word() {
        return Generate.frequency(List.of(
                Pair.of(10, letters(1, 8)),
                Pair.of(3, integers().between(1, 7).map(n -> "[^" + n + "]")),
                Pair.of(1, integers().between(0, 6).map(n -> "[[page " + n + "]]")),
                Pair.of(2, Generate.pick(Mutations.PIECES)),
                Pair.of(1, Generate.pick(List.of("*em*", "**strong**", "`code [^2]`", "[link](https://x.org)",
                        "[x](/abs)", "<https://a.b>", "[a][b]", "![img](x.png)", "<b onclick=\"x()\">b</b>",
                        "[s](JaVaScRiPt:alert(1))", "[d](data:text/html,x)", "&#60;script&#62;", "[^a]", "[^ 1]",
                        "\\[^3]", "<!-- c -->", "[^01]", "[^100000]", "[^0]", "[^13]")))));
    }

    private static Gen<String> words(int min, int max) {
        return lists().of(word()).ofSizeBetween(min, max).map(ws -> String.join(" ", ws));
    }

    private static Gen<String> block() {
        Gen<String> text = words(1, 14);
        return Generate.frequency(List.of(
                Pair.of(6, text),
                Pair.of(3, integers().between(1, 8).zip(text, (n, t) -> "[^" + n + "]: " + t)),
                Pair.of(1, Generate.pick(List.of("# ", "## ", "### ", "####### ")).zip(text, (h, t) -> h + t)),
                Pair.of(1, Generate.pick(List.of("- ", "> ", "1. ", "    ", "```\n")).zip(text, (h, t) -> h + t)),
                Pair.of(1, Generate.pick(List.of("<div onmouseover=\"x()\">\n[^1] text\n</div>", "---",
                        "<script>alert(1)</script>", "[b]: javascript:alert(1)", "| a | b |\n|---|---|\n| 1 | 2 |")))));
    }

    private static Gen<String> essays() {
        Gen<String> value = Generate.oneOf(letters(1, 10), words(1, 4));
        Gen<String> front = value.zip(value, value, integers().between(0, 9),
                (title, author, abs, which) -> "---\nid: \"gen\"\ntitle: " + yaml(title) + "\nauthor: " + yaml(author)
                        + (which < 3 ? "\nabstract: " + yaml(abs) : "") + (which == 4 ? "\nbio: " + yaml(abs) : "")
                        + "\n---\n");
        return front.zip(lists().of(block()).ofSizeBetween(1, 12),
                (f, blocks) -> f + "\n" + String.join("\n\n", blocks) + "\n").describedAs(Mutations::escape);
    }

    private static String yaml(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")
                .replace("\t", "\\t").replace("\u0000", "\\0") + "\"";
    }

    // ---------------------------------------------------------------------------------------------- properties

    @Test
    void mutatedCuratedEssays() {
        qt().withExamples(120).forAll(mutatedEssays()).checkAssert(mutated -> check(mutated.text()));
    }

    @Test
    void generatedEssays() {
        qt().withExamples(200).forAll(essays()).checkAssert(EssayParserPropertyTest::check);
    }

    /** What a build checks of every essay it parses. */
    private static void check(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Essay> parsed = EssayParser.parse("e.md", "e", markdown, Essay.Origin.CURATED, diagnostics);

        Diagnostics again = new Diagnostics();
        assertThat(EssayParser.parse("e.md", "e", markdown, Essay.Origin.CURATED, again)).isEqualTo(parsed);
        assertThat(again.all()).isEqualTo(diagnostics.all());
        int lines = markdown.split("\n", -1).length;
        assertThat(diagnostics.all()).allSatisfy(d -> assertThat(d.line()).isBetween(0, lines));

        if (parsed.isEmpty()) {
            assertThat(diagnostics.hasErrors()).as("an essay left out is reported").isTrue();
            return;
        }
        Essay essay = parsed.get();
        Set<Integer> notes = essay.notes().stream().map(Note::number).collect(Collectors.toSet());
        Set<String> anchors = new HashSet<>();
        int number = 0;
        for (Block block : essay.blocks()) {
            assertThat(anchors.add(block.anchor())).as("anchor %s is unique", block.anchor()).isTrue();
            assertThat(block.anchor()).matches("[a-z0-9-]+");
            assertSafe(block.text().markup());
            if (block instanceof Block.Paragraph p) {
                assertThat(p.number()).isEqualTo(++number);
                assertThat(notes).as("notes of %s", p.anchor()).containsAll(p.notes());
                Matcher link = NOTE_LINK.matcher(p.text().markup().html());
                while (link.find()) {
                    assertThat(notes).as("%s links to note %s", p.anchor(), link.group(1))
                            .contains(Integer.parseInt(link.group(1)));
                }
            }
        }
        for (Note note : essay.notes()) {
            assertSafe(note.text().markup());
            assertThat(note.citations()).doesNotContainNull();
        }
        assertSafe(essay.title().markup());
        assertSafe(essay.author().markup());
        essay.abstractText().ifPresent(t -> assertSafe(t.markup()));
        essay.bio().ifPresent(t -> assertSafe(t.markup()));

        // every [^n] of the text (after the front matter, whose values are not the text) is a note, or was
        // reported on its line
        List<String> unresolved = new ArrayList<>();
        String[] source = markdown.split("\n", -1);
        int body = 1;
        while (body < source.length && !source[body].matches("(---|\\.\\.\\.)[ \t]*")) {
            body++;
        }
        int blockStart = body + 2; // the line a block of text (between blank lines, or a fenced block) starts on
        boolean fenced = false;
        boolean afterBlank = false;
        for (int i = body + 1; i < source.length; i++) {
            int line = i + 1;
            boolean fence = source[i].stripLeading().startsWith("```") || source[i].stripLeading().startsWith("~~~");
            if (source[i].isBlank() && !fenced) {
                afterBlank = true;
                continue;
            }
            // after a blank line a list goes on with its next item or an indented line, and indented code with an
            // indented line: one block, reported once
            String first = source[blockStart - 1];
            boolean goesOn = LIST_ITEM.matcher(first).lookingAt()
                    && (LIST_ITEM.matcher(source[i]).lookingAt() || source[i].startsWith("  "))
                    || INDENTED.matcher(first).lookingAt() && INDENTED.matcher(source[i]).lookingAt();
            if (afterBlank && !fenced && !goesOn) {
                blockStart = line;
            } else if (fence && !fenced) {
                blockStart = line;
            }
            afterBlank = false;
            fenced ^= fence;
            int from = blockStart;
            for (String label : Mutations.footnoteLabels(source[i].replaceAll("`[^`]*`", ""))) { // code is text
                boolean note = label.matches("[1-9]\\d{0,4}") && notes.contains(Integer.parseInt(label));
                // a reference in a block shown as plain text (code, a list, raw HTML) is reported where the block starts
                if (!note && diagnostics.all().stream().noneMatch(d -> (d.line() >= from && d.line() <= line)
                        || d.message().contains("[^" + label + "]"))) {
                    unresolved.add(line + ": [^" + label + "]");
                }
            }
        }
        assertThat(unresolved).as("references neither resolved nor reported\n%s", diagnostics.report()).isEmpty();
    }

    /** Markup printed unescaped into pages: no script, no event handler, no link that could run code. */
    private static void assertSafe(Markup markup) {
        for (Element e : Jsoup.parseBodyFragment(markup.html()).body().getAllElements()) {
            assertThat(e.tagName()).as(markup.html()).isNotIn("script", "iframe", "object", "embed", "style", "img",
                    "form", "input", "svg", "math", "base", "meta", "link");
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase(java.util.Locale.ROOT)).as(markup.html()).doesNotStartWith("on");
                if (a.getKey().equals("href")) {
                    assertThat(a.getValue()).as(markup.html()).matches(SAFE_HREF);
                }
            }
        }
    }
}
