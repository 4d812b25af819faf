package org.apparatus.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apparatus.ingest.ImportedEssay;
import org.apparatus.ingest.SeedText;
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
    private static final Pattern MARKER = Pattern.compile("<sup>\\s*\\d+\\s*</sup>");

    private Fidelity() {
    }

    /** A word with the line it stands on. */
    record Word(String text, int line) {
    }

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

    static List<Word> seedWords(List<SeedText> texts) {
        List<Word> words = new ArrayList<>();
        for (SeedText text : texts) {
            String[] lines = MARKER.matcher(text.text()).replaceAll(" ").split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = WORD.matcher(lines[i]);
                while (m.find()) {
                    words.add(new Word(m.group(), text.line() + i));
                }
            }
        }
        return words;
    }

    static List<Word> editionWords(List<Text> texts) {
        List<Word> words = new ArrayList<>();
        for (Text text : texts) {
            Matcher m = WORD.matcher(text.plain());
            while (m.find()) {
                words.add(new Word(m.group(), text.line()));
            }
        }
        return words;
    }

    private static void diff(List<Word> printed, List<Word> edited, String seedFile, String editionFile,
                             List<EditorialChange> changes) {
        List<String> a = printed.stream().map(Word::text).toList();
        List<String> b = edited.stream().map(Word::text).toList();
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            String before = String.join(" ", source.getLines());
            String after = String.join(" ", target.getLines());
            EditorialChange.Kind kind;
            if (source.size() > 0 && target.size() > 0 && String.join("", source.getLines()).equals(
                    String.join("", target.getLines())) && source.size() > target.size()) {
                kind = EditorialChange.Kind.REJOINED;
                before = String.join("-", source.getLines());
            } else if (source.size() > 0 && before.toLowerCase(Locale.ROOT).equals(after.toLowerCase(Locale.ROOT))) {
                kind = EditorialChange.Kind.CAPITALISATION;
            } else if (source.size() == 0) {
                kind = EditorialChange.Kind.ADDED;
            } else if (target.size() == 0) {
                kind = EditorialChange.Kind.REMOVED;
            } else {
                kind = EditorialChange.Kind.CHANGED;
            }
            changes.add(new EditorialChange(kind, before, after,
                    seedFile + ":" + lineAt(printed, source.getPosition()),
                    editionFile + ":" + lineAt(edited, target.getPosition())));
        }
    }

    /** The line of the word at {@code index}, or of the nearest word before it when the index is past the end. */
    private static int lineAt(List<Word> words, int index) {
        if (words.isEmpty()) {
            return 1;
        }
        return words.get(Math.min(index, words.size() - 1)).line();
    }
}
