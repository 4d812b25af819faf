package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: a project written into a temporary folder, built, and its pages read back with jsoup. */
@Tag("build")
class SiteBuildTest {

    private static final String ID = "sample-essay";

    @TempDir
    Path dir;

    private TestProject project;
    private Build.Result result;

    @BeforeEach
    void build() {
        project = new TestProject(dir).essay(ID + ".md", Samples.ESSAY);
        result = project.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
    }

    @Test
    void buildsEveryPageOfACuratedEssayWithoutDiagnostics() {
        assertThat(result.diagnostics().all()).as(TestProject.report(result)).isEmpty();
        // the search index's shards and chunks: SearchIndexTest and the browser test check them
        assertThat(TestProject.files(project.out())).contains("assets/search/essays.js", "assets/search/w/7.js",
                "assets/search/e/0.js");
        assertThat(TestProject.files(project.out())).filteredOn(f -> !f.startsWith("assets/search/")).containsExactly(
                "404.html",
                "assets/apparatus.css",
                "assets/apparatus.js",
                "assets/search-index.js",
                "assets/search.js",
                "bibliography/bibliography.bib",
                "bibliography/bibliography.json",
                "bibliography/bibliography.ris",
                "bibliography/index.html",
                "bibliography/" + ID + ".bib",
                "bibliography/" + ID + ".json",
                "bibliography/" + ID + ".ris",
                "changes/" + ID + ".html",
                "data/edition.json",
                "data/edition.schema.json",
                "data/essays/" + ID + ".json",
                "data/tei/" + ID + ".xml",
                "essays/" + ID + ".html",
                "index.html",
                "maintainers/citations.html",
                "notes/" + ID + "/1.html",
                "notes/" + ID + "/2.html",
                "notes/" + ID + "/3.html",
                "robots.txt",
                "search.html");
        assertThat(result.pages()).isEqualTo(10);
        assertThat(project.strayBuilds()).isEmpty();
    }

    @Test
    void essayPageHasTitleBylineParagraphsHeadingsAndPageMarker() {
        Document essay = project.page("essays/" + ID + ".html");
        assertThat(essay.select("main h1")).hasSize(1);
        assertThat(essay.selectFirst("main h1").text()).isEqualTo("A Sample Essay");
        assertThat(essay.selectFirst("p.byline").text()).isEqualTo("Ada Author");
        assertThat(essay.selectFirst("section.abstract").text()).isEqualTo("An abstract of the sample, short and plain.");
        assertThat(essay.selectFirst("aside.bio").text()).isEqualTo("Ada Author writes samples.");
        assertThat(essay.title()).contains("A Sample Essay");

        assertThat(essay.select("h2#s-first-section").text()).isEqualTo("First Section");
        assertThat(essay.select("h3#s-a-subsection").text()).isEqualTo("A Subsection");
        assertThat(essay.selectFirst("p#p1").text()).startsWith("The first paragraph says something.");
        assertThat(essay.selectFirst("p#p2").text()).contains("runs on", "onto the second printed page");
        assertThat(essay.selectFirst("p#p3").text()).startsWith("The third paragraph closes the essay.");
        assertThat(essay.select("p#p4")).isEmpty();
        // Headings and paragraphs in reading order.
        assertThat(essay.select("article.essay > h2, article.essay > h3, article.essay > p[id]").eachAttr("id"))
                .containsExactly("s-first-section", "p1", "p2", "s-a-subsection", "p3");

        Element marker = essay.selectFirst("p#p2 a.pb#page-2");
        assertThat(marker).isNotNull();
        assertThat(marker.attr("href")).isEqualTo("#page-2");
        assertThat(marker.attr("data-page")).isEqualTo("2");
        assertThat(marker.text()).as("shown by the stylesheet, not a word of the text").isEmpty();
        assertThat(essay.select("a.pb")).hasSize(1);
        assertThat(essay.selectFirst("p#p1").attr("data-page")).isEqualTo("1");
        assertThat(essay.selectFirst("p#p3").attr("data-page")).isEqualTo("2");
    }

    @Test
    void essayPageLinksEveryNoteBothWays() {
        Document essay = project.page("essays/" + ID + ".html");
        for (int n = 1; n <= 3; n++) {
            Element ref = essay.selectFirst("p#p" + n + " sup.noteref a[href=#note-" + n + "][role=doc-noteref]");
            assertThat(ref).as("reference to note %d in p%d", n, n).isNotNull();
            assertThat(ref.id()).isEqualTo("ref-" + n);
            assertThat(ref.attr("data-note")).isEqualTo(String.valueOf(n));
            assertThat(ref.attr("aria-label")).isEqualTo("Note " + n);

            Element item = essay.selectFirst("section.notes li#note-" + n);
            assertThat(item).as("note %d in the notes section", n).isNotNull();
            assertThat(item.select("a[role=doc-backlink]").eachAttr("href")).containsExactly("#ref-" + n);
            assertThat(item.select("a[href=../notes/" + ID + "/" + n + ".html]")).hasSize(1);
        }
        assertThat(essay.select("sup.noteref")).hasSize(3);
        assertThat(essay.select("section.notes li")).hasSize(3);
        assertThat(essay.selectFirst("li#note-2 .note-text").html()).isEqualTo("The second note, with <em>emphasis</em>.");
        assertThat(essay.select("a[href=../changes/" + ID + ".html]")).hasSize(1);
    }

    @Test
    void notePageShowsTheNoteItsPassageAndItsNeighbours() {
        Document note = project.page("notes/" + ID + "/2.html");
        assertThat(note.selectFirst("main h1").text()).isEqualTo("Note 2 of 3");
        assertThat(note.selectFirst("section.note-text").text()).isEqualTo("The second note, with emphasis.");
        assertThat(note.select("section.note-text em").text()).isEqualTo("emphasis");

        Element passage = note.selectFirst("section.passage blockquote");
        assertThat(passage).isNotNull();
        assertThat(passage.text()).contains("The second paragraph has another note", "onto the second printed page");
        Element current = passage.selectFirst("sup.current");
        assertThat(current).isNotNull();
        assertThat(current.selectFirst("a").attr("data-note")).isEqualTo("2");
        assertThat(current.selectFirst("a").attr("href")).isEqualTo("../../essays/" + ID + ".html#note-2");
        assertThat(passage.select("sup.current")).hasSize(1);
        // In-page links of the passage point at the essay; its ids are not repeated here.
        assertThat(passage.select("a.pb").attr("href")).isEqualTo("../../essays/" + ID + ".html#page-2");
        assertThat(passage.select("[id]")).isEmpty();

        assertThat(note.select("section.passage a[href=../../essays/" + ID + ".html#p2]")).hasSize(1);
        assertThat(note.select("a[rel=prev]").eachAttr("href")).containsExactly("1.html");
        assertThat(note.select("a[rel=next]").eachAttr("href")).containsExactly("3.html");
        assertThat(note.select("a[href=../../essays/" + ID + ".html#notes-heading]")).hasSize(1);
    }

    @Test
    void firstAndLastNotePagesHaveNoLinkBeyondTheEnds() {
        Document first = project.page("notes/" + ID + "/1.html");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("a[rel=next]").eachAttr("href")).containsExactly("2.html");
        assertThat(first.select("nav.pager").text()).contains("First note");
        assertThat(first.select("section.passage a[href$=#p1]")).hasSize(1);

        Document last = project.page("notes/" + ID + "/3.html");
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(last.select("a[rel=prev]").eachAttr("href")).containsExactly("2.html");
        assertThat(last.select("nav.pager").text()).contains("Last note");
        assertThat(last.select("section.passage a[href$=#p3]")).hasSize(1);
    }

    @Test
    void homePageListsTheEssay() {
        Document home = project.page("index.html");
        Element card = home.selectFirst("li.essay-card");
        assertThat(card).isNotNull();
        assertThat(home.select("li.essay-card")).hasSize(1);
        assertThat(card.select("h3 a").attr("href")).isEqualTo("essays/" + ID + ".html");
        assertThat(card.select("h3 a").text()).isEqualTo("A Sample Essay");
        assertThat(card.select("p.byline").text()).isEqualTo("Ada Author");
        assertThat(card.select("p.abstract").text()).isEqualTo("An abstract of the sample, short and plain.");
        assertThat(card.select("p.counts").text()).isEqualTo("3 paragraphs · 3 notes");
        assertThat(home.selectFirst("main h1").text()).isEqualTo("An Apparatus edition");
    }

    @Test
    void changesPageExistsAndSaysThereIsNoOriginal() {
        Document changes = project.page("changes/" + ID + ".html");
        assertThat(changes.selectFirst("main h1").text()).isEqualTo("Editorial changes");
        assertThat(changes.select("a[href=../essays/" + ID + ".html]")).isNotEmpty();
        assertThat(changes.select("table")).isEmpty();
        assertThat(changes.select("main").text()).contains("None");
    }

    @Test
    void everyLinkIsRelativeAndNamesAFileThatExists() {
        assertLinksAreRelativeFiles(project.out());
    }

    @Test
    void siteSettingsNameTheEditionOnEveryPage() throws Exception {
        project.siteSettings("""
                title: "Edition & Co"
                introduction: "Two <b>essays</b>."
                """);
        Build.Result again = project.build();
        assertThat(again.published()).as(TestProject.report(again)).isTrue();
        Document home = project.page("index.html");
        assertThat(home.selectFirst("main h1").text()).isEqualTo("Edition & Co");
        assertThat(home.selectFirst("p.intro").text()).isEqualTo("Two <b>essays</b>.");
        assertThat(home.select("b")).isEmpty();
        for (String file : TestProject.files(project.out())) {
            if (file.endsWith(".html")) {
                // the 404 page, standing alone without the edition's url, names it without a link
                assertThat(project.page(file).selectFirst(".site-title").text()).as(file).isEqualTo("Edition & Co");
            }
        }
        assertThat(Files.readString(project.out().resolve("index.html"))).contains("Edition &amp; Co");
    }

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /**
     * Every href and src in every page of {@code site} is relative (no leading '/', no scheme except an http(s)
     * link in an a element), names a file (no trailing '/') that exists in the site.
     */
    static void assertLinksAreRelativeFiles(Path site) {
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (String file : TestProject.files(site)) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Document page = TestProject.parse(site, file);
            for (Element e : page.select("[href], [src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                String href = e.attr(attr);
                links++;
                String where = file + ": <" + e.tagName() + " " + attr + "=\"" + href + "\">";
                if (href.startsWith("/")) {
                    problems.add(where + " is absolute");
                    continue;
                }
                if (SCHEME.matcher(href).find()) {
                    if (!e.tagName().equals("a") || !href.matches("(?i)https?://.*")) {
                        problems.add(where + " leaves the site");
                    }
                    continue;
                }
                String path = href.replaceFirst("#.*$", "");
                if (path.isEmpty()) {
                    continue;
                }
                if (path.endsWith("/")) {
                    problems.add(where + " names a folder");
                    continue;
                }
                Path target = site.resolve(file).resolveSibling(path).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    problems.add(where + " names no file of the site");
                }
            }
        }
        assertThat(links).as("links checked").isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    /** A work cited by many notes: each note's page names a dozen of the others, its own page lists every one. */
    @Test
    void aNotePageNamesADozenOfTheOtherNotesCitingItsWorkAndCountsTheRest() {
        StringBuilder essay = new StringBuilder("---\nid: \"many\"\ntitle: \"Many\"\nauthor: \"A\"\n---\n\n");
        StringBuilder notes = new StringBuilder();
        for (int n = 1; n <= 16; n++) {
            essay.append("Paragraph ").append(n).append(".[^").append(n).append("]\n\n");
            notes.append("[^").append(n).append("]: ").append(n == 1 ? "Tom Wuchte, \"Northeast Asia's Forgotten"
                    + " Worry,\" *Pacific Focus*, Vol. 16, No. 2 (Fall, 2001), p. 48." : "Ibid., p. " + (48 + n) + ".")
                    .append("\n");
        }
        TestProject many = new TestProject(dir.resolve("many")).essay("many.md", essay + "\n" + notes);
        Build.Result built = many.build();
        assertThat(built.published()).as(TestProject.report(built)).isTrue();

        Element meta = many.page("notes/many/1.html").selectFirst(".reference .meta");
        assertThat(meta.select("a[href$=.html]").eachAttr("href")).hasSize(13)
                .contains("../../bibliography/wuchte-2001-northeast-asias.html", "../../notes/many/2.html", "../../notes/many/13.html")
                .doesNotContain("../../notes/many/14.html");
        assertThat(meta.text()).endsWith("note 13, and 3 more listed with the work.");
        Element meta16 = many.page("notes/many/16.html").selectFirst(".reference .meta");
        assertThat(meta16.text()).contains("note 1,").doesNotContain("note 14,").endsWith("and 3 more listed with the work.");
        assertThat(many.page("bibliography/wuchte-2001-northeast-asias.html").select("a[href*=notes/many/]")).hasSizeGreaterThanOrEqualTo(16);
    }

    /** A long abstract carries the link that opens it on a phone; a short one stays as it is, with none. */
    @Test
    void aLongAbstractFoldsOnAPhoneBehindALinkAndAShortOneDoesNot() {
        String words = "A long abstract that goes on. ".repeat(14);
        TestProject longer = new TestProject(dir.resolve("long")).essay("long.md",
                "---\nid: \"long\"\ntitle: \"Long\"\nauthor: \"A\"\nabstract: \"" + words.strip() + "\"\n---\n\nText.\n");
        Build.Result built = longer.build();
        assertThat(built.published()).as(TestProject.report(built)).isTrue();
        Element folds = longer.page("essays/long.html").selectFirst("section.abstract");
        assertThat(folds.classNames()).contains("folds");
        assertThat(folds.id()).isEqualTo("abstract");
        assertThat(folds.selectFirst("p").text()).isEqualTo(words.strip());
        Element more = folds.selectFirst("p.abstract-more a[href=#abstract]");
        assertThat(more).isNotNull();
        assertThat(more.text()).isEqualTo("Read the whole abstract");

        Element plain = project.page("essays/" + ID + ".html").selectFirst("section.abstract");
        assertThat(plain.classNames()).doesNotContain("folds");
        assertThat(plain.select(".abstract-more")).isEmpty();
    }
}
