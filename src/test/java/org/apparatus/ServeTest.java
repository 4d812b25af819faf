package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apparatus.publish.SiteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code apparatus serve}: the site is served on localhost and rebuilt after an edit, as a full build makes it. */
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

    private HttpResponse<String> get(SiteServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
