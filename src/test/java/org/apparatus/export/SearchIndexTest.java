package org.apparatus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;

import org.apparatus.Mutations;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void wordsAreLowerCaseWithoutAccentsSplitAtAnythingButLettersAndDigits() {
        assertThat(SearchIndex.words("Kim Jong-il's trip to Ōsaka, 2001 (Trans-Siberian)"))
                .containsExactly("kim", "jong", "il", "s", "trip", "to", "osaka", "2001", "trans", "siberian");
        assertThat(SearchIndex.words("Пхеньян — Москва")).containsExactly("пхеньян", "москва");
        assertThat(SearchIndex.words(" … ")).isEmpty();
    }

    /** ASCII letters and the characters around them in the essays: space, punctuation, accents, other scripts. */
    private static final String ALPHABET = "aZq09 -',.\u00A0\u00B6\u2014\u2019\u201C\u203A\u2026\u00E9\u0301\u2126"
            + "\u0416\u00BD\u0660\u212B\u037E"
            + java.util.stream.IntStream.rangeClosed('A', 'z').collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append);

    /**
     * QuickTheories (seeded by {@code QT_SEED}, see the pom), not Jazzer: text from a small alphabet of the characters
     * where the two readings could part, and a failure shrinks to the few characters where they do.
     */
    @Test
    void theQuickReadingOfPlainTextSplitsAsTheUnicodeReadingDoes() {
        qt().withExamples(400).forAll(Mutations.textOf(ALPHABET, 0, 80)).checkAssert(text ->
                assertThat(SearchIndex.words(text)).isEqualTo(SearchIndex.normalisedWords(text)));
    }

    @Test
    void theIndexListsEachWordWithTheEntriesHoldingItAndHowOften() {
        String script = SearchIndex.script(List.of(
                new SearchEntry("Essay", "First", "essays/a.html#p1", "railway and railway"),
                new SearchEntry("Note", "Second", "notes/a/1.html", "A railway")));
        assertThat(script).contains("window.APPARATUS_SEARCH = {\"entries\":[\n"
                + "[\"Essay\",\"First\",\"essays/a.html#p1\",\"railway and railway\"],\n"
                + "[\"Note\",\"Second\",\"notes/a/1.html\",\"A railway\"]\n],");
        assertThat(script).contains("\"railway\":[0,2,1,1]").contains("\"first\":[0,1]").contains("\"a\":[1,1]");
        assertThat(script.indexOf("\"and\"")).isLessThan(script.indexOf("\"first\""));
    }

    @Test
    void postingsStayInEntryOrderAcrossTheBatchesTheWordsAreMadeIn() {
        List<SearchEntry> entries = java.util.stream.IntStream.range(0, 1300).mapToObj(i -> new SearchEntry("Note",
                "n" + i, "notes/a/" + i + ".html", (i % 2 == 0 ? "even " : "odd ") + "common common")).toList();
        String script = SearchIndex.script(entries);
        StringBuilder common = new StringBuilder("\"common\":[");
        StringBuilder even = new StringBuilder("\"even\":[");
        for (int i = 0; i < 1300; i++) {
            common.append(i > 0 ? "," : "").append(i).append(",2");
            if (i % 2 == 0) {
                even.append(i > 0 ? "," : "").append(i).append(",1");
            }
        }
        assertThat(script).contains(common.append("]")).contains(even.append("]")).contains("\"n1299\":[1299,1]");
    }

    @Test
    void textThatLooksLikeMarkupOrCodeStaysInsideItsString() {
        String script = SearchIndex.script(List.of(new SearchEntry("Essay", "</script><script>alert(1)//",
                "essays/a.html", "\"];alert(1);[\" \u2028 \\")));
        assertThat(script).doesNotContain("</script>", "<script>").contains("\\u003c/script\\u003e")
                .contains("\\\"];alert(1);[\\\"").contains("\\u2028").contains("\\\\");
    }

    @Test
    void anEntryLinksRelativeToTheSiteRoot() {
        assertThatThrownBy(() -> new SearchEntry("Essay", "x", "javascript:alert(1)", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchEntry("Essay", "x", "/essays/a.html", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
