package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A fragment made from another with tags put in: the same HTML, held as the changes. */
class MarkupTest {

    private static final List<String> PIECES = List.of("Kim", " met ", "Putin", ".", "&quot;", "&amp;", "&#39;",
            "<em>", "</em>", "<a href=\"#note-1\">", "</a>", "<sup class=\"fnref\">", "</sup>", "<br>", "é", ">", "");
    private static final List<String> TAGS = List.of("<a class=\"mention actor\" href=\"../actors/putin.html\">",
            "</a>", "<span class=\"mention\">", "</span>");
    private static final UnaryOperator<String> AS_IS = t -> t;

    private static Gen<List<String>> pieces() {
        return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 20);
    }

    @Test
    void aBaseWithTagsPutInIsTheSameHtmlHeldAsTheTags() {
        qt().withExamples(3000).forAll(pieces(), lists().of(integers().between(0, 40)).ofSizeBetween(1, 6),
                        Generate.pick(TAGS))
                .checkAssert((pieces, where, tag) -> {
                    String base = String.join("", pieces);
                    // tags put in between pieces, and the quotation marks the base writes as references written plain
                    List<String> changed = new ArrayList<>();
                    for (int i = 0; i <= pieces.size(); i++) {
                        for (int w : where) {
                            if (w == i) {
                                changed.add(tag);
                            }
                        }
                        if (i < pieces.size()) {
                            changed.add(pieces.get(i).equals("&quot;") ? "\"" : pieces.get(i));
                        }
                    }
                    String html = String.join("", changed);
                    Markup made = Markup.inserting(new Markup(base), html, AS_IS);
                    assertThat(made.html()).isEqualTo(html);
                    assertThat(made.heldAsChanges()).isEqualTo(!html.equals(base));
                    assertThat(made).isEqualTo(new Markup(html)).hasSameHashCodeAs(new Markup(html));
                    assertThat(Markup.inserting(new Markup(base), html, AS_IS)).isEqualTo(made);
                });
    }

    @Test
    void anyOtherFragmentIsItsOwnHtml() {
        qt().withExamples(3000).forAll(pieces(), pieces()).checkAssert((a, b) -> {
            String base = String.join("", a);
            String html = String.join("", b);
            Markup made = Markup.inserting(new Markup(base), html, AS_IS);
            assertThat(made.html()).isEqualTo(html);
            assertThat(made).isEqualTo(new Markup(html)).hasSameHashCodeAs(new Markup(html));
            assertThat(made.equals(new Markup(base))).isEqualTo(html.equals(base));
        });
    }

    @Test
    void theBaseItselfWhenNothingIsPutInAndEachTagThroughShare() {
        Markup base = new Markup("<p>Kim met &quot;Putin&quot;.</p>");
        assertThat(Markup.inserting(base, base.html(), AS_IS)).isSameAs(base);
        List<String> shared = new ArrayList<>();
        Markup linked = Markup.inserting(base, "<p><a href=\"k\">Kim</a> met \"Putin\".</p>", t -> {
            shared.add(t);
            return t;
        });
        assertThat(linked.heldAsChanges()).isTrue();
        assertThat(shared).containsExactly("<a href=\"k\">", "</a>", "\"", "\"");
        assertThat(linked).hasToString("<p><a href=\"k\">Kim</a> met \"Putin\".</p>");
        // a base cut short, or a word changed: the HTML itself
        assertThat(Markup.inserting(base, "<p>Kim met</p>", AS_IS).heldAsChanges()).isFalse();
        assertThat(Markup.inserting(base, "<p>Kim saw &quot;Putin&quot;.</p>", AS_IS).heldAsChanges()).isFalse();
    }

    private static final List<String> WORDS = List.of("Kim", "met", "\"Putin\"", "in", "Moscow", "&", "<b>", "é", "1",
            "2000.");

    @Test
    void aParagraphsMarkupIsHeldAsChangesToItsPlainWords() {
        qt().withExamples(3000).forAll(lists().of(Generate.pick(WORDS)).ofSizeBetween(1, 30),
                        lists().of(integers().between(0, 12)).ofSizeBetween(30, 30))
                .checkAssert((words, how) -> {
                    String plain = String.join(" ", words);
                    // the markup as the parser makes it: characters escaped, some words emphasised, a note's
                    // marker (whose number the plain words leave out) after some, a line break for some spaces
                    StringBuilder html = new StringBuilder("<p>");
                    int changes = 2; // each tag, character reference, changed space and run of words in a tag
                    for (int i = 0; i < words.size(); i++) {
                        String word = words.get(i).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                                .replace("\"", "&quot;");
                        changes += word.length() - word.replace("&", "").length();
                        changes += how.get(i) == 1 ? 2 : how.get(i) == 2 ? 5
                                : how.get(i) == 3 && i < words.size() - 1 ? 1 : 0;
                        html.append(switch (how.get(i)) {
                            case 1 -> "<em>" + word + "</em>";
                            case 2 -> word + "<sup class=\"fnref\"><a href=\"#note-" + i + "\">" + i + "</a></sup>";
                            default -> word;
                        });
                        if (i < words.size() - 1) {
                            html.append(how.get(i) == 3 ? "\n" : " ");
                        }
                    }
                    html.append("</p>");
                    Markup made = Markup.over(plain, html.toString(), AS_IS);
                    assertThat(made.html()).isEqualTo(html.toString());
                    assertThat(made.heldAsChanges()).isEqualTo(changes <= Math.max(Markup.FEW,
                            html.length() / Markup.CHARS_PER_CHANGE));
                    assertThat(made).isEqualTo(new Markup(html.toString()));
                    assertThat(Markup.inserting(made, html.toString().replace("Moscow", "<a>Moscow</a>"), AS_IS).html())
                            .isEqualTo(html.toString().replace("Moscow", "<a>Moscow</a>"));
                });
    }

    @Test
    void markupFarFromItsPlainWordsIsItsOwnHtml() {
        Markup made = Markup.over("Kim met Putin.", "<p>Something else entirely, with other words.</p>", AS_IS);
        assertThat(made.heldAsChanges()).isFalse();
        assertThat(made.html()).isEqualTo("<p>Something else entirely, with other words.</p>");
        assertThat(Markup.over("", "", AS_IS).html()).isEmpty();
    }
}
