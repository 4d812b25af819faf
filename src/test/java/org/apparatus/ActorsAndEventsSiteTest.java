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

/** A small edition of our own, with registries, built end to end and read through its pages. */
@Tag("build")
class ActorsAndEventsSiteTest {

    @TempDir
    static Path dir;

    private static TestProject project;
    private static Build.Result result;

    @BeforeAll
    static void build() {
        project = new TestProject(dir);
        project.write("content/actors.yml", Samples.ACTORS.getBytes(StandardCharsets.UTF_8));
        project.write("content/events.yml", Samples.EVENTS.getBytes(StandardCharsets.UTF_8));
        project.essay("one.md", """
                ---
                id: "one"
                title: "One"
                author: "A. Writer"
                ---

                ## Start

                Li Peng spoke for Beijing. Li then left for Beijing, near the Great Wall.[^1] Jiang Zemin listened.

                The Beijing summit of June 1999 was long. In 1997 nothing happened.

                [^1]: Li Na, "China's Rise," *Journal of Things*, Vol. 1, No. 1, 2001, p. 3. Compare Li Peng's view.
                """);
        project.essay("two.md", """
                ---
                id: "two"
                title: "Two"
                author: "B. Writer"
                ---

                The PRC hosted the Beijing summit in May 1999, and [Li](actor:li-na) watched.
                """);
        result = project.build();
    }

    @Test
    void buildsWithTheUnregisteredNameAsAWarning() {
        assertThat(result.diagnostics().hasErrors()).as(TestProject.report(result)).isFalse();
        assertThat(TestProject.messages(result)).anySatisfy(m -> assertThat(m)
                .startsWith("content/essays/one.md:9:1: warning: 'Jiang Zemin' looks like a name"));
        assertThat(TestProject.messages(result)).noneMatch(m -> m.contains("'Great Wall'") || m.contains("'Start'"));
        SafePages.assertSafe(project.out());
    }

    @Test
    void mentionsAreLinkedInTextAndNotesFromEachPage() {
        Document essay = project.page("essays/one.html");
        assertThat(essay.select("#p1 a.mention.actor").eachAttr("href")).containsExactly(
                "../actors/li-peng.html", "../actors/china.html");
        assertThat(essay.select("#p1 span.mention.actor").eachAttr("data-href")).as("named again in its section")
                .containsExactly("../actors/li-peng.html");
        assertThat(essay.select("#note-1 a.mention.actor").eachAttr("href")).containsExactly("../actors/li-peng.html");
        assertThat(essay.select("#p2 a.mention.event").eachAttr("href")).containsExactly("../events/summit.html");
        assertThat(essay.select("#p2 + details.cite + p.about-events a").eachAttr("href")).containsExactly("../events/summit.html");
        Document note = project.page("notes/one/1.html");
        assertThat(note.select("a.mention").eachAttr("href")).contains("../../actors/li-peng.html",
                "../../actors/china.html");
        assertThat(essay.select("nav[aria-label=Site] a").eachText())
                .containsExactly("Essays", "Actors", "Events", "Timeline", "Bibliography", "Search");
    }

    @Test
    void anActorPageShowsTheRecordAndEveryMentionInContext() {
        Document page = project.page("actors/li-peng.html");
        assertThat(page.select("h1").text()).isEqualTo("Li Peng");
        assertThat(page.select("dl.record").text()).contains("person", "Chinese premier.", "“Li Peng” (2)",
                "“Li” (1)");
        Element mentions = page.selectFirst("section.mentions");
        // paragraph 1 names him twice: it is quoted once with both mentions marked
        assertThat(mentions.select("h3").eachText()).containsExactly("In the text (1)", "In the notes (1)");
        assertThat(mentions.select("blockquote")).hasSize(2);
        assertThat(mentions.select("mark").eachText()).containsExactly("Li Peng", "Li", "Li Peng");
        assertThat(mentions.select("p.where a").eachAttr("href")).containsExactly("../essays/one.html#p1",
                "../essays/one.html#note-1");
        assertThat(mentions.select("p.where a").eachText()).containsExactly("¶ 1", "note 1");
        assertThat(page.select("table.entity-summary tbody tr").eachText()).containsExactly("One 2 ¶ 1");
        assertThat(page.select("a[href=../events/summit.html]")).hasSize(1);
        assertThat(page.select("ul.companions a").eachText()).containsExactly("China");

        Document na = project.page("actors/li-na.html");
        assertThat(na.select("section.mentions h3").eachText()).containsExactly("In the text (1)");
        assertThat(na.select("mark").eachText()).containsExactly("Li");
        assertThat(na.select(".remark").eachText()).contains("marked by the editors");
        Document china = project.page("actors/china.html");
        assertThat(china.select("dd a[href=https://www.wikidata.org/wiki/Q148]")).hasSize(1);
        assertThat(china.select("mark").eachText()).containsExactly("Beijing", "PRC");
    }

    @Test
    void theIndexGroupsActorsByKindWithCounts() {
        Document index = project.page("actors/index.html");
        assertThat(index.select("h2").eachText()).containsExactly("People", "States", "Organisations");
        assertThat(index.select("#kind-person ~ ul a, section:has(#kind-person) li > a").eachText())
                .contains("Li Na", "Li Peng");
        assertThat(index.select("li:has(a[href=li-peng.html]) .count").text()).isEqualTo("3 mentions");
        assertThat(index.select("a[href*=unregistered]")).as("the report is for maintainers").isEmpty();
        Document unregistered = project.page("maintainers/unregistered.html");
        assertThat(unregistered.select("h2").eachText()).containsExactly("Jiang Zemin (1)");
        assertThat(unregistered.select("p.where a").text()).isEqualTo("content/essays/one.md:9");
    }

    @Test
    void anEventPageSetsTheEssaysSideBySideAndSaysWhereTheyDisagree() {
        Document page = project.page("events/summit.html");
        assertThat(page.select("dl.record time").attr("datetime")).as("HTML has no interval: its first day").isEqualTo("1999-05-04");
        assertThat(page.select("dl.record").text()).contains("4–5 May 1999", "Beijing", "Li Peng, China");
        assertThat(page.select(".side-by-side h3").eachText()).containsExactly("One", "Two");
        assertThat(page.select("section.disagreement p").text()).isEqualTo("The dates differ: “One” puts it in"
                + " June 1999; “Two” puts it in May 1999. The edition dates it 4–5 May 1999.");
        assertThat(page.select("section.disagreement li").eachText()).satisfiesExactly(
                one -> assertThat(one).contains("June 1999 (differs from the edition's date)"),
                two -> assertThat(two).contains("May 1999 (agrees with the edition's date)"));
        assertThat(page.select(".related-notes a")).isEmpty();
        Document index = project.page("events/index.html");
        assertThat(index.select("tbody tr td:nth-child(2)").eachText()).containsExactly("The founding",
                "The Beijing summit");
    }

    @Test
    void theTimelineDrawsEveryEventAndListsOtherDates() {
        Document page = project.page("timeline.html");
        Element svg = page.selectFirst("svg");
        assertThat(svg.select("title").text()).isEqualTo("Timeline of the events");
        assertThat(svg.select("a").eachAttr("href")).containsExactly("events/founding.html", "events/summit.html");
        assertThat(svg.select("text.year").eachText()).containsExactly("1949", "1999");
        assertThat(page.select("ol.timeline-list li").eachText()).containsExactly("1 October 1949: The founding",
                "4–5 May 1999: The Beijing summit, Beijing");
        assertThat(page.select("section:has(#other-heading) mark").eachText()).containsExactly("1997");
    }

    /** Drawn to scale: the fifty empty years are a labelled break; marks and rows carry what the filters match. */
    @Test
    void theTimelineBreaksItsScaleOverEmptyYearsAndCarriesTheFiltersData() {
        Document page = project.page("timeline.html");
        assertThat(page.select("figure.timeline svg").eachAttr("class")).containsExactly("timeline-wide",
                "timeline-narrow");
        for (Element svg : page.select("figure.timeline svg")) {
            assertThat(svg.select(".break text").text())
                    .isEqualTo("Scale break: 1950–1998, no events (49 years left out)");
            assertThat(svg.select("line.axis")).hasSize(2);
            assertThat(svg.select("g.mark").eachAttr("data-event")).containsExactly("1", "2");
            assertThat(svg.select("g.mark").eachAttr("data-actors")).containsExactly("china", "china li-peng");
            assertThat(svg.select("g.mark a text").eachText()).containsExactly("1 October 1949 The founding",
                    "4–5 May 1999 The Beijing summit");
            assertThat(svg.text()).doesNotContain("…");
        }
        assertThat(page.select("ol.timeline-list li").eachAttr("data-event")).containsExactly("1", "2");
        assertThat(page.select("ol.timeline-list li").eachAttr("data-actors")).containsExactly("china",
                "china li-peng");
        Element filters = page.selectFirst("div.timeline-filters");
        assertThat(filters.hasAttr("hidden")).as("shown by the script only").isTrue();
        // the essays' choices are in a script beside the page (the script adds them): each with the numbers of the
        // events it speaks of, here the second event for both
        assertThat(filters.select("#filter-essay option").eachAttr("value")).containsExactly("");
        assertThat(page.select("script[src=assets/timeline-essays.js]")).hasSize(1);
        assertThat(project.text("assets/timeline-essays.js")).isEqualTo(
                "window.APPARATUS_TIMELINE_ESSAYS = [[\"one\",\"One\",\"2\"],[\"two\",\"Two\",\"2\"]];\n");
        assertThat(filters.select("#filter-actor option").eachText()).containsExactly("All actors", "China",
                "Li Peng");
    }

    @Test
    void withoutRegistriesThereAreNoSuchPagesAndNoWarnings(@TempDir Path other) {
        TestProject plain = new TestProject(other);
        plain.essay("one.md", "---\nid: \"one\"\ntitle: \"One\"\nauthor: \"A\"\n---\n\nJiang Zemin met Li Peng.\n");
        Build.Result built = plain.build();
        assertThat(built.diagnostics().all()).isEmpty();
        assertThat(TestProject.files(plain.out())).noneMatch(f -> f.startsWith("actors/") || f.startsWith("events/")
                || f.equals("timeline.html"));
        assertThat(plain.page("index.html").select("nav[aria-label=Site] a").eachText())
                .containsExactly("Essays", "Bibliography", "Search");
    }
}
