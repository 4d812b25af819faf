package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the real project and of a small test project passes the Nu Html Checker without an error. */
class HtmlValidityTest {

    @Test
    void everyPageOfTheRealProjectIsValidHtml(@TempDir Path dir) {
        Build.Result result = new Build(new Project(TestProject.repository(), dir.resolve("site"))).run();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(NuHtml.errors(dir.resolve("site"))).isEmpty();
    }
}
