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

    /** The text of the word shard that holds {@code word}, among {@code files}. */
    private static String shardOf(java.util.Map<String, String> files, String word) {
        long shards = files.keySet().stream().filter(p -> p.startsWith("assets/search/w/")).count();
        return files.get("assets/search/w/" + SearchIndex.shard(word, (int) shards) + ".js");
    }

    @Test
    void theIndexIsAManifestWordShardsAndChunksOfEntries() {
        java.util.Map<String, String> files = SearchIndex.files(List.of(
                new SearchEntry("Essay", "First", "essays/a.html#p1", "railways and railway"),
                new SearchEntry("Note", "Second", "notes/a/1.html", "A railway")));
        assertThat(files.keySet()).contains("assets/search-index.js", "assets/search/e/0.js")
                .doesNotContain("assets/search/e/1.js")
                .filteredOn(p -> p.startsWith("assets/search/w/")).hasSize(8);
        assertThat(files.get("assets/search-index.js")).contains("window.APPARATUS_SEARCH = {\n"
                + "\"entries\":2,\n\"shards\":8,\n\"chunk\":16,\n"
                + "\"kinds\":[\"Essay\",\"Note\"],\n\"runs\":[0,1,1,1]\n};");
        assertThat(files.get("assets/search/e/0.js")).contains("APPARATUS_SEARCH_ENTRIES(0, [\n"
                + "[\"First\",\"essays/a.html#p1\",\"railways and railway\"],\n"
                + "[\"Second\",\"notes/a/1.html\",\"A railway\"]\n]);");
        // entry 0 twice (the plural stemmed), entry 1 once; the common words are left out
        assertThat(shardOf(files, "railway")).contains("\"railway\":\"1.2,1\"");
        assertThat(shardOf(files, "first")).contains("\"first\":\"1\"");
        assertThat(String.join("", files.values())).doesNotContain("\"and\":", "\"a\":", "\"railways\":");
        for (int k = 0; k < 8; k++) {
            assertThat(files.get("assets/search/w/" + k + ".js")).startsWith("/* Made by Apparatus")
                    .contains("APPARATUS_SEARCH_WORDS(" + k + ", {");
        }
    }

    @Test
    void anEssaysEntriesAreARangeInTheManifest() {
        SearchIndex.Sharded index = new SearchIndex.Sharded(2, 3, () -> List.of(
                new SearchIndex.Group(List.of(new SearchEntry("Essay", "E, ¶ 1", "essays/e.html#p1", "x"),
                        new SearchEntry("Note", "Note 1", "notes/e/1.html", "y")),
                        java.util.Optional.of(new org.apparatus.model.EssayId("e")), "An essay"),
                new SearchIndex.Group(List.of(new SearchEntry("Actor", "Kim", "actors/kim.html", "z")),
                        java.util.Optional.empty(), "")), org.apparatus.link.Memo.none());
        assertThat(index.files().get(0).content()).contains("\"kinds\":[\"Essay\",\"Note\",\"Actor\"],\n"
                + "\"runs\":[0,1,1,1,2,1]");
        assertThat(index.files().get(1).path()).isEqualTo("assets/search/essays.js");
        assertThat(index.files().get(1).content()).contains("APPARATUS_SEARCH_ESSAYS([\n[\"e\",\"An essay\",0,2]\n]);");
        SearchIndex.Sharded miscounted = new SearchIndex.Sharded(1, 5, () -> List.of(), org.apparatus.link.Memo.none());
        assertThatThrownBy(() -> miscounted.files().get(0).content()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aGroupsEntriesAreMadeOnceForTheWordsAndOnceForTheChunksAndChunksCrossGroups() {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.IntFunction<List<SearchEntry>> essay = n -> {
            made.incrementAndGet();
            return java.util.stream.IntStream.range(0, n).mapToObj(i -> new SearchEntry("Essay", "E" + n + ", ¶ " + i,
                    "essays/e" + n + ".html#p" + i, "words " + n + " " + i)).toList();
        };
        // 20, 0 and 13 entries: chunks of 16 hold the first group's last 4 with the third's first 12
        List<SearchIndex.Group> groups = List.of(
                new SearchIndex.Group(20, () -> essay.apply(20), java.util.Optional.empty(), ""),
                new SearchIndex.Group(0, () -> essay.apply(0), java.util.Optional.empty(), ""),
                new SearchIndex.Group(13, () -> essay.apply(13), java.util.Optional.empty(), ""));
        SearchIndex.Sharded index = new SearchIndex.Sharded(3, 33, () -> groups, org.apparatus.link.Memo.none());
        java.util.Map<String, String> lazily = new java.util.TreeMap<>();
        index.files().forEach(file -> lazily.put(file.path(), file.content()));
        assertThat(made).as("three groups for the words, the two with entries for the chunks").hasValue(5);
        List<DataFile> again = index.files();
        DataFile shard = again.stream().filter(f -> f.path().equals("assets/search/w/0.js")).findFirst().orElseThrow();
        String first = shard.content();
        assertThat(shard.content()).as("a shard written twice: the index made again").isEqualTo(first)
                .isEqualTo(lazily.get("assets/search/w/0.js"));
        List<SearchEntry> all = new java.util.ArrayList<>(essay.apply(20));
        all.addAll(essay.apply(13));
        java.util.Map<String, String> atOnce = SearchIndex.files(all);
        assertThat(lazily.get("assets/search/e/1.js")).isEqualTo(atOnce.get("assets/search/e/1.js"))
                .contains("E20, ¶ 19", "E13, ¶ 11").doesNotContain("E13, ¶ 12");
        assertThat(lazily.get("assets/search/e/2.js")).contains("E13, ¶ 12").doesNotContain("E20");
        SearchIndex.Sharded lying = new SearchIndex.Sharded(1, 2, () -> List.of(new SearchIndex.Group(2,
                () -> essay.apply(3), java.util.Optional.empty(), "")), org.apparatus.link.Memo.none());
        assertThatThrownBy(() -> lying.files().get(0).content()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("made 3 entries, not the 2 counted");
    }

    @Test
    void chunksWrittenInTheOrderOfTheirPathsMakeEachGroupOnce() {
        java.util.Map<Integer, Integer> made = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.function.IntFunction<List<SearchEntry>> group = n -> {
            made.merge(n, 1, Integer::sum);
            return java.util.stream.IntStream.range(0, n).mapToObj(i -> new SearchEntry("Note", "N" + n + " " + i,
                    "notes/" + n + "/" + i + ".html", "text " + i)).toList();
        };
        // 200 and 30 entries: chunks 0 to 14, written as the site writes them, e/0, e/1, e/10, ..., e/14, e/2, ...
        SearchIndex.Sharded index = new SearchIndex.Sharded(2, 230, () -> List.of(
                new SearchIndex.Group(200, () -> group.apply(200), java.util.Optional.empty(), ""),
                new SearchIndex.Group(30, () -> group.apply(30), java.util.Optional.empty(), "")),
                org.apparatus.link.Memo.none());
        List<DataFile> files = index.files().stream().sorted(java.util.Comparator.comparing(DataFile::path)).toList();
        assertThat(files.stream().map(DataFile::path).filter(p -> p.contains("/e/")).limit(3))
                .containsExactly("assets/search/e/0.js", "assets/search/e/1.js", "assets/search/e/10.js");
        files.forEach(DataFile::content);
        assertThat(made).as("once for the words, once for the chunks").containsEntry(200, 2).containsEntry(30, 2);
    }

    @Test
    void postingsStayInEntryOrderAcrossTheBatchesTheWordsAreMadeInAndTheBytesAreTheSameTwice() {
        List<SearchEntry> entries = java.util.stream.IntStream.range(0, 1300).mapToObj(i -> new SearchEntry("Note",
                "n" + i, "notes/a/" + i + ".html", (i % 2 == 0 ? "even " : "odd ") + "common common")).toList();
        java.util.Map<String, String> files = SearchIndex.files(entries);
        assertThat(files.keySet()).filteredOn(p -> p.startsWith("assets/search/w/")).hasSize(16);
        assertThat(files.keySet()).filteredOn(p -> p.startsWith("assets/search/e/")).hasSize(82);
        StringBuilder common = new StringBuilder("\"common\":\"");
        StringBuilder even = new StringBuilder("\"even\":\"");
        for (int i = 0; i < 1300; i++) {
            common.append(i > 0 ? "," : "").append("1.2");
            if (i % 2 == 0) {
                even.append(i > 0 ? ",2" : "1");
            }
        }
        assertThat(shardOf(files, "common")).contains(common.append("\""));
        assertThat(shardOf(files, "even")).contains(even.append("\""));
        assertThat(shardOf(files, "n1299")).contains("\"n1299\":\"" + Integer.toString(1300, 36) + "\"");
        assertThat(SearchIndex.files(entries)).isEqualTo(files);
    }

    @Test
    void theShardCountGrowsWithTheEntriesAndTheHashIsFnv1a() {
        assertThat(SearchIndex.shardCount(2)).isEqualTo(8);
        assertThat(SearchIndex.shardCount(1300)).isEqualTo(16);
        assertThat(SearchIndex.shardCount(160_000)).isEqualTo(1024);
        // FNV-1a of "a" is 0xe40c292c; search.js computes the same with Math.imul
        assertThat(SearchIndex.shard("a", 1 << 30)).isEqualTo(0xe40c292c & ((1 << 30) - 1));
    }

    @Test
    void theStemmerTakesOffPluralEndingsOnly() {
        assertThat(List.of("railways", "railway", "policies", "churches", "boxes", "sanctions", "talks", "news"))
                .map(SearchIndex::stem)
                .containsExactly("railway", "railway", "policy", "church", "box", "sanction", "talk", "new");
        assertThat(List.of("glass", "status", "crisis", "gas", "its", "series", "ties"))
                .map(SearchIndex::stem).containsExactly("glass", "status", "crisis", "gas", "its", "sery", "tie");
        assertThat(SearchIndex.terms("The railways of Korea and the railway")).containsExactly("railway", "korea",
                "railway");
    }

    @Test
    void textThatLooksLikeMarkupOrCodeStaysInsideItsString() {
        String script = SearchIndex.files(List.of(new SearchEntry("Essay", "</script><script>alert(1)//",
                "essays/a.html", "\"];alert(1);[\" \u2028 \\"))).get("assets/search/e/0.js");
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
