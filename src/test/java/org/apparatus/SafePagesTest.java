package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker itself catches what it must (so the hostile tests can fail), and the real project's site passes it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@Tag("build")
class SafePagesTest {

    @TempDir
    static Path dir;

    private static Build.Result real;

    @BeforeAll
    static void buildTheRealProject() {
        real = TestProject.realProject().result();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=x.js></SCRIPT>",
        "<script type=\"application/ld+json\" src=\"x.js\"></script>",
        "<script type=\"module\">x</script>",
        "<script src=\"assets/apparatus.js\">alert(1)</script>",
        "<script src=\"../../evil/assets/x.js\"></script>",
        "<script src=\"https://example.org/assets/x.js\"></script>",
        "<script type=\"module\" src=\"assets/x.js\"></script>",
        "<meta http-equiv=\"Content-Security-Policy-Report-Only\" content=\"x\">",
        "<p onclick=\"alert(1)\">x</p>",
        "<body onload=alert(1)>",
        "<img src=x ONERROR=alert(1)>",
        "<iframe src=\"https://example.org/\"></iframe>",
        "<object data=\"x.swf\"></object>",
        "<embed src=\"x.swf\">",
        "<svg><foreignObject><p>x</p></foreignObject></svg>",
        "<svg><use href=\"https://example.org/x.svg#a\"/></svg>",
        "<svg><image href=\"x.png\"/></svg>",
        "<svg><circle r=1 onclick=\"alert(1)\"/></svg>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\" JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"java\nscript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<img src=\"data:image/svg+xml,x\">",
        "<form action=\"javascript:alert(1)\"></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<img srcset=\"a.png 1x, data:image/png,x 2x\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">"})
    void theCheckerFindsEachUnsafeThing(String html) {
        assertThat(SafePages.problems("x.html", "<!DOCTYPE html><html><head></head><body>" + html + "</body></html>"))
                .as(html).isNotEmpty();
    }

    @Test
    void theCheckerPassesWhatTheTemplatesWrite() {
        assertThat(SafePages.problems("x.html", """
                <!DOCTYPE html><html><head><script type="application/ld+json">{"a":"\\u003cscript\\u003e"}</script>
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">
                <link rel="stylesheet" href="assets/apparatus.css"><script src="../../assets/apparatus.js" defer></script>
                </head><body><script src="assets/search-index.js" defer></script>
                <p>&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1)
                <a href="https://example.org/javascript:x">x</a> <a href="#note-1">1</a>
                <span class="Z3988" title="rft.atitle=%3Cscript%3E"></span></p></body></html>
                """)).isEmpty();
    }

    @Test
    void assertSafeFailsOnAnUnsafeSiteAndOnAnEmptyOne() throws IOException {
        Path site = dir.resolve("unsafe");
        Files.createDirectories(site.resolve("essays"));
        assertThatThrownBy(() -> SafePages.assertSafe(site)).hasMessageContaining("no page to check");
        Files.writeString(site.resolve("index.html"), "<p>fine</p>", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("essays/x.html"), "<p onmouseover=alert(1)>x</p>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SafePages.assertSafe(site)).hasMessageContaining("essays/x.html: event handler"
                + " onmouseover on <p>");
    }

    @Test
    void everyPageOfTheRealProjectIsSafe() {
        assertThat(real.published()).as(TestProject.report(real)).isTrue();
        SafePages.assertSafe(TestProject.realProject().site());
        assertThat(TestProject.files(TestProject.realProject().site())).filteredOn(f -> f.endsWith(".html")).hasSizeGreaterThan(40);
    }

    @Test
    void theHarnessRejectsUnclearDiagnostics() {
        assertThat("content/x.md:3:1: error: java.lang.IllegalArgumentException: x")
                .containsPattern("Exception");
        TestProject p = new TestProject(dir.resolve("harness")).essay("x.md", Samples.ESSAY);
        Hostile.published(p);
        assertThatThrownBy(() -> Hostile.failed(p)).isInstanceOf(AssertionError.class);
    }
}
