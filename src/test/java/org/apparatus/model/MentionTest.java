package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A mention holds its excerpt's bounds itself, and compares by what it quotes, as an excerpt does. */
class MentionTest {

    private static Mention putin(String text) {
        int at = text.indexOf("Putin");
        int from = text.lastIndexOf(". ", at) + 2;
        return new Mention(new ActorId("putin"), new EssayId("e"), "p1", 0, "Putin", Mention.How.NAME,
                Excerpt.of(text, from, at, at + 5, text.indexOf('.', at) + 1), 3);
    }

    @Test
    void itsExcerptIsTheOneItWasMadeWith() {
        String text = "First. Then Putin spoke. Last.";
        Mention m = putin(text);
        assertThat(m.excerpt().text()).isSameAs(text);
        assertThat(m.excerpt().sentence()).isEqualTo("Then Putin spoke.");
        assertThat(m.before()).isEqualTo("Then ");
        assertThat(m.after()).isEqualTo(" spoke.");
        assertThat(m.toString()).contains("Then [Putin] spoke.").doesNotContain("First");
    }

    @Test
    void mentionsQuotingTheSameSentenceAreEqualWhateverElseTheirParagraphsSay() {
        Mention one = putin("First. Then Putin spoke. Last.");
        Mention edited = putin("An edited first sentence. Then Putin spoke. Last.");
        assertThat(one).isEqualTo(edited).hasSameHashCodeAs(edited);
        assertThat(one).isNotEqualTo(putin("First. Then Putin wrote. Last."));
        Mention elsewhere = new Mention(one.actor(), one.essay(), "p2", 0, one.form(), one.how(), one.excerpt(),
                one.line());
        assertThat(one).isNotEqualTo(elsewhere);
    }

    @Test
    void boundsOutsideTheTextAreRefused() {
        assertThatThrownBy(() -> new Mention(new ActorId("putin"), new EssayId("e"), "p1", 0, "Putin",
                Mention.How.NAME, "Putin", 0, 0, 5, 9, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
