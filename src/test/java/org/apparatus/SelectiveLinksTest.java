package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An essay's page links an actor or event at its first mention in each section (a note is a section of its own);
 * the later ones are plain {@code span.mention[data-href]}, while the actor pages and the TEI keep every mention.
 */
@Tag("build")
class SelectiveLinksTest {

    @TempDir
    static Path dir;

    private static TestProject project;
    private static Document essay;

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

                ## First

                Li Peng spoke. Later Li Peng spoke again.[^1]

                Then Li Peng left the room.

                ## Second

                Li Peng came back, and Li Peng sat down.

                [^1]: Li Peng said so twice: Li Peng.
                """);
        Build.Result result = project.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        essay = project.page("essays/one.html");
    }

    @Test
    void anActorIsLinkedAtItsFirstMentionInEachSectionOnly() {
        String href = "../actors/li-peng.html";
        assertThat(essay.select("#p1 a.mention").eachAttr("href")).containsExactly(href);
        assertThat(essay.select("#p1 span.mention").eachAttr("data-href")).as("named again in its paragraph")
                .containsExactly(href);
        assertThat(essay.select("#p2 a.mention")).as("named again in its section").isEmpty();
        assertThat(essay.select("#p2 span.mention.actor").eachAttr("data-href")).containsExactly(href);
        assertThat(essay.select("#p3 a.mention").eachAttr("href")).as("the first in the next section")
                .containsExactly(href);
        assertThat(essay.select("#p3 span.mention").eachAttr("data-href")).containsExactly(href);
        assertThat(essay.select("#note-1 a.mention").eachAttr("href")).as("a note is a section of its own")
                .containsExactly(href);
        assertThat(essay.select("#note-1 span.mention").eachAttr("data-href")).containsExactly(href);
        assertThat(essay.select("span.mention[href], span.mention[tabindex]")).as("no tab stop").isEmpty();
    }

    @Test
    void theActorPageAndTheTeiKeepEveryMention() {
        Document actor = project.page("actors/li-peng.html");
        assertThat(actor.select("main").text()).contains("Then Li Peng left the room.");
        String tei = project.text("data/tei/one.xml");
        assertThat(tei.split("<persName ref=\"#actor-li-peng\">Li Peng</persName>", -1).length - 1)
                .as("every mention of the body, first or not").isEqualTo(5);
    }
}
