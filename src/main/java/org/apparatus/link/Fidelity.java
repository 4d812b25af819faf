package org.apparatus.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apparatus.ingest.ImportedEssay;
import org.apparatus.ingest.SeedText;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.model.Block;
import org.apparatus.model.Essay;
import org.apparatus.model.Note;
import org.apparatus.model.Text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

/**
 * Compares an edition's words with its seed's, word for word, main text and each note apart, and lists every
 * difference as an {@link EditorialChange}. Markup, note markers and page markers are not words; letters and digits are.
 */
public final class Fidelity {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern MARKER = Pattern.compile("<sup>\\s*\\d+\\s*</sup>");

    private Fidelity() {
    }

    /**
     * A word with the line it stands on.
     *
     * @param hyphenated how the print split it across a page break ({@code differ-ence}), or empty
     * @param shown the run of characters between spaces that holds the word, punctuation and all
     *              ({@code ADMINISTRATION'S} for both {@code ADMINISTRATION} and {@code S}): what a reader is shown
     * @param token which run that is, counted from the start, so that two words of one run show it once
     */
    record Word(String text, int line, String hyphenated, String shown, int token) {
        Word(String text, int line) {
            this(text, line, "", text, -1);
        }
    }

    /** Words as a reader reads them: each run of characters between spaces once, with its punctuation. */
    static String shown(List<Word> words) {
        StringBuilder out = new StringBuilder();
        int last = Integer.MIN_VALUE;
        for (Word word : words) {
            if (word.token() >= 0 && word.token() == last) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.shown());
            last = word.token();
        }
        return out.toString();
    }

    private static final Pattern BREAK_HYPHEN = Pattern.compile("\\p{L}-\\s*$");

    /** Every difference between the seed and the essay, in reading order, main text first and then notes. */
    public static List<EditorialChange> compare(ImportedEssay seed, Essay essay) {
        String seedFile = seed.seed().displayPath();
        List<EditorialChange> changes = new ArrayList<>();
        List<Text> main = new ArrayList<>();
        main.add(essay.title());
        main.add(essay.author());
        essay.abstractText().ifPresent(main::add);
        essay.blocks().stream().map(Block::text).forEach(main::add);
        essay.bio().ifPresent(main::add);
        diff(seedWords(seed.mainText()), editionWords(main), seedFile, essay.source(), changes);

        Map<Integer, List<SeedText>> printedNotes = seed.noteText();
        TreeSet<Integer> numbers = new TreeSet<>(printedNotes.keySet());
        essay.notes().forEach(n -> numbers.add(n.number()));
        for (int number : numbers) {
            List<Word> printed = seedWords(printedNotes.getOrDefault(number, List.of()));
            List<Word> edited = essay.notes().stream().filter(n -> n.number() == number).findFirst()
                    .map(Note::text).map(t -> editionWords(List.of(t))).orElse(List.of());
            diff(printed, edited, seedFile, essay.source(), changes);
        }
        return changes;
    }

    /**
     * The print's words. A word hyphenated at the end of one piece and continued in lower case at the start of the
     * next (a page break) is one word, which remembers how it was split.
     */
    static List<Word> seedWords(List<SeedText> texts) {
        List<Word> words = new ArrayList<>();
        boolean hyphenAtEnd = false;
        int token = 0;
        for (SeedText text : texts) {
            String clean = MARKER.matcher(text.text()).replaceAll(""); // as the edition: a marker splits no word
            String[] lines = clean.split("\n", -1);
            boolean joinNext = hyphenAtEnd && !words.isEmpty() && !clean.isBlank()
                    && Character.isLowerCase(clean.strip().charAt(0));
            for (int i = 0; i < lines.length; i++) {
                Matcher t = TOKEN.matcher(lines[i]);
                while (t.find()) {
                    token++;
                    Matcher m = WORD.matcher(t.group());
                    while (m.find()) {
                        if (joinNext) {
                            Word head = words.remove(words.size() - 1);
                            String shown = head.shown().replaceFirst("-$", "") + t.group();
                            words.add(new Word(head.text() + m.group(), head.line(), head.text() + "-" + m.group(),
                                    shown, token));
                            joinNext = false;
                        } else {
                            words.add(new Word(m.group(), text.line() + i, "", t.group(), token));
                        }
                    }
                }
            }
            hyphenAtEnd = BREAK_HYPHEN.matcher(clean).find();
        }
        return words;
    }

    static List<Word> editionWords(List<Text> texts) {
        List<Word> words = new ArrayList<>();
        int token = 0;
        for (Text text : texts) {
            Matcher t = TOKEN.matcher(text.plain());
            while (t.find()) {
                token++;
                Matcher m = WORD.matcher(t.group());
                while (m.find()) {
                    words.add(new Word(m.group(), text.line(), "", t.group(), token));
                }
            }
        }
        return words;
    }

    /**
     * Aligns the words ignoring letter case, so a change of case never hides the alignment of the words around it;
     * each run of aligned words whose case differs is then one capitalisation change.
     */
    private static void diff(List<Word> printed, List<Word> edited, String seedFile, String editionFile,
                             List<EditorialChange> changes) {
        List<String> a = printed.stream().map(Word::text).toList();
        List<String> b = edited.stream().map(Word::text).toList();
        List<EditorialChange> found = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b, String::equalsIgnoreCase).getDeltas()) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            capitalisation(printed, edited, i, j, source.getPosition() - i, seedFile, editionFile, found);
            i = source.getPosition() + source.size();
            j = target.getPosition() + target.size();
            String before = shown(printed.subList(source.getPosition(), i));
            String after = shown(edited.subList(target.getPosition(), j));
            EditorialChange.Kind kind;
            if (source.size() > target.size() && target.size() > 0 && String.join("", source.getLines())
                    .equalsIgnoreCase(String.join("", target.getLines()))) {
                kind = EditorialChange.Kind.REJOINED;
                before = String.join("-", source.getLines());
            } else if (source.size() == 0) {
                kind = EditorialChange.Kind.ADDED;
            } else if (target.size() == 0) {
                kind = EditorialChange.Kind.REMOVED;
            } else {
                kind = EditorialChange.Kind.CHANGED;
            }
            found.add(new EditorialChange(kind, before, after,
                    seedFile + ":" + lineAt(printed, source.getPosition()),
                    editionFile + ":" + lineAt(edited, target.getPosition())));
        }
        capitalisation(printed, edited, i, j, a.size() - i, seedFile, editionFile, found);
        changes.addAll(found);
    }

    /**
     * Within {@code length} aligned words from {@code i} and {@code j}: each word rejoined across a page break, and
     * each run of words whose case differs, as one change.
     */
    private static void capitalisation(List<Word> printed, List<Word> edited, int i, int j, int length,
                                       String seedFile, String editionFile, List<EditorialChange> found) {
        int k = 0;
        while (k < length) {
            Word word = printed.get(i + k);
            if (!word.hyphenated().isEmpty()) {
                found.add(new EditorialChange(EditorialChange.Kind.REJOINED, word.hyphenated(),
                        edited.get(j + k).text(), seedFile + ":" + word.line(),
                        editionFile + ":" + edited.get(j + k).line()));
            }
            if (word.text().equals(edited.get(j + k).text())) {
                k++;
                continue;
            }
            int start = k;
            while (k < length && !printed.get(i + k).text().equals(edited.get(j + k).text())) {
                k++;
            }
            found.add(new EditorialChange(EditorialChange.Kind.CAPITALISATION,
                    shown(printed.subList(i + start, i + k)), shown(edited.subList(j + start, j + k)), seedFile + ":" + printed.get(i + start).line(),
                    editionFile + ":" + edited.get(j + start).line()));
        }
    }

    /** The line of the word at {@code index}, or of the nearest word before it when the index is past the end. */
    private static int lineAt(List<Word> words, int index) {
        if (words.isEmpty()) {
            return 1;
        }
        return words.get(Math.min(index, words.size() - 1)).line();
    }

    public static List<EditorialChange> changes(Essay essay, Map<String, ImportedEssay> seeds,
                                                 Diagnostics diagnostics) {
        if (essay.seed().isEmpty()) {
            return List.of();
        }
        ImportedEssay seed = seeds.get(essay.seed().get());
        if (seed == null) {
            diagnostics.warning(essay.source(), 1, 1, "seed '" + essay.seed().get() + "' is not in seeds/;"
                    + " expected the original text beside its edition (the changes list stays empty)");
            return List.of();
        }
        if (essay.seedSha256().isPresent() && !essay.seedSha256().get().equals(seed.seed().sha256())) {
            diagnostics.warning(essay.source(), 1, 1, "seed '" + essay.seed().get() + "' has changed since this"
                    + " essay was curated (sha256 " + seed.seed().sha256() + ", front matter says "
                    + essay.seedSha256().get() + "); check the changes list and update the sha256");
        }
        return Fidelity.compare(seed, essay);
    }
}
