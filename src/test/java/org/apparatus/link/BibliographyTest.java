package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apparatus.Build;
import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.TestProject;
import org.apparatus.link.Bibliography.Reference;
import org.apparatus.link.Bibliography.Via;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.EssayParser;
import org.apparatus.model.Work;
import org.apparatus.model.WorkId;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving notes to works: Ibid., op. cit., one record per distinct work, what is reported instead of guessed. */
class BibliographyTest {

    static final String WUCHTE = "Tom Wuchte, \"Northeast Asia's Forgotten Worry: Russia's Far East,\" *Pacific Focus*,"
            + " Vol. 16, No. 2 (Fall, 2001), p. 48.";
    static final String JOO = "Seung-Ho Joo, \"Russia and Korea: The Summit and After,\" *The Korean Journal of Defense"
            + " Analysis*, Vol. 13, No. 1 (Autumn, 2001) pp. 104-7.";
    static final String JOO_EARLIER = "Seung-Ho Joo, \"Russia's Policy in Northeast Asia,\" *Asian Survey*, Vol. 40,"
            + " No. 3 (Summer, 2000), p. 5.";
    static final String JOO_KWAK = "Seung-Ho Joo and Tae-Hwan Kwak, \"Military Relations Between Russia and North"
            + " Korea,\" *The Journal of East Asian Affairs*, Vol. 15, No. 2 (Fall/Winter 2001), p. 309.";

    /** The first note's definition is on this line of {@link #markdown}; each further note two lines down. */
    static final int FIRST_NOTE_LINE = 9;

    /** A curated essay whose one paragraph refers to each note in turn. */
    static String markdown(String id, String... notes) {
        StringBuilder md = new StringBuilder("---\nid: \"" + id + "\"\ntitle: \"Essay " + id
                + "\"\nauthor: \"Ada Author\"\n---\n\nA paragraph");
        for (int i = 1; i <= notes.length; i++) {
            md.append(" with a note.[^").append(i).append(']');
        }
        md.append("\n\n");
        for (int i = 1; i <= notes.length; i++) {
            md.append("[^").append(i).append("]: ").append(notes[i - 1]).append("\n\n");
        }
        return md.toString();
    }

    static Essay essay(String id, String... notes) {
        Diagnostics d = new Diagnostics();
        Essay essay = EssayParser.parse("content/essays/" + id + ".md", id, markdown(id, notes), Essay.Origin.CURATED,
                d).orElseThrow(() -> new AssertionError(d.report()));
        assertThat(d.all()).as(d.report()).isEmpty();
        assertThat(essay.notes()).hasSize(notes.length);
        return essay;
    }

    private final Diagnostics diagnostics = new Diagnostics();

    private Bibliography resolve(Essay... essays) {
        return Bibliography.resolve(List.of(essays), WorkCorrections.none(), diagnostics);
    }

    private static Reference only(Bibliography b, Essay essay, int note) {
        List<Reference> refs = b.of(essay.id(), note);
        assertThat(refs).as("references of note %d", note).hasSize(1);
        return refs.get(0);
    }

    @Test
    void markdownHelperPutsNotesWhereExpected() {
        Essay e = essay("lines", "A.", "B.", "C.");
        assertThat(e.notes()).extracting(n -> n.text().line())
                .containsExactly(FIRST_NOTE_LINE, FIRST_NOTE_LINE + 2, FIRST_NOTE_LINE + 4);
    }

    @Test
    void anArticleBecomesAWorkWithItsFields() {
        Essay e = essay("one", WUCHTE);
        Bibliography b = resolve(e);
        assertThat(b.works()).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo(new WorkId("wuchte-2001-northeast-asias"));
            assertThat(w.type()).isEqualTo(Work.Type.ARTICLE);
            assertThat(w.authors()).containsExactly("Tom Wuchte");
            assertThat(w.title()).isEqualTo("Northeast Asia's Forgotten Worry: Russia's Far East");
            assertThat(w.container()).isEqualTo("Pacific Focus");
            assertThat(w.volume()).isEqualTo("16");
            assertThat(w.issue()).isEqualTo("2");
            assertThat(w.season()).isEqualTo("Fall");
            assertThat(w.date()).isEqualTo("2001");
            assertThat(w.complete()).isTrue();
        });
        assertThat(only(b, e, 1)).isEqualTo(new Reference(b.works().get(0), Optional.of("48"), Via.CITED, WUCHTE));
        assertThat(b.problems()).isEmpty();
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void ibidChainsFollowTheWorkThroughEveryNote() {
        Essay e = essay("chain", WUCHTE, "*Ibid.*, p. 21.", "*Ibid.*, p. 22.", "*Ibid.*, pp. 30-31.");
        Bibliography b = resolve(e);
        Work wuchte = only(b, e, 1).work();
        assertThat(only(b, e, 2)).isEqualTo(new Reference(wuchte, Optional.of("21"), Via.IBID, "*Ibid.*, p. 21."));
        assertThat(only(b, e, 3)).isEqualTo(new Reference(wuchte, Optional.of("22"), Via.IBID, "*Ibid.*, p. 22."));
        assertThat(only(b, e, 4).work()).isEqualTo(wuchte);
        assertThat(only(b, e, 4).pinpoint()).contains("30\u201331");
        assertThat(b.works()).hasSize(1);
        assertThat(b.citing(wuchte.id())).hasSize(4);
        assertThat(b.problems()).isEmpty();
    }

    @Test
    void ibidInsideANoteIsTheCitationJustBeforeIt() {
        Essay e = essay("inside", JOO, WUCHTE + "; *Ibid.*, p. 3.");
        Bibliography b = resolve(e);
        List<Reference> refs = b.of(e.id(), 2);
        assertThat(refs).hasSize(2);
        assertThat(refs.get(1).work()).isEqualTo(refs.get(0).work());
        assertThat(refs.get(1).work().authors()).containsExactly("Tom Wuchte");
        assertThat(refs.get(1).pinpoint()).contains("3");
        assertThat(refs.get(1).via()).isEqualTo(Via.IBID);
        assertThat(b.problems()).isEmpty();
    }

    @Test
    void ibidWithoutPinpointKeepsThePreviousPinpoint() {
        Essay e = essay("keep", WUCHTE, "*Ibid.*", "*Ibid.*, p. 21.", "*Ibid.*");
        Bibliography b = resolve(e);
        assertThat(only(b, e, 2).pinpoint()).contains("48");
        assertThat(only(b, e, 3).pinpoint()).contains("21");
        assertThat(only(b, e, 4).pinpoint()).contains("21");
        assertThat(only(b, e, 4).via()).isEqualTo(Via.IBID);
    }

    @Test
    void ibidAfterAnArticleWithoutPinpointHasNone() {
        Essay e = essay("none", "Ann Ames, \"A Title,\" *Journal*, Vol. 1, 1999.", "*Ibid.*");
        Bibliography b = resolve(e);
        assertThat(only(b, e, 2).work()).isEqualTo(only(b, e, 1).work());
        assertThat(only(b, e, 2).pinpoint()).isEmpty();
    }

    @Test
    void opCitOfAnAuthorWithTwoEarlierWorksIsAmbiguousAndNamesBoth() {
        Essay e = essay("two-works", JOO_EARLIER, JOO, "Seung-Ho Joo, *op. cit.*, p. 108.", JOO_EARLIER,
                "Seung-Ho Joo, *op. cit.*, p. 7.");
        Bibliography b = resolve(e);
        Work earlier = only(b, e, 1).work();
        Work summit = only(b, e, 2).work();
        assertThat(earlier).isNotEqualTo(summit);
        assertThat(b.of(e.id(), 3)).as("never the most recent by default").isEmpty();
        assertThat(b.ambiguousIn(e.id(), 3)).containsExactly(new Bibliography.Ambiguous(List.of(summit, earlier),
                Optional.of("108"), "Seung-Ho Joo, *op. cit.*, p. 108.", Via.OP_CIT));
        assertThat(b.of(e.id(), 5)).isEmpty();
        assertThat(b.ambiguousIn(e.id(), 5)).singleElement().extracting(Bibliography.Ambiguous::candidates)
                .isEqualTo(List.of(earlier, summit));
        assertThat(b.works()).hasSize(2);
        assertThat(b.problems()).extracting(Bibliography.Problem::note).containsExactly(3, 5);
        assertThat(b.problems().get(0).message()).contains("ambiguous", summit.id().value(), earlier.id().value());
    }

    @Test
    void worksYmlSaysWhichWorkAnAmbiguousOpCitMeans(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        Essay e = essay("settled", JOO_EARLIER, JOO, "Seung-Ho Joo, *op. cit.*, p. 108.");
        String earlier = resolve(e).of(e.id(), 1).get(0).work().id().value();
        java.nio.file.Path yml = dir.resolve("works.yml");
        java.nio.file.Files.writeString(yml, earlier + ":\n  notes: [settled/3]\n");
        Diagnostics diagnostics = new Diagnostics();
        Bibliography b = Bibliography.resolve(List.of(e), WorkCorrections.read(yml, "content/works.yml", diagnostics),
                diagnostics);
        assertThat(b.of(e.id(), 3)).singleElement().satisfies(r -> {
            assertThat(r.work().id().value()).isEqualTo(earlier);
            assertThat(r.via()).isEqualTo(Via.OP_CIT);
            assertThat(r.pinpoint()).contains("108");
        });
        assertThat(b.ambiguousIn(e.id(), 3)).isEmpty();
        assertThat(b.problems()).isEmpty();
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void anIbidAfterAnAmbiguousOpCitSharesItsCandidatesAndIsSettledTheSameWay(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        Essay e = essay("ibid-after", JOO_EARLIER, JOO, "Seung-Ho Joo, *op. cit.*, p. 108.", "*Ibid.*, p. 109.",
                "*Ibid.*");
        Bibliography b = resolve(e);
        Work earlier = only(b, e, 1).work();
        Work summit = only(b, e, 2).work();
        assertThat(b.of(e.id(), 4)).isEmpty();
        assertThat(b.ambiguousIn(e.id(), 4)).containsExactly(new Bibliography.Ambiguous(List.of(summit, earlier),
                Optional.of("109"), "*Ibid.*, p. 109.", Via.IBID));
        assertThat(b.ambiguousIn(e.id(), 5)).singleElement().extracting(Bibliography.Ambiguous::pinpoint)
                .isEqualTo(Optional.of("109"));
        assertThat(b.problems()).extracting(Bibliography.Problem::note).containsExactly(3, 4, 5);
        assertThat(b.problems().get(1).message()).startsWith("Ibid. follows an ambiguous op. cit.");

        java.nio.file.Path yml = dir.resolve("works.yml");
        java.nio.file.Files.writeString(yml, earlier.id() + ":\n  notes: [3, 4, 5]\n");
        Diagnostics d = new Diagnostics();
        Bibliography settled = Bibliography.resolve(List.of(e), WorkCorrections.read(yml, "content/works.yml", d), d);
        assertThat(d.all()).isEmpty();
        for (int n = 3; n <= 5; n++) {
            assertThat(settled.of(e.id(), n)).singleElement().extracting(Reference::work).isEqualTo(earlier);
        }
        assertThat(settled.of(e.id(), 4).get(0).via()).isEqualTo(Via.IBID);
    }

    @Test
    void opCitCountsEachEarlierWorkOnceHoweverOftenCited() {
        // the earlier work cited again by Ibid. is still one candidate beside the other
        Essay e = essay("recent", JOO, JOO_EARLIER, "*Ibid.*, p. 9.", "Seung-Ho Joo, *op. cit.*, p. 10.");
        Bibliography b = resolve(e);
        assertThat(b.ambiguousIn(e.id(), 4)).singleElement().extracting(a -> a.candidates().size()).isEqualTo(2);
        Essay once = essay("once", JOO, "*Ibid.*, p. 9.", JOO, "Seung-Ho Joo, *op. cit.*, p. 10.");
        Bibliography b2 = resolve(once);
        assertThat(only(b2, once, 4).work()).isEqualTo(only(b2, once, 1).work());
    }

    @Test
    void aSingleAuthorAndTheSameAuthorWithACoAuthorAreDifferentAuthorLists() {
        Essay e = essay("lists", JOO, JOO_KWAK, "Seung-Ho Joo, *op. cit.*, p. 108.",
                "Seung-Ho Joo and Tae-Hwan Kwak, *op. cit.*, p. 305.");
        Bibliography b = resolve(e);
        assertThat(only(b, e, 3).work().authors()).containsExactly("Seung-Ho Joo");
        assertThat(only(b, e, 3).work()).isEqualTo(only(b, e, 1).work());
        assertThat(only(b, e, 4).work()).isEqualTo(only(b, e, 2).work());
        assertThat(only(b, e, 4).pinpoint()).contains("305");

        Essay onlyPair = essay("only-pair", JOO_KWAK, "Seung-Ho Joo, *op. cit.*, p. 108.");
        Bibliography b2 = Bibliography.resolve(List.of(onlyPair), WorkCorrections.none(), new Diagnostics());
        assertThat(b2.of(onlyPair.id(), 2)).as("Joo alone never means Joo and Kwak").isEmpty();
        assertThat(b2.problems()).singleElement().extracting(Bibliography.Problem::note).isEqualTo(2);

        Essay onlyJoo = essay("only-joo", JOO, "Seung-Ho Joo and Tae-Hwan Kwak, *op. cit.*, p. 305.");
        Bibliography b3 = Bibliography.resolve(List.of(onlyJoo), WorkCorrections.none(), new Diagnostics());
        assertThat(b3.of(onlyJoo.id(), 2)).isEmpty();
        assertThat(b3.problems()).hasSize(1);
    }

    @Test
    void opCitWithoutAnEarlierWorkIsAProblemAndAWarningWithFileAndLine() {
        Essay e = essay("orphan", "*Newsweek*, August 13, 2001.", "Tom Wuchte, *op. cit.*, p. 28.");
        Bibliography b = resolve(e);
        assertThat(b.of(e.id(), 2)).isEmpty();
        String where = "content/essays/orphan.md:" + (FIRST_NOTE_LINE + 2);
        assertThat(b.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo(where);
            assertThat(p.essay()).isEqualTo(new EssayId("orphan"));
            assertThat(p.note()).isEqualTo(2);
            assertThat(p.printed()).isEqualTo("Tom Wuchte, *op. cit.*, p. 28.");
            assertThat(p.message()).contains("op. cit.", "Tom Wuchte");
        });
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.file()).isEqualTo("content/essays/orphan.md");
            assertThat(d.line()).isEqualTo(FIRST_NOTE_LINE + 2);
            assertThat(d.toString()).startsWith(where + ": warning: note 2: op. cit.");
        });
        assertThat(diagnostics.hasErrors()).isFalse();
    }

    @Test
    void opCitNeverReachesIntoAnotherEssay() {
        Essay first = essay("first", WUCHTE);
        Essay second = essay("second", "Tom Wuchte, *op. cit.*, p. 28.");
        Bibliography b = resolve(first, second);
        assertThat(b.of(second.id(), 1)).isEmpty();
        assertThat(b.problems()).singleElement().extracting(Bibliography.Problem::essay)
                .isEqualTo(new EssayId("second"));
    }

    @Test
    void ibidAfterANoteCitingTwoWorksIsAmbiguousAndNeverGuessed() {
        Essay e = essay("ambiguous", WUCHTE + "; *Newsweek*, August 13, 2001.", "*Ibid.*, p. 21.");
        Bibliography b = resolve(e);
        assertThat(b.of(e.id(), 1)).hasSize(2);
        assertThat(b.of(e.id(), 2)).isEmpty();
        assertThat(b.problems()).singleElement().satisfies(p -> {
            assertThat(p.note()).isEqualTo(2);
            assertThat(p.message()).contains("ambiguous", "2 works");
            assertThat(p.where()).isEqualTo("content/essays/ambiguous.md:" + (FIRST_NOTE_LINE + 2));
        });
        assertThat(diagnostics.all()).singleElement().extracting(Diagnostic::severity)
                .isEqualTo(Diagnostic.Severity.WARNING);
    }

    @Test
    void ibidInTheFirstNoteOrAfterCommentaryHasNothingToReferTo() {
        Essay e = essay("nothing", "*Ibid.*, p. 3.", "See the discussion above.", "*Ibid.*");
        Bibliography b = resolve(e);
        assertThat(b.references().values()).allSatisfy(refs -> assertThat(refs).isEmpty());
        assertThat(b.problems()).extracting(Bibliography.Problem::note).containsExactly(1, 3);
        assertThat(b.problems()).allSatisfy(p -> assertThat(p.message()).contains("no work to refer to"));
        assertThat(b.works()).isEmpty();
    }

    @Test
    void ibidAfterANoteCitingTheSameWorkTwiceIsNotAmbiguous() {
        Essay e = essay("twice", WUCHTE + "; " + WUCHTE.replace("p. 48", "p. 50"), "*Ibid.*");
        Bibliography b = resolve(e);
        assertThat(b.of(e.id(), 1)).hasSize(2).extracting(Reference::work).containsOnly(b.works().get(0));
        assertThat(only(b, e, 2).work()).isEqualTo(b.works().get(0));
        assertThat(only(b, e, 2).pinpoint()).as("the last pinpoint of the previous note").contains("50");
        assertThat(b.problems()).isEmpty();
    }

    @Test
    void theSameArticleCitedInThreeNotesIsOneWork() {
        String curly = "Tom Wuchte, \u201CNortheast Asia\u2019s Forgotten Worry: Russia\u2019s Far East,\u201D"
                + " *Pacific Focus*, Vol. 16, No. 2 (Fall, 2001), p. 3.";
        Essay e = essay("three", WUCHTE, "*Newsweek*, August 13, 2001.", curly, "*Donga Ilbo*, July 20, 2000.",
                WUCHTE.replace("p. 48", "p. 50"));
        Bibliography b = resolve(e);
        Work wuchte = only(b, e, 1).work();
        assertThat(only(b, e, 3).work()).isSameAs(wuchte);
        assertThat(only(b, e, 5).work()).isSameAs(wuchte);
        assertThat(b.works()).hasSize(3).filteredOn(w -> w.type() == Work.Type.ARTICLE).containsExactly(wuchte);
        assertThat(b.citing(wuchte.id()).keySet()).extracting(Bibliography.NoteKey::number).containsExactly(1, 3, 5);
        assertThat(b.citing(wuchte.id()).values()).flatExtracting(refs -> refs)
                .extracting(r -> r.pinpoint().orElseThrow()).containsExactly("48", "3", "50");
    }

    @Test
    void theSameArticleInTwoEssaysIsOneWork() {
        Essay a = essay("essay-a", WUCHTE);
        Essay c = essay("essay-c", WUCHTE);
        Bibliography b = resolve(a, c);
        assertThat(b.works()).hasSize(1);
        assertThat(b.citing(b.works().get(0).id()).keySet()).extracting(Bibliography.NoteKey::essay)
                .containsExactly(new EssayId("essay-a"), new EssayId("essay-c"));
    }

    @Test
    void theSameNewspaperIssueTwiceIsOneWorkAndTwoIssuesAreTwo() {
        Essay e = essay("papers", "*Newsweek*, August 13, 2001.", "*ITAR TASS*, April 19, 2002.",
                "*Newsweek*, August 13, 2001.", "*Newsweek*, September 2, 2002.", "*ITAR TASS*, November 11, 2001.");
        Bibliography b = resolve(e);
        assertThat(only(b, e, 3).work()).isSameAs(only(b, e, 1).work());
        assertThat(only(b, e, 4).work()).isNotEqualTo(only(b, e, 1).work());
        assertThat(only(b, e, 5).work()).isNotEqualTo(only(b, e, 2).work());
        assertThat(b.works()).hasSize(4).allSatisfy(w -> {
            assertThat(w.type()).isEqualTo(Work.Type.PERIODICAL);
            assertThat(w.authors()).isEmpty();
            assertThat(w.title()).isEmpty();
        });
        assertThat(b.works()).extracting(w -> w.id().value()).containsExactly("itar-tass-2001-11-11",
                "itar-tass-2002-04-19", "newsweek-2001-08-13", "newsweek-2002-09-02");
        assertThat(only(b, e, 1).work().date()).isEqualTo("2001-08-13");
        assertThat(b.works()).extracting(Work::id).doesNotHaveDuplicates();
    }

    @Test
    void aNoteCitingTwoWorksGivesTwoReferencesInOrder() {
        Essay e = essay("pair", WUCHTE, "Tom Wuchte, *op. cit.*, p. 28; *Newsweek*, August 13, 2001.");
        Bibliography b = resolve(e);
        List<Reference> refs = b.of(e.id(), 2);
        assertThat(refs).hasSize(2);
        assertThat(refs.get(0).work()).isEqualTo(only(b, e, 1).work());
        assertThat(refs.get(0).via()).isEqualTo(Via.OP_CIT);
        assertThat(refs.get(0).pinpoint()).contains("28");
        assertThat(refs.get(1).work().container()).isEqualTo("Newsweek");
        assertThat(refs.get(1).via()).isEqualTo(Via.CITED);
        assertThat(b.problems()).isEmpty();
    }

    @Test
    void aPartlyReadArticleIsAProblemButStillAWork() {
        Essay e = essay("partial", "Smith, \"A Title,\" *Journal*");
        Bibliography b = resolve(e);
        assertThat(b.works()).singleElement().satisfies(w -> {
            assertThat(w.complete()).isFalse();
            assertThat(w.date()).isEmpty();
        });
        assertThat(only(b, e, 1).work().title()).isEqualTo("A Title");
        assertThat(b.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("only partly read", "content/works.yml");
            assertThat(p.where()).isEqualTo("content/essays/partial.md:" + FIRST_NOTE_LINE);
        });
    }

    @Test
    void anUnreadableCitationIsAProblemButCommentaryIsNot() {
        Essay e = essay("unread", "See the discussion above.", "*Newsweek*, Foo 3, 2001.");
        Bibliography b = resolve(e);
        assertThat(b.works()).isEmpty();
        assertThat(b.problems()).singleElement().satisfies(p -> {
            assertThat(p.note()).isEqualTo(2);
            assertThat(p.message()).contains("could not read this citation");
        });
    }

    @Test
    void theBibliographyIsSortedArticlesFirstByFamilyName() {
        Essay e = essay("sorted", "*Newsweek*, August 13, 2001.", WUCHTE, JOO_KWAK, JOO,
                "*The Moscow Times*, May 1, 2001.");
        Bibliography b = resolve(e);
        assertThat(b.works()).extracting(w -> w.authors().isEmpty() ? w.container() : String.join(" & ", w.authors()))
                .containsExactly("Seung-Ho Joo", "Seung-Ho Joo & Tae-Hwan Kwak", "Tom Wuchte",
                        "The Moscow Times", "Newsweek");
    }

    // ---- through whole builds -------------------------------------------------------------------------------

    @TempDir
    Path dir;

    @Test
    @Tag("build")
    void ibidAtTheTopOfANewPageOfARawSeedRefersToTheLastNoteOfThePreviousPage() {
        TestProject p = new TestProject(dir).seed("100_cited.txt", """
                A Cited Essay by Rhea Writer

                The first paragraph cites an article.<sup>1</sup>

                ---

                1 Tom Wuchte, "Northeast Asia's Forgotten Worry: Russia's Far East," *Pacific Focus*, Vol. 16, No. 2 (Fall, 2001), p. 48.

                The second paragraph, on the next page, cites it again.<sup>2</sup>

                ---

                2 *Ibid.*, p. 21.
                """);
        Build.Result result = p.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(result.diagnostics().all()).as(TestProject.report(result)).isEmpty();

        Document note = p.page("notes/cited-essay/2.html");
        Element reference = note.selectFirst("section.references div.reference");
        assertThat(reference).isNotNull();
        assertThat(reference.selectFirst("i").text()).isEqualTo("Ibid.");
        assertThat(reference.text()).contains("Tom Wuchte, \u201CNortheast Asia\u2019s Forgotten Worry: Russia\u2019s"
                + " Far East,\u201D Pacific Focus 16, no. 2 (Fall 2001): 21");
        assertThat(reference.select("a").eachAttr("href"))
                .contains("../../bibliography/wuchte-2001-northeast-asias.html", "../../notes/cited-essay/1.html");
        assertThat(p.page("maintainers/citations.html").select("tbody tr")).isEmpty();
        assertThat(p.page("bibliography/index.html").select("li#wuchte-2001-northeast-asias p.cited-by a")
                .eachText()).containsExactly("Details", "note 1", "note 2");
    }

    @Test
    @Tag("build")
    void unresolvedCitationsAreListedInTheReportAndWarnedAbout() {
        TestProject p = new TestProject(dir).essay("orphan.md", markdown("orphan", "*Newsweek*, August 13, 2001.",
                "Tom Wuchte, *op. cit.*, p. 28.", WUCHTE + "; *Donga Ilbo*, July 20, 2000.",
                "*Ibid.*"));
        Build.Result result = p.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(TestProject.messages(result)).containsExactly(
                "content/essays/orphan.md:" + (FIRST_NOTE_LINE + 2) + ": warning: note 2: op. cit. names Tom Wuchte,"
                        + " but no earlier note of this essay cites a work by exactly these authors"
                        + " (Tom Wuchte, *op. cit.*, p. 28.)",
                "content/essays/orphan.md:" + (FIRST_NOTE_LINE + 6) + ": warning: note 4: Ibid. is ambiguous: the"
                        + " previous note cites 2 works (*Ibid.*)");
        Document report = p.page("maintainers/citations.html");
        assertThat(report.select("tbody tr")).hasSize(2);
        assertThat(report.select("tbody tr td:eq(0)").eachText()).containsExactly(
                "content/essays/orphan.md:" + (FIRST_NOTE_LINE + 2), "content/essays/orphan.md:" + (FIRST_NOTE_LINE + 6));
        assertThat(report.select("tbody tr td:eq(1) a").eachAttr("href"))
                .containsExactly("../notes/orphan/2.html", "../notes/orphan/4.html");
        assertThat(p.page("bibliography/index.html").select("a[href*=maintainers], p.problems"))
                .as("the report is for maintainers, linked from the About page only").isEmpty();
        assertThat(p.page("notes/orphan/2.html").select("section.references")).isEmpty();
    }

    @Test
    @Tag("build")
    void worksYmlCorrectsMergesAndWarnsAboutUnknownIds() {
        String shortTitle = "Tom Wuchte, \"Northeast Asia's Forgotten Worry,\" *Pacific Focus*, Vol. 16, No. 2"
                + " (Fall, 2001), p. 50.";
        TestProject p = new TestProject(dir)
                .essay("corrected.md", markdown("corrected", WUCHTE, shortTitle, "*Ibid.*, p. 51.",
                        "Smith, \"A Title,\" *Journal*"))
                .write("content/works.yml", """
                        wuchte-2001-northeast-asias:
                          doi: "10.1234/pf.2001.16.2.48"
                          url: "https://example.org/wuchte"
                          authors: ["Tom Wuchte", "Second Author"]
                          title: "Northeast Asia's Forgotten Worry: Russia's Far East (Corrected)"
                        wuchte-2001-northeast-asias-2:
                          same-as: wuchte-2001-northeast-asias
                        smith-title:
                          volume: "7"
                          date: "1999-05"
                        nobody-1999-nothing:
                          doi: "10.1/none"
                        """.getBytes(StandardCharsets.UTF_8));
        Build.Result result = p.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(TestProject.messages(result)).as(TestProject.report(result)).containsExactly(
                "content/works.yml:11:1: warning: no cited work has the id 'nobody-1999-nothing'; expected an id"
                        + " shown on the bibliography pages");

        // the merged work is gone; its notes point at the target
        assertThat(TestProject.files(p.out())).contains("bibliography/wuchte-2001-northeast-asias.html",
                "bibliography/smith-title.html").doesNotContain("bibliography/wuchte-2001-northeast-asias-2.html");
        Document bibliography = p.page("bibliography/index.html");
        assertThat(bibliography.select("ul.works > li")).hasSize(2);
        assertThat(bibliography.select("li#wuchte-2001-northeast-asias p.cited-by a").eachText())
                .containsExactly("Details", "note 1", "note 2", "note 3");
        assertThat(bibliography.selectFirst("li#wuchte-2001-northeast-asias p.entry").text())
                .contains("Wuchte, Tom, and Second Author", "(Corrected)");
        assertThat(bibliography.selectFirst("li#wuchte-2001-northeast-asias span.Z3988").attr("title"))
                .contains("rft_id=info%3Adoi%2F10.1234%2Fpf.2001.16.2.48", "rft.au=Second+Author");
        assertThat(bibliography.select("p.problems")).as("the partly read work was completed").isEmpty();

        Document work = p.page("bibliography/wuchte-2001-northeast-asias.html");
        assertThat(work.select("a[href=https://doi.org/10.1234/pf.2001.16.2.48]")).hasSize(1);
        assertThat(work.select("a[href=https://example.org/wuchte]")).hasSize(1);
        assertThat(work.select("ol.citing > li")).hasSize(3);

        Document note2 = p.page("notes/corrected/2.html");
        assertThat(note2.select("section.references a").eachAttr("href"))
                .contains("../../bibliography/wuchte-2001-northeast-asias.html");
        assertThat(note2.selectFirst("section.references").text()).contains("(Corrected)", ": 50");

        String bib = p.text("bibliography/bibliography.bib");
        assertThat(bib).contains("doi = {10.1234/pf.2001.16.2.48}", "url = {https://example.org/wuchte}",
                "author = {Wuchte, Tom and Author, Second}", "@article{smith-title", "volume = {7}",
                "month = {5}").doesNotContain("northeast-asias-2");
        assertThat(p.text("bibliography/corrected.ris")).contains("DO  - 10.1234/pf.2001.16.2.48", "DA  - 1999/05");
    }

    @Test
    @Tag("build")
    void worksYmlMergeIntoAnUnknownWorkIsAnError() {
        TestProject p = new TestProject(dir)
                .essay("merge.md", markdown("merge", WUCHTE))
                .write("content/works.yml", """
                        wuchte-2001-northeast-asias:
                          same-as: no-such-work
                        """.getBytes(StandardCharsets.UTF_8));
        Build.Result result = p.build();
        assertThat(result.published()).isFalse();
        assertThat(TestProject.messages(result)).contains("content/works.yml:1:1: error: 'wuchte-2001-northeast-asias'"
                + " is the same as 'no-such-work', but no cited work has that id");
    }

    @Test
    @Tag("build")
    void worksYmlSplitsTheNotesOfOneWorkIntoTwo() {
        TestProject p = new TestProject(dir)
                .essay("split.md", markdown("split", WUCHTE, "*Ibid.*, p. 21.", WUCHTE))
                .write("content/works.yml", """
                        wuchte-2001-reprint:
                          split-from: wuchte-2001-northeast-asias
                          notes: [split/3]
                          container: "Pacific Focus Reprints"
                        wuchte-2001-wrong:
                          split-from: no-such-work
                          notes: [split/1]
                        """.getBytes(StandardCharsets.UTF_8));
        Build.Result result = p.build();
        assertThat(TestProject.messages(result)).containsExactly("content/works.yml:5:1: error:"
                + " 'wuchte-2001-wrong' is split from 'no-such-work', but no cited work has that id");

        p.write("content/works.yml", """
                wuchte-2001-reprint:
                  split-from: wuchte-2001-northeast-asias
                  notes: [split/3]
                  container: "Pacific Focus Reprints"
                """.getBytes(StandardCharsets.UTF_8));
        result = p.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        Document bibliography = p.page("bibliography/index.html");
        assertThat(bibliography.select("ul.works > li").eachAttr("id"))
                .containsExactlyInAnyOrder("wuchte-2001-northeast-asias", "wuchte-2001-reprint");
        assertThat(bibliography.select("li#wuchte-2001-northeast-asias p.cited-by a").eachText())
                .containsExactly("Details", "note 1", "note 2");
        assertThat(bibliography.select("li#wuchte-2001-reprint p.cited-by a").eachText())
                .containsExactly("Details", "note 3");
        assertThat(bibliography.selectFirst("li#wuchte-2001-reprint p.entry").text()).contains("Pacific Focus Reprints");
    }
}
