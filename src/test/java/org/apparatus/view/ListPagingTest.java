package org.apparatus.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ListPagingTest {

    @Test
    void thePagesHoldEveryItemOnceInOrderAndNoPageMoreThanItsSize() {
        qt().forAll(integers().between(0, 1200), integers().between(1, 250)).checkAssert((items, size) -> {
            ListPaging paging = new ListPaging(items, size);
            List<Integer> all = IntStream.range(0, items).boxed().toList();
            List<Integer> again = new ArrayList<>();
            for (int page = 1; page <= paging.pages(); page++) {
                List<Integer> slice = paging.slice(all, page);
                assertThat(slice).hasSizeLessThanOrEqualTo(size);
                if (items > 0) {
                    assertThat(slice).isNotEmpty();
                    assertThat(slice.get(0)).isEqualTo(paging.first(page) - 1);
                    assertThat(slice.get(slice.size() - 1)).isEqualTo(paging.last(page) - 1);
                }
                slice.forEach(i -> assertThat(paging.pageOf(i)).isEqualTo(again.size() / size + 1));
                again.addAll(slice);
            }
            assertThat(again).isEqualTo(all);
        });
    }

    @Test
    void pageOneKeepsTheListsAddressAndTheOthersStandBesideIt() {
        assertThat(ListPaging.pathOf("index.html", 1)).isEqualTo("index.html");
        assertThat(ListPaging.pathOf("index.html", 2)).isEqualTo("index-2.html");
        assertThat(ListPaging.pathOf("bibliography/index.html", 12)).isEqualTo("bibliography/index-12.html");
        assertThat(ListPaging.pathOf("timeline.html", 3)).isEqualTo("timeline-3.html");
        // an entity's pages stand beside its first one, one per page of the list, however many items it has
        assertThat(new ListPaging(101, 50).entityPaths("actors/russia.html"))
                .containsExactly("actors/russia.html", "actors/russia.2.html", "actors/russia.3.html");
        assertThat(new ListPaging(50, 50).entityPaths("events/summit.html")).containsExactly("events/summit.html");
        assertThat(new ListPaging(0, 50).entityPaths("bibliography/w.html")).containsExactly("bibliography/w.html");
    }

    @Test
    void thePageListLinksEveryPageFromItsFolderWithPreviousAndNext() {
        ListPaging paging = new ListPaging(250, 100);
        assertThat(paging.pages()).isEqualTo(3);
        Page.Pager first = paging.pager("Pages", "bibliography/index.html", 1, p -> "p" + p);
        assertThat(first.pages()).extracting(Chrome.Link::href)
                .containsExactly("index.html", "index-2.html", "index-3.html");
        assertThat(first.pages()).extracting(Chrome.Link::current).containsExactly(true, false, false);
        assertThat(first.previous()).isEmpty();
        assertThat(first.next()).isEqualTo("index-2.html");
        Page.Pager last = paging.pager("Pages", "bibliography/index.html", 3, p -> "p" + p);
        assertThat(last.previous()).isEqualTo("index-2.html");
        assertThat(last.next()).isEmpty();
        assertThat(last.pages()).extracting(Chrome.Link::label).containsExactly("p1", "p2", "p3");
        assertThat(paging.first(3)).isEqualTo(201);
        assertThat(paging.last(3)).isEqualTo(250);
    }

    @Test
    void pastThirtyPagesOnlyTheFirstListsEveryPageTheOthersTheirNeighbours() {
        ListPaging paging = new ListPaging(1000, 10);
        assertThat(paging.pager("Pages", "timeline.html", 1, p -> "p" + p).pages()).hasSize(100);
        Page.Pager middle = paging.pager("Pages", "timeline.html", 50, p -> "p" + p);
        assertThat(middle.pages()).extracting(Chrome.Link::label).containsExactly("p1", "…", "p45", "p46", "p47",
                "p48", "p49", "p50", "p51", "p52", "p53", "p54", "p55", "…", "p100");
        assertThat(middle.pages()).filteredOn(l -> l.label().equals("…")).extracting(Chrome.Link::href)
                .containsOnly("");
        assertThat(paging.pager("Pages", "timeline.html", 99, p -> "p" + p).pages()).extracting(Chrome.Link::label)
                .containsExactly("p1", "…", "p94", "p95", "p96", "p97", "p98", "p99", "p100");
        // so the page lists of all the pages grow with the pages, not with their square
        int links = 0;
        for (int page = 1; page <= paging.pages(); page++) {
            links += paging.pager("Pages", "timeline.html", page, p -> "p" + p).pages().size();
        }
        assertThat(links).isLessThan(100 + 99 * (2 * ListPaging.NEAR + 5));
    }

    @Test
    void anEmptyListHasOneEmptyPageAndNonsenseIsRefused() {
        ListPaging empty = new ListPaging(0, 10);
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.slice(List.of(), 1)).isEmpty();
        assertThatThrownBy(() -> new ListPaging(5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListPaging(5, 2).slice(List.of(1, 2, 3, 4, 5), 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListPaging(5, 2).pageOf(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBibliographyPageIsLabelledByTheFirstLettersOfItsEntries() {
        assertThat(BibliographyPages.initials("Belaev, Sergei. “Russia.”")).isEqualTo("Bela");
        assertThat(BibliographyPages.initials("Ko, Jae. Title.")).isEqualTo("Ko");
    }
}
