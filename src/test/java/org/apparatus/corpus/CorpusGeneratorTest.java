package org.apparatus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apparatus.Build;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.Project;
import org.apparatus.TestProject;
import org.apparatus.model.Block;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class CorpusGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        new CorpusGenerator(4, 7).write(dir.resolve("a"));
        new CorpusGenerator(4, 7).write(dir.resolve("b"));
        new CorpusGenerator(4, 8).write(dir.resolve("c"));
        Map<String, String> a = TestProject.snapshot(dir.resolve("a"));
        assertThat(a).containsKeys("content/essays/essay-00001.md", "content/essays/essay-00004.md",
                "content/actors.yml", "content/events.yml", "content/site.yml");
        assertThat(a).hasSize(7);
        assertThat(TestProject.snapshot(dir.resolve("b"))).isEqualTo(a);
        assertThat(TestProject.snapshot(dir.resolve("c")).get("content/essays/essay-00001.md"))
                .isNotEqualTo(a.get("content/essays/essay-00001.md"));
    }

    @Test
    void anEssayIsShapedLikeAnImportedSeed() {
        String markdown = new CorpusGenerator(10, 1).essay(3);
        Diagnostics diagnostics = new Diagnostics();
        Optional<Essay> parsed = EssayParser.parse("essay-00003.md", "essay-00003", markdown, Essay.Origin.CURATED,
                diagnostics);
        assertThat(diagnostics.all()).isEmpty();
        Essay essay = parsed.orElseThrow();
        assertThat(essay.id().value()).isEqualTo("essay-00003");
        assertThat(essay.abstractText()).isPresent();
        assertThat(essay.date()).isPresent();
        assertThat(essay.notes().size()).isBetween(26, 34);
        assertThat(essay.blocks().stream().filter(b -> b instanceof Block.Heading).count()).isGreaterThanOrEqualTo(4);
        String body = markdown.substring(markdown.indexOf("\n---\n") + 5, markdown.indexOf("\n[^1]: "));
        assertThat(body.split("\\s+").length).isBetween(3200, 3900);
        assertThat(body).contains("[[page 2]]", "[[page 5]]");
        String notes = markdown.substring(markdown.indexOf("\n[^1]: "));
        assertThat(notes).containsPattern(Pattern.compile(
                "\\[\\^\\d+]: [A-Z][^\n]+, \"[^\n]+,\" \\*[^*]+\\*, Vol\\. \\d+, No\\. \\d+[^\n]*, pp?\\. \\d+"));
        assertThat(notes).containsPattern("\\[\\^\\d+]: \\*[A-Z][^*]+\\*, [A-Z][a-z]+ \\d{1,2}, \\d{4}\\.");
        assertThat(notes).contains("*Ibid.*, p", "*op. cit.*, p");
    }

    @Test
    void theRegistriesAreWellFormedAndEveryParticipantIsAnActor() {
        CorpusGenerator generator = new CorpusGenerator(200, 3);
        Map<String, List<Map<String, Object>>> actors = new Yaml().load(generator.actorsYaml());
        Map<String, List<Map<String, Object>>> events = new Yaml().load(generator.eventsYaml());
        List<Object> ids = actors.get("actors").stream().map(a -> a.get("id")).toList();
        assertThat(ids).hasSize(80).doesNotHaveDuplicates();
        assertThat(actors.get("actors")).allSatisfy(a -> {
            assertThat((String) a.get("id")).matches("[a-z0-9-]+");
            assertThat(a.get("kind")).isIn("person", "state", "organisation", "group");
        });
        assertThat(events.get("events")).hasSize(40);
        assertThat(events.get("events")).allSatisfy(e -> {
            assertThat((String) e.get("date")).matches("\\d{4}-\\d{2}-\\d{2}(/\\d{4}-\\d{2}-\\d{2})?");
            assertThat(ids).containsAll(asList(e.get("participants")));
        });
    }

    @Test
    @Tag("build")
    void aGeneratedProjectBuildsWithoutAProblem() throws IOException {
        new CorpusGenerator(3, 11).write(dir.resolve("project"));
        Build.Result result = new Build(new Project(dir.resolve("project"), dir.resolve("site"))).run();
        assertThat(result.diagnostics().all()).as(TestProject.report(result)).isEmpty();
        assertThat(result.published()).isTrue();
        Document essay = TestProject.parse(dir.resolve("site"), "essays/essay-00002.html");
        assertThat(essay.select("a.pb")).hasSizeGreaterThan(5);
        assertThat(Files.list(dir.resolve("site/notes/essay-00002")).count()).isBetween(26L, 34L);
        Document bibliography = TestProject.parse(dir.resolve("site"), "bibliography/index.html");
        assertThat(bibliography.select("a[href$=.html]").eachAttr("href")).filteredOn(h -> h.contains("-"))
                .hasSizeGreaterThan(20);
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("full"));
        Files.writeString(dir.resolve("full/keep.txt"), "mine");
        assertThatThrownBy(() -> new CorpusGenerator(1, 1).write(dir.resolve("full")))
                .isInstanceOf(IOException.class).hasMessageContaining("not empty");
        assertThat(Files.readString(dir.resolve("full/keep.txt"))).isEqualTo("mine");
        assertThatThrownBy(() -> new CorpusGenerator(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o) {
        return (List<Object>) o;
    }
}
