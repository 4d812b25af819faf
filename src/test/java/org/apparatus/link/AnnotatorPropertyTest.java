package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.model.Block;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.apparatus.model.Mention;
import org.apparatus.model.Note;
import org.jsoup.Jsoup;

import org.apparatus.Mutations;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever the text, annotating it never throws, never changes a word of it, and every mention it reports is the
 * words it links, in the sentence it quotes.
 *
 * <p>QuickTheories, not Jazzer: every text is joined from a list of tokens chosen to collide (names that share
 * beginnings, case folds, sentence ends), so the generator reaches the matcher's corners by construction and a failure
 * shrinks to the few tokens that break it. Seeded by {@code QT_SEED} (see the pom).
 */
class AnnotatorPropertyTest {

    private static final List<String> TOKENS = List.of("Kim", "Kim Jong-il", "Kim Il-sung", "Kim Dae-Jung", "Putin",
            "Putin's", "Vladimir Putin", "DPRK", "North Korea", "Pyongyang", "Moscow", "Moscow-Pyongyang", "visit to",
            "visit to Pyongyang", "in", "the", "June 2000", "on April 6", "the mid-1990s", "1961", "Łódź Ćlub",
            "Jiang Zemin", "However,", ".", ",", ";", "*", "**", "_", "`", "[x](actor:kim-il-sung)", "[y](actor:-)",
            "[z](actor:nobody)", "<b>", "&amp;", "\"", "“", "’s", "[[page 2]]", "[^1]", "\n\n", "#", "-", "Cold War",
            "a", "said", "The", "North", "(", ")", "é", "\u00a0", "\t");

    private static final Annotator ANNOTATOR = new Annotator(AnnotatorTest.REGISTRY);

    /** Texts of up to {@code max} of the given tokens, joined with {@code separator}. */
    private static Gen<String> joined(List<String> tokens, int max, String separator) {
        return lists().of(Generate.pick(tokens)).ofSizeBetween(0, max).map(t -> String.join(separator, t))
                .describedAs(Mutations::escape);
    }

    @Test
    void annotatingChangesNoWordAndReportsWhatItLinks() {
        qt().withExamples(200).forAll(joined(TOKENS, 40, " "))
                .checkAssert(AnnotatorPropertyTest::changesNoWordAndReportsWhatItLinks);
    }

    private static void changesNoWordAndReportsWhatItLinks(String body) {
        String md = "---\nid: \"t\"\ntitle: \"T\"\nauthor: \"A\"\n---\n\n" + body + "\n\n[^1]: Vladimir Putin, \"Kim"
                + " and Moscow,\" *Pyongyang Times*, Vol. 1, No. 2, 2001, p. 3. Kim said so.\n";
        Diagnostics diagnostics = new Diagnostics();
        Optional<Essay> parsed = EssayParser.parse("t.md", "t", md, Essay.Origin.CURATED, diagnostics);
        if (parsed.isEmpty()) {
            return;
        }
        Essay essay = parsed.get();
        Annotations a = ANNOTATOR.annotate(essay, diagnostics);
        for (Block block : essay.blocks()) {
            assertThat(text(a.linked().get(block.anchor()).html())).isEqualTo(text(block.text().markup().html()));
            assertThat(Jsoup.parseBodyFragment(a.linked().get(block.anchor()).html()).select("a[href^=actor:]"))
                    .isEmpty();
        }
        for (Note note : essay.notes()) {
            assertThat(text(a.linked().get(note.anchor()).html())).isEqualTo(text(note.text().markup().html()));
        }
        for (Mention m : a.mentions()) {
            String linked = a.linked().get(m.anchor()).html();
            assertThat(Jsoup.parseBodyFragment(linked).select("a.mention.actor").eachText()).contains(m.form());
            assertThat(m.before() + m.form() + m.after()).contains(m.form());
            assertThat(AnnotatorTest.REGISTRY.actor(m.actor())).isPresent();
        }
        assertThat(a.mentions()).noneMatch(m -> m.note() > 0 && m.before().isEmpty() && m.form().equals("Vladimir"
                + " Putin"));
    }

    private static String text(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }

    /** Forms that share beginnings and ends, so the longest-first order and the word boundaries both matter. */
    private static final List<String> FORMS = List.of("Kim", "Kim Jong", "Kim Jong-il", "Jong", "Korea", "North Korea",
            "North", "K", "2000", "Ĳssel", "Łódź");

    private static final List<String> FORM_TEXTS = List.of("Kim", "Kim Jong", "Kim Jong-il", "Jong-il", "Korea",
            "North", "Korean", "K", "Kims", "2000", "20001", "Ĳssel", "Łódź", "łódź", " ", "-", "'", "’s", "x", "é",
            "\u0301", "Ⅻ", "٣", "\uD835\uDC00");

    /** The form matcher finds exactly what the pattern of all forms, longest first, finds. */
    @Test
    void theFormMatcherFindsWhatTheAlternationPatternFinds() {
        qt().withExamples(500).forAll(joined(FORM_TEXTS, 30, ""))
                .checkAssert(AnnotatorPropertyTest::findsWhatTheAlternationFinds);
    }

    private static void findsWhatTheAlternationFinds(String text) {
        List<String> forms = FORMS.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + String.join("|", forms.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
        List<String> expected = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            expected.add(m.start() + "-" + m.end());
        }
        List<String> found = new Annotator.FormMatcher(forms).find(text).stream().map(f -> f[0] + "-" + f[1]).toList();
        assertThat(found).isEqualTo(expected);
    }

    /** A case-insensitive cue the pattern finds is always in the folded text: the pre-check never hides a match. */
    @Test
    void aCueThePatternFindsIsInTheFoldedText() {
        qt().withExamples(500).forAll(joined(CUE_TEXTS, 12, "")).checkAssert(AnnotatorPropertyTest::cueIsInTheFoldedText);
    }

    private static void cueIsInTheFoldedText(String text) {
        for (String cue : List.of("Moscow Declaration", "summit", "ſummit", "İstanbul", "KELVIN")) {
            Matcher m = Pattern.compile(Pattern.quote(cue), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text);
            if (m.find()) {
                assertThat(Annotator.fold(text)).contains(Annotator.fold(cue));
            }
        }
    }

    private static final List<String> CUE_TEXTS = List.of("moscow", "MOSCOW", " ", "declaration", "DECLARATION",
            "Summit", "SUMMIT", "ſ", "s", "ummit", "istanbul", "İ", "i", "ı", "I", "stanbul", "\u212A", "k", "elvin",
            "ELVIN");

    private static final List<String> PROSE = List.of("Mr. Putin", " said", ". ", "? ", "! ", "\"Yes.\" ", "U.S. ",
            "Kim", " (p. 3)", "...", "\n", " ", "e.g. ", "2001.", "“Quoted.”", " and", "A", ";", "—", "N. Korea");

    /**
     * The sentence around a position is the one between the boundaries a sentence iterator gives walking forward
     * from the start: the last at or before the position and the first after it. (Its random-access methods can
     * disagree with its own walk: for {@code "Yes." ; said} {@code preceding(8)} is 4, inside the word.)
     */
    @Test
    void theSentenceAroundAPositionLiesBetweenTheIteratorsBoundaries() {
        qt().withExamples(300).forAll(joined(PROSE, 30, "")).checkAssert(AnnotatorPropertyTest::liesBetweenBoundaries);
    }

    private static void liesBetweenBoundaries(String text) {
        java.text.BreakIterator it = java.text.BreakIterator.getSentenceInstance(java.util.Locale.ENGLISH);
        it.setText(text);
        List<Integer> boundaries = new ArrayList<>();
        for (int b = it.first(); b != java.text.BreakIterator.DONE; b = it.next()) {
            boundaries.add(b);
        }
        Annotator.Sentences sentences = new Annotator.Sentences(text);
        for (int at = 0; at <= text.length(); at++) {
            if (text.isEmpty()) {
                assertThat(sentences.around(at)).containsExactly(0, 0);
                continue;
            }
            int position = Math.min(at, text.length() - 1);
            int start = boundaries.stream().filter(b -> b <= position).reduce((a, b) -> b).orElseThrow();
            int end = boundaries.stream().filter(b -> b > position).findFirst().orElse(text.length());
            assertThat(sentences.around(at)).as("at %d", at).containsExactly(Math.min(start, at),
                    Math.max(end, Math.min(at, text.length())));
        }
    }

    /** Characters around word boundaries: letters of every case, marks, apostrophes, hyphens, surrogate pairs. */
    private static final List<String> CHARACTERS = List.of("a", "B", "é", "É", "ß", "ǅ", "ʰ", "\u0301", "\u20dd",
            "\u0903", "’", "'", "-", "–", " ", "\u00a0", ".", ",", "1", "𝐀", "𝐚", "😀", "\ud800", "\udc00", "中", "_", "\n");

    @Test
    void theLowerCaseWordsOfATextAreThePiecesThePatternSplitsItIntoThatBeginLowerCase() {
        qt().withExamples(2000).forAll(joined(CHARACTERS, 30, "")).checkAssert(text -> {
            List<String> expected = new ArrayList<>();
            for (String w : Pattern.compile("[^\\p{L}\\p{M}’'-]+").split(text)) {
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    expected.add(w);
                }
            }
            List<String> found = new ArrayList<>();
            Annotator.lowerCaseWords(text, found::add);
            assertThat(found).isEqualTo(expected);
        });
    }
}
