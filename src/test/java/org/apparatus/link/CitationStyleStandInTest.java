package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.apparatus.model.Work;
import org.apparatus.model.WorkId;
import org.junit.jupiter.api.Test;

/** A note with a page number made from the work's note with a stand-in page is the note citeproc makes. */
class CitationStyleStandInTest {

    private static final List<Work> WORKS = List.of(
            new Work(new WorkId("wuchte-2001-northeast"), Work.Type.ARTICLE, List.of("Tom Wuchte"),
                    "Northeast Asia's Forgotten Worry: Russia's Far East", "Pacific Focus", "16", "2", "Fall", "2001",
                    "", "", true),
            new Work(new WorkId("joo-kwak-2001-military"), Work.Type.ARTICLE, List.of("Seung-Ho Joo", "Tae-Hwan Kwak"),
                    "Military Relations Between Russia and North Korea", "The Journal of East Asian Affairs", "15", "",
                    "", "2001", "10.1000/xyz", "", true),
            new Work(new WorkId("lee-2000-regime"), Work.Type.ARTICLE, List.of("Hanjong Lee"),
                    "Russian New Regime and Security Policy", "Review of Politics", "19", "", "", "", "", "", false),
            new Work(new WorkId("itar-tass-2002-04-19"), Work.Type.PERIODICAL, List.of(), "", "ITAR TASS", "", "", "",
                    "2002-04-19", "", "", true),
            new Work(new WorkId("newsweek-2001"), Work.Type.PERIODICAL, List.of(), "", "Newsweek", "", "", "", "2001",
                    "", "https://example.org/n", true),
            new Work(new WorkId("stand-in-volume"), Work.Type.ARTICLE, List.of("A. Writer"), "A Title", "Journal",
                    CitationStyle.STAND_IN, "", "", "1999", "", "", true));

    @Test
    void everySinglePageNoteIsTheNoteCiteprocMakes() {
        CitationStyle fast = new CitationStyle(WORKS);
        CitationStyle slow = new CitationStyle(WORKS);
        for (Work work : WORKS) {
            for (String page : List.of("1", "7", "48", "99", "100", "101", "999", "1000", "9999")) {
                org.apparatus.model.Markup expected = slow.makeNote(work, Optional.of(page));
                assertThat(fast.note(work, Optional.of(page))).as(work.id() + " p. " + page).isEqualTo(expected);
                assertThat(expected.html()).contains(page);
            }
            for (String other : List.of("104-7", "286-288", "12, 15", "0", "12345")) {
                assertThat(fast.note(work, Optional.of(other))).isEqualTo(slow.makeNote(work, Optional.of(other)));
            }
            assertThat(fast.note(work, Optional.empty())).isEqualTo(slow.makeNote(work, Optional.empty()));
        }
    }
}
