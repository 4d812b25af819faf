package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apparatus.kernel.Project;
import org.apparatus.publish.Publisher;
import org.apparatus.serve.SiteServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code apparatus serve}: the site is served on localhost and rebuilt after an edit, as a full build makes it. */
@Tag("build")
class ServeTest {

    private static final String ESSAY = """
            ---
            id: "an-essay"
            title: "An Essay"
            author: "Ann Author"
            ---

            ## A section

            The first paragraph.[^1]

            [^1]: Tom Wuchte, "Northeast Asia's Forgotten Worry," *Pacific Focus*, Vol. 16, No. 2 (Fall, 2001), p. 48.
            """;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @SuppressWarnings("try") // the watcher is closed inside its try, to see the watching thread end
    void anEditedEssayIsRebuiltServedAndByteIdenticalToAFullBuild() throws Exception {
        TestProject project = new TestProject(dir.resolve("edited")).essay("an-essay.md", ESSAY);
        Project p = new Project(project.root(), project.out());
        BlockingQueue<Build.Result> rebuilt = new ArrayBlockingQueue<>(10);
        try (Serve serve = new Serve(p)) {
            assertThat(serve.build().published()).isTrue();
            try (SiteServer server = new SiteServer(p.output(), 0)) {
                Thread watching = new Thread(() -> serve.watch((result, millis) -> rebuilt.add(result)));
                watching.start();
                assertThat(get(server, "/essays/an-essay.html").body()).contains("The first paragraph.")
                        .doesNotContain("A second paragraph");

                Files.writeString(project.root().resolve("content/essays/an-essay.md"),
                        ESSAY.replace("The first paragraph.[^1]", "The first paragraph.[^1]\n\nA second paragraph."));
                Build.Result result = rebuilt.poll(60, TimeUnit.SECONDS);
                assertThat(result).as("a rebuild after the edit").isNotNull();
                assertThat(result.published()).as(TestProject.report(result)).isTrue();
                assertThat(get(server, "/essays/an-essay.html").body()).contains("A second paragraph");
                assertThat(get(server, "/").body()).contains("An Essay");
                assertThat(get(server, "/../../pom.xml").statusCode()).isEqualTo(404);
                assertThat(get(server, "/%2e%2e/%2e%2e/edited/project/content/essays/an-essay.md").statusCode())
                        .isEqualTo(404);

                TestProject fresh = new TestProject(dir.resolve("fresh").resolve("project"),
                        dir.resolve("fresh").resolve("site"));
                Files.createDirectories(fresh.root().resolve("content/essays"));
                Files.copy(project.root().resolve("content/essays/an-essay.md"),
                        fresh.root().resolve("content/essays/an-essay.md"));
                assertThat(fresh.build().published()).isTrue();
                assertThat(TestProject.snapshot(project.out())).isEqualTo(TestProject.snapshot(fresh.out()));
                serve.close();
                watching.join(10_000);
                assertThat(watching.isAlive()).isFalse();
            }
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @SuppressWarnings("try") // the watcher is closed inside its try, to see the watching thread end
    void aBrokenEditLeavesTheLastSiteServed() throws Exception {
        TestProject project = new TestProject(dir.resolve("broken")).essay("an-essay.md", ESSAY);
        Project p = new Project(project.root(), project.out());
        BlockingQueue<Build.Result> rebuilt = new ArrayBlockingQueue<>(10);
        try (Serve serve = new Serve(p); SiteServer server = new SiteServer(p.output(), 0)) {
            assertThat(serve.build().published()).isTrue();
            Thread watching = new Thread(() -> serve.watch((result, millis) -> rebuilt.add(result)));
            watching.start();
            Files.writeString(project.root().resolve("content/essays/an-essay.md"), ESSAY.replace("id: \"an-essay\"",
                    "id: \"An Essay!\""));
            Build.Result result = rebuilt.poll(60, TimeUnit.SECONDS);
            assertThat(result).isNotNull();
            assertThat(result.published()).isFalse();
            HttpResponse<String> page = get(server, "/essays/an-essay.html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("The first paragraph.");
            serve.close();
            watching.join(10_000);
        }
    }

    private static final String ONE = """
            ---
            id: "one"
            title: "One"
            author: "A. Writer"
            ---

            ## Start

            Li Peng spoke for Beijing. Li then left for Beijing, near the Great Wall.[^1]

            The Beijing summit of May 1999 was long.[^2]

            [^1]: Li Na, "China's Rise," *Journal of Things*, Vol. 1, No. 1, 2001, p. 3. Compare Li Peng's view.
            [^2]: *Ibid.*, p. 5.
            """;

    private static final String TWO = """
            ---
            id: "two"
            title: "Two"
            author: "B. Writer"
            ---

            The PRC hosted the Beijing summit in May 1999.[^1]

            [^1]: Li Na, "China's Rise," *Journal of Things*, Vol. 1, No. 1, 2001, p. 9.
            """;

    private static final String ABOUT = """
            ---
            title: "About"
            ---

            See [the second essay](essays/two.html#p1).
            """;

    /** A project with registries, two curated essays citing one work, and a raw seed imported on the fly. */
    private static TestProject edition(Path dir) {
        return new TestProject(dir).write("content/actors.yml", Samples.ACTORS.getBytes(StandardCharsets.UTF_8))
                .write("content/events.yml", Samples.EVENTS.getBytes(StandardCharsets.UTF_8))
                .essay("one.md", ONE).essay("two.md", TWO).seed("raw.txt", Samples.RAW_SEED);
    }

    /** The id of the published work whose page's name holds {@code word}. */
    private static String workId(TestProject project, String word) {
        List<String> found = TestProject.files(project.out()).stream()
                .filter(f -> f.startsWith("bibliography/") && f.endsWith(".html") && f.contains(word))
                .map(f -> f.substring("bibliography/".length(), f.length() - ".html".length())).toList();
        assertThat(found).as("the works named for " + word).hasSize(1);
        return found.get(0);
    }

    /** An edit of a project's sources, by name. */
    private record Edit(String name, Consumer<TestProject> change) {
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void eachKindOfEditRewritesOnlyWhatChangedAndGivesTheSiteAFullBuildMakes() throws Exception {
        TestProject project = edition(dir.resolve("served"));
        try (Serve serve = new Serve(new Project(project.root(), project.out()))) {
            assertThat(serve.build().published()).isTrue();
            assertThat(serve.incremental()).isFalse();
            int full = serve.written();
            assertThat(full).isEqualTo(TestProject.files(project.out()).size());
            // serve's warm-up before the first edit rebuilds with nothing changed: it rewrites nothing
            Map<String, String> built = TestProject.snapshot(project.out());
            serve.warmUp();
            assertThat(serve.incremental()).isTrue();
            assertThat(serve.written()).isZero();
            assertThat(TestProject.snapshot(project.out())).isEqualTo(built);
            List<Edit> edits = List.of(
                    new Edit("a paragraph", p -> p.essay("one.md", ONE.replace("was long.", "was long. It ended."))),
                    new Edit("a note", p -> p.essay("one.md", ONE.replace("was long.", "was long. It ended.")
                            .replace("*Ibid.*, p. 5.", "*Ibid.*, p. 6. A remark."))),
                    // each edit below changes what pages of other essays, works, actors or events show
                    new Edit("another essay's title", p -> p.essay("two.md", TWO.replace("title: \"Two\"",
                            "title: \"Two Retitled\""))),
                    new Edit("a passage about an event", p -> p.essay("two.md", TWO.replace("title: \"Two\"",
                            "title: \"Two Retitled\"").replace("in May 1999.[^1]",
                            "in May 1999.[^1]\n\nThe Beijing summit ended in calm."))),
                    new Edit("a name beside others", p -> p.essay("two.md", TWO.replace("title: \"Two\"",
                            "title: \"Two Retitled\"").replace("in May 1999.[^1]",
                            "in May 1999.[^1] Li Peng came later.\n\nThe Beijing summit ended in calm."))),
                    new Edit("a citation of another work", p -> p.essay("one.md", ONE.replace(
                            "Li Na, \"China's Rise,\" *Journal of Things*, Vol. 1, No. 1, 2001, p. 3.",
                            "Bo Yang, \"Another Work,\" *Journal of Things*, Vol. 2, No. 1, 2002, p. 4."))),
                    new Edit("the edition's own page", p -> p.write("content/pages/about.md",
                            ABOUT.replace("two.html#p1", "one.html#p1").getBytes(StandardCharsets.UTF_8))),
                    new Edit("a new essay", p -> p.essay("three.md", Samples.essay("three",
                            "Beijing spoke.[^1]\n\n[^1]: *Newsweek*, August 13, 2001."))),
                    new Edit("a deleted essay", p -> p.delete("content/essays/two.md")),
                    new Edit("a registry", p -> p.write("content/actors.yml", Samples.ACTORS.replace("aliases: [PRC]",
                            "aliases: [PRC, People's Republic]").getBytes(StandardCharsets.UTF_8))),
                    new Edit("a work's correction", p -> p.write("content/works.yml", (workId(p, "another")
                            + ":\n  title: \"Another Work, Revised\"\n").getBytes(StandardCharsets.UTF_8))),
                    new Edit("a seed", p -> p.seed("raw.txt", Samples.RAW_SEED.replace("ends here.",
                            "ends here, in Beijing."))),
                    new Edit("the edition's settings", p -> p.siteSettings("title: \"Another Edition\"\n")));
            Map<String, Integer> written = new LinkedHashMap<>();
            Map<String, Integer> reused = new LinkedHashMap<>();
            for (Edit edit : edits) {
                edit.change().accept(project);
                Build.Result result = serve.build();
                assertThat(result.published()).as(edit.name() + ": " + TestProject.report(result)).isTrue();
                assertThat(serve.incremental()).as(edit.name()).isTrue();
                written.put(edit.name(), serve.written());
                reused.put(edit.name(), serve.reused());
                assertThat(serve.pagesMillis()).as(edit.name() + ": the pages published before the data files")
                        .isPresent();
                Build.Result fresh = assertSameAsFullBuild(project, dir.resolve("fresh-" + written.size()),
                        edit.name());
                assertThat(TestProject.messages(result)).as(edit.name()).isEqualTo(TestProject.messages(fresh));
            }
            assertThat(written.get("a paragraph")).as("files rewritten for a paragraph").isPositive()
                    .isLessThan(full / 4);
            assertThat(reused.get("a paragraph")).as("parts not made again after a paragraph's edit").isPositive();
            assertThat(reused.get("the edition's settings")).as("the settings are on every page").isZero();
            assertThat(written.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(full));

            project.template("note.ftlh", new String(
                    getClass().getResourceAsStream("/org/apparatus/render/templates/note.ftlh").readAllBytes(),
                    StandardCharsets.UTF_8).replace("<article class=\"note-page\">", "<article class=\"note-page\"><p>Edited.</p>"));
            Build.Result result = serve.build();
            assertThat(result.published()).as(TestProject.report(result)).isTrue();
            assertThat(serve.incremental()).as("a template edit rebuilds everything").isFalse();
            assertSameAsFullBuild(project, dir.resolve("fresh-template"), "a template");
            assertThat(project.strayBuilds()).as("no staging folder left").isEmpty();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFailingEditLeavesTheSiteAsItWasAndTheNextGoodOneIsComplete() throws Exception {
        TestProject project = edition(dir.resolve("failing"))
                .write("content/pages/about.md", ABOUT.getBytes(StandardCharsets.UTF_8));
        try (Serve serve = new Serve(new Project(project.root(), project.out()))) {
            assertThat(serve.build().published()).isTrue();
            assertThat(serve.build().published()).as("a rebuild with no change").isTrue();
            assertThat(serve.written()).isZero();
            Map<String, String> before = TestProject.snapshot(project.out());
            Path folder = new Publisher(project.out()).current().orElseThrow();

            // an error found in the model: two essays with one id
            project.essay("copy.md", TWO.replace("The PRC hosted", "The PRC, again, hosted"));
            Build.Result duplicate = serve.build();
            assertThat(duplicate.published()).isFalse();
            assertThat(TestProject.messages(duplicate)).anyMatch(m -> m.contains("is already used by"));
            assertThat(TestProject.snapshot(project.out())).isEqualTo(before);

            // errors found only by checking the rendered pages: in a page that did not change, a link to a page
            // that is gone; in a rewritten page, a link to a paragraph that is not there
            project.delete("content/essays/copy.md");
            project.delete("content/essays/two.md");
            assertFailsAsAFullBuildDoes(serve, project, "gone", before,
                    "links to 'essays/two.html#p1', which is not in the site");
            project.essay("two.md", TWO);
            project.write("content/pages/about.md", ABOUT.replace("two.html#p1", "two.html#p9")
                    .getBytes(StandardCharsets.UTF_8));
            assertFailsAsAFullBuildDoes(serve, project, "broken", before,
                    "essays/two.html#p9', but essays/two.html has no element with id 'p9'");
            assertThat(new Publisher(project.out()).current().orElseThrow()).isEqualTo(folder);
            assertThat(project.strayBuilds()).isEmpty();
            project.write("content/pages/about.md", ABOUT.getBytes(StandardCharsets.UTF_8));

            // a rewritten page that loses an id another page, not rewritten, links to
            project.write("content/pages/about.md", ABOUT.replace("two.html#p1", "one.html#p2")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(serve.build().published()).isTrue();
            Map<String, String> linked = TestProject.snapshot(project.out());
            project.essay("one.md", ONE.replace("Great Wall.[^1]\n\nThe Beijing", "Great Wall.[^1] The Beijing"));
            assertFailsAsAFullBuildDoes(serve, project, "an id gone", linked,
                    "essays/one.html#p2', but essays/one.html has no element with id 'p2'");
            project.essay("one.md", ONE);
            project.write("content/pages/about.md", ABOUT.getBytes(StandardCharsets.UTF_8));

            project.essay("one.md", ONE.replace("was long.", "was long, and tiring."));
            Build.Result fixed = serve.build();
            assertThat(fixed.published()).as(TestProject.report(fixed)).isTrue();
            assertThat(serve.incremental()).isTrue();
            assertSameAsFullBuild(project, dir.resolve("fresh-fixed"), "after the failures");
        }
    }

    /** Builds a copy of the project's sources afresh and asserts that its site is the served one, file for file. */
    private static Build.Result assertSameAsFullBuild(TestProject project, Path dir, String edit) throws IOException {
        TestProject fresh = new TestProject(dir);
        Build.Result result = fullBuild(project, dir);
        assertThat(result.published()).as(edit + ": " + TestProject.report(result)).isTrue();
        assertThat(TestProject.snapshot(project.out())).as(edit).isEqualTo(TestProject.snapshot(fresh.out()));
        assertThat(folders(project.out())).as(edit).isEqualTo(folders(fresh.out()));
        return result;
    }

    /** A full build of a copy of the project's sources into {@code dir/site}. */
    private static Build.Result fullBuild(TestProject project, Path dir) throws IOException {
        TestProject fresh = new TestProject(dir);
        for (String source : List.of("seeds", "content", "templates")) {
            Path from = project.root().resolve(source);
            for (String file : TestProject.files(from)) {
                Path to = fresh.root().resolve(source).resolve(file);
                Files.createDirectories(to.getParent());
                Files.copy(from.resolve(file), to);
            }
        }
        return fresh.build();
    }

    /** The messages of a build, with the output folder's path (outside the project) as {@code SITE}. */
    /**
     * A rebuild that fails on a problem in {@code site/about.html}, saying what a fresh full build of the same sources
     * says, and leaves the served site as it was.
     */
    private void assertFailsAsAFullBuildDoes(Serve serve, TestProject project, String name, Map<String, String> before,
                                             String problem) throws IOException {
        Build.Result result = serve.build();
        assertThat(result.published()).as(name).isFalse();
        assertThat(TestProject.messages(result)).anyMatch(m -> m.contains("site/about.html:") && m.contains(problem));
        Path fresh = dir.resolve("fresh-" + name);
        assertThat(messages(result, project.out())).isEqualTo(messages(fullBuild(project, fresh), fresh.resolve("site")));
        assertThat(TestProject.snapshot(project.out())).as(name).isEqualTo(before);
    }

    private static List<String> messages(Build.Result result, Path out) {
        return TestProject.messages(result).stream().map(m -> m.replace(out.toString(), "SITE")).toList();
    }

    /** Every folder under a site, relative to it: an empty folder left behind is a difference too. */
    private static List<String> folders(Path site) throws IOException {
        Path root = site.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private HttpResponse<String> get(SiteServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
