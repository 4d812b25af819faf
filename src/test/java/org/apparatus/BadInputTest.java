package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input fails the build with a message that says where (file:line:col) and what was expected. */
@Tag("build")
class BadInputTest {

    @TempDir
    Path dir;

    private TestProject project() {
        return new TestProject(dir);
    }

    /** The build failed, published nothing, and its diagnostics are exactly these texts. */
    private static void assertFailedWith(TestProject project, Build.Result result, String... messages) {
        assertThat(result.published()).as(TestProject.report(result)).isFalse();
        assertThat(project.out()).doesNotExist();
        assertThat(project.strayBuilds()).isEmpty();
        assertThat(TestProject.messages(result)).as(TestProject.report(result)).hasSameSizeAs(messages);
        for (int i = 0; i < messages.length; i++) {
            assertThat(TestProject.messages(result).get(i)).startsWith(messages[i]);
        }
    }

    @Test
    void aReferenceWithoutADefinition() {
        TestProject p = project().essay("x.md", """
                ---
                id: "x"
                title: "X"
                author: "A"
                ---

                A paragraph.[^1]

                Another one, with a missing note.[^7]

                [^1]: The note.
                """);
        assertFailedWith(p, p.build(), "content/essays/x.md:9:34: error: note [^7] is referenced but never defined;"
                + " expected a line '[^7]: text'");
    }

    @Test
    void aDefinitionNeverReferencedIsAWarningOnly() {
        TestProject p = project().essay("x.md", """
                ---
                id: "x"
                title: "X"
                author: "A"
                ---

                A paragraph.[^1]

                [^1]: The note.
                [^2]: A note nobody refers to.
                """);
        Build.Result result = p.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(TestProject.messages(result)).containsExactly("content/essays/x.md:10:1: warning: note [^2] is"
                + " defined but never referenced; expected [^2] somewhere in the text");
        assertThat(TestProject.files(p.out())).contains("notes/x/2.html");
        assertThat(p.page("notes/x/2.html").select("p.passage-missing")).hasSize(1);
        assertThat(p.page("essays/x.html").select("li#note-2 a[role=doc-backlink]")).isEmpty();
    }

    @Test
    void duplicateNoteNumbers() {
        TestProject p = project().essay("x.md", """
                ---
                id: "x"
                title: "X"
                author: "A"
                ---

                A paragraph.[^1]

                [^1]: The note.
                [^1]: The same number again.
                """);
        assertFailedWith(p, p.build(), "content/essays/x.md:10:1: error: note [^1] is defined twice (first at line 9);"
                + " expected each note number once");
    }

    @Test
    void brokenYamlFrontMatter() {
        TestProject p = project().essay("x.md", """
                ---
                id: "x"
                title: A title: with a colon
                author: "A"
                ---

                Text.
                """);
        Build.Result result = p.build();
        assertFailedWith(p, result, "content/essays/x.md:3:");
        assertThat(TestProject.messages(result).get(0)).contains("error: broken YAML front matter: ",
                "expected 'key: value' lines, with values containing ':' or '#' in double quotes");
    }

    @Test
    void unclosedFrontMatter() {
        TestProject p = project().essay("x.md", """
                ---
                id: "x"
                title: "X"

                Text.
                """);
        assertFailedWith(p, p.build(), "content/essays/x.md:1:1: error: the front matter is never closed;");
    }

    @Test
    void emptyFrontMatter() {
        TestProject p = project().essay("x.md", "---\n---\n\nText.\n");
        assertFailedWith(p, p.build(), "content/essays/x.md:2:1: error: the front matter is not a list of 'key: value'"
                + " lines");
    }

    @Test
    void noFrontMatter() {
        TestProject p = project().essay("x.md", "Just text.\n");
        assertFailedWith(p, p.build(), "content/essays/x.md:1:1: error: no YAML front matter; expected the file to"
                + " start with '---'");
    }

    @Test
    void anEmptySeed() {
        TestProject p = project().seed("010_empty.txt", "\n  \n\n");
        assertFailedWith(p, p.build(),
                "seeds/010_empty.txt: error: the seed is empty; expected the text of an essay");
    }

    @Test
    void aLatin1Seed() {
        TestProject p = project().seedBytes("010_latin.txt",
                "Caf\u00e9 Society by Some One\n\nA na\u00efve text.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertFailedWith(p, p.build(), "seeds/010_latin.txt:1:4: error: the seed is not valid UTF-8 (byte 0xE9 at"
                + " offset 3); expected a UTF-8 text file, convert it first (e.g. iconv -f latin1 -t utf-8)");
    }

    @Test
    void aLatin1CuratedEssay() {
        TestProject p = project().write("content/essays/x.md",
                "---\ntitle: \"Caf\u00e9\"\nauthor: \"A\"\n---\n\nText.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertFailedWith(p, p.build(), "content/essays/x.md:2:12: error: the essay is not valid UTF-8 (byte 0xE9 at"
                + " offset 15); expected a UTF-8 text file");
    }

    @Test
    void rawHtmlIsShownAsTextAndNeverRun() {
        TestProject p = project().essay("x.md", """
                ---
                id: "x"
                title: "A <script>alert(0)</script> title"
                author: "A"
                abstract: "An <img src=x onerror=alert(3)> abstract."
                ---

                Inline <script>alert(1)</script> in a paragraph.[^1]

                <script>alert(2)</script>

                [^1]: A note <script>alert(4)</script> too.
                """);
        Build.Result result = p.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(result.diagnostics().hasErrors()).isFalse();
        assertThat(TestProject.messages(result)).anyMatch(m -> m.startsWith("content/essays/x.md:8:8: warning: raw"
                + " HTML '<script>' is shown as text"));
        assertThat(TestProject.messages(result)).anyMatch(m -> m.startsWith("content/essays/x.md:10:1: warning: raw"
                + " HTML '<script>alert(2)</script>' is shown as text"));
        for (String file : TestProject.files(p.out())) {
            if (file.endsWith(".html")) {
                Document page = p.page(file);
                assertThat(page.select(TestProject.EXECUTABLE_SCRIPT)).as(file).isEmpty();
                assertThat(page.select("img, [onerror]")).as(file).isEmpty();
            }
        }
        Document essay = p.page("essays/x.html");
        assertThat(essay.selectFirst("main h1").text()).isEqualTo("A <script>alert(0)</script> title");
        assertThat(essay.selectFirst("p#p1").text()).startsWith("Inline <script>alert(1)</script> in a paragraph.");
        assertThat(essay.selectFirst("p#p2").text()).startsWith("<script>alert(2)</script>");
        assertThat(essay.selectFirst("li#note-1").text()).contains("A note <script>alert(4)</script> too.");
        assertThat(essay.selectFirst("section.abstract").text()).isEqualTo("An <img src=x onerror=alert(3)> abstract.");
        assertThat(p.page("notes/x/1.html").selectFirst("blockquote").text()).contains("<script>alert(1)</script>");
        assertThat(p.page("index.html").selectFirst("li.essay-card").text()).contains("<script>alert(0)</script>");
    }

    @Test
    void rawHtmlInASeedIsShownAsText() {
        TestProject p = project().seed("010_s.txt", """
                Scripted by Sam Scripter

                A text with <script>alert(1)</script> inside.
                """);
        Build.Result result = p.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        Document essay = p.page("essays/scripted.html");
        assertThat(essay.select(TestProject.EXECUTABLE_SCRIPT)).isEmpty();
        assertThat(essay.selectFirst("p#p1").text()).startsWith("A text with <script>alert(1)</script> inside.");
    }

    @Test
    void aJavascriptLinkFailsTheBuild() {
        TestProject p = project().essay("x.md", """
                ---
                id: "x"
                title: "X"
                author: "A"
                ---

                Click [x](javascript:alert(1)) here.
                """);
        assertFailedWith(p, p.build(), "content/essays/x.md:7:7: error: link to 'javascript:alert(1)' has a scheme"
                + " that can run code; expected an http(s) or relative link");
    }

    @Test
    void aTemplateWithAMissingValue() {
        TestProject p = project().essay("x.md", Samples.essay("x", "Text.")).template("essay.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.frame>
                <p>${page.title.html?no_esc}</p>
                <p>${page.nosuchthing}</p>
                </@layout.frame>
                """);
        Build.Result result = p.build();
        assertFailedWith(p, result, "templates/essay.ftlh:4:6: error: template error: ");
        assertThat(TestProject.messages(result).get(0)).contains("page.nosuchthing", "(writing essays/x.html)");
    }

    @Test
    void aTemplateSyntaxError() {
        TestProject p = project().essay("x.md", Samples.essay("x", "Text.[^1]\n\n[^1]: Note."))
                .template("note.ftlh", """
                        <#import "layout.ftlh" as layout>
                        <@layout.frame>
                        <#if page.number>
                        </@layout.frame>
                        """);
        Build.Result result = p.build();
        assertFailedWith(p, result, "templates/note.ftlh:");
        assertThat(TestProject.messages(result).get(0))
                .matches("templates/note\\.ftlh:\\d+:\\d+: error: template syntax error: .*")
                .contains("(writing notes/x/1.html)");
    }

    @Test
    void aSyntaxErrorInTheSharedLayoutIsReportedOnceAtItsLine() {
        TestProject p = project().essay("x.md", Samples.essay("x", "Text.[^1]\n\n[^1]: Note."))
                .essay("y.md", Samples.essay("y", "More text."))
                .template("layout.ftlh", """
                        <#macro frame>
                        <html><body><#nested></body></html>
                        <#if>
                        </#macro>
                        """);
        Build.Result result = p.build();
        assertFailedWith(p, result, "templates/layout.ftlh:3:2: error: template syntax error: ");
        // the 404 page of an edition with no url stands alone, without the layout: the first page that uses it fails
        assertThat(TestProject.messages(result).get(0)).endsWith("(writing bibliography/index.html and 8 more pages)");
    }

    @Test
    void aTemplateSyntaxErrorIsReportedOnceHoweverManyPagesUseIt() {
        TestProject p = project().essay("x.md", Samples.essay("x", "Text.")).essay("y.md", Samples.essay("y", "Text."))
                .essay("z.md", Samples.essay("z", "Text."))
                .template("essay.ftlh", "<#if page.title>\n");
        Build.Result result = p.build();
        assertFailedWith(p, result, "templates/essay.ftlh:");
        assertThat(TestProject.messages(result).get(0))
                .matches("templates/essay\\.ftlh:\\d+:\\d+: error: template syntax error: .*")
                .endsWith("(writing essays/x.html and 2 more pages)");
    }

    @Test
    void theCommandLineReportsANumberedListWithoutAStackTrace() {
        TestProject p = project().essay("x.md", Samples.essay("x", "Broken.[^7]"))
                .seed("010_empty.txt", "");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Apparatus.run(new String[] {"build", "--root", p.root().toString(), "--out", p.out().toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(1);
        String errors = err.toString();
        assertThat(errors).contains("1. content/essays/x.md:7:8: error: note [^7] is referenced but never defined",
                "2. seeds/010_empty.txt: error: the seed is empty", "2 error(s), 0 warning(s)",
                "apparatus: build failed;");
        assertThat(errors).doesNotContain("at org.", "Exception", "\tat ");
        assertThat(out.toString()).isEmpty();
        assertThat(p.out()).doesNotExist();
    }

    @Test
    void theCommandLineBuildsAGoodProject() {
        TestProject p = project().essay("x.md", Samples.essay("x", "Fine.[^1]\n\n[^1]: A note."));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Apparatus.run(new String[] {"build", "--root", p.root().toString(), "--out", p.out().toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).startsWith("apparatus: built 8 pages into ");
        assertThat(TestProject.files(p.out())).contains("essays/x.html", "notes/x/1.html");
    }

    @Test
    void theCommandLineImportsASeed() {
        TestProject p = project().seed("100_raw.txt", Samples.RAW_SEED);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Apparatus.run(new String[] {"import", p.root().resolve("seeds/100_raw.txt").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("---\n").contains("title: \"A Raw Seed Essay\"",
                "author: \"Rhea Writer\"", "[^1]: The only note of the raw text.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theCommandLineImportOfABrokenSeedFails() {
        TestProject p = project().seed("010_empty.txt", "");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Apparatus.run(new String[] {"import", p.root().resolve("seeds/010_empty.txt").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("1. ", "error: the seed is empty").doesNotContain("at org.");
    }

    @Test
    void aPublicationDateBecomesCitationMetadataAndAMalformedOneIsAnError(@TempDir Path other) {
        TestProject dated = new TestProject(other.resolve("dated")).essay("d.md", """
                ---
                id: "d"
                title: "Dated"
                author: "Some Author"
                date: "2002-09"
                ---

                A paragraph.
                """);
        Build.Result result = dated.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        Document page = dated.page("essays/d.html");
        assertThat(page.select("meta[name=citation_publication_date]").attr("content")).isEqualTo("2002/09");
        assertThat(page.select("script[type=application/ld+json]").html()).contains("\"datePublished\":\"2002-09\"");

        TestProject wrong = new TestProject(other.resolve("wrong")).essay("w.md", """
                ---
                id: "w"
                title: "Wrong"
                author: "Some Author"
                date: "September 2002"
                ---

                A paragraph.
                """);
        assertThat(TestProject.messages(wrong.build())).containsExactly("content/essays/w.md:5:1: error: 'date' is"
                + " 'September 2002'; expected the date the essay was first published as yyyy, yyyy-mm or yyyy-mm-dd,"
                + " a day on the calendar");

        // the shape of a date, but no day on the calendar: it would reach the citation tags as it is
        TestProject noDay = new TestProject(other.resolve("no-day")).essay("n.md", """
                ---
                id: "n"
                title: "No Day"
                author: "Some Author"
                date: "2000-02-30"
                ---

                A paragraph.
                """);
        assertThat(TestProject.messages(noDay.build())).containsExactly("content/essays/n.md:5:1: error: 'date' is"
                + " '2000-02-30'; expected the date the essay was first published as yyyy, yyyy-mm or yyyy-mm-dd,"
                + " a day on the calendar");
    }
}
