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
}
