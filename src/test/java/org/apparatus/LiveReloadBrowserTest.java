package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apparatus.kernel.Project;
import org.apparatus.serve.SiteServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** In Chromium: a page open from {@code apparatus serve} reloads itself when an edit of it is published. */
@Tag("browser")
class LiveReloadBrowserTest {

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

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    @SuppressWarnings("try") // the watcher is closed inside its try, to see the watching thread end
    void anOpenPageReloadsWhenItsEditIsPublishedAndNoOtherProblemIsLogged() throws Exception {
        TestProject project = new TestProject(dir.resolve("project")).essay("an-essay.md", ESSAY);
        Project p = new Project(project.root(), project.out());
        try (Browser browser = Browser.start(); Serve serve = new Serve(p)) {
            assertThat(serve.build().published()).isTrue();
            try (SiteServer server = new SiteServer(p.output(), 0)) {
                serve.onPages(server::published);
                Thread watching = new Thread(() -> serve.watch((result, millis) -> { }));
                watching.start();
                browser.driver.get("http://127.0.0.1:" + server.port() + "/essays/an-essay.html");
                browser.script("window.apparatusStale = true; return document.readyState");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (server.listening() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(server.listening()).as("the page listens for reloads").isEqualTo(1);

                Files.writeString(project.root().resolve("content/essays/an-essay.md"),
                        ESSAY.replace("The first paragraph.[^1]", "The first paragraph.[^1]\n\nA second paragraph."));
                deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (System.nanoTime() < deadline && Boolean.TRUE.equals(
                        browser.script("return window.apparatusStale === true"))) {
                    Thread.sleep(20);
                }
                assertThat(browser.script("return window.apparatusStale === true")).as("the page reloaded")
                        .isEqualTo(false);
                browser.script("return document.readyState");
                assertThat((String) browser.script("return document.body.textContent"))
                        .contains("A second paragraph");
                // (the site has no favicon.ico, which a browser asks a server for)
                assertThat(browser.consoleProblems()).as("no policy violation, no error")
                        .allMatch(problem -> problem.contains("/favicon.ico "));
                serve.close();
                watching.join(10_000);
            }
        }
    }
}
