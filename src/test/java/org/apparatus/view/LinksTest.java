package org.apparatus.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apparatus.model.Markup;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static final List<String> PARAGRAPHS = List.of(
            "<p id=\"p3\">In 2000 <a class=\"mention actor\" href=\"../actors/putin.html\">Putin</a> went to"
                    + " Pyongyang.<sup class=\"fn\"><a id=\"ref-4\" href=\"#note-4\">4</a></sup> Then"
                    + " <a class=\"mention event\" href=\"../events/summit.html\">the summit</a>.<sup class=\"fn\">"
                    + "<a id=\"ref-5\" href=\"#note-5\">5</a></sup></p>",
            "<p id=\"p1\">No mention here.<sup class=\"fn\"><a id=\"ref-1\" href=\"#note-1\">1</a></sup></p>",
            "<p>A <a class=\"mention\" href=\"#odd\">mention to a fragment</a> and <a href=\"https://x.org/\">out</a>"
                    + " and a mention word.</p>");

    @Test
    void aNotesPassageMadeInOneParseIsThePassageMadeInTwo() {
        for (String paragraph : PARAGRAPHS) {
            for (int note : List.of(1, 4, 5, 9)) {
                Markup html = new Markup(paragraph);
                Markup two = Links.deeper(Links.passageMarkup(html, "../../essays/e.html", note));
                assertThat(Links.passageMarkup(html, "../../essays/e.html", note, true)).as(paragraph).isEqualTo(two);
                assertThat(Links.passageMarkup(html, "../../essays/e.html", note, false))
                        .isEqualTo(Links.passageMarkup(html, "../../essays/e.html", note));
            }
        }
        Markup marked = Links.passageMarkup(new Markup(PARAGRAPHS.get(0)), "../../essays/e.html", 4, true);
        assertThat(marked.html()).contains("href=\"../../actors/putin.html\"")
                .contains("class=\"fn current\"").contains("href=\"../../essays/e.html#note-4\" aria-current=\"true\"")
                .doesNotContain("id=\"ref-4\"");
    }

    @Test
    void theNotesOfOneParagraphMadeInOneParseAreEachAsMadeAlone() {
        List<String> paragraphs = new java.util.ArrayList<>(PARAGRAPHS);
        // a note called twice, a marker without a class, one already marked, and a marker with no parent element
        paragraphs.add("<p>Twice.<sup><a href=\"#note-4\">4</a></sup> Again.<sup class=\"fn\"><a href=\"#note-4\""
                + " aria-current=\"false\">4</a></sup> And<sup class=\"fn current\"><a id=\"r5\" href=\"#note-5\">5"
                + "</a></sup></p>");
        paragraphs.add("<a href=\"#note-4\">4</a> then <a href=\"#note-5\">5</a>");
        for (String paragraph : paragraphs) {
            Markup html = new Markup(paragraph);
            for (boolean deeper : List.of(true, false)) {
                java.util.Map<Integer, Markup> together = Links.passagesMarkup(html, "../../essays/e.html",
                        List.of(5, 1, 4, 9, 4), deeper);
                assertThat(together.keySet()).containsExactly(5, 1, 4, 9);
                together.forEach((note, markup) -> assertThat(markup).as(paragraph + " note " + note)
                        .isEqualTo(Links.passageMarkup(html, "../../essays/e.html", note, deeper)));
            }
        }
        // and on its own terms: only the note's own markers are current, each note's in turn
        Markup twice = new Markup(paragraphs.get(3));
        java.util.Map<Integer, Markup> made = Links.passagesMarkup(twice, "e.html", List.of(4, 5), false);
        org.jsoup.nodes.Document four = org.jsoup.Jsoup.parseBodyFragment(made.get(4).html());
        assertThat(four.select("[aria-current=true]").eachAttr("href")).containsExactly("e.html#note-4", "e.html#note-4");
        assertThat(four.select("sup.current a").eachAttr("href")).containsExactly("e.html#note-4", "e.html#note-4",
                "e.html#note-5"); // the third sup was marked current in the paragraph itself
        org.jsoup.nodes.Document five = org.jsoup.Jsoup.parseBodyFragment(made.get(5).html());
        assertThat(five.select("[aria-current=true]").eachAttr("href")).containsExactly("e.html#note-5");
        assertThat(five.select("[aria-current=false]")).hasSize(1);
        assertThat(five.select("[id]")).isEmpty();
    }
}
