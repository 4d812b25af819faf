package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.apparatus.kernel.Diagnostics;

/** The repository's own project (seeds/, content/, templates/), built into a temporary folder. */
@Tag("build")
class RealProjectTest {

    static final String KO = "putin-administrations-north-korean-policy";
    static final String MIKHEEV = "russian-policy-towards-north-korea";


    private static Path site;
    private static Build.Result result;

    @BeforeAll
    static void build() {
        site = TestProject.realProject().site();
        result = TestProject.realProject().result();
    }

    @Test
    void buildsWithoutErrors() throws Exception {
        assertThat(result.diagnostics().hasErrors()).as(TestProject.report(result)).isFalse();
        assertThat(result.published()).isTrue();
        try (var builds = Files.list(new org.apparatus.publish.Publisher(site).builds())) {
            assertThat(builds.filter(b -> b.getFileName().toString().startsWith("build-")).count()).isEqualTo(1);
        }
        assertThat(TestProject.repository().resolve("seeds")).isDirectory();
    }

    @Test
    void bothEssaysAreBuiltAndListed() {
        List<String> files = TestProject.files(site);
        assertThat(files).contains("index.html", "assets/apparatus.css",
                "essays/" + KO + ".html", "essays/" + MIKHEEV + ".html",
                "changes/" + KO + ".html", "changes/" + MIKHEEV + ".html");
        assertThat(files).filteredOn(f -> f.startsWith("essays/")).hasSize(2);
        Document home = TestProject.parse(site, "index.html");
        assertThat(home.select("li.essay-card h3 a").eachAttr("href"))
                .containsExactlyInAnyOrder("essays/" + KO + ".html", "essays/" + MIKHEEV + ".html");
        assertThat(home.select("li.essay-card p.byline").eachText())
                .containsExactlyInAnyOrder("Sangtu Ko", "Vasily Mikheev");
        assertThat(result.pages()).isEqualTo(files.stream().filter(f -> f.endsWith(".html")).count());
    }

    @Test
    void theKoEssayHas31NotePages() {
        List<String> notes = TestProject.files(site.resolve("notes/" + KO));
        assertThat(notes).hasSize(31);
        for (int n = 1; n <= 31; n++) {
            assertThat(notes).contains(n + ".html");
        }
        Document essay = TestProject.parse(site, "essays/" + KO + ".html");
        assertThat(essay.select("section.notes li[id^=note-]")).hasSize(31);
        assertThat(TestProject.parse(site, "notes/" + KO + "/31.html").select("a[rel=next]")).isEmpty();
        assertThat(TestProject.parse(site, "notes/" + KO + "/31.html").selectFirst("main h1").text())
                .isEqualTo("Note 31 of 31");
    }

    @Test
    void theKoChangesPageListsTheRejoinedWord() {
        Document changes = TestProject.parse(site, "changes/" + KO + ".html");
        Element row = changes.select("tbody tr").stream()
                .filter(tr -> tr.select("td").size() == 4 && tr.child(1).text().equals("differ-ence"))
                .findFirst().orElse(null);
        assertThat(row).as("a row differ-ence -> difference").isNotNull();
        assertThat(row.child(2).text()).isEqualTo("difference");
        assertThat(row.child(0).text()).contains("rejoined");
        String href = row.child(3).selectFirst("a").attr("href");
        assertThat(href).matches("\\.\\./essays/" + KO + "\\.html#p\\d+");
        assertThat(changes.select("details.maintainers:not([open])").text())
                .contains("seeds/001_ba9be9f5fc93aec9.txt:", "content/essays/" + KO + ".md:");
        assertThat(changes.select("tbody").text()).doesNotContain("seeds/", ".md:");
    }

    /**
     * The changes page is written for readers: the words keep their punctuation, and every row links to a place
     * that exists in the essay, a paragraph for most.
     */
    @Test
    void theKoChangesPageShowsPunctuationAndLinksEveryRowToItsPlace() {
        Document changes = TestProject.parse(site, "changes/" + KO + ".html");
        Document essay = TestProject.parse(site, "essays/" + KO + ".html");
        assertThat(changes.select("tbody td").eachText()).anyMatch(t -> t.matches("(?i).*ADMINISTRATION['\u2019]S.*"))
                .noneMatch(t -> t.contains("ADMINISTRATION S"));
        assertThat(changes.select("tbody tr")).isNotEmpty().allSatisfy(tr -> {
            String href = tr.child(3).selectFirst("a[href^=../essays/" + KO + ".html]").attr("href");
            if (href.contains("#")) {
                assertThat(essay.getElementById(href.substring(href.indexOf('#') + 1))).as(href).isNotNull();
            }
        });
        assertThat(changes.select("tbody a[href*=#p]")).isNotEmpty();
        assertThat(changes.selectFirst("main > article > p").text()).doesNotContain("001_ba9be9f5fc93aec9");
    }

    @Test
    void everyLinkOfTheRealSiteIsRelativeAndNamesAFile() {
        SiteBuildTest.assertLinksAreRelativeFiles(site);
    }

    @Test
    void everyRegisteredActorHasAPageWithItsMentions() throws Exception {
        org.apparatus.model.Registry registry = org.apparatus.model.Registry.read(
                TestProject.repository().resolve("content/actors.yml"), "content/actors.yml",
                TestProject.repository().resolve("content/events.yml"), "content/events.yml", new Diagnostics());
        assertThat(registry.actors()).hasSizeGreaterThanOrEqualTo(30);
        for (org.apparatus.model.Actor actor : registry.actors()) {
            Document page = TestProject.parse(site, "actors/" + actor.id() + ".html");
            assertThat(page.select("h1").text()).isEqualTo(actor.name());
            assertThat(page.select("section.mentions mark")).as(actor.id().value()).isNotEmpty();
        }
        Document index = TestProject.parse(site, "actors/index.html");
        assertThat(index.select("ul.actors > li > a")).hasSize(registry.actors().size());
        assertThat(TestProject.parse(site, "maintainers/unregistered.html").select("main p").eachText())
                .contains("None: every name-like phrase in the essays is registered or ignored.");
        for (org.apparatus.model.Event event : registry.events()) {
            Document page = TestProject.parse(site, "events/" + event.id() + ".html");
            assertThat(page.select("dl.record time").attr("datetime")).isEqualTo(event.date().iso().replaceFirst("/.*", ""));
        }
        assertThat(registry.events()).hasSizeGreaterThanOrEqualTo(15);
        Document timeline = TestProject.parse(site, "timeline.html");
        for (String svg : List.of("svg.timeline-wide", "svg.timeline-narrow")) {
            assertThat(timeline.select(svg + " a")).as(svg).hasSize(registry.events().size());
            assertThat(timeline.select(svg + " text").eachText()).as(svg).noneMatch(t -> t.contains("…"));
            assertThat(timeline.select(svg + " .break text").eachText()).as(svg)
                    .contains("Scale break: 1962–1971, no events (10 years left out)");
        }
    }

    @Test
    void theBareKimsOfTheKoEssayGoToTheirPeople() {
        Document ilSung = TestProject.parse(site, "actors/kim-il-sung.html");
        assertThat(ilSung.select("section.mentions li:has(mark:containsOwn(Kim)) blockquote").eachText())
                .anySatisfy(t -> assertThat(t).contains("Kim traveled amid great pomp"));
        Document jongIl = TestProject.parse(site, "actors/kim-jong-il.html");
        assertThat(jongIl.select("section.mentions blockquote").eachText())
                .anySatisfy(t -> assertThat(t).contains("The last time Kim visited Russia was in 1959"))
                .noneSatisfy(t -> assertThat(t).contains("Kim traveled amid great pomp"));
    }

    @Test
    void citedAuthorsHaveNoActorPage() {
        assertThat(TestProject.files(site)).filteredOn(f -> f.startsWith("actors/"))
                .noneMatch(f -> f.contains("joo") || f.contains("wuchte") || f.contains("bremmer")
                        || f.contains("shlapentokh") || f.contains("kwak"));
    }

    @Test
    void thePyongyangVisitShowsTheEssaysDisagreeOnItsDate() {
        Document page = TestProject.parse(site, "events/putin-visits-pyongyang-2000.html");
        assertThat(page.select("dl.record time").text()).isEqualTo("19–20 July 2000");
        String disagreement = page.select("section.disagreement").text();
        assertThat(disagreement).contains("In June 2000, Putin visited Pyongyang", "June 2000 (differs from the"
                + " edition's date)", "Putin's July visit to Pyongyang", "July 2000 (agrees with the edition's date)");
        assertThat(page.select(".side-by-side > section h3 a").eachAttr("href"))
                .containsExactly("../essays/" + MIKHEEV + ".html", "../essays/" + KO + ".html");
    }
}
