package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apparatus.Build;
import org.apparatus.TestProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registered name with a full stop inside it, as the synthetic corpus has, is linked like any other. */
@Tag("build")
class AbbreviatedNameTest {

    @TempDir
    Path dir;

    @Test
    void aNameWithAnInitialIsAMentionNotACrash() throws IOException {
        TestProject project = new TestProject(dir).essay("e.md", """
                ---
                id: "e"
                title: "E"
                ---

                ## A section

                Critics argued that George W. Bush had gained little from the talks, whereas Russia had not.
                """);
        Files.writeString(project.root().resolve("content/actors.yml"), """
                actors:
                  - id: george-w-bush
                    name: "George W. Bush"
                    kind: person
                    description: "President of the United States from 2001."
                  - id: russia
                    name: "Russia"
                    kind: state
                    description: "The Russian Federation."
                """);
        Build.Result result = project.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(project.page("essays/e.html").select("a[href$=george-w-bush.html]")).isNotEmpty();
    }
}
