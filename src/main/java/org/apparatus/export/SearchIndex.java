package org.apparatus.export;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apparatus.link.SitePaths;
import org.apparatus.model.Block;
import org.apparatus.model.Essay;
import org.apparatus.model.Note;
import org.apparatus.link.Memo;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The search page's index, made at build time: the entries, and every word with the entries it occurs in and how
 * often, written as a script that assigns one global ({@code window.APPARATUS_SEARCH}), so that the search page
 * works from {@code file://} and from a web archive without fetching anything. Words are lower-case, without
 * accents, split at anything but letters and digits; {@code search.js} reads queries the same way.
 */
public final class SearchIndex {

    /** The index script's path in the site. */
    public static final String PATH = "assets/search-index.js";

    /** How many entries' words are made at once. */
    private static final int BATCH = 512;
    /** An essay's words, kept by a memo while its entries are unchanged. */
    private static final Memo.Piece<Words> WORDS = Memo.Piece.named("search words");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchIndex() {
    }

    /**
     * Characters beyond ASCII that are neither letters, digits nor marks and that Unicode's canonical decomposition
     * leaves as they are: the typographic punctuation of the essays. A text of ASCII and these is split without being
     * normalised first.
     */
    private static final String PLAIN_PUNCTUATION = "\u00A0\u00A7\u00AB\u00B6\u00B7\u00BB\u2013\u2014\u2018"
            + "\u2019\u201C\u201D\u2022\u2026\u203A";

    /** The words of a text as the index holds them, in order, repeated as they occur. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1; // the start of the word being read, or -1
        boolean capitals = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            boolean capital = c >= 'A' && c <= 'Z';
            if (letter || capital) {
                if (start < 0) {
                    start = i;
                    capitals = false;
                }
                capitals |= capital;
            } else if (c >= 0x80 && PLAIN_PUNCTUATION.indexOf(c) < 0) {
                return normalisedWords(text); // a letter, digit or mark beyond ASCII: fold it as Unicode says
            } else if (start >= 0) {
                words.add(capitals ? lowerAscii(text, start, i) : text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static String lowerAscii(String text, int from, int to) {
        char[] word = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            word[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(word);
    }

    /** {@link #words} for any text: lower-cased, decomposed, stripped of marks and split as Unicode says. */
    static List<String> normalisedWords(String text) {
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
        StringBuilder js = new StringBuilder();
        try {
            write(entries, js);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return js.toString();
    }

    /** Writes {@link #script(List)} as it is made, not held whole. */
    public static void write(List<SearchEntry> entries, Appendable js) throws IOException {
        List<Group> groups = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += BATCH) {
            groups.add(new Group(entries.subList(from, Math.min(entries.size(), from + BATCH)), Optional.empty()));
        }
        write(groups, Memo.none(), js);
    }

    /**
     * Entries that belong together, in their order: an essay's (whose words {@code memo} may keep from an earlier build,
     * under its {@code essay}), or a batch of the others.
     */
    public record Group(List<SearchEntry> entries, Optional<org.apparatus.model.EssayId> essay) {
        public Group {
            entries = List.copyOf(entries);
            java.util.Objects.requireNonNull(essay, "essay");
        }
    }

    /**
     * Writes the index of the groups' entries, in order. The words of several groups at a time are found on every
     * core (or taken from {@code memo}), then added to the whole index's in entry order, so each word's entries stay
     * ascending.
     */
    public static void write(List<Group> groups, Memo memo, Appendable js) throws IOException {
        Map<String, Postings> byWord = new HashMap<>();
        int together = 2 * Runtime.getRuntime().availableProcessors();
        int offset = 0;
        for (int first = 0; first < groups.size(); first += together) {
            List<Words> made = groups.subList(first, Math.min(groups.size(), first + together)).parallelStream()
                    .map(group -> group.essay().isPresent()
                            ? memo.piece(WORDS, group.essay().get(), group.entries(), () -> Words.of(group.entries(), memo::word))
                            : Words.of(group.entries(), w -> w))
                    .toList();
            for (int g = 0; g < made.size(); g++) {
                Words words = made.get(g);
                for (int i = 0; i < words.words.length; i++) {
                    byWord.computeIfAbsent(words.words[i], w -> new Postings())
                            .addShifted(words.pairs, words.bounds[i], words.bounds[i + 1], offset);
                }
                offset += groups.get(first + g).entries().size();
            }
        }
        Map<String, Postings> postings = new TreeMap<>(byWord);
        js.append("/* Made by Apparatus at build time: the search page's index. */\n");
        js.append("window.APPARATUS_SEARCH = ");
        try (JsonGenerator json = JsonText.laidOut(js, JsonText.Escaping.SCRIPT_SAFE, LAYOUT)) {
            json.writeStartObject();
            json.writeArrayFieldStart("entries");
            for (Group group : groups) {
                for (SearchEntry e : group.entries()) {
                    json.writeStartArray();
                    json.writeString(e.kind());
                    json.writeString(e.title());
                    json.writeString(e.href());
                    json.writeString(e.text());
                    json.writeEndArray();
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("words");
            for (Map.Entry<String, Postings> word : postings.entrySet()) {
                json.writeFieldName(word.getKey());
                word.getValue().writeTo(json);
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        js.append(";\n");
    }

    /**
     * The index's lines: one for each entry and each word, the two lists ({@code entries}, {@code words}) opening and
     * closing on lines of their own, no spaces.
     */
    private static final JsonText.Layout LAYOUT = new JsonText.Layout("", ":", ",",
            depth -> depth == 0 ? JsonText.Form.ROWS : depth == 1 ? JsonText.Form.LINES : JsonText.Form.INLINE, 0);

    /**
     * The words of a group's entries, each with its postings (entries numbered from 0 in the group), held compactly:
     * what serve keeps of each essay between builds.
     */
    static final class Words {
        private final String[] words;
        /** The pairs of word {@code i} are {@code pairs[bounds[i]]} to {@code pairs[bounds[i + 1]]}, exclusive. */
        private final int[] bounds;
        private final int[] pairs;

        private Words(String[] words, int[] bounds, int[] pairs) {
            this.words = words;
            this.bounds = bounds;
            this.pairs = pairs;
        }

        /** The words of the entries; {@code intern} gives the one copy of a word that is kept. */
        static Words of(List<SearchEntry> entries, java.util.function.UnaryOperator<String> intern) {
            Map<String, Postings> byWord = postings(entries);
            String[] words = new String[byWord.size()];
            int[] bounds = new int[byWord.size() + 1];
            int[] pairs = new int[byWord.values().stream().mapToInt(p -> p.size).sum()];
            int w = 0;
            for (Map.Entry<String, Postings> word : byWord.entrySet()) {
                words[w] = intern.apply(word.getKey());
                System.arraycopy(word.getValue().pairs, 0, pairs, bounds[w], word.getValue().size);
                bounds[w + 1] = bounds[w] + word.getValue().size;
                w++;
            }
            return new Words(words, bounds, pairs);
        }
    }

    /** The postings of the entries, numbered from 0. */
    private static Map<String, Postings> postings(List<SearchEntry> entries) {
        Map<String, Postings> byWord = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            SearchEntry e = entries.get(i);
            for (String word : words(e.title() + " " + e.text())) {
                byWord.computeIfAbsent(word, w -> new Postings()).add(i);
            }
        }
        return byWord;
    }

    /** One word's postings: pairs of entry and count, entries ascending. */
    private static final class Postings {
        private int[] pairs = new int[4];
        private int size;

        /** Counts one more occurrence in entry {@code entry}, which is never below the last one added. */
        void add(int entry) {
            if (size > 0 && pairs[size - 2] == entry) {
                pairs[size - 1]++;
                return;
            }
            if (size == pairs.length) {
                pairs = java.util.Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = entry;
            pairs[size++] = 1;
        }

        /** Adds the pairs {@code from[start..end)}, their entries moved on by {@code offset}, all after this one's last. */
        void addShifted(int[] from, int start, int end, int offset) {
            int more = end - start;
            if (size + more > pairs.length) {
                pairs = java.util.Arrays.copyOf(pairs, Math.max(2 * pairs.length, size + more));
            }
            for (int i = start; i < end; i += 2) {
                pairs[size++] = from[i] + offset;
                pairs[size++] = from[i + 1];
            }
        }

        /** Writes the pairs as an array of numbers. */
        void writeTo(JsonGenerator json) throws IOException {
            json.writeArray(pairs, 0, size);
        }
    }

    /** What the search page finds of an essay: each paragraph, under its nearest heading, and each note. */
    public static List<SearchEntry> entries(Essay essay) {
        List<SearchEntry> entries = new ArrayList<>();
        String href = "essays/" + essay.id() + ".html";
        String section = "";
        for (Block block : essay.blocks()) {
            if (block instanceof Block.Heading h) {
                section = h.text().plain();
            } else if (block instanceof Block.Paragraph p) {
                entries.add(new SearchEntry("Essay", essay.title().plain() + (section.isEmpty() ? "" : " › " + section)
                        + ", ¶ " + p.number(), href + "#" + p.anchor(), p.text().plain()));
            }
        }
        for (Note note : essay.notes()) {
            entries.add(new SearchEntry("Note", "Note " + note.number() + " · " + essay.title().plain(),
                    SitePaths.notePath(essay.id(), note.number()), note.text().plain()));
        }
        return entries;
    }
}
