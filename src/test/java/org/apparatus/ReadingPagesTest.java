package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reading experience adds to every site, read with jsoup: the Content-Security-Policy, the reading script,
 * the navigation, previous and next essays, the search page and its index, and pages of prose.
 */
@Tag("build")
class ReadingPagesTest {

    @TempDir
    static Path dir;

    private static TestProject project;
    private static Build.Result result;

    @BeforeAll
    static void build() {
        project = new TestProject(dir).essay("sample-essay.md", Samples.ESSAY)
                .essay("zeta.md", Samples.essay("zeta", "The zeta essay mentions Vladivostok.[^1]\n\n[^1]: A note on Pyongyang."))
                .write("content/pages/about.md", """
                        ---
                        title: "About the edition"
                        nav: "About"
                        description: "What this edition is"
                        ---

                        The sources are <script>alert(1)</script> printed texts.

                        ## How to cite
                        """.getBytes(StandardCharsets.UTF_8));
        result = project.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
    }

    @Test
    void everyPageAllowsOnlyTheSitesOwnScriptsAndStyles() {
        for (String file : TestProject.files(project.out())) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Document page = project.page(file);
            if (file.equals("404.html")) {
                continue; // stands alone: see below
            }
            Element csp = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertThat(csp).as(file).isNotNull();
            assertThat(csp.attr("content")).contains("default-src 'none'", "script-src 'self'", "style-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "http");
            assertThat(page.select("[style], style")).as(file).isEmpty();
            String root = "../".repeat((int) file.chars().filter(c -> c == '/').count());
            assertThat(page.select("head script[src]").eachAttr("src")).as(file)
                    .containsExactly(root + "assets/apparatus.js");
            assertThat(page.select("script:not([src]):not([type=application/ld+json])")).as(file).isEmpty();
        }
        SafePages.assertSafe(project.out());
    }

    /**
     * Without the edition's {@code url} a server may show {@code 404.html} at any depth, where no relative address
     * works: it has no link, script or stylesheet, and its one inline style is the only one its policy allows.
     */
    @Test
    void withoutAnAddressTheNotFoundPageStandsAloneWithItsOneStyleAllowedByItsHash() throws Exception {
        Document page = project.page("404.html");
        String csp = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]").attr("content");
        String style = page.select("head > style").first().data();
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(style.getBytes(StandardCharsets.UTF_8)));
        assertThat(csp).isEqualTo("default-src 'none'; style-src 'sha256-" + hash + "'; base-uri 'none';"
                + " form-action 'none'");
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("[style], script, link, a[href], img")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        SafePages.assertSafe(project.out());
    }

    @Test
    void theNavigationListsTheSectionsThatExistAndMarksTheCurrentOne() {
        Document home = project.page("index.html");
        assertThat(home.select("nav.site-nav a").eachText()).containsExactly("Essays", "Bibliography", "Search",
                "About");
        assertThat(home.select("nav.site-nav a[aria-current=page]").eachText()).containsExactly("Essays");
        Document note = project.page("notes/sample-essay/1.html");
        assertThat(note.select("nav.site-nav a").eachAttr("href")).containsExactly("../../index.html",
                "../../bibliography/index.html", "../../search.html", "../../about.html");
        assertThat(project.page("bibliography/index.html").select("nav.site-nav a[aria-current=page]").eachText())
                .containsExactly("Bibliography");
        assertThat(project.page("about.html").select("nav.site-nav a[aria-current=page]").eachText())
                .containsExactly("About");
        assertThat(home.select(".ways-in a").eachText()).containsExactly("Bibliography", "Search", "About");
        assertThat(home.select(".ways-in .way-description").last().text()).isEqualTo("What this edition is");
    }

    @Test
    void essaysLeadToTheirNeighbours() {
        Document first = project.page("essays/sample-essay.html");
        assertThat(first.select("nav.pager a[rel=prev]")).isEmpty();
        assertThat(first.select("nav.pager a[rel=next]").attr("href")).isEqualTo("zeta.html");
        assertThat(first.select("nav.pager a[rel=next]").text()).contains("Essay zeta");
        Document last = project.page("essays/zeta.html");
        assertThat(last.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("sample-essay.html");
        assertThat(last.select("nav.pager a[rel=next]")).isEmpty();
        assertThat(first.select(".mentions-toggle")).as("no actor or event links, no switch").isEmpty();
    }

    @Test
    void notesHaveTheirDpubRolesAndLabelledSection() {
        Document essay = project.page("essays/sample-essay.html");
        assertThat(essay.select("sup.noteref a[role=doc-noteref]").eachAttr("href"))
                .containsExactly("#note-1", "#note-2", "#note-3");
        Element notes = essay.selectFirst("section.notes[role=doc-endnotes]");
        assertThat(notes.attr("aria-labelledby")).isEqualTo("notes-heading");
        assertThat(notes.select("a[role=doc-backlink]").eachAttr("href")).containsExactly("#ref-1", "#ref-2",
                "#ref-3");
        assertThat(essay.select("p#p2 > a.pilcrow").attr("href")).isEqualTo("#p2");
        assertThat(essay.select("p#p2 + details.cite .chicago").text()).contains("para. 2",
                "essays/sample-essay.html#p2");
        // this edition has no url: each citation says that its address is relative
        assertThat(essay.select("p#p2 + details.cite .cite-relative").text()).contains("relative to its home page");
        assertThat(essay.select("section.cite-essay .cite-relative")).hasSize(1);
    }

    @Test
    void theSearchPageLoadsItsIndexAsAScriptAndSaysWhatItNeedsWithoutOne() {
        Document search = project.page("search.html");
        assertThat(search.select("script[src]").eachAttr("src")).containsExactly("assets/apparatus.js",
                "assets/search-index.js", "assets/search.js");
        assertThat(search.select("#search-nojs").text()).contains("needs JavaScript");
        assertThat(search.selectFirst("#search").hasAttr("hidden")).isTrue();
        assertThat(search.select("label[for=search-input]").text()).startsWith("Search 9 ");
        String index = project.text("assets/search-index.js");
        assertThat(index).startsWith("/* Made by Apparatus").contains("window.APPARATUS_SEARCH = {")
                .contains("\"shards\":8").doesNotContain("<script>");
        assertThat(project.text("assets/search/essays.js")).contains("[\"sample-essay\",\"A Sample Essay\",");
        String entries = project.text("assets/search/e/0.js");
        assertThat(entries).contains("[\"A Sample Essay › First Section, ¶ 1\",\"essays/sample-essay.html#p1\","
                + "\"The first paragraph says something.\"]");
        StringBuilder all = new StringBuilder();
        for (int c = 0; java.nio.file.Files.exists(project.out().resolve("assets/search/e/" + c + ".js")); c++) {
            all.append(project.text("assets/search/e/" + c + ".js"));
        }
        assertThat(all).contains("[\"Note 1 · Essay zeta\",\"notes/zeta/1.html\",\"A note on Pyongyang.\"]")
                .contains("[\"About the edition\",\"about.html\",");
        StringBuilder words = new StringBuilder();
        for (int k = 0; k < 8; k++) {
            words.append(project.text("assets/search/w/" + k + ".js"));
        }
        assertThat(words).contains("\"vladivostok\":\"").doesNotContain("<script>");
    }

    @Test
    void aPageOfProseIsMarkdownWithRawHtmlShownAsText() {
        Document about = project.page("about.html");
        assertThat(about.select("main h1").eachText()).containsExactly("About the edition");
        assertThat(about.select("main article p").first().text()).contains("<script>alert(1)</script>");
        assertThat(about.select("main script")).isEmpty();
        assertThat(about.select("main h2#s-how-to-cite").text()).isEqualTo("How to cite");
        assertThat(TestProject.messages(result)).anyMatch(m -> m.startsWith("content/pages/about.md:")
                && m.contains("raw HTML is shown as text"));
    }
}
