package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every note shape of the second seed, and the shapes around them, read into the right kind of citation. */
class CitationParserTest {

    /** The curated edition of the second seed: 31 notes, each on one line {@code [^n]: text}. */
    static final Path KO = Path.of("content/essays/putin-administrations-north-korean-policy.md");
    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^(\\d+)\\]:\\s*(.+)$");

    private static Map<Integer, String> notes;

    @BeforeAll
    static void readNotes() throws IOException {
        notes = realNotes();
    }

    /** The note texts of the second seed's edition, by number. */
    static Map<Integer, String> realNotes() throws IOException {
        Map<Integer, String> found = new TreeMap<>();
        for (String line : Files.readAllLines(KO, StandardCharsets.UTF_8)) {
            Matcher m = DEFINITION.matcher(line);
            if (m.matches()) {
                found.put(Integer.parseInt(m.group(1)), m.group(2).strip());
            }
        }
        return found;
    }

    private static List<Citation> parse(int note) {
        return CitationParser.parse(notes.get(note));
    }

    private static Citation.Article article(int note, List<String> authors, String title, String journal,
                                            String volume, String issue, String season, String year, String pin) {
        return new Citation.Article(notes.get(note), authors, title, journal, volume, issue, season, year,
                Optional.ofNullable(pin));
    }

    private static Citation.Periodical periodical(int note, String title, String date) {
        return new Citation.Periodical(notes.get(note), title, date, Optional.empty());
    }

    private static Citation.OpCit opCit(int note, List<String> authors, String pin) {
        return new Citation.OpCit(notes.get(note), authors, Optional.of(pin));
    }

    private static Citation.Ibid ibid(int note, String pin) {
        return new Citation.Ibid(notes.get(note), Optional.of(pin));
    }

    @Test
    void theSecondSeedHas31Notes() {
        assertThat(notes).hasSize(31);
        assertThat(notes.keySet()).first().isEqualTo(1);
        assertThat(notes.keySet()).last().isEqualTo(31);
    }

    @Test
    void everyNoteOfTheSecondSeedIsReadAsOneCitationOfTheRightKind() {
        Map<Integer, Citation> expected = new TreeMap<>();
        String kjda = "The Korean Journal of Defense Analysis";
        expected.put(1, article(1, List.of("Hanjong Lee"), "Russian New Regime and Security Policy",
                "Review of Politics", "19", "", "", "2000", "76"));
        expected.put(2, article(2, List.of("Dongju Suh", "Hyunsik Yon"), "Russian Security Policy Course under Putin",
                "Review of Security", "11", "1", "", "2000", "107"));
        expected.put(3, article(3, List.of("Ian Bremmer", "Alexander Zaslavsky"), "Bush and Putin's Tentative Embrace",
                "World Policy Journal", "18", "4", "", "2001", "14"));
        expected.put(4, article(4, List.of("Tom Wuchte"), "Northeast Asia's Forgotten Worry: Russia's Far East",
                "Pacific Focus", "16", "2", "Fall", "2001", "48"));
        expected.put(5, article(5, List.of("Vladimir Shlapentokh"),
                "Russian Attitude toward America: A Split between the Ruling Class and the Masses", "World Affairs",
                "164", "1", "", "2001", "21"));
        expected.put(6, opCit(6, List.of("Ian Bremmer", "Alexander Zaslavsky"), "12"));
        expected.put(7, article(7, List.of("Seung-Ho Joo"), "Russia and Korea: The Summit and After", kjda, "13", "1",
                "Autumn", "2001", "104\u20137"));
        expected.put(8, article(8, List.of("Vadim P. Tkachenko"),
                "A Russian View on Korean Security after the North-South Korea Summit", kjda, "12", "2", "Winter",
                "2000", "20"));
        expected.put(9, opCit(9, List.of("Seung-Ho Joo"), "108"));
        expected.put(10, opCit(10, List.of("Tom Wuchte"), "28"));
        expected.put(11, ibid(11, "21"));
        expected.put(12, periodical(12, "Donga Ilbo", "2000-07-20"));
        expected.put(13, article(13, List.of("Seung-Ho Joo", "Tae-Hwan Kwak"),
                "Military Relations Between Russia and North Korea", "The Journal of East Asian Affairs", "15", "2",
                "Fall/Winter", "2001", "309"));
        expected.put(14, periodical(14, "Newsweek", "2001-08-13"));
        expected.put(15, periodical(15, "ITAR TASS", "2002-04-19"));
        expected.put(16, article(16, List.of("Jae-nam Ko"),
                "The Russia-North Korea Summit and Beyond: The Role of Russia on the Korean Peninsula",
                "East Asian Review", "12", "3", "Autumn", "2000", "75"));
        expected.put(17, ibid(17, "71"));
        expected.put(18, periodical(18, "ITAR TASS", "2001-11-11"));
        expected.put(19, periodical(19, "Chosun Ilbo", "2002-08-21"));
        expected.put(20, opCit(20, List.of("Seung-Ho Joo"), "111"));
        expected.put(21, opCit(21, List.of("Seung-Ho Joo", "Tae-Hwan Kwak"), "305"));
        expected.put(22, opCit(22, List.of("Tom Wuchte"), "23"));
        expected.put(23, periodical(23, "Newsweek", "2002-09-02"));
        expected.put(24, periodical(24, "ITAR TASS", "2001-02-27"));
        expected.put(25, periodical(25, "Kukmin Ilbo", "2001-08-01"));
        expected.put(26, periodical(26, "Newsweek", "2001-08-13"));
        expected.put(27, opCit(27, List.of("Seung-Ho Joo", "Tae-Hwan Kwak"), "309"));
        expected.put(28, periodical(28, "Journal of Electronic Defense", "2001-07"));
        expected.put(29, article(29, List.of("Evgeny V. Afanasiev"),
                "Vladimir Putin's New Foreign Policy and Russian Views of the Situation on the Korean Peninsula", kjda,
                "12", "2", "Winter", "2000", "12"));
        expected.put(30, periodical(30, "ITAR TASS", "2002-02-15"));
        expected.put(31, article(31, List.of("Donald Kirk"),
                "After Kim Jong Il's pilgrimage to Moscow: Down the road in Korea", "The New Leader", "84", "5",
                "Sep/Oct.", "2001", "6"));

        assertThat(expected.keySet()).isEqualTo(notes.keySet());
        expected.forEach((n, citation) -> assertThat(parse(n)).as("note %d: %s", n, notes.get(n))
                .containsExactly(citation));
    }

    @Test
    void articleFieldsOfTheWuchteNote() {
        Citation.Article a = (Citation.Article) parse(4).get(0);
        assertThat(a.authors()).containsExactly("Tom Wuchte");
        assertThat(a.title()).isEqualTo("Northeast Asia's Forgotten Worry: Russia's Far East").doesNotEndWith(",");
        assertThat(a.journal()).isEqualTo("Pacific Focus");
        assertThat(a.volume()).isEqualTo("16");
        assertThat(a.issue()).isEqualTo("2");
        assertThat(a.season()).isEqualTo("Fall");
        assertThat(a.year()).isEqualTo("2001");
        assertThat(a.pinpoint()).contains("48");
        assertThat(a.printed()).isEqualTo(notes.get(4));
    }

    @Test
    void authorsAreSplitOnAnd() {
        assertThat(((Citation.Article) parse(13).get(0)).authors()).containsExactly("Seung-Ho Joo", "Tae-Hwan Kwak");
        assertThat(((Citation.OpCit) parse(6).get(0)).authors()).containsExactly("Ian Bremmer", "Alexander Zaslavsky");
        assertThat(CitationParser.authors("Ann Ames, Bo Bell, and Cy Cole")).containsExactly("Ann Ames", "Bo Bell",
                "Cy Cole");
        assertThat(CitationParser.authors("Ann Ames & Bo Bell")).containsExactly("Ann Ames", "Bo Bell");
        // "and" inside a name is not a separator
        assertThat(CitationParser.authors("Alexander Andrews")).containsExactly("Alexander Andrews");
    }

    @Test
    void aPageRangeIsNormalisedToAnEnDash() {
        assertThat(parse(7).get(0).pinpoint()).contains("104\u20137");
        assertThat(CitationParser.parse("*Ibid.*, pp. 104 - 7, 110")).singleElement()
                .extracting(Citation::pinpoint).isEqualTo(Optional.of("104\u20137, 110"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "July 20, 2000|2000-07-20",
            "July 2001|2001-07",
            "2001|2001",
            "August 1, 2001|2001-08-01",
            "Sept. 3, 1999|1999-09-03",
            "Feb 29, 2000|2000-02-29"})
    void periodicalDatesBecomeIso(String printed, String iso) {
        assertThat(CitationParser.isoDate(printed)).contains(iso);
        assertThat(CitationParser.parse("*Some Paper*, " + printed + ".")).singleElement()
                .isInstanceOfSatisfying(Citation.Periodical.class, p -> {
                    assertThat(p.title()).isEqualTo("Some Paper");
                    assertThat(p.date()).isEqualTo(iso);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"February 30, 2001", "Foo 3, 2001", "13, 2001"})
    void impossibleDatesAreNotPeriodicalsButLookLikeCitations(String printed) {
        assertThat(CitationParser.isoDate(printed)).isEmpty();
        assertThat(CitationParser.parse("*Newsweek*, " + printed + ".")).singleElement()
                .isEqualTo(new Citation.Commentary("*Newsweek*, " + printed + ".", true));
    }

    @Test
    void ibidWithAndWithoutPinpoint() {
        assertThat(CitationParser.parse("*Ibid.*, p. 21.")).containsExactly(
                new Citation.Ibid("*Ibid.*, p. 21.", Optional.of("21")));
        assertThat(CitationParser.parse("*Ibid.*")).containsExactly(new Citation.Ibid("*Ibid.*", Optional.empty()));
        assertThat(CitationParser.parse("Ibid.")).containsExactly(new Citation.Ibid("Ibid.", Optional.empty()));
        assertThat(CitationParser.parse("*Ibid*.")).containsExactly(new Citation.Ibid("*Ibid*.", Optional.empty()));
        assertThat(CitationParser.parse("_Ibid._, pp. 3-5")).containsExactly(
                new Citation.Ibid("_Ibid._, pp. 3-5", Optional.of("3\u20135")));
    }

    @Test
    void opCitWithAuthorAndPage() {
        assertThat(CitationParser.parse("Author, *op. cit.*, p. 28")).containsExactly(
                new Citation.OpCit("Author, *op. cit.*, p. 28", List.of("Author"), Optional.of("28")));
        assertThat(CitationParser.parse("Seung-Ho Joo, *op. cit.*")).containsExactly(
                new Citation.OpCit("Seung-Ho Joo, *op. cit.*", List.of("Seung-Ho Joo"), Optional.empty()));
    }

    @Test
    void aNoteCitingTwoWorksSeparatedBySemicolonGivesTwoCitations() {
        String text = "Tom Wuchte, *op. cit.*, p. 28; *Newsweek*, August 13, 2001.";
        assertThat(CitationParser.parse(text)).containsExactly(
                new Citation.OpCit("Tom Wuchte, *op. cit.*, p. 28", List.of("Tom Wuchte"), Optional.of("28")),
                new Citation.Periodical("*Newsweek*, August 13, 2001.", "Newsweek", "2001-08-13", Optional.empty()));
    }

    @Test
    void semicolonsInsideQuotesOrEmphasisDoNotSplit() {
        List<Citation> citations = CitationParser.parse(
                "Ann Ames, \"War; Peace,\" *Arms; Men*, Vol. 2, 1999, p. 4; *Ibid.*, p. 5");
        assertThat(citations).hasSize(2);
        assertThat(citations.get(0)).isInstanceOfSatisfying(Citation.Article.class, a -> {
            assertThat(a.title()).isEqualTo("War; Peace");
            assertThat(a.journal()).isEqualTo("Arms; Men");
            assertThat(a.pinpoint()).contains("4");
        });
        assertThat(citations.get(1)).isEqualTo(new Citation.Ibid("*Ibid.*, p. 5", Optional.of("5")));
    }

    @Test
    void commentaryIsNotACitation() {
        assertThat(CitationParser.parse("See the discussion above.")).containsExactly(
                new Citation.Commentary("See the discussion above.", false));
        assertThat(CitationParser.parse("See the discussion above.").get(0).pinpoint()).isEmpty();
    }

    @Test
    void commentaryWithTheMarksOfACitationIsFlagged() {
        assertThat(CitationParser.parse("Compare Smith, *Russia and Asia*, 1999."))
                .containsExactly(new Citation.Commentary("Compare Smith, *Russia and Asia*, 1999.", true));
    }

    @Test
    void aMalformedArticleWithoutYearStillParsesAsArticle() {
        String text = "Smith, \"A Title,\" *Journal*";
        assertThat(CitationParser.parse(text)).containsExactly(new Citation.Article(text, List.of("Smith"), "A Title",
                "Journal", "", "", "", "", Optional.empty()));
    }

    @Test
    void curlyQuotesAndEnDashesAreReadLikeStraightOnes() {
        String text = "Ann Ames and Bo Bell, \u201CA Title,\u201D *J*, Vol. 3 (Spring 1999), pp. 5\u20139.";
        assertThat(CitationParser.parse(text)).containsExactly(new Citation.Article(text, List.of("Ann Ames", "Bo Bell"),
                "A Title", "J", "3", "", "Spring", "1999", Optional.of("5\u20139")));
    }

    @Test
    void whitespaceAndLineBreaksInANoteAreCollapsed() {
        assertThat(CitationParser.parse("  *Donga Ilbo*,\n   July 20,\t2000. ")).singleElement()
                .isInstanceOfSatisfying(Citation.Periodical.class, p -> assertThat(p.date()).isEqualTo("2000-07-20"));
        assertThat(CitationParser.parse("   ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"& , \"Title,\" *J*", "and , \"Title,\" *J*, Vol. 1, 2001", " , \"T,\" *J*",
            "&, *op. cit.*, p. 3", " and , *op. cit.*"})
    void authorListsWithoutAnyNameNeverThrowAndAreFlagged(String text) {
        assertThatCode(() -> CitationParser.parse(text)).doesNotThrowAnyException();
        List<Citation> citations = CitationParser.parse(text);
        assertThat(citations).allSatisfy(c -> {
            if (c instanceof Citation.Article a) {
                assertThat(a.authors()).isNotEmpty().allSatisfy(name -> assertThat(name).isNotBlank());
            } else if (c instanceof Citation.OpCit o) {
                assertThat(o.authors()).as("an op. cit. without a name would match any anonymous work").isNotEmpty();
            } else {
                assertThat(c).isInstanceOfSatisfying(Citation.Commentary.class,
                        k -> assertThat(k.looksLikeCitation()).isTrue());
            }
        });
    }

    @Test
    void aPeriodicalInsideCommentaryIsACitationAndTheCommentaryStays() {
        assertThat(CitationParser.parse("On the mood in Tallinn see *Postimees*, March 9, 2002, p. 3, which calls the"
                + " offer a trap.")).containsExactly(
                new Citation.Commentary("On the mood in Tallinn see", false),
                new Citation.Periodical("*Postimees*, March 9, 2002, p. 3", "Postimees", "2002-03-09",
                        Optional.of("3")),
                new Citation.Commentary(", which calls the offer a trap.", false));
    }

    @Test
    void anArticleInsideCommentaryNamesItsAuthorsNotThePhraseBeforeThem() {
        String text = "The background is set out in Ilse Rand and Juris Ozols, \"Small States and Large Neighbours,\""
                + " *Baltic Review*, Vol. 7, No. 2 (Spring 2001), p. 41, who doubt that any offer was made.";
        assertThat(CitationParser.parse(text)).containsExactly(
                new Citation.Commentary("The background is set out in", false),
                new Citation.Article("Ilse Rand and Juris Ozols, \"Small States and Large Neighbours,\" *Baltic Review*,"
                        + " Vol. 7, No. 2 (Spring 2001), p. 41", List.of("Ilse Rand", "Juris Ozols"),
                        "Small States and Large Neighbours", "Baltic Review", "7", "2", "Spring", "2001",
                        Optional.of("41")),
                new Citation.Commentary(", who doubt that any offer was made.", false));
        assertThat(CitationParser.parse("See Ilse Rand, \"Small States,\" *Baltic Review*, Vol. 7 (2001), p. 4."))
                .filteredOn(c -> c instanceof Citation.Article).singleElement()
                .extracting(c -> ((Citation.Article) c).authors()).isEqualTo(List.of("Ilse Rand"));
    }

    @Test
    void aBookAloneOrInsideCommentaryIsABook() {
        assertThat(CitationParser.parse("Karin Aas, *The Baltic Rim* (Oslo: Norli, 1998), p. 12.")).containsExactly(
                new Citation.Book("Karin Aas, *The Baltic Rim* (Oslo: Norli, 1998), p. 12.", List.of("Karin Aas"),
                        "The Baltic Rim", "Oslo: Norli", "1998", Optional.of("12")));
        assertThat(CitationParser.parse("A fuller history is Karin Aas and Ole Vik, *The Baltic Rim* (Oslo: Norli,"
                + " 1998), pp. 12-14, still the standard account.")).containsExactly(
                new Citation.Commentary("A fuller history is", false),
                new Citation.Book("Karin Aas and Ole Vik, *The Baltic Rim* (Oslo: Norli, 1998), pp. 12-14",
                        List.of("Karin Aas", "Ole Vik"), "The Baltic Rim", "Oslo: Norli", "1998",
                        Optional.of("12\u201314")),
                new Citation.Commentary(", still the standard account.", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"For the tone of the reporting see *Diena*, which ran no editorial.",
            "Compare the unsigned editorial in *Diena* that spring.",
            "See the ministry's statement of May 4, 2001, on the offer."})
    void commentaryThatLooksLikeACitationButHoldsNoneIsFlagged(String text) {
        assertThat(CitationParser.parse(text)).anySatisfy(c -> assertThat(c)
                .isInstanceOfSatisfying(Citation.Commentary.class, k -> assertThat(k.looksLikeCitation()).isTrue()));
    }

    @ParameterizedTest
    @ValueSource(ints = {600, 6000})
    void longRunsOfCapitalisedWordsNeverOverflowTheStack(int words) {
        // names in prose are read with bounded repetition: a long run of capitals once overflowed the matcher's stack
        assertThatCode(() -> CitationParser.parse("Abc Def, ".repeat(words))).doesNotThrowAnyException();
        assertThatCode(() -> CitationParser.parse("see " + "Ann Ames and ".repeat(words) + ", *J*"))
                .doesNotThrowAnyException();
        assertThatCode(() -> CitationParser.parse("Abc ".repeat(words) + ", \"T,\" *J*, 2001"))
                .doesNotThrowAnyException();
    }
}
