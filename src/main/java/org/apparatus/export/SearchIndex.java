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
 * The search page's index, made at build time and sharded so that a query loads only what it needs: a small manifest
 * script (the entry count and the kinds of the entries, {@code window.APPARATUS_SEARCH}), the essays to filter by, word
 * shards (each stemmed word, by a hash of it, with the entries it occurs in and how often) and chunks of entries
 * (title, link, text). Each shard and chunk is a script that calls a registration function of {@code search.js},
 * which adds it to the page as a script element when a query needs it: nothing is fetched, so the search works from
 * {@code file://} and from a web archive. Words are lower-case, without accents, split at anything but letters and
 * digits, the commonest left out and the rest stemmed lightly; {@code search.js} reads queries the same way.
 */
public final class SearchIndex {

    /** The index's manifest's path in the site. */
    public static final String PATH = "assets/search-index.js";
    /** The folder of the word shards ({@code w/}) and entry chunks ({@code e/}). */
    public static final String SHARDS = "assets/search/";
    /** How many entries a chunk holds. */
    static final int CHUNK = 16;
    /** How many groups' entries the index keeps while it writes its chunks. */
    private static final int RECENT = 8;

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

    /**
     * Words too common to index: a query's are left out, and a quoted phrase checks them in the entry's text.
     * {@code search.js} holds the same list.
     */
    static final java.util.Set<String> STOP = java.util.Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
            "from", "had", "has", "have", "he", "his", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this",
            "to", "was", "were", "which", "with");

    /**
     * A word's stem, lightly: plural endings off, so that "railways" and "railway", "policies" and "policy",
     * "churches" and "church" meet ("ties" loses only its "s"). Words of three letters or fewer stay as they are,
     * as do those in -ss, -us and -is. {@code search.js} stems the same way.
     */
    public static String stem(String word) {
        int n = word.length();
        if (n <= 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (n > 4 && word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes")
                || word.endsWith("zes")) {
            return word.substring(0, n - 2);
        }
        return word.substring(0, n - 1);
    }

    /** The terms of a text as the index holds them: its {@link #words}, less the {@link #STOP} words, stemmed. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : words(text)) {
            if (!STOP.contains(word)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

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

    /** The index's files for these entries, in their order, by path; the same entries always give the same bytes. */
    public static Map<String, String> files(List<SearchEntry> entries) {
        List<Group> groups = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += BATCH) {
            groups.add(new Group(entries.subList(from, Math.min(entries.size(), from + BATCH)), Optional.empty(), ""));
        }
        Sharded index = new Sharded(groups.size(), entries.size(), () -> groups, Memo.none());
        Map<String, String> files = new TreeMap<>();
        for (DataFile file : index.files()) {
            files.put(file.path(), file.content());
        }
        return files;
    }

    /**
     * Entries that belong together, in their order: an essay's (whose words {@code memo} may keep from an earlier
     * build, under its {@code essay}, titled {@code title} in the search page's filter), or a batch of the others.
     * The entries are made when the index needs them, once for its words and once for its chunks, and let go after
     * each: an edition's entries are never held all at once (at 5,000 essays, 327,000 of them held 75 MB).
     *
     * @param size how many entries {@code entries} makes
     * @param entries makes the entries, the same each time
     */
    public record Group(int size, java.util.function.Supplier<List<SearchEntry>> entries,
                        Optional<org.apparatus.model.EssayId> essay, String title) {
        public Group {
            if (size < 0) {
                throw new IllegalArgumentException("a group has no fewer than no entries: " + size);
            }
            java.util.Objects.requireNonNull(entries, "entries");
            java.util.Objects.requireNonNull(essay, "essay");
            java.util.Objects.requireNonNull(title, "title");
        }

        /** A group of entries already made. */
        public Group(List<SearchEntry> entries, Optional<org.apparatus.model.EssayId> essay, String title) {
            this(entries.size(), supplying(List.copyOf(entries)), essay, title);
        }

        private static java.util.function.Supplier<List<SearchEntry>> supplying(List<SearchEntry> entries) {
            return () -> entries;
        }

        /** The entries, made now; a group that makes other than {@link #size} of them is a defect. */
        List<SearchEntry> made() {
            List<SearchEntry> made = entries.get();
            if (made.size() != size) {
                throw new IllegalStateException("a search group made " + made.size() + " entries, not the " + size
                        + " counted");
            }
            return made;
        }
    }

    /** How many word shards an index of so many entries has: a power of two, about one for every 160 entries. */
    static int shardCount(int entries) {
        int shards = 8;
        while (shards * 160 < entries) {
            shards *= 2;
        }
        return shards;
    }

    /**
     * The shard of a stemmed word: FNV-1a over its UTF-16 code units, modulo the shard count (a power of two);
     * {@code search.js} computes the same.
     */
    public static int shard(String word, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 16777619;
        }
        return hash & (shards - 1);
    }

    /**
     * A sharded index: the manifest ({@link #PATH}: the kinds of the entries, in runs), the essays' list for the
     * filter ({@code assets/search/essays.js}: each essay's id, title and range of entries), the word shards
     * ({@code assets/search/w/<n>.js}, each word with its postings) and the entries in chunks of {@link #CHUNK}
     * ({@code assets/search/e/<n>.js}). Every file is known from the counts before any is made; the first file written
     * makes the whole index, which the others then share.
     */
    public static final class Sharded {
        private final int groupCount;
        private final int entryCount;
        private final int shards;
        private final java.util.function.Supplier<List<Group>> groups;
        private final Memo memo;
        private Made made;
        /** How many files {@link #files} gives, and which of them were written since the index was made. */
        private int total;
        private final java.util.Set<String> written = new java.util.HashSet<>();

        /**
         * @param groupCount how many groups {@code groups} will give
         * @param entryCount how many entries they hold
         */
        public Sharded(int groupCount, int entryCount, java.util.function.Supplier<List<Group>> groups, Memo memo) {
            this.groupCount = groupCount;
            this.entryCount = entryCount;
            this.shards = shardCount(entryCount);
            this.groups = groups;
            this.memo = memo;
        }

        /** The index's files: the manifest first, then the word shards, then the entry chunks. */
        public List<DataFile> files() {
            List<DataFile> files = new ArrayList<>();
            int chunks = (entryCount + CHUNK - 1) / CHUNK;
            total = 2 + shards + chunks;
            files.add(new DataFile(PATH, out -> out.append(written(PATH).manifest)));
            files.add(new DataFile(SHARDS + "essays.js", out -> out.append(written(SHARDS + "essays.js").essays)));
            for (int k = 0; k < shards; k++) {
                int shard = k;
                String path = SHARDS + "w/" + k + ".js";
                files.add(new DataFile(path, out -> out.append(written(path).shard(shard))));
            }
            for (int c = 0; c < chunks; c++) {
                int chunk = c;
                String path = SHARDS + "e/" + c + ".js";
                files.add(new DataFile(path, out -> writeChunk(written(path), chunk, out)));
            }
            return files;
        }

        /**
         * The index, for writing the file at {@code path}; the last file of the index lets it go. A file written again
         * before that has the index made again: its shard's text was let go when it was first written.
         */
        private synchronized Made written(String path) {
            if (written.contains(path)) {
                made = null;
                written.clear();
            }
            Made index = made();
            written.add(path);
            if (written.size() == total) {
                made = null;
                written.clear();
            }
            return index;
        }

        /**
         * The index, made by the first of its files written; let go when the last is written, so that it is not
         * held while the rest of the site is (made again should a file be written again).
         */
        private synchronized Made made() {
            if (made == null) {
                List<Group> all = groups.get();
                if (all.size() != groupCount || all.stream().mapToInt(Group::size).sum() != entryCount) {
                    throw new IllegalStateException("the search index's groups are not the ones counted");
                }
                made = make(all, memo, shards);
            }
            return made;
        }
    }

    /**
     * The index made: the manifest's text, the essays' list's and each shard's; the entries are made again from their
     * groups as the chunks are written, one group at a time.
     */
    private static final class Made {
        private final String manifest;
        private final String essays;
        /** Each shard's text, let go once it is taken to be written. */
        private final String[] shards;
        private final List<Group> groups;
        /** The number of the first entry of each group, and after the last the number of entries. */
        private final int[] starts;
        /**
         * The entries of the groups made last, by group. The site writes its data files in the order of their paths,
         * so the chunks come as {@code e/4.js}, {@code e/40.js}, {@code e/400.js}, {@code e/4000.js},
         * {@code e/4001.js}, ...: a group's chunks are met in runs, with a few other groups' chunks between them.
         * Keeping the last few groups makes each about once, the large group of the works above all (remade for
         * every run, it cost the 1,000-essay build 6 % more CPU: a jsoup parse of each work's entry each time).
         */
        private final Map<Integer, List<SearchEntry>> recent = new java.util.LinkedHashMap<>(RECENT, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<SearchEntry>> eldest) {
                return size() > RECENT;
            }
        };

        Made(String manifest, String essays, List<String> shards, List<Group> groups) {
            this.manifest = manifest;
            this.essays = essays;
            this.shards = shards.toArray(String[]::new);
            this.groups = groups;
            this.starts = new int[groups.size() + 1];
            for (int g = 0; g < groups.size(); g++) {
                starts[g + 1] = starts[g] + groups.get(g).size();
            }
        }

        /** The text of shard {@code k}, for writing it once: the index lets go of it (at 5,000 essays, 33 MB). */
        synchronized String shard(int k) {
            String text = java.util.Objects.requireNonNull(shards[k], "a shard's text is taken once");
            shards[k] = null;
            return text;
        }

        /** The entries numbered {@code from} (inclusive) to {@code to} (exclusive), across groups. */
        synchronized List<SearchEntry> entries(int from, int to) {
            List<SearchEntry> entries = new ArrayList<>(to - from);
            int g = java.util.Arrays.binarySearch(starts, from);
            g = g >= 0 ? g : -g - 2;
            for (int at = from; at < to; g++) {
                if (starts[g + 1] <= at) {
                    continue; // a group without entries
                }
                List<SearchEntry> made = recent.computeIfAbsent(g, k -> groups.get(k).made());
                int end = Math.min(to, starts[g + 1]);
                entries.addAll(made.subList(at - starts[g], end - starts[g]));
                at = end;
            }
            return entries;
        }
    }

    /** A group's words and the kinds of its entries, in runs (a kind, how many), made together. */
    private record GroupWords(Words words, List<String> kinds, List<Integer> runs) {
    }

    private static GroupWords words(Group group, Memo memo) {
        List<SearchEntry> entries = group.made();
        Words words = group.essay().isPresent()
                ? memo.piece(WORDS, group.essay().get(), entries, () -> Words.of(entries, memo::word))
                : Words.of(entries, w -> w);
        List<String> kinds = new ArrayList<>();
        List<Integer> runs = new ArrayList<>();
        for (SearchEntry e : entries) {
            if (!kinds.isEmpty() && kinds.get(kinds.size() - 1).equals(e.kind())) {
                runs.set(runs.size() - 1, runs.get(runs.size() - 1) + 1);
            } else {
                kinds.add(e.kind());
                runs.add(1);
            }
        }
        return new GroupWords(words, kinds, runs);
    }

    private static Made make(List<Group> groups, Memo memo, int shards) {
        Map<String, Encoded> byWord = new HashMap<>();
        int together = 2 * Runtime.getRuntime().availableProcessors();
        int offset = 0;
        // the runs of entries of one kind, over all groups: each kind and how many in a row
        List<String> runKinds = new ArrayList<>();
        List<Integer> runLengths = new ArrayList<>();
        for (int first = 0; first < groups.size(); first += together) {
            List<GroupWords> made = groups.subList(first, Math.min(groups.size(), first + together)).parallelStream()
                    .map(group -> words(group, memo)).toList();
            for (int g = 0; g < made.size(); g++) {
                Words words = made.get(g).words();
                for (int i = 0; i < words.words.length; i++) {
                    byWord.computeIfAbsent(words.words[i], w -> new Encoded())
                            .addShifted(words.pairs, words.bounds[i], words.bounds[i + 1], offset);
                }
                offset += groups.get(first + g).size();
                List<String> kinds = made.get(g).kinds();
                for (int r = 0; r < kinds.size(); r++) {
                    int last = runKinds.size() - 1;
                    if (last >= 0 && runKinds.get(last).equals(kinds.get(r))) {
                        runLengths.set(last, runLengths.get(last) + made.get(g).runs().get(r));
                    } else {
                        runKinds.add(kinds.get(r));
                        runLengths.add(made.get(g).runs().get(r));
                    }
                }
            }
        }
        List<Map<String, Encoded>> byShard = new ArrayList<>();
        for (int k = 0; k < shards; k++) {
            byShard.add(new TreeMap<>());
        }
        byWord.forEach((word, postings) -> byShard.get(shard(word, shards)).put(word, postings));
        byWord.clear(); // the postings are their shards' now, each let go once its shard's text is made
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < shards; k++) {
            int shard = k;
            texts.add(text(js -> {
                js.append("/* Made by Apparatus at build time: a shard of the search page's words. */\n");
                js.append("APPARATUS_SEARCH_WORDS(").append(Integer.toString(shard)).append(", ");
                try (JsonGenerator json = JsonText.laidOut(js, JsonText.Escaping.SCRIPT_SAFE, LAYOUT)) {
                    json.writeStartObject();
                    for (Map.Entry<String, Encoded> word : byShard.get(shard).entrySet()) {
                        json.writeStringField(word.getKey(), word.getValue().encoded());
                    }
                    json.writeEndObject();
                }
                js.append(");\n");
            }));
            byShard.set(shard, Map.of());
        }
        int entryCount = offset;
        String manifest = text(js -> {
            js.append("/* Made by Apparatus at build time: the search page's index, whose words and entries are in"
                    + " assets/search/. */\n");
            js.append("window.APPARATUS_SEARCH = ");
            try (JsonGenerator json = JsonText.laidOut(js, JsonText.Escaping.SCRIPT_SAFE, LAYOUT)) {
                json.writeStartObject();
                json.writeNumberField("entries", entryCount);
                json.writeNumberField("shards", shards);
                json.writeNumberField("chunk", CHUNK);
                List<String> kinds = new ArrayList<>();
                runKinds.forEach(kind -> {
                    if (!kinds.contains(kind)) {
                        kinds.add(kind);
                    }
                });
                json.writeArrayFieldStart("kinds");
                for (String kind : kinds) {
                    json.writeString(kind);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("runs"); // runs of entries of one kind: the kind's number, how many
                for (int r = 0; r < runKinds.size(); r++) {
                    json.writeNumber(kinds.indexOf(runKinds.get(r)));
                    json.writeNumber(runLengths.get(r));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            js.append(";\n");
        });
        String essays = text(js -> {
            js.append("/* Made by Apparatus at build time: the essays the search page filters by. */\n");
            js.append("APPARATUS_SEARCH_ESSAYS(");
            try (JsonGenerator json = JsonText.laidOut(js, JsonText.Escaping.SCRIPT_SAFE, LAYOUT)) {
                json.writeStartArray(); // id, title, first entry, how many
                int at = 0;
                for (Group group : groups) {
                    if (group.essay().isPresent()) {
                        json.writeStartArray();
                        json.writeString(group.essay().get().toString());
                        json.writeString(group.title());
                        json.writeNumber(at);
                        json.writeNumber(group.size());
                        json.writeEndArray();
                    }
                    at += group.size();
                }
                json.writeEndArray();
            }
            js.append(");\n");
        });
        return new Made(manifest, essays, List.copyOf(texts), List.copyOf(groups));
    }

    private static void writeChunk(Made index, int chunk, Appendable js) throws IOException {
        int entryCount = index.starts[index.starts.length - 1];
        js.append("/* Made by Apparatus at build time: entries of the search page. */\n");
        js.append("APPARATUS_SEARCH_ENTRIES(").append(Integer.toString(chunk)).append(", ");
        try (JsonGenerator json = JsonText.laidOut(js, JsonText.Escaping.SCRIPT_SAFE, LAYOUT)) {
            json.writeStartArray();
            for (SearchEntry e : index.entries(chunk * CHUNK, Math.min(entryCount, (chunk + 1) * CHUNK))) {
                json.writeStartArray();
                json.writeString(e.title());
                json.writeString(e.href());
                json.writeString(e.text());
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        js.append(");\n");
    }

    private interface Writing {
        void to(Appendable out) throws IOException;
    }

    private static String text(Writing writing) {
        StringBuilder js = new StringBuilder();
        try {
            writing.to(js);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return js.toString();
    }

    /** The files' lines: one for each word or entry, the outer object or array opening and closing on its own line. */
    private static final JsonText.Layout LAYOUT = new JsonText.Layout("", ":", ",",
            depth -> depth == 0 ? JsonText.Form.LINES : JsonText.Form.INLINE, 0);

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
            for (String word : terms(e.title() + " " + e.text())) {
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
    }

    /**
     * One word's postings over the whole index, as the shard writes them, written as they are added: for each entry,
     * its distance from the one before (from -1 for the first) in base 36, then {@code .} and the count if above one;
     * entries separated by commas. A few bytes for each, where pairs of numbers took eight and more (a 5,000-essay
     * index held 190 MB of them while it was made).
     */
    private static final class Encoded {
        private byte[] text = new byte[8];
        private int length;
        private int last = -1;

        /** Adds the pairs {@code from[start..end)}, their entries moved on by {@code offset}, all after the last. */
        void addShifted(int[] from, int start, int end, int offset) {
            for (int i = start; i < end; i += 2) {
                int entry = from[i] + offset;
                if (last >= 0) {
                    append(",");
                }
                append(Integer.toString(entry - last, 36));
                if (from[i + 1] > 1) {
                    append(".");
                    append(Integer.toString(from[i + 1], 36));
                }
                last = entry;
            }
        }

        private void append(String ascii) {
            if (length + ascii.length() > text.length) {
                text = java.util.Arrays.copyOf(text, Math.max(2 * text.length, length + ascii.length()));
            }
            for (int k = 0; k < ascii.length(); k++) {
                text[length++] = (byte) ascii.charAt(k);
            }
        }

        String encoded() {
            return new String(text, 0, length, java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    /** How many entries {@link #entries} makes of an essay, without making them: one per paragraph and note. */
    public static int entryCount(Essay essay) {
        return (int) essay.blocks().stream().filter(b -> b instanceof Block.Paragraph).count() + essay.notes().size();
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
