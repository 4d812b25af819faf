package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the real project and of a small test project passes the Nu Html Checker without an error. */
@Tag("build")
class HtmlValidityTest {

    @Test
    void everyPageOfTheRealProjectIsValidHtml() {
        TestProject.RealBuild real = TestProject.realProject();
        assertThat(real.result().published()).as(TestProject.report(real.result())).isTrue();
        assertThat(NuHtml.errors(real.site())).isEmpty();
    }

    @Test
    void everyPageOfASmallProjectWithAPageOfProseIsValidHtml(@TempDir Path dir) {
        TestProject project = new TestProject(dir).essay("sample-essay.md", Samples.ESSAY)
                .essay("second.md", Samples.essay("second", "A second essay, with <b>raw</b> HTML shown as text."))
                .write("content/pages/method.md", """
                        ---
                        title: "Method & Sources"
                        nav: "Method"
                        ---

                        # A first-level heading becomes a section

                        Prose with *emphasis*, `code`, a [link](https://example.org/) and <i>raw HTML</i>.

                        - a list
                        - of two

                        > A quotation.

                        ## Method & Sources
                        """.getBytes(StandardCharsets.UTF_8));
        Build.Result result = project.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(TestProject.files(project.out())).contains("method.html", "search.html");
        assertThat(NuHtml.errors(project.out())).isEmpty();
    }

    @Test
    void theCheckerReportsAnInvalidPageWithItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>x</title></head>
                <body><p><div>block in a paragraph</div></p><a href="#" id="a" id="b">x</a></body></html>
                """, StandardCharsets.UTF_8);
        assertThat(NuHtml.errors(dir)).isNotEmpty().allMatch(e -> e.startsWith("bad.html:3."));
    }
}
