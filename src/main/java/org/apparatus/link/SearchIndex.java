package org.apparatus.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The search page's index, made at build time: the entries, and every word with the entries it occurs in and how
 * often, written as a script that assigns one global ({@code window.APPARATUS_SEARCH}), so that the search page
 * works from {@code file://} and from a web archive without fetching anything. Words are lower-case, without
 * accents, split at anything but letters and digits; {@code search.js} reads queries the same way.
 */
public final class SearchIndex {

    /** The index script's path in the site. */
    public static final String PATH = "assets/search-index.js";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchIndex() {
    }

    /** The words of a text as the index holds them, in order, repeated as they occur. */
    static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : SPLIT.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The index script for these entries, in their order; the same entries always give the same bytes. */
    public static String script(List<SearchEntry> entries) {
        Map<String, TreeMap<Integer, Integer>> postings = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            SearchEntry entry = entries.get(i);
            for (String word : words(entry.title() + " " + entry.text())) {
                postings.computeIfAbsent(word, w -> new TreeMap<>()).merge(i, 1, Integer::sum);
            }
        }
        StringBuilder js = new StringBuilder("/* Made by Apparatus at build time: the search page's index. */\n");
        js.append("window.APPARATUS_SEARCH = {\"entries\":[\n");
        for (int i = 0; i < entries.size(); i++) {
            SearchEntry e = entries.get(i);
            js.append('[').append(SiteModel.Json.string(e.kind())).append(',').append(SiteModel.Json.string(e.title()))
                    .append(',').append(SiteModel.Json.string(e.href())).append(',')
                    .append(SiteModel.Json.string(e.text())).append(']').append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        js.append("],\n\"words\":{\n");
        int n = 0;
        for (Map.Entry<String, TreeMap<Integer, Integer>> word : postings.entrySet()) {
            js.append(SiteModel.Json.string(word.getKey())).append(":[");
            int k = 0;
            for (Map.Entry<Integer, Integer> posting : word.getValue().entrySet()) {
                js.append(k++ > 0 ? "," : "").append(posting.getKey()).append(',').append(posting.getValue());
            }
            js.append(']').append(++n < postings.size() ? ",\n" : "\n");
        }
        return js.append("}};\n").toString();
    }
}
