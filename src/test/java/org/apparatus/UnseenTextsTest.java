package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw texts in the seeds' conventions, never seen by the project, read right: citations inside a note's commentary
 * become works, an op. cit. that could mean several works is flagged and settled only by works.yml, and an event's
 * cue with a date or an ordinal inside it is linked, but not a phrase about another occasion.
 */
@Tag("build")
class UnseenTextsTest {

    @TempDir
    Path dir;

    private static final String ID = "baltic-question";

    private static List<String> warnings(Build.Result result) {
        return TestProject.messages(result).stream().filter(m -> m.contains("warning")).toList();
    }

    // ---- 1. citations inside commentary

    private static final String PROSE_CITATIONS = """
            The Baltic Question by Marta Lindqvist

            Estonia watched the talks closely.<sup>1</sup> Latvia was quieter.<sup>2</sup>

            The press in Riga said little.<sup>3</sup> The older story is well known.<sup>4</sup>

            ---

            1 On the mood in Tallinn see *Postimees*, March 9, 2002, p. 3, which calls the offer a trap.

            2 The background is set out in Ilse Rand and Juris Ozols, "Small States and Large Neighbours," *Baltic Review*, Vol. 7, No. 2 (Spring 2001), p. 41, who doubt that any offer was made.

            3 For the tone of the reporting see *Diena*, which ran no editorial at all.

            4 A fuller history is Karin Aas, *The Baltic Rim* (Oslo: Norli, 1998), pp. 12-14, still the standard account.
            """;

    @Test
    void aPeriodicalAndAnArticleInsideCommentaryBecomeWorksWithTheirPinpoints() {
        TestProject p = new TestProject(dir).seed("300_baltic.txt", PROSE_CITATIONS);
        Build.Result result = p.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();

        Document bibliography = p.page("bibliography/index.html");
        assertThat(bibliography.select("li[id] a[href]").eachAttr("href")).contains(
                "postimees-2002-03-09.html", "rand-2001-small-states.html");
        Document periodical = p.page("bibliography/postimees-2002-03-09.html");
        assertThat(periodical.select("a[href$=notes/" + ID + "/1.html]")).isNotEmpty();
        assertThat(periodical.text()).contains("Postimees", "March 9, 2002");
        Document article = p.page("bibliography/rand-2001-small-states.html");
        assertThat(article.text()).contains("Ilse Rand", "Juris Ozols", "Small States and Large Neighbours",
                "Baltic Review");

        // the note keeps its commentary, and names its work with the pinpoint
        Document note1 = p.page("notes/" + ID + "/1.html");
        assertThat(note1.selectFirst("section.note-text").text()).isEqualTo(
                "On the mood in Tallinn see Postimees, March 9, 2002, p. 3, which calls the offer a trap.");
        assertThat(note1.select("section.references a[href=../../bibliography/postimees-2002-03-09.html]")).hasSize(1);
        assertThat(note1.selectFirst("section.references").text()).contains("3");
        Document note2 = p.page("notes/" + ID + "/2.html");
        assertThat(note2.select("section.references a[href=../../bibliography/rand-2001-small-states.html]")).hasSize(1);
        assertThat(note2.selectFirst("section.references").text()).contains("41");
        assertThat(note2.selectFirst("section.note-text").text()).endsWith("who doubt that any offer was made.");

        // a book inside commentary: a work of its own kind, in every export
        Document book = p.page("bibliography/aas-1998-baltic-rim.html");
        assertThat(book.text()).contains("Karin Aas", "The Baltic Rim", "Oslo", "Norli", "1998");
        assertThat(bibliography.select("section h2, h2").eachText()).contains("Books");
        assertThat(p.page("notes/" + ID + "/4.html").selectFirst("section.references").text()).contains("12");
        assertThat(p.text("bibliography/bibliography.bib")).contains("@book{aas-1998-baltic-rim", "publisher = {Norli}",
                "address = {Oslo}");
        assertThat(p.text("bibliography/bibliography.ris")).contains("TY  - BOOK", "PB  - Norli", "CY  - Oslo");
        assertThat(p.text("data/tei/" + ID + ".xml")).contains("<bibl xml:id=", "type=\"book\"",
                "<title level=\"m\">The Baltic Rim</title>", "<publisher>Norli</publisher>");
        assertThat(p.text("data/edition.json")).contains("\"type\": \"book\"");
        assertThat(org.apparatus.export.Tei.errors(p.text("data/tei/" + ID + ".xml"))).isEmpty();
        var schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2020_12).getSchema(p.text("data/edition.schema.json"),
                com.networknt.schema.InputFormat.JSON);
        assertThat(schema.validate(p.text("data/edition.json"), com.networknt.schema.InputFormat.JSON)).isEmpty();
        assertThat(NuHtml.errors(p.out())).isEmpty();

        // a note that looks like a citation but holds none readable is a warning at its line and a report row
        assertThat(warnings(result)).singleElement().asString()
                .startsWith("seeds/300_baltic.txt (as imported):").contains("note 3");
        Document report = p.page("maintainers/citations.html");
        assertThat(report.select("tbody tr")).hasSize(1);
        assertThat(report.selectFirst("tbody tr").text()).contains("Diena");
    }

    // ---- 2. op. cit. with one, two and three candidates

    private static String opCitSeed(String opCitNote) {
        return """
                The Baltic Question by Marta Lindqvist

                Lithuania had its own view.<sup>1</sup> Poland shared it.<sup>2</sup> Finland did not.<sup>3</sup>

                The matter was left open.<sup>4</sup>

                ---

                1 Aldo Berg, "The Neman Frontier," *Nordic Affairs*, Vol. 4, No. 1 (Winter 1999), p. 10.

                2 Aldo Berg, "Ports and Pipelines," *Baltic Review*, Vol. 6, No. 3 (Fall 2000), p. 77.

                3 Aldo Berg, "A Third Opinion," *Baltic Review*, Vol. 7, No. 1 (Spring 2001), p. 5.

                4 %s
                """.formatted(opCitNote);
    }

    /** The same essay with only the first {@code works} of Berg's works cited before the op. cit. */
    private static String opCitSeed(int works) {
        String seed = opCitSeed("Aldo Berg, *op. cit.*, p. 212.");
        if (works < 3) {
            seed = seed.replace("3 Aldo Berg, \"A Third Opinion,\" *Baltic Review*, Vol. 7, No. 1 (Spring 2001), p. 5.",
                    "3 *Helsingin Sanomat*, June 2, 2001.");
        }
        if (works < 2) {
            // the one candidate is cited inside commentary
            seed = seed.replace("1 Aldo Berg, \"The Neman Frontier,\"", "1 The frontier is mapped in Aldo Berg, \"The Neman"
                    + " Frontier,\"").replace("(Winter 1999), p. 10.", "(Winter 1999), p. 10, with a useful"
                    + " chronology.");
            seed = seed.replace("2 Aldo Berg, \"Ports and Pipelines,\" *Baltic Review*, Vol. 6, No. 3 (Fall 2000), p. 77.",
                    "2 *Gazeta Wyborcza*, May 5, 2000.");
        }
        return seed;
    }

    @Test
    void anOpCitWithOneCandidateIsItsWork() {
        TestProject p = new TestProject(dir).seed("300_baltic.txt", opCitSeed(1));
        Build.Result result = p.build();
        assertThat(warnings(result)).as(TestProject.report(result)).isEmpty();
        Document note = p.page("notes/" + ID + "/4.html");
        assertThat(note.select("section.references a[href=../../bibliography/berg-1999-neman-frontier.html]"))
                .hasSize(1);
        assertThat(note.select("p.ambiguous")).isEmpty();
        assertThat(note.selectFirst("section.references").text()).contains("212");
    }

    @Test
    void anOpCitWithTwoCandidatesIsFlaggedWithBothAndResolvedToNeither() {
        TestProject p = new TestProject(dir).seed("300_baltic.txt", opCitSeed(2));
        Build.Result result = p.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(warnings(result)).singleElement().asString()
                .startsWith("seeds/300_baltic.txt (as imported):").contains("note 4", "ambiguous",
                        "berg-2000-ports-pipelines", "berg-1999-neman-frontier");
        assertAmbiguous(p, "berg-2000-ports-pipelines", "berg-1999-neman-frontier");
    }

    @Test
    void anOpCitWithThreeCandidatesNamesAllThree() {
        TestProject p = new TestProject(dir).seed("300_baltic.txt", opCitSeed(3));
        Build.Result result = p.build();
        assertThat(warnings(result)).as(TestProject.report(result)).singleElement().asString()
                .contains("note 4", "3 earlier works", "berg-2001-third-opinion", "berg-2000-ports-pipelines",
                        "berg-1999-neman-frontier");
        assertAmbiguous(p, "berg-2001-third-opinion", "berg-2000-ports-pipelines", "berg-1999-neman-frontier");
        assertThat(NuHtml.errors(p.out())).isEmpty();
    }

    private static void assertAmbiguous(TestProject p, String... candidates) {
        Document note = p.page("notes/" + ID + "/4.html");
        assertThat(note.selectFirst("section.note-text").text()).isEqualTo("Aldo Berg, op. cit., p. 212.");
        assertThat(note.selectFirst("p.ambiguous").text()).contains("\u201CAldo Berg, op. cit., p. 212\u201D is ambiguous");
        assertThat(note.select("section.references a").eachAttr("href")).containsExactly(
                java.util.Arrays.stream(candidates).map(c -> "../../bibliography/" + c + ".html").toArray(String[]::new));
        assertThat(p.page("essays/" + ID + ".html").select("li#note-4 p.ambiguous a")).hasSize(candidates.length);
        Document report = p.page("maintainers/citations.html");
        assertThat(report.select("tbody tr")).hasSize(1);
        assertThat(report.selectFirst("tbody tr").text()).contains(candidates);
        // not a citation of any of them: no work page lists the note, and the exports name no work for it
        for (String candidate : candidates) {
            assertThat(p.page("bibliography/" + candidate + ".html").select("a[href$=/4.html]")).isEmpty();
        }
        String json = p.text("data/essays/" + ID + ".json").replaceAll("\\s+", " ");
        assertThat(json).contains("\"path\": \"notes/" + ID + "/4.html\", \"text\": \"Aldo Berg, op. cit., p. 212.\","
                + " \"works\": []");
        assertThat(p.text("data/tei/" + ID + ".xml")).doesNotContain("type=\"resolved\" corresp=\"#berg-1999")
                .doesNotContain("type=\"resolved\" corresp=\"#berg-2000");
    }

    @Test
    void worksYmlSettlesAnAmbiguousOpCit() {
        TestProject p = new TestProject(dir).seed("300_baltic.txt", opCitSeed(3));
        p.write("content/works.yml", """
                berg-1999-neman-frontier:
                  notes: [4]
                """.getBytes(StandardCharsets.UTF_8));
        Build.Result result = p.build();
        assertThat(warnings(result)).as(TestProject.report(result)).isEmpty();
        Document note = p.page("notes/" + ID + "/4.html");
        assertThat(note.select("p.ambiguous")).isEmpty();
        assertThat(note.select("section.references a[href=../../bibliography/berg-1999-neman-frontier.html]"))
                .hasSize(1);
        assertThat(p.page("bibliography/berg-1999-neman-frontier.html").select("a[href$=notes/" + ID + "/4.html]"))
                .isNotEmpty();
        assertThat(p.page("maintainers/citations.html").select("tbody tr")).isEmpty();
    }

    @Test
    void aSettlementThatSettlesNothingIsAWarning() {
        TestProject p = new TestProject(dir).seed("300_baltic.txt", opCitSeed(3));
        p.write("content/works.yml", """
                berg-1999-neman-frontier:
                  notes: [%s/2]
                """.formatted(ID).getBytes(StandardCharsets.UTF_8));
        Build.Result result = p.build();
        assertThat(warnings(result)).as(TestProject.report(result)).hasSize(2)
                .anySatisfy(w -> assertThat(w).startsWith("content/works.yml:1:1: warning: 'berg-1999-neman-frontier'"
                        + " lists note '" + ID + "/2'"));
    }

    // ---- 3. event cues with dates and ordinals inside them

    private static final String VISITS = """
            Nordic Visits by Erik Tamm

            Sweden welcomed its neighbours that spring. Halonen's March 2001 visit to Stockholm was brief, and the first Baltic Sea summit opened in Riga soon after.<sup>1</sup>

            Halonen's June 2001 visit to Stockholm, as the press remembered it, settled nothing.

            Halonen's 2003 visit to Stockholm went unremarked. Halonen's second visit to Stockholm was cancelled. By then the third Baltic Sea summit was being planned.

            ---

            1 The dates of Halonen's visit to Stockholm are those of the Finnish record.
            """;

    private static final String VISIT_EVENTS = """
            events:
              - id: halonen-in-stockholm-2001
                title: "Halonen's visit to Stockholm"
                date: 2001-03-12/2001-03-14
                place: Stockholm
                description: "The Finnish president's state visit to Sweden."
                cues: ["Halonen's visit to Stockholm"]
              - id: baltic-sea-summit-2001
                title: "Baltic Sea summit in Riga"
                date: 2001-04
                place: Riga
                description: "The first summit of the Baltic Sea states."
                cues: ["the Baltic Sea summit"]
            """;

    @Test
    void eventCuesWithADateOrAnOrdinalInsideThemAreLinkedButNotAnotherOccasion() {
        TestProject p = new TestProject(dir).seed("400_visits.txt", VISITS);
        p.write("content/events.yml", VISIT_EVENTS.getBytes(StandardCharsets.UTF_8));
        Build.Result result = p.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();

        Document essay = p.page("essays/nordic-visits.html");
        assertThat(essay.select("p .mention[href=../events/halonen-in-stockholm-2001.html],"
                + " p .mention[data-href=../events/halonen-in-stockholm-2001.html]").eachText())
                .containsExactly("Halonen's March 2001 visit to Stockholm", "Halonen's June 2001 visit to Stockholm");
        assertThat(essay.select("p .mention[href=../events/baltic-sea-summit-2001.html],"
                + " p .mention[data-href=../events/baltic-sea-summit-2001.html]").eachText())
                .containsExactly("the first Baltic Sea summit");
        assertThat(essay.select("li#note-1 a.mention[href=../events/halonen-in-stockholm-2001.html]").eachText())
                .containsExactly("Halonen's visit to Stockholm");
        // a different year is another visit: not linked, and the maintainer is told
        assertThat(warnings(result)).singleElement().asString().startsWith("seeds/400_visits.txt (as imported):")
                .contains("Halonen's 2003 visit to Stockholm", "halonen-in-stockholm-2001", "not linked");

        // the month inside the phrase is the essay's date for the event: June disagrees, and the page says so
        Document event = p.page("events/halonen-in-stockholm-2001.html");
        assertThat(event.select("section.disagreement li").eachText()).anySatisfy(c -> assertThat(c)
                .contains("June 2001", "differs from the edition's date"))
                .anySatisfy(c -> assertThat(c).contains("March 2001", "agrees with the edition's date"));
        assertThat(event.select(".essay-passages li")).hasSize(3);
        assertThat(p.page("events/baltic-sea-summit-2001.html").select(".essay-passages li")).hasSize(1);
    }
}
