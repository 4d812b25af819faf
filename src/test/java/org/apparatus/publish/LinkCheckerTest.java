package org.apparatus.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link checker on hand-made sites: one error per bad link, with the page and the line; none for a good site. */
class LinkCheckerTest {

    @TempDir
    Path site;

    private void write(String relative, String html) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html);
    }

    private List<Diagnostic> check() {
        Diagnostics diagnostics = new Diagnostics();
        LinkChecker.check(site, "site", diagnostics);
        return diagnostics.all();
    }

    private void goodSite() throws IOException {
        write("assets/style.css", "body {}");
        write("index.html", """
                <!DOCTYPE html>
                <html><head><link rel="stylesheet" href="assets/style.css"></head>
                <body id="top">
                <a href="essays/one.html">One</a>
                <a href="essays/one.html#p1">Its first paragraph</a>
                <a href="#top">Top</a>
                <a href="https://example.org/elsewhere">Elsewhere</a>
                <a href="mailto:someone@example.org">Mail</a>
                <a href="essays/two%20words.html">Two words</a>
                </body></html>
                """);
        write("essays/one.html", """
                <!DOCTYPE html>
                <html><head><link rel="stylesheet" href="../assets/style.css"></head>
                <body><p id="p1">Text <a href="../notes/one/1.html">1</a></p>
                <a name="old-anchor"></a><a href="#old-anchor">old</a>
                <a href="../index.html?from=one">Home</a> <a href="one.html?x=1#p1">Here</a>
                </body></html>
                """);
        write("essays/two words.html", "<p><a href=\"one.html\">one</a></p>");
        write("notes/one/1.html", """
                <p><a href="../../essays/one.html#p1">Back</a> <a href="../../index.html">Home</a></p>
                """);
    }

    @Test
    void aCorrectSiteHasNoDiagnostics() throws IOException {
        goodSite();
        assertThat(check()).isEmpty();
    }

    @Test
    void aMissingFileIsOneErrorWithPageAndLine() throws IOException {
        goodSite();
        write("essays/one.html", """
                <!DOCTYPE html>
                <html><head></head>
                <body><p id="p1">Text</p>
                <p><a href="../notes/one/2.html">2</a></p>
                </body></html>
                """);
        assertThat(check()).map(Diagnostic::toString).containsExactly("site/essays/one.html:4:4: error: <a> links to"
                + " '../notes/one/2.html', which is not in the site; expected an existing file");
    }

    @Test
    void aMissingFragmentIsOneError() throws IOException {
        goodSite();
        write("notes/one/1.html", """
                <p>
                <a href="../../essays/one.html#p9">Back</a></p>
                """);
        assertThat(check()).map(Diagnostic::toString).containsExactly("site/notes/one/1.html:2:1: error: <a> links to"
                + " '../../essays/one.html#p9', but essays/one.html has no element with id 'p9'");
    }

    @Test
    void aMissingFragmentOnTheSamePageIsOneError() throws IOException {
        goodSite();
        write("notes/one/1.html", "<p id=\"here\"><a href=\"#there\">x</a> <a href=\"#here\">y</a></p>\n");
        assertThat(check()).map(Diagnostic::toString).containsExactly("site/notes/one/1.html:1:14: error: <a> links"
                + " to '#there', but notes/one/1.html has no element with id 'there'");
    }

    @Test
    void anAbsolutePathIsOneError() throws IOException {
        goodSite();
        write("notes/one/1.html", "\n\n<a href=\"/x.html\">x</a>\n");
        write("x.html", "<p>x</p>");
        assertThat(check()).map(Diagnostic::toString).singleElement().asString()
                .startsWith("site/notes/one/1.html:3:1: error: <a> links to the absolute path '/x.html';");
    }

    @Test
    void aFolderLinkIsOneError() throws IOException {
        goodSite();
        write("index.html", "<p>\n<a href=\"notes/\">Notes</a>\n</p>");
        write("notes/index.html", "<p>notes</p>");
        assertThat(check()).map(Diagnostic::toString).singleElement().asString()
                .startsWith("site/index.html:2:1: error: <a> links to the folder 'notes/'; expected a link that names"
                        + " a file (e.g. notes/index.html)");
    }

    @Test
    void anExternalStylesheetIsOneError() throws IOException {
        goodSite();
        write("index.html", """
                <!DOCTYPE html>
                <html><head>
                <link rel="stylesheet" href="https://cdn/x.css">
                </head><body></body></html>
                """);
        assertThat(check()).map(Diagnostic::toString).containsExactly("site/index.html:3:1: error: <link> loads"
                + " 'https://cdn/x.css' from outside the site; expected a file inside the site, linked relatively");
    }

    @Test
    void otherOutsideAssetsAndSchemesAreErrors() throws IOException {
        goodSite();
        write("index.html", """
                <script src="//cdn.example/x.js"></script>
                <img src="http://example.org/x.png">
                <a href="javascript:alert(1)">x</a>
                <a href="">empty</a>
                <a href="../outside.html">up and out</a>
                """);
        assertThat(check()).map(Diagnostic::toString).satisfiesExactly(
                d -> assertThat(d).startsWith("site/index.html:1:1: error: <script> loads '//cdn.example/x.js' from"
                        + " outside the site"),
                d -> assertThat(d).startsWith("site/index.html:2:1: error: <img> loads 'http://example.org/x.png'"
                        + " from outside the site"),
                d -> assertThat(d).startsWith("site/index.html:3:1: error: <a> links to 'javascript:alert(1)';"
                        + " expected a relative link"),
                d -> assertThat(d).startsWith("site/index.html:4:1: error: <a> has an empty link"),
                d -> assertThat(d).startsWith("site/index.html:5:1: error: <a> links to '../outside.html', which is"
                        + " not in the site"));
    }

    @Test
    void everyKindOfElementThatLoadsOrLinksIsChecked() throws IOException {
        goodSite();
        write("index.html", """
                <map><area href="m1.html"></map>
                <iframe src="m2.html"></iframe>
                <video src="m3.mp4" poster="m4.png"><source src="m5.webm"><track src="m6.vtt"></video>
                <audio src="m7.ogg"></audio>
                <embed src="m8.swf">
                <object data="m9.pdf"></object>
                <img src="assets/style.css" srcset="m10.png 1x, m11.png 2x">
                <p style="background: url(m12.png)">styled</p>
                <p data-src="not-a-link.png" title="m13.html">not links</p>
                """);
        List<String> messages = check().stream().map(Diagnostic::toString).toList();
        for (int i = 1; i <= 12; i++) {
            String missing = "'m" + i + ".";
            assertThat(messages).as("m%d", i).filteredOn(m -> m.contains(missing)).hasSize(1);
        }
        assertThat(messages).hasSize(12).noneMatch(m -> m.contains("m13") || m.contains("not-a-link"));
        assertThat(messages.get(0)).startsWith("site/index.html:1:6: error: <area> links to 'm1.html'");
    }

    @Test
    void everyBrokenLinkOfASiteIsReportedOnceInFileAndLineOrder() throws IOException {
        goodSite();
        write("index.html", """
                <!DOCTYPE html>
                <html><head>
                <link rel="stylesheet" href="https://cdn/x.css">
                </head><body id="top">
                <a href="missing.html">broken</a>
                <a href="essays/one.html#nowhere">fragment</a>
                <a href="/x.html">absolute</a>
                <a href="notes/">folder</a>
                </body></html>
                """);
        List<Diagnostic> diagnostics = check();
        assertThat(diagnostics).extracting(Diagnostic::line).containsExactly(3, 5, 6, 7, 8);
        assertThat(diagnostics).allSatisfy(d -> {
            assertThat(d.file()).isEqualTo("site/index.html");
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        });
    }

    @Test
    void stylesheetsAndStyleAttributesLoadNothingFromOutsideAndOnlyFilesThatExist() throws IOException {
        goodSite();
        write("assets/font.woff2", "font");
        write("assets/style.css", """
                /* url(https://in.a.comment/is-ignored.css) */
                @font-face { src: url("font.woff2") format("woff2"), url(data:font/woff2;base64,AAAA); }
                body { background: url( 'missing.png' ); }
                @import "https://fonts.example.net/css";
                h1 { background: url(//cdn.example.net/x.png); }
                """);
        write("essays/three.html", """
                <p style="background: url(https://tracker.example.net/p.gif)">x</p>
                <img srcset="../assets/font.woff2 1x, https://img.example.net/a.png 2x" alt="">
                <style>p { background: url(../assets/font.woff2); }</style>
                """);
        assertThat(check()).map(Diagnostic::toString).containsExactlyInAnyOrder(
                "site/assets/style.css:3: error: the stylesheet loads 'missing.png', which is not in the site;"
                        + " expected an existing file",
                "site/assets/style.css:4: error: the stylesheet loads 'https://fonts.example.net/css' from outside"
                        + " the site; expected a file inside the site, linked relatively",
                "site/assets/style.css:5: error: the stylesheet loads '//cdn.example.net/x.png' from outside the"
                        + " site; expected a file inside the site, linked relatively",
                "site/essays/three.html:1:1: error: <p> loads 'https://tracker.example.net/p.gif' from outside the"
                        + " site; expected a file inside the site, linked relatively",
                "site/essays/three.html:2:1: error: <img> loads 'https://img.example.net/a.png' from outside the"
                        + " site; expected a file inside the site, linked relatively");
    }

    @Test
    void theSameLinkFromTwoFoldersIsCheckedFromEachAndReportedWhereItIsBroken() throws IOException {
        write("a/x.html", "<p>x</p>");
        // "x.html" names a/x.html from a/, and b/x.html, which is not there, from b/ (each page of b/ says so)
        write("a/1.html", "<p><a href=\"x.html\">x</a></p>");
        write("a/2.html", "<p><a href=\"x.html\">x</a> <img src=\"x.html\" alt=\"\"></p>");
        write("b/1.html", "<p>\n<a href=\"x.html\">x</a></p>");
        write("b/2.html", "<p><a href=\"x.html\">x</a></p>");
        assertThat(check()).extracting(d -> d.file() + ":" + d.line())
                .containsExactlyInAnyOrder("site/b/1.html:2", "site/b/2.html:1");
    }
}
