package org.apparatus.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apparatus.model.ActorId;
import org.apparatus.model.EssayId;
import org.apparatus.model.Excerpt;
import org.apparatus.model.Mention;
import org.junit.jupiter.api.Test;

class PassagesTest {

    private static Mention at(String anchor, String sentence, String form, int nth) {
        int start = -1;
        for (int i = 0; i <= nth; i++) {
            start = sentence.indexOf(form, start + 1);
        }
        return new Mention(new ActorId("kim-jong-il"), new EssayId("e"), anchor, 0, form, Mention.How.NAME,
                Excerpt.of(sentence, 0, start, start + form.length(), sentence.length()), 1);
    }

    private static String render(Page.Passage p) {
        StringBuilder b = new StringBuilder();
        p.pieces().forEach(x -> b.append(x.marked() ? "[" + x.text() + "]" : x.text()));
        return b.toString();
    }

    private static List<Page.Passage> fold(List<Mention> mentions) {
        return Passages.fold(mentions, a -> "#" + a, m -> m.anchor(), m -> "");
    }

    @Test
    void aParagraphNamingTheActorThreeTimesIsQuotedOnceWithThreeMarks() {
        String one = "Kim met Putin, and Kim spoke.";
        String two = "Later Kim left.";
        List<Page.Passage> passages = fold(List.of(at("p28", one, "Kim", 0), at("p28", one, "Kim", 1),
                at("p28", two, "Kim", 0), at("p29", two, "Kim", 0)));
        assertThat(passages).hasSize(2);
        assertThat(render(passages.get(0))).isEqualTo("[Kim] met Putin, and [Kim] spoke. … Later [Kim] left.");
        assertThat(passages.get(0).href()).isEqualTo("#p28");
        assertThat(passages.get(1).href()).isEqualTo("#p29");
    }

    @Test
    void everyMentionIsMarkedWhateverTheOrderTheyCameIn() {
        String s = "Kim and Kim and Kim.";
        List<Page.Passage> passages = fold(List.of(at("p1", s, "Kim", 2), at("p1", s, "Kim", 0),
                at("p1", s, "Kim", 1)));
        assertThat(render(passages.get(0))).isEqualTo("[Kim] and [Kim] and [Kim].");
    }

    @Test
    void aParagraphNamingTheActorInManySentencesQuotesAFewAndCountsTheRest() {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (int i = 0; i < Passages.SENTENCES + 2; i++) {
            mentions.add(at("p3", "Sentence " + i + " names Kim.", "Kim", 0));
        }
        List<Page.Passage> passages = fold(mentions);
        assertThat(passages).hasSize(1);
        assertThat(passages.get(0).pieces().stream().filter(Page.Piece::marked)).hasSize(Passages.SENTENCES);
        assertThat(passages.get(0).more()).isEqualTo(2);
    }
}
