package org.apparatus.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.apparatus.model.Markup;
import org.junit.jupiter.api.Test;

/** A part's contents: pages held, or made one at a time as they are read. */
class ContentsTest {

    private static Page page(String path) {
        Chrome chrome = new Chrome("Edition", "A page", "", "About it", List.of(), List.of(), List.of(), "{}");
        return new Page.TextPage(path, chrome, "A page", new Markup("<p>Text.</p>"), List.of());
    }

    @Test
    void pagesMadeOneByOneAreMadeWhenReadAndNotKept() {
        List<Integer> asked = new ArrayList<>();
        Contents contents = Contents.oneByOne(3, i -> {
            asked.add(i);
            return page("p-" + i + ".html");
        }, List.of());
        assertThat(asked).isEmpty();
        assertThat(contents.pages()).hasSize(3);
        assertThat(contents.pages().get(2).path()).isEqualTo("p-2.html");
        assertThat(contents.pages().get(2)).isNotSameAs(contents.pages().get(2)).isEqualTo(page("p-2.html"));
        assertThat(asked).containsExactly(2, 2, 2);
        assertThat(contents.pages()).extracting(Page::path).containsExactly("p-0.html", "p-1.html", "p-2.html");
        assertThat(contents).isEqualTo(new Contents(List.of(page("p-0.html"), page("p-1.html"), page("p-2.html")),
                List.of()));
        assertThatThrownBy(() -> contents.pages().get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> contents.pages().add(page("x.html"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void heldPagesAreCopied() {
        List<Page> pages = new ArrayList<>(List.of(page("a.html")));
        Contents contents = new Contents(pages, List.of());
        pages.add(page("b.html"));
        assertThat(contents.pages()).hasSize(1);
    }
}
