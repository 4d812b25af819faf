package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a page quotes of a sentence: all of it when short, cut at a word with an ellipsis when long. */
class ExcerptTest {

    @Test
    void aShortSentenceIsQuotedWhole() {
        String text = "First. Then Putin spoke at length. Last.";
        int at = text.indexOf("Putin");
        Excerpt e = Excerpt.of(text, 7, at, at + 5, text.indexOf("Last") - 1);
        assertThat(e.before()).isEqualTo("Then ");
        assertThat(e.words()).isEqualTo("Putin");
        assertThat(e.after()).isEqualTo(" spoke at length.");
        assertThat(e.uncutBefore()).isEqualTo("Then ");
    }

    @Test
    void aLongSentenceIsCutAtAWordWithAnEllipsisOnEitherSide() {
        String words = "word ".repeat(200); // 1,000 characters
        String text = words + "Putin " + words.strip() + ".";
        int at = words.length();
        Excerpt e = Excerpt.of(text, 0, at, at + 5, text.length());
        assertThat(e.before()).startsWith(Excerpt.CUT + " word ").endsWith("word ")
                .hasSizeLessThanOrEqualTo(Excerpt.WIDTH + 2);
        assertThat(e.after()).startsWith(" word").endsWith("word " + Excerpt.CUT)
                .hasSizeLessThanOrEqualTo(Excerpt.WIDTH + 2);
        assertThat(e.uncutBefore()).doesNotContain(Excerpt.CUT).startsWith("word ");
        assertThat(text).contains(e.uncutBefore() + "Putin" + e.after().replace(" " + Excerpt.CUT, ""));
    }

    @Test
    void wordsThatRunPastTheirSentenceEndAreQuotedToTheirEnd() {
        String text = "He met George W. Bush there.";
        int at = text.indexOf("George");
        // a sentence break found after "W." ends the sentence inside the name
        Excerpt e = Excerpt.of(text, 0, at, at + "George W. Bush".length(), text.indexOf("W.") + 2);
        assertThat(e.words()).isEqualTo("George W. Bush");
        assertThat(e.after()).isEmpty();
    }

    @Test
    void boundsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new Excerpt("abc", 2, 1, 3, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in order");
        assertThatThrownBy(() -> new Excerpt("abc", 0, 1, 2, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuotationPrintsItselfNotItsParagraph() {
        String text = "x".repeat(5_000) + ". Putin spoke.";
        int at = text.indexOf("Putin");
        assertThat(Excerpt.of(text, at, at, at + 5, text.length()).toString()).isEqualTo("Excerpt[[Putin] spoke.]");
    }

    @Test
    void excerptsQuotingTheSameAreEqualWhateverElseTheirParagraphsSay() {
        String one = "An earlier sentence. Putin spoke. A later one.";
        String two = "Another opening, edited. Putin spoke. A later one, edited too.";
        Excerpt a = Excerpt.of(one, 21, 21, 26, 34);
        Excerpt b = Excerpt.of(two, 25, 25, 30, 38);
        assertThat(a.before() + "[" + a.words() + "]" + a.after()).isEqualTo("[Putin] spoke.");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        Excerpt other = Excerpt.of(two, 0, 25, 30, 38);
        assertThat(other).isNotEqualTo(a);
        assertThat(Excerpt.of(one, 0, 21, 26, 34)).isNotEqualTo(Excerpt.of(one, 0, 21, 25, 34));
    }
}
