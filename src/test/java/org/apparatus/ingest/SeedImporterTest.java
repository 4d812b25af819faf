package org.apparatus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apparatus.kernel.Diagnostic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One example per rule of {@link SeedImporter}'s class javadoc. */
class SeedImporterTest {

    static ImportedEssay importText(String text) {
        return SeedImporter.importSeed(new Seed("t.txt", "seeds/t.txt",
                SeedReader.sha256(text.getBytes(StandardCharsets.UTF_8)), text));
    }

    /** The Markdown after the front matter. */
    static String body(ImportedEssay imported) {
        String md = imported.markdown();
        int close = md.indexOf("\n---\n", 4);
        assertThat(close).as("front matter closed").isPositive();
        return md.substring(close + 5);
    }

    static String frontMatter(ImportedEssay imported) {
        String md = imported.markdown();
        return md.substring(0, md.indexOf("\n---\n", 4) + 5);
    }

    @Nested
    class Head {

        @Test
        void titleByAuthorOnTheFirstLine() {
            ImportedEssay essay = importText("""


                    Russian Policy Towards North Korea by Vasily Mikheev

                    Russia has revised its Korean policies.
                    """);
            assertThat(essay.markdown()).startsWith("""
                    ---
                    id: "russian-policy-towards-north-korea"
                    title: "Russian Policy Towards North Korea"
                    author: "Vasily Mikheev"
                    seed: "t.txt"
                    sha256: \"""");
            assertThat(essay.id()).isEqualTo("russian-policy-towards-north-korea");
            assertThat(body(essay)).isEqualTo("\nRussia has revised its Korean policies.\n");
            assertThat(essay.diagnostics()).isEmpty();
            assertThat(essay.mainText()).extracting(SeedText::text, SeedText::line).startsWith(
                    org.assertj.core.groups.Tuple.tuple("Russian Policy Towards North Korea", 3),
                    org.assertj.core.groups.Tuple.tuple("Vasily Mikheev", 3),
                    org.assertj.core.groups.Tuple.tuple("Russia has revised its Korean policies.", 5));
        }

        @Test
        void capitalTitleHeadingWithItalicAuthorIsTitleCasedKeepingAcronymsOfTheBody() {
            ImportedEssay essay = importText("""
                    ## THE DPRK AND THE WEST: A STUDY OF TRADE IN THE 1990S

                    *Jane Q. Doe*

                    The DPRK has traded little with the West.
                    """);
            assertThat(frontMatter(essay)).contains("""
                    id: "dprk-and-the-west-a-study-of-trade-in-the-1990s"
                    title: "The DPRK and the West: A Study of Trade in the 1990s"
                    author: "Jane Q. Doe"
                    """);
            assertThat(body(essay)).isEqualTo("\nThe DPRK has traded little with the West.\n");
        }

        @Test
        void capitalWordNotPrintedInCapitalsInTheBodyIsTitleCased() {
            ImportedEssay essay = importText("""
                    ## NATO AND RUSSIA

                    *A. Writer*

                    Nato is spelled in small letters here, as is Russia.
                    """);
            assertThat(frontMatter(essay)).contains("title: \"Nato and Russia\"");
        }

        @Test
        void titleAlreadyInMixedCaseIsKept() {
            ImportedEssay essay = importText("""
                    ## **The Putin Years and the DPRK**

                    _Sangtu Ko_

                    Text.
                    """);
            assertThat(frontMatter(essay)).contains("title: \"The Putin Years and the DPRK\"", "author: \"Sangtu Ko\"");
        }

        @Test
        void frontMatterEscapesWhatYamlCannotHoldRaw() {
            ImportedEssay essay = importText("## A TITLE\n\n*Jane Doe*\n\nThe \u0093abstract\u0094 has a tab\t,"
                    + " a line\u2028separator and a bell\u0007.\n\n## Intro\n\nText.\n");
            assertThat(frontMatter(essay)).contains(
                    "abstract: \"The \\x93abstract\\x94 has a tab\\t, a line\\u2028separator and a bell\\x07.\"\n");
            org.apparatus.kernel.Diagnostics diagnostics = new org.apparatus.kernel.Diagnostics();
            java.util.Optional<org.apparatus.model.Essay> parsed = org.apparatus.model.EssayParser.parse("t.md", "t",
                    essay.markdown(), org.apparatus.model.Essay.Origin.IMPORTED, diagnostics);
            assertThat(diagnostics.all()).isEmpty();
            assertThat(parsed.orElseThrow().abstractText().orElseThrow().plain())
                    .contains("\u0093abstract\u0094", "line\u2028separator");
        }

        @Test
        void printedNoteSyntaxInTheTitleAndAuthorStaysWords() {
            ImportedEssay essay = importText("""
                    [^1]Russian <i>Policy by Jane [^2]Doe

                    Text.
                    """);
            assertThat(frontMatter(essay)).contains("title: \"\\\\[^1]Russian <i>Policy\"\n",
                    "author: \"Jane \\\\[^2]Doe\"\n");
            org.apparatus.model.Essay parsed = org.apparatus.model.EssayParser.parse("t.md", "t", essay.markdown(),
                    org.apparatus.model.Essay.Origin.IMPORTED, new org.apparatus.kernel.Diagnostics()).orElseThrow();
            assertThat(parsed.title().plain()).isEqualTo("[^1]Russian <i>Policy");
            assertThat(parsed.author().plain()).isEqualTo("Jane [^2]Doe");
        }

        @Test
        void noRecognisableHeadUsesTheFileNameAndWarns() {
            ImportedEssay essay = importText("""
                    Just a paragraph of text, no title.

                    Another paragraph.
                    """);
            assertThat(frontMatter(essay)).contains("id: \"t\"", "title: \"t\"", "author: \"\"");
            assertThat(essay.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
                assertThat(d.toString()).startsWith("seeds/t.txt:1:1: warning: no title and author found");
            });
            assertThat(body(essay)).isEqualTo("\nJust a paragraph of text, no title.\n\nAnother paragraph.\n");
        }
    }

    @Nested
    class AbstractAndBio {

        @Test
        void singleParagraphBetweenBylineAndFirstHeadingIsTheAbstract() {
            ImportedEssay essay = importText("""
                    ## A TITLE

                    *Jane Doe*

                    This paper argues that "quotes" and \\backslashes survive.

                    ## Introduction

                    The body begins.
                    """);
            assertThat(frontMatter(essay)).contains(
                    "abstract: \"This paper argues that \\\"quotes\\\" and \\\\backslashes survive.\"\n");
            assertThat(body(essay)).isEqualTo("\n## Introduction\n\nThe body begins.\n");
        }

        @Test
        void paragraphWithANoteOrAPageBreakIsNoAbstract() {
            ImportedEssay essay = importText("""
                    ## A TITLE

                    *Jane Doe*

                    The opening cites a source<sup>1</sup> and runs

                    ---

                    1 A note.

                    onto page two.

                    ## Intro

                    Text.
                    """);
            assertThat(frontMatter(essay)).doesNotContain("abstract:");
            assertThat(body(essay)).isEqualTo("""

                    The opening cites a source[^1] and runs [[page 2]]onto page two.

                    ## Intro

                    Text.

                    [^1]: A note.
                    """);
            assertThat(essay.mainText()).extracting(SeedText::line).containsExactly(1, 3, 5, 11, 13, 15);
        }

        @Test
        void twoParagraphsBeforeTheFirstHeadingAreNoAbstract() {
            ImportedEssay essay = importText("""
                    ## A TITLE

                    *Jane Doe*

                    First paragraph.

                    Second paragraph.

                    ## Introduction

                    The body begins.
                    """);
            assertThat(frontMatter(essay)).doesNotContain("abstract:");
            assertThat(body(essay)).startsWith("\nFirst paragraph.\n\nSecond paragraph.\n\n## Introduction\n");
        }

        @Test
        void withoutAnySectionHeadingThereIsNoAbstract() {
            ImportedEssay essay = importText("""
                    ## A TITLE

                    *Jane Doe*

                    Only paragraph.
                    """);
            assertThat(frontMatter(essay)).doesNotContain("abstract:");
            assertThat(body(essay)).isEqualTo("\nOnly paragraph.\n");
        }

        @Test
        void boldSubheadingsLoseTheirAsterisks() {
            ImportedEssay essay = importText("""
                    ## A TITLE

                    *Jane Doe*

                    ## Introduction

                    Text.

                    ### **Putin's New Course**

                    More text.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    ## Introduction

                    Text.

                    ### Putin's New Course

                    More text.
                    """);
        }

        @Test
        void closingParagraphAboutTheAuthorIsTheBio() {
            ImportedEssay essay = importText("""
                    A Study by Vasily Mikheev

                    Body text.

                    Dr. Vasily Mikheev is Deputy Director of the Institute.
                    """);
            assertThat(frontMatter(essay)).contains(
                    "bio: \"Dr. Vasily Mikheev is Deputy Director of the Institute.\"\n");
            assertThat(body(essay)).isEqualTo("\nBody text.\n");
            assertThat(essay.mainText()).last().isEqualTo(
                    new SeedText("Dr. Vasily Mikheev is Deputy Director of the Institute.", 5));
        }

        @Test
        void bioMayNameTheAuthorBySurnameAlone() {
            ImportedEssay essay = importText("""
                    A Study by Vasily Mikheev

                    Body text.

                    Mikheev is a fellow.
                    """);
            assertThat(frontMatter(essay)).contains("bio: \"Mikheev is a fellow.\"");
        }

        @Test
        void closingParagraphAboutSomeoneElseStaysBody() {
            ImportedEssay essay = importText("""
                    A Study by Vasily Mikheev

                    Body text.

                    Dr. Ivanov is a minister.
                    """);
            assertThat(frontMatter(essay)).doesNotContain("bio:");
            assertThat(body(essay)).isEqualTo("\nBody text.\n\nDr. Ivanov is a minister.\n");
        }

        @Test
        void closingParagraphWithANoteIsNoBio() {
            ImportedEssay essay = importText("""
                    A Study by Vasily Mikheev

                    Body text.

                    Mikheev is cited.<sup>1</sup>

                    ---

                    1 A source.
                    """);
            assertThat(frontMatter(essay)).doesNotContain("bio:");
            assertThat(body(essay)).contains("\nMikheev is cited.[^1]\n");
        }
    }

    @Nested
    class PageBreaks {

        @Test
        void paragraphCutByRuleAndNotesContinuesAfterThem() {
            ImportedEssay essay = importText("""
                    Title by Author

                    The purpose of this paper is to examine, by<sup>1</sup>

                    ---

                    1 A note.

                    focusing on the summit.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    The purpose of this paper is to examine, by[^1] [[page 2]]focusing on the summit.

                    [^1]: A note.
                    """);
            assertThat(essay.diagnostics()).isEmpty();
            assertThat(essay.mainText()).extracting(SeedText::line).containsExactly(1, 1, 3, 9);
        }

        @Test
        void paragraphCutWithoutRuleContinuesOnTheNextPage() {
            ImportedEssay essay = importText("""
                    Title by Author

                    Putin used his China visit to

                    reinforce their position.

                    Next paragraph.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    Putin used his China visit to [[page 2]]reinforce their position.

                    Next paragraph.
                    """);
        }

        @Test
        void pageEndingWithASentenceStartsANewParagraphWithTheMarker() {
            ImportedEssay essay = importText("""
                    Title by Author

                    A whole sentence.<sup>1</sup>

                    ---

                    1 A note.

                    A new paragraph.

                    Another one.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    A whole sentence.[^1]

                    [[page 2]]A new paragraph.

                    Another one.

                    [^1]: A note.
                    """);
        }

        @Test
        void sentenceEndBeforeAClosingQuoteEndsTheParagraph() {
            ImportedEssay essay = importText("""
                    Title by Author

                    He said "it is done."

                    ---

                    Then more.
                    """);
            assertThat(body(essay)).isEqualTo("\nHe said \"it is done.\"\n\n[[page 2]]Then more.\n");
        }

        @Test
        void pagesAreCountedAcrossSeveralBreaks() {
            ImportedEssay essay = importText("""
                    Title by Author

                    One ends.

                    ---

                    Two runs on

                    ---

                    into three.

                    ---

                    Four.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    One ends.

                    [[page 2]]Two runs on [[page 3]]into three.

                    [[page 4]]Four.
                    """);
        }

        @Test
        void pageBeginningWithAHeadingIsMarkedAtTheNextParagraph() {
            ImportedEssay essay = importText("""
                    ## A TITLE

                    *Jane Doe*

                    ## Intro

                    Page one ends.<sup>1</sup>

                    ---

                    1 A note.

                    ## Second Section

                    First paragraph of page two.

                    Still page two, cut

                    ---

                    here on three.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    ## Intro

                    Page one ends.[^1]

                    ## Second Section

                    [[page 2]]First paragraph of page two.

                    Still page two, cut [[page 3]]here on three.

                    [^1]: A note.
                    """);
        }

        @Test
        void lowerCaseContinuationRejoinsAHyphenatedWord() {
            ImportedEssay essay = importText("""
                    Title by Author

                    Yeltsin's policy<sup>1</sup> differed. However, the main differ-

                    ---

                    1 A note.

                    ence between them is age.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    Yeltsin's policy[^1] differed. However, the main difference [[page 2]]between them is age.

                    [^1]: A note.
                    """);
        }

        @Test
        void lowerCaseContinuationOfOneWordRejoinsWithoutSpace() {
            ImportedEssay essay = importText("""
                    Title by Author

                    Russia and South Korea reached a basic agree-

                    ---

                    ment.
                    """);
            assertThat(body(essay)).isEqualTo("\nRussia and South Korea reached a basic agreement. [[page 2]]\n");
        }

        @Test
        void paragraphEndedByTheTailOfAHyphenatedWordIsClosed() {
            ImportedEssay essay = importText("""
                    Title by Author

                    They reached a basic agree-

                    ---

                    ment.

                    A new paragraph on page two.

                    Another one.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    They reached a basic agreement. [[page 2]]

                    A new paragraph on page two.

                    Another one.
                    """);
        }

        @Test
        void hyphenBeforeACapitalIsKept() {
            ImportedEssay essay = importText("""
                    Title by Author

                    A new Russian-

                    ---

                    North Korean treaty.
                    """);
            assertThat(body(essay)).isEqualTo("\nA new Russian-North [[page 2]]Korean treaty.\n");
        }

        @Test
        void hyphenBeforeADigitIsKept() {
            ImportedEssay essay = importText("""
                    Title by Author

                    The MiG-

                    29 fighters came.
                    """);
            assertThat(body(essay)).isEqualTo("\nThe MiG-29 [[page 2]]fighters came.\n");
        }

        @Test
        void dashAfterASpaceIsNoHyphenation() {
            ImportedEssay essay = importText("""
                    Title by Author

                    The goal is the same -

                    to survive.
                    """);
            assertThat(body(essay)).isEqualTo("\nThe goal is the same - [[page 2]]to survive.\n");
        }

        @Test
        void continuationStartingWithANumberIsBodyText() {
            ImportedEssay essay = importText("""
                    Title by Author

                    The treaty had expired in<sup>1</sup>

                    ---

                    1 A note.

                    1995 and no legal framework had since been put in place.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    The treaty had expired in[^1] [[page 2]]1995 and no legal framework had since been put in place.

                    [^1]: A note.
                    """);
            assertThat(essay.noteText()).containsOnlyKeys(1);
            assertThat(essay.diagnostics()).isEmpty();
        }

        @Test
        void paragraphStartingLikeAListItemIsEscaped() {
            ImportedEssay essay = importText("""
                    Title by Author

                    1995. That was the year.

                    - not a list either.

                    > nor a quote.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    1995\\. That was the year.

                    \\- not a list either.

                    \\> nor a quote.
                    """);
        }

        @Test
        void pageStartingWithAListLikeParagraphIsEscapedAfterTheMarker() {
            ImportedEssay essay = importText("""
                    Title by Author

                    Done.

                    ---

                    1995. That was the year.
                    """);
            assertThat(body(essay)).isEqualTo("\nDone.\n\n[[page 2]]1995\\. That was the year.\n");
        }
    }

    @Nested
    class Notes {

        @Test
        void plainAndSuperscriptDefinitionsBothBecomeFootnotes() {
            ImportedEssay essay = importText("""
                    Title by Author

                    First claim.<sup>1</sup> Second claim.<sup> 2 </sup>

                    ---

                    1 Hanjong Lee, *Review of Politics*, Vol. 19, 2000, p. 76.

                    <sup>2</sup> *Ibid.*, p. 21.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    First claim.[^1] Second claim.[^2]

                    [^1]: Hanjong Lee, *Review of Politics*, Vol. 19, 2000, p. 76.

                    [^2]: *Ibid.*, p. 21.
                    """);
            assertThat(essay.noteText().get(1)).containsExactly(
                    new SeedText("Hanjong Lee, *Review of Politics*, Vol. 19, 2000, p. 76.", 7));
            assertThat(essay.noteText().get(2)).containsExactly(new SeedText("*Ibid.*, p. 21.", 9));
            assertThat(essay.diagnostics()).isEmpty();
        }

        @Test
        void definitionsOnConsecutiveLinesAreSeparateNotes() {
            ImportedEssay essay = importText("""
                    Title by Author

                    Claims.<sup>1</sup><sup>2</sup>

                    ---
                    1 First source.
                    2 Second source.
                    """);
            assertThat(body(essay)).endsWith("\n[^1]: First source.\n\n[^2]: Second source.\n");
            assertThat(essay.noteText().get(2)).containsExactly(new SeedText("Second source.", 7));
        }

        @Test
        void definitionCutByAPageBreakContinuesAfterTheNextRule() {
            ImportedEssay essay = importText("""
                    Title by Author

                    Claim.<sup>12</sup> And the next page ends,

                    ---

                    12 Tkachenko, "A Russian View," *Journal*, Vol.

                    so on.<sup>13</sup>

                    ---

                    12, No. 2 (Winter 2000), p. 12.

                    13 *ITAR TASS*, 2002.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    Claim.[^12] And the next page ends, [[page 2]]so on.[^13]

                    [^12]: Tkachenko, "A Russian View," *Journal*, Vol. 12, No. 2 (Winter 2000), p. 12.

                    [^13]: *ITAR TASS*, 2002.
                    """);
            assertThat(essay.noteText().get(12)).extracting(SeedText::line).containsExactly(7, 13);
        }

        @Test
        void tailOfACutDefinitionStartingWithAnEarlierNoteNumberIsNoNewNote() {
            ImportedEssay essay = importText("""
                    Title by Author

                    Claim.<sup>1</sup> Claim.<sup>2</sup>

                    ---

                    1 First.

                    2 Second, cut after

                    Text.<sup>3</sup>

                    ---

                    1 (Winter 2000), p. 12.

                    3 Third.
                    """);
            assertThat(body(essay)).endsWith("""
                    [^1]: First.

                    [^2]: Second, cut after 1 (Winter 2000), p. 12.

                    [^3]: Third.
                    """);
            assertThat(essay.diagnostics()).isEmpty();
        }

        @Test
        void escapedDollarsAndQuotesAreKeptAsPrinted() {
            ImportedEssay essay = importText("""
                    Title by Author

                    They could earn \\$150 million, a \u201Csoft\u201D guarantee and 'shock therapy' for "romantic" Putin\u2019s plan.
                    """);
            assertThat(body(essay)).isEqualTo("\nThey could earn \\$150 million, a \u201Csoft\u201D guarantee and"
                    + " 'shock therapy' for \"romantic\" Putin\u2019s plan.\n");
        }

        @Test
        void undefinedMarkerIsAnErrorAtItsSeedLineAndColumn() {
            ImportedEssay essay = importText("""
                    Title by Author

                    A claim.<sup>1</sup>

                    Another claim.<sup>2</sup>

                    ---

                    1 A note.
                    """);
            assertThat(essay.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
                assertThat(d.toString()).startsWith("seeds/t.txt:5:15: error: note 2 is referenced but never defined");
            });
        }

        @Test
        void undefinedMarkerOnALaterLineOfAParagraphIsReportedOnItsOwnLine() {
            ImportedEssay essay = importText("""
                    Title by Author

                    A claim on one line
                    and a second line.<sup>4</sup>
                    """);
            assertThat(essay.diagnostics()).singleElement().satisfies(d ->
                    assertThat(d.toString()).startsWith("seeds/t.txt:4:19: error: note 4 is referenced but never"));
        }

        @Test
        void unreferencedDefinitionIsAWarning() {
            ImportedEssay essay = importText("""
                    Title by Author

                    A claim without a marker.

                    ---

                    1 A note nobody refers to.
                    """);
            assertThat(body(essay)).endsWith("\n[^1]: A note nobody refers to.\n");
            assertThat(essay.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
                assertThat(d.toString()).startsWith("seeds/t.txt:7:1: warning: note 1 is defined but never referenced");
            });
        }

        @Test
        void repeatedSuperscriptDefinitionIsAnErrorAndKeepsItsText() {
            ImportedEssay essay = importText("""
                    Title by Author

                    A claim.<sup>1</sup>

                    ---

                    <sup>1</sup> First text.

                    <sup>1</sup> Second text.
                    """);
            assertThat(essay.diagnostics()).singleElement().satisfies(d -> assertThat(d.toString())
                    .startsWith("seeds/t.txt:9:1: error: note 1 is defined twice (first at line 7)"));
            assertThat(body(essay)).endsWith("\n[^1]: First text. Second text.\n");
        }

        @Test
        void rawHtmlIsWarnedAbout() {
            ImportedEssay essay = importText("""
                    Title by Author

                    Some <b>bold</b> text.
                    """);
            assertThat(essay.diagnostics()).extracting(Diagnostic::severity, Diagnostic::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Diagnostic.Severity.WARNING, 3),
                            org.assertj.core.groups.Tuple.tuple(Diagnostic.Severity.WARNING, 3));
            assertThat(essay.diagnostics()).extracting(Diagnostic::message)
                    .anySatisfy(m -> assertThat(m).contains("'<b>'"));
        }

        @Test
        void rawHtmlStartingAParagraphIsTextThatKeepsItsNotesAndPageMarkers() {
            ImportedEssay essay = importText("""
                    Title by Author

                    <script>The opening cites a source<sup>1</sup> and runs

                    ---

                    1 A note with <!-- a comment.

                    onto page two.
                    """);
            assertThat(body(essay)).isEqualTo("""

                    \\<script>The opening cites a source[^1] and runs [[page 2]]onto page two.

                    [^1]: A note with <!-- a comment.
                    """);
            // read as Markdown, the paragraph is no HTML block that runs to the end of the text: its note and page
            // break are the edition's, and the tag is its words
            org.apparatus.model.Essay parsed = org.apparatus.model.EssayParser.parse("t.md", "t", essay.markdown(),
                    org.apparatus.model.Essay.Origin.IMPORTED, new org.apparatus.kernel.Diagnostics()).orElseThrow();
            assertThat(parsed.paragraphs()).singleElement().satisfies(p -> {
                assertThat(p.notes()).containsExactly(1);
                assertThat(p.pageBreaks()).containsExactly(2);
                assertThat(p.text().plain()).isEqualTo("<script>The opening cites a source and runs onto page two.");
            });
        }

        @Test
        void numberedLineThatIsNoExpectedNoteStaysBody() {
            ImportedEssay essay = importText("""
                    Title by Author

                    Intro.

                    4 way talks were held.
                    """);
            assertThat(body(essay)).isEqualTo("\nIntro.\n\n4 way talks were held.\n");
            assertThat(essay.noteText()).isEmpty();
            assertThat(essay.diagnostics()).isEmpty();
        }
    }

    @Test
    void slugDropsLeadingArticleApostrophesAndAccents() {
        assertThat(SeedImporter.slug("The Putin Administration's North Korean Policy"))
                .isEqualTo("putin-administrations-north-korean-policy");
        assertThat(SeedImporter.slug("Café Société")).isEqualTo("cafe-societe");
        assertThat(SeedImporter.slug("The")).isEqualTo("the");
        assertThat(SeedImporter.slug("!!!")).isEqualTo("essay");
        String longTitle = String.join(" ", List.of("international", "relations", "between", "the", "russian",
                "federation", "and", "the", "democratic", "people"));
        assertThat(SeedImporter.slug(longTitle)).isEqualTo("international-relations-between-the-russian-federation-and")
                .hasSizeLessThanOrEqualTo(60);
    }

    @Test
    void importingIsDeterministic() {
        String text = """
                Title by Author

                A claim.<sup>1</sup>

                ---

                1 A note.
                """;
        assertThat(importText(text)).isEqualTo(importText(text));
    }

    @Test
    void editionSyntaxInAHeadingIsThePrintsWords() {
        ImportedEssay imported = importText("A Title by Ann Author\n\n### Roads[^0] and [[page 9]]\n\nText.\n");
        assertThat(imported.markdown()).contains("### Roads\\[^0] and \\[\\[page 9]]");
        assertThat(imported.diagnostics()).isEmpty();
    }
}
