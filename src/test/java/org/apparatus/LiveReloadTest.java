package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apparatus.kernel.Project;
import org.apparatus.serve.SiteServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code apparatus serve}'s live reload: an event on a stream for each published rebuild, a script in each page as
 * served that listens to it, and none of it in the built site.
 */
@Tag("build")
class LiveReloadTest {

    /** What marks the reload script in a page: its address. */
    private static final String MARKER = "__apparatus";

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

    /** An open event stream: its lines as they come, and a last empty-named line when it ends. */
    private record Events(BlockingQueue<String> lines, CompletableFuture<?> stream) {
        static final String END = "\u0000end";

        /** The next line that starts with {@code prefix}, within {@code seconds}; fails if none or the stream ends. */
        String next(String prefix, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertThat(line).as("a line starting " + prefix + " before the stream ends").isNotEqualTo(END);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("no line starting " + prefix + " within " + seconds + " s");
        }

        /** True if the stream ends within {@code seconds}. */
        boolean ends(int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            for (String line; (line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
                if (line.equals(END)) {
                    return true;
                }
            }
            return false;
        }
    }

    private Events events(SiteServer server) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/__apparatus/events")).build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        CompletableFuture<?> reading = CompletableFuture.runAsync(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (UncheckedIOException e) {
                // closed
            } finally {
                lines.add(Events.END);
            }
        });
        return new Events(lines, reading);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @SuppressWarnings("try") // the watcher is closed inside its try, to see the watching thread end
    void serveSendsAReloadEventNamingTheRewrittenPageAfterARebuildAndEndsTheStreamWhenItStops() throws Exception {
        TestProject project = new TestProject(dir.resolve("edited")).essay("an-essay.md", ESSAY);
        Project p = new Project(project.root(), project.out());
        BlockingQueue<Build.Result> rebuilt = new LinkedBlockingQueue<>();
        try (Serve serve = new Serve(p)) {
            assertThat(serve.build().published()).isTrue();
            SiteServer server = new SiteServer(p.output(), 0);
            serve.onPages(server::published);
            Thread watching = new Thread(() -> serve.watch((result, millis) -> rebuilt.add(result)));
            watching.start();
            Events events = events(server);
            events.next("event: hello", 10);
            String hello = events.next("data: ", 10);

            // many open pages hold no thread of the server's: pages are served still
            List<Events> more = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                more.add(events(server));
            }
            for (Events other : more) {
                assertThat(other.next("data: ", 10)).isEqualTo(hello);
            }
            assertThat(get(server, "/essays/an-essay.html").statusCode()).isEqualTo(200);

            Files.writeString(project.root().resolve("content/essays/an-essay.md"),
                    ESSAY.replace("The first paragraph.[^1]", "The first paragraph.[^1]\n\nA second paragraph."));
            events.next("event: reload", 60);
            List<String> paths = new ArrayList<>();
            for (String line; !(line = events.lines().poll(10, TimeUnit.SECONDS)).isEmpty(); ) {
                assertThat(line).startsWith("data: ");
                paths.add(line.substring("data: ".length()));
            }
            assertThat(paths).contains("essays/an-essay.html").doesNotContain("*");
            // the event came once the page was published
            assertThat(get(server, "/essays/an-essay.html").body()).contains("A second paragraph");
            Build.Result result = rebuilt.poll(60, TimeUnit.SECONDS);
            assertThat(result).isNotNull();
            assertThat(result.published()).as(TestProject.report(result)).isTrue();
            for (Events other : more) {
                other.next("event: reload", 10);
            }

            server.close();
            assertThat(events.ends(10)).as("the stream ends when serve stops").isTrue();
            for (Events other : more) {
                assertThat(other.ends(10)).isTrue();
            }
            serve.close();
            watching.join(10_000);
            assertThat(watching.isAlive()).isFalse();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void eachServedPageCarriesTheScriptAndAPolicyThatLetsItListenWhileTheBuiltFilesStayAsBuilt() throws Exception {
        TestProject project = new TestProject(dir.resolve("served")).essay("an-essay.md", ESSAY)
                .seed("raw.txt", Samples.RAW_SEED);
        Project p = new Project(project.root(), project.out());
        try (Serve serve = new Serve(p)) {
            assertThat(serve.build().published()).isTrue();
            try (SiteServer server = new SiteServer(p.output(), 0)) {
                List<String> pages = TestProject.files(project.out()).stream().filter(f -> f.endsWith(".html"))
                        .toList();
                assertThat(pages).contains("index.html", "essays/an-essay.html");
                for (String page : pages) {
                    String built = Files.readString(project.out().resolve(page), StandardCharsets.UTF_8);
                    assertThat(built).as(page + " as built").doesNotContain(MARKER);
                    String served = get(server, "/" + page).body();
                    Document html = Jsoup.parse(served);
                    assertThat(html.select("body > script[src=/__apparatus/reload.js]")).as(page + " as served")
                            .hasSize(1);
                    String policy = html.select("meta[http-equiv=Content-Security-Policy]").attr("content");
                    if (!policy.isEmpty() && !page.equals("404.html")) {
                        assertThat(policy).as(page).contains("connect-src 'self'").containsPattern(
                                "script-src[^;]*'self'");
                    }
                    // the rest of the page is what was built
                    assertThat(html.text()).isEqualTo(Jsoup.parse(built).text());
                }
                HttpResponse<String> script = get(server, "/__apparatus/reload.js");
                assertThat(script.statusCode()).isEqualTo(200);
                assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
                assertThat(script.body()).contains("EventSource", "/__apparatus/events", "location.reload()");
                // other files are sent as they are
                String css = TestProject.files(project.out()).stream().filter(f -> f.endsWith(".css")).findFirst()
                        .orElseThrow();
                assertThat(get(server, "/" + css).body()).isEqualTo(Files.readString(project.out().resolve(css)));
            }
        }
    }

    @Test
    void noPageOfTheBuiltSeedSiteCarriesTheReloadScript() throws IOException {
        TestProject.RealBuild real = TestProject.realProject();
        assertThat(real.result().published()).as(TestProject.report(real.result())).isTrue();
        List<String> pages = TestProject.files(real.site()).stream().filter(f -> f.endsWith(".html")).toList();
        assertThat(pages).hasSizeGreaterThan(10);
        for (String page : pages) {
            assertThat(Files.readString(real.site().resolve(page), StandardCharsets.UTF_8)).as(page)
                    .doesNotContain(MARKER).doesNotContain("EventSource");
        }
    }

    private HttpResponse<String> get(SiteServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
