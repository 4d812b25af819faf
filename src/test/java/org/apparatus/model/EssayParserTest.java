package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.junit.jupiter.api.Test;

class EssayParserTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<Essay> parse(String markdown) {
        return EssayParser.parse("content/essays/e.md", "e", markdown, Essay.Origin.CURATED, diagnostics);
    }

    private List<String> messages() {
        return diagnostics.all().stream().map(Diagnostic::toString).toList();
    }

    private static final String ESSAY = """
            ---
            id: "russian-policy"
            title: "Russian *Policy*"
            author: "Vasily Mikheev"
            seed: "000_x.txt"
            sha256: "0e90be8328127f554e3de1f62040bb5d6df4e76f1d7f2b07c22ea59c9a0f75bb"
            abstract: "An abstract."
            bio: "Dr. Mikheev is a fellow."
            ---

            First paragraph cites a source.[^1]

            ## The Treaty of 1961

            Second paragraph runs on [[page 2]]onto page two and cites again.[^1][^2]

            [[page 3]]Third paragraph starts page three.

            ## The Treaty of 1961

            Fourth.

            [^1]: A source.

            [^2]: Another, *in italics*.
            """;

    @Test
    void frontMatterFields() {
        Essay essay = parse(ESSAY).orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        assertThat(essay.id()).isEqualTo(new EssayId("russian-policy"));
        assertThat(essay.source()).isEqualTo("content/essays/e.md");
        assertThat(essay.origin()).isEqualTo(Essay.Origin.CURATED);
        assertThat(essay.title().plain()).isEqualTo("Russian Policy");
        assertThat(essay.title().markup().html()).isEqualTo("Russian <em>Policy</em>");
        assertThat(essay.title().line()).isEqualTo(3);
        assertThat(essay.author().plain()).isEqualTo("Vasily Mikheev");
        assertThat(essay.seed()).contains("000_x.txt");
        assertThat(essay.seedSha256()).contains("0e90be8328127f554e3de1f62040bb5d6df4e76f1d7f2b07c22ea59c9a0f75bb");
        assertThat(essay.abstractText()).map(Text::plain).contains("An abstract.");
        assertThat(essay.bio()).map(Text::plain).contains("Dr. Mikheev is a fellow.");
        assertThat(essay.bio()).map(Text::line).contains(8);
    }

    @Test
    void idDefaultsToTheFileNameAndOptionalFieldsMayBeMissing() {
        Essay essay = parse("---\ntitle: T\nauthor: A\n---\n\nText.\n").orElseThrow();
        assertThat(essay.id().value()).isEqualTo("e");
        assertThat(essay.abstractText()).isEmpty();
        assertThat(essay.bio()).isEmpty();
        assertThat(essay.seed()).isEmpty();
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void paragraphsAndHeadingsGetAnchors() {
        Essay essay = parse(ESSAY).orElseThrow();
        assertThat(essay.blocks()).extracting(Block::anchor)
                .containsExactly("p1", "s-the-treaty-of-1961", "p2", "p3", "s-the-treaty-of-1961-2", "p4");
        assertThat(essay.paragraphs()).extracting(Block.Paragraph::number).containsExactly(1, 2, 3, 4);
        assertThat(essay.blocks().get(1)).isInstanceOfSatisfying(Block.Heading.class, h -> {
            assertThat(h.level()).isEqualTo(2);
            assertThat(h.text().plain()).isEqualTo("The Treaty of 1961");
            assertThat(h.text().line()).isEqualTo(13);
        });
    }

    @Test
    void paragraphsFoundByAnchorAndByTheNotesTheyCall() {
        Essay essay = parse(ESSAY).orElseThrow();
        assertThat(essay.paragraph("p3")).map(Block.Paragraph::number).contains(3);
        assertThat(essay.paragraph("s-the-treaty-of-1961")).isEmpty(); // a heading, not a paragraph
        assertThat(essay.paragraph("p9")).isEmpty();
        // note 1 is called by paragraphs 1 and 2: the first is the one that calls it
        assertThat(essay.calling(1)).map(Block.Paragraph::anchor).contains("p1");
        assertThat(essay.calling(2)).map(Block.Paragraph::anchor).contains("p2");
        assertThat(essay.calling(3)).isEmpty();
        assertThat(essay.calling()).hasSize(2).containsEntry(1, essay.paragraphs().get(0))
                .containsEntry(2, essay.paragraphs().get(1));
    }

    @Test
    void pageMarkersGivePagesAndBreaks() {
        List<Block.Paragraph> ps = parse(ESSAY).orElseThrow().paragraphs();
        assertThat(ps).extracting(Block.Paragraph::page).containsExactly(1, 1, 3, 3);
        assertThat(ps).extracting(Block.Paragraph::pageBreaks)
                .containsExactly(List.of(), List.of(2), List.of(), List.of());
        assertThat(ps.get(1).text().plain()).isEqualTo("Second paragraph runs on onto page two and cites again.");
        // the page number is an attribute the stylesheet shows, not a word of the text
        assertThat(ps.get(1).text().markup().html()).contains("<a class=\"pb\" id=\"page-2\" href=\"#page-2\""
                + " data-page=\"2\" title=\"Page 2 of the print begins here\"></a>");
    }

    @Test
    void footnoteReferencesRenderAsNoteLinks() {
        Essay essay = parse(ESSAY).orElseThrow();
        List<Block.Paragraph> ps = essay.paragraphs();
        assertThat(ps.get(0).notes()).containsExactly(1);
        assertThat(ps.get(1).notes()).containsExactly(1, 2);
        assertThat(ps.get(0).text().markup().html()).isEqualTo("First paragraph cites a source."
                + "<sup class=\"noteref\"><a id=\"ref-1\" href=\"#note-1\" role=\"doc-noteref\" data-note=\"1\" aria-label=\"Note 1\"></a></sup>");
        // the second reference to note 1 gets an id of its own
        assertThat(ps.get(1).text().markup().html())
                .contains("<sup class=\"noteref\"><a id=\"ref-1-2\" href=\"#note-1\" role=\"doc-noteref\" data-note=\"1\" aria-label=\"Note 1\"></a></sup>"
                        + "<sup class=\"noteref\"><a id=\"ref-2\" href=\"#note-2\" role=\"doc-noteref\" data-note=\"2\" aria-label=\"Note 2\"></a></sup>");
        assertThat(essay.notes()).extracting(Note::number).containsExactly(1, 2);
        assertThat(essay.notes().get(1).text().markup().html()).isEqualTo("Another, <em>in italics</em>.");
        assertThat(essay.notes().get(1).anchor()).isEqualTo("note-2");
    }

    @Test
    void undefinedNoteIsAnErrorAtItsPosition() {
        assertThat(parse("---\ntitle: T\nauthor: A\n---\n\nA claim.[^1]\n\nAnother.[^7]\n\n[^1]: A source.\n"))
                .isEmpty();
        assertThat(messages()).containsExactly("content/essays/e.md:8:9: error: note [^7] is referenced but never"
                + " defined; expected a line '[^7]: text'");
    }

    @Test
    void undefinedNoteInAnImportedEssayFailsSilentlyBecauseTheSeedReportsIt() {
        assertThat(EssayParser.parse("seeds/x.txt (as imported)", "x", "---\ntitle: T\nauthor: A\n---\n\nA.[^7]\n",
                Essay.Origin.IMPORTED, diagnostics)).isEmpty();
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void duplicateDefinitionIsAnError() {
        assertThat(parse("---\ntitle: T\nauthor: A\n---\n\nA.[^1]\n\n[^1]: One.\n\n[^1]: Again.\n")).isEmpty();
        assertThat(messages()).containsExactly("content/essays/e.md:10:1: error: note [^1] is defined twice"
                + " (first at line 8); expected each note number once");
    }

    @Test
    void unreferencedDefinitionIsAWarning() {
        assertThat(parse("---\ntitle: T\nauthor: A\n---\n\nA.\n\n[^3]: Lonely.\n")).isPresent();
        assertThat(messages()).containsExactly("content/essays/e.md:8:1: warning: note [^3] is defined but never"
                + " referenced; expected [^3] somewhere in the text");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertThat(parse("---\ntitle: T\nauthor: A\n\nText.\n")).isEmpty();
        assertThat(messages()).containsExactly("content/essays/e.md:1:1: error: the front matter is never closed;"
                + " expected a line '---' after its last key");
    }

    @Test
    void missingFrontMatterIsAnError() {
        assertThat(parse("Just text.\n")).isEmpty();
        assertThat(messages()).singleElement().asString().startsWith("content/essays/e.md:1:1: error: no YAML front matter");
    }

    @Test
    void unterminatedQuoteIsAnErrorWhereTheQuoteBegins() {
        assertThat(parse("---\nid: e\ntitle: \"unterminated\nauthor: A\n---\n\nText.\n")).isEmpty();
        assertThat(messages()).singleElement().asString().startsWith("content/essays/e.md:3:8: error: broken YAML"
                + " front matter: found unexpected end of stream while scanning a quoted scalar;");
    }

    @Test
    void unclosedFlowSequenceIsAnErrorWhereItBegins() {
        assertThat(parse("---\ntitle: T\nauthor: [A\n---\n\nText.\n")).isEmpty();
        assertThat(messages()).singleElement().asString().startsWith("content/essays/e.md:3:9: error: broken YAML");
    }

    @Test
    void unquotedColonIsAnErrorAtTheColon() {
        assertThat(parse("---\ntitle: T\nauthor: A: B\n---\n\nText.\n")).isEmpty();
        assertThat(messages()).singleElement().asString().startsWith(
                "content/essays/e.md:3:10: error: broken YAML front matter: mapping values are not allowed here");
    }

    @Test
    void duplicateKeyIsAnError() {
        assertThat(parse("---\ntitle: T\ntitle: U\nauthor: A\n---\n\nText.\n")).isEmpty();
        assertThat(messages()).containsExactly(
                "content/essays/e.md:3:1: error: duplicate key 'title'; first at line 2 (expected each key once: the"
                        + " second would silently replace the first)");
    }

    @Test
    void missingTitleIsAnError() {
        assertThat(parse("---\nauthor: A\n---\n\nText.\n")).isEmpty();
        assertThat(messages()).containsExactly("content/essays/e.md:1:1: error: the front matter has no 'title';"
                + " expected a line title: \"...\"");
    }

    @Test
    void missingAuthorIsOnlyAWarning() {
        assertThat(parse("---\ntitle: T\n---\n\nText.\n")).isPresent();
        assertThat(messages()).containsExactly("content/essays/e.md:1:1: warning: the front matter has no 'author';"
                + " expected a line author: \"...\"");
    }

    @Test
    void unknownKeyIsAWarningAtTheKey() {
        assertThat(parse("---\ntitle: T\nauthor: A\nyear: 2001\n---\n\nText.\n")).isPresent();
        assertThat(messages()).singleElement().asString()
                .startsWith("content/essays/e.md:4:1: warning: unknown front matter key 'year' is ignored");
    }

    @Test
    void invalidIdIsAnError() {
        assertThat(parse("---\nid: \"../x\"\ntitle: T\nauthor: A\n---\n\nText.\n")).isEmpty();
        assertThat(messages()).singleElement().asString()
                .startsWith("content/essays/e.md:2:1: error: invalid essay id '../x'");
    }

    @Test
    void javascriptLinkIsAnErrorAndIsNeverRendered() {
        assertThat(parse("---\ntitle: T\nauthor: A\n---\n\nSee [here](javascript:alert(1)) now.\n")).isEmpty();
        assertThat(messages()).singleElement().asString().startsWith(
                "content/essays/e.md:6:5: error: link to 'javascript:alert(1)' has a scheme that can run code");
    }

    @Test
    void obfuscatedJavascriptLinkIsAnErrorToo() {
        assertThat(parse("---\ntitle: T\nauthor: A\n---\n\nSee [here](JavaScript&#58;alert(1)) now.\n")).isEmpty();
        assertThat(diagnostics.hasErrors()).isTrue();
    }

    @Test
    void javascriptLinkInTheFrontMatterIsAnError() {
        assertThat(parse("---\ntitle: T\nauthor: A\nbio: \"[x](javascript:alert(1))\"\n---\n\nText.\n")).isEmpty();
        assertThat(messages()).singleElement().asString().startsWith("content/essays/e.md:4: error: link to");
        assertThat(diagnostics.hasErrors()).isTrue();
    }

    @Test
    void rawScriptIsAWarningAndIsEscaped() {
        Essay essay = parse("---\ntitle: T\nauthor: A\n---\n\nText <script>alert(1)</script> here.\n").orElseThrow();
        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(messages()).first().asString().startsWith("content/essays/e.md:6:6: warning: raw HTML '<script>'");
        String html = essay.paragraphs().get(0).text().markup().html();
        assertThat(html).contains("&lt;script").doesNotContain("<script");
    }

    @Test
    void rawHtmlBlockIsAWarningAndIsEscaped() {
        Essay essay = parse("---\ntitle: T\nauthor: A\n---\n\n<script>alert(1)</script>\n").orElseThrow();
        assertThat(messages()).singleElement().asString().startsWith("content/essays/e.md:6:1: warning: raw HTML");
        assertThat(essay.paragraphs().get(0).text().markup().html()).contains("&lt;script").doesNotContain("<script");
    }

    @Test
    void imagesAreErrors() {
        assertThat(parse("---\ntitle: T\nauthor: A\n---\n\n![x](y.png)\n")).isEmpty();
        assertThat(messages()).singleElement().asString()
                .startsWith("content/essays/e.md:6:1: error: images are not supported");
    }

    @Test
    void level1HeadingIsShownAsLevel2WithAWarning() {
        Essay essay = parse("---\ntitle: T\nauthor: A\n---\n\n# Big\n\nText.\n").orElseThrow();
        assertThat(essay.blocks().get(0)).isInstanceOfSatisfying(Block.Heading.class,
                h -> assertThat(h.level()).isEqualTo(2));
        assertThat(messages()).singleElement().asString().startsWith("content/essays/e.md:6:1: warning: a level-1 heading");
    }

    @Test
    void bracketsThatNameNoLinkKeepTheirWordsInThePlainText() {
        Essay essay = parse("---\ntitle: T\nauthor: A\n---\n\nHe [sic] wrote [a b][c] and [^x.[^1] too. Wow![+]\n\n"
                + "[^1]: N.\n").orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        assertThat(essay.paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.text().plain()).isEqualTo("He [sic] wrote [a b][c] and [^x. too. Wow![+]");
            assertThat(p.text().markup().html()).contains("Wow![+]");
            assertThat(p.notes()).containsExactly(1);
        });
    }

    @Test
    void listIsShownAsAParagraphWithAWarning() {
        Essay essay = parse("---\ntitle: T\nauthor: A\n---\n\n- one\n- two\n").orElseThrow();
        assertThat(essay.paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.anchor()).isEqualTo("p1");
            assertThat(p.text().plain()).isEqualTo("- one\n- two");
        });
        assertThat(messages()).singleElement().asString()
                .startsWith("content/essays/e.md:6:1: warning: a bullet list is shown as a plain paragraph");
    }

    @Test
    void byteOrderMarkIsIgnored() {
        assertThat(parse("\uFEFF---\ntitle: T\nauthor: A\n---\n\nText.\n")).isPresent();
        assertThat(diagnostics.all()).isEmpty();
    }
    @Test
    void publishedMapGivesWhereTheEssayWasFirstPrinted() {
        Essay essay = parse("---\ntitle: T\nauthor: A\npublished:\n  in: \"Journal of *Things*\"\n  volume: 12\n"
                + "  issue: 3\n  year: 2002\n  pages: \"45\u201367\"\n  publisher: \"Sage\"\n---\n\nText.\n")
                .orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        assertThat(essay.published()).contains(new Publication(Publication.Kind.JOURNAL, "Journal of *Things*",
                Optional.of("12"), Optional.of("3"), "2002", Optional.of("45\u201367"), Optional.of("Sage")));
        Publication p = essay.published().orElseThrow();
        assertThat(p.firstPage()).contains("45");
        assertThat(p.lastPage()).contains("67");
        assertThat(p.pageRange()).contains("45\u201367");
    }

    @Test
    void publishedMayBeAFlowMapAndABook() {
        Essay essay = parse("---\ntitle: T\nauthor: A\npublished: {kind: book, in: \"Russia in Asia\", year: 1999,"
                + " pages: 7}\n---\n\nText.\n").orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        assertThat(essay.published()).contains(new Publication(Publication.Kind.BOOK, "Russia in Asia",
                Optional.empty(), Optional.empty(), "1999", Optional.of("7"), Optional.empty()));
        assertThat(essay.published().orElseThrow().lastPage()).isEmpty();
    }

    @Test
    void anEssayWithoutPublishedHasNone() {
        assertThat(parse(ESSAY).orElseThrow().published()).isEmpty();
    }

    @Test
    void wrongPublishedValuesAreErrorsAtTheirLineAndColumn() {
        assertThat(parse("---\ntitle: T\nauthor: A\npublished:\n  in: \"J\"\n  year: 02\n  pages: forty\n"
                + "  kind: magazine\n  volume: [1, 2]\n  editor: X\n---\n\nText.\n")).isEmpty();
        assertThat(messages()).containsExactlyInAnyOrder(
                "content/essays/e.md:6:9: error: 'published.year' is '02'; expected the year it was printed, four"
                        + " digits",
                "content/essays/e.md:7:10: error: 'published.pages' is 'forty'; expected a page or a range such as"
                        + " 45-67",
                "content/essays/e.md:8:9: error: 'published.kind' is 'magazine'; expected 'journal' (an article in a"
                        + " journal, the default) or 'book' (a chapter of a book)",
                "content/essays/e.md:9:3: error: 'published.volume' must be a single text value",
                "content/essays/e.md:10:3: error: unknown key 'editor' in 'published'; expected one of in, issue,"
                        + " kind, pages, publisher, volume, year");
    }

    @Test
    void publishedWithoutItsTitleOrYearOrNotAMapIsAnErrorAtTheKey() {
        assertThat(parse("---\ntitle: T\nauthor: A\npublished:\n  volume: 3\n---\n\nText.\n")).isEmpty();
        assertThat(messages()).containsExactly(
                "content/essays/e.md:4:1: error: 'published' has no 'in'; expected the title of the journal or book"
                        + " the essay was printed in",
                "content/essays/e.md:4:1: error: 'published' has no 'year'; expected the year it was printed");
        Diagnostics other = new Diagnostics();
        assertThat(EssayParser.parse("content/essays/f.md", "f", "---\ntitle: T\nauthor: A\npublished: \"J, 2002\"\n"
                + "---\n\nText.\n", Essay.Origin.CURATED, other)).isEmpty();
        assertThat(other.all()).singleElement().asString().startsWith(
                "content/essays/f.md:4:1: error: 'published' must be a map of where the essay was first printed");
    }

    @Test
    void aPublicationChecksItsOwnValues() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Publication(Publication.Kind.JOURNAL, " ",
                Optional.empty(), Optional.empty(), "2002", Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Publication(Publication.Kind.JOURNAL, "J",
                Optional.empty(), Optional.empty(), "02", Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Publication(Publication.Kind.JOURNAL, "J",
                Optional.empty(), Optional.empty(), "2002", Optional.of("45 to 67"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
