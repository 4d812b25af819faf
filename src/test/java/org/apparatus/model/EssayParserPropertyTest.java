package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;

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

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The essay parser reads curated essays, mutated, and generated essays full of notes, markers and stray markup: it
 * never throws, an essay it leaves out is reported, every note reference resolves or is reported, and the markup it
 * renders is safe to print unescaped.
 */
class EssayParserPropertyTest {

    private static final Pattern NOTE_LINK = Pattern.compile("href=\"#note-(\\d+)\"");
    private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}([-+*]|\\d{1,9}[.)])(\\s|$)");
    private static final Pattern INDENTED = Pattern.compile(" {4}| {0,3}\t");
    /** Safe addresses, and the actor overrides (actor:id) the cross-referencing stage turns into pages of the site. */
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)^(https?://|mailto:|#)[^\\s]*$|^[^:]*$"
            + "|^actor:(-|[a-z0-9]+(-[a-z0-9]+)*)?$");

    // ---------------------------------------------------------------------------------------------- inputs

    @Provide
    Arbitrary<Mutated> mutatedEssays() {
        return Mutations.mutated(Mutations.curatedEssays(), Mutations.mutation(), 6);
    }

    private static Arbitrary<String> word() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 7).map(n -> "[^" + n + "]")),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 6).map(n -> "[[page " + n + "]]")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(Mutations.PIECES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("*em*", "**strong**", "`code [^2]`", "[link](https://x.org)",
                        "[x](/abs)", "<https://a.b>", "[a][b]", "![img](x.png)", "<b onclick=\"x()\">b</b>",
                        "[s](JaVaScRiPt:alert(1))", "[d](data:text/html,x)", "&#60;script&#62;", "[^a]", "[^ 1]",
                        "\\[^3]", "<!-- c -->", "[^01]", "[^100000]", "[^0]", "[^13]")));
    }

    private static Arbitrary<String> block() {
        Arbitrary<String> text = word().list().ofMinSize(1).ofMaxSize(14).map(ws -> String.join(" ", ws));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, text),
                net.jqwik.api.Tuple.of(3, Combinators.combine(Arbitraries.integers().between(1, 8), text)
                        .as((n, t) -> "[^" + n + "]: " + t)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of("# ", "## ", "### ", "####### "), text)
                        .as((h, t) -> h + t)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of("- ", "> ", "1. ", "    ", "```\n"), text)
                        .as((h, t) -> h + t)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("<div onmouseover=\"x()\">\n[^1] text\n</div>", "---",
                        "<script>alert(1)</script>", "[b]: javascript:alert(1)", "| a | b |\n|---|---|\n| 1 | 2 |")));
    }

    @Provide
    Arbitrary<String> generatedEssays() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                word().list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws)));
        Arbitrary<String> front = Combinators.combine(value, value, value, Arbitraries.integers().between(0, 9))
                .as((title, author, abs, which) -> "---\nid: \"gen\"\ntitle: " + yaml(title) + "\nauthor: " + yaml(author)
                        + (which < 3 ? "\nabstract: " + yaml(abs) : "") + (which == 4 ? "\nbio: " + yaml(abs) : "")
                        + "\n---\n");
        return Combinators.combine(front, block().list().ofMinSize(1).ofMaxSize(12))
                .as((f, blocks) -> f + "\n" + String.join("\n\n", blocks) + "\n");
    }

    private static String yaml(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")
                .replace("\t", "\\t").replace("\u0000", "\\0") + "\"";
    }

    // ---------------------------------------------------------------------------------------------- properties

    @Property(tries = 120)
    void mutatedCuratedEssays(@ForAll("mutatedEssays") Mutated mutated) {
        check(mutated.text());
    }

    @Property(tries = 200)
    void generatedEssays(@ForAll("generatedEssays") String markdown) {
        check(markdown);
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

        Statistics.label("parsed").collect(parsed.isPresent());
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
        Statistics.label("notes").collect(!notes.isEmpty());
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
