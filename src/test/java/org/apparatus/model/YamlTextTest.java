package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one YAML reader: a key given twice in a mapping is refused with both places, in every kind of YAML a project
 * holds (the registries, the settings, the front matter of essays and pages), where SnakeYAML's {@code compose()}
 * would keep both and a reader the last.
 */
class YamlTextTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private List<String> messages() {
        return diagnostics.all().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aDuplicatedKeyIsAnErrorWithBothLinesAtAnyDepth() {
        YamlText.compose("""
                a:
                  x: 1
                  y: 2
                  x: 3
                b: [{k: 1, k: 2}]
                a: again
                """, "content/x.yml", 1, "YAML", "keys", diagnostics);
        assertThat(messages()).containsExactly(
                "content/x.yml:4:3: error: duplicate key 'x'; first at line 2 (expected each key once: the second"
                        + " would silently replace the first)",
                "content/x.yml:5:12: error: duplicate key 'k'; first at line 5 (expected each key once: the second"
                        + " would silently replace the first)",
                "content/x.yml:6:1: error: duplicate key 'a'; first at line 1 (expected each key once: the second"
                        + " would silently replace the first)");
    }

    @Test
    void theSameKeyInTwoMappingsAndAliasesAreNoDuplicates() {
        YamlText.compose("""
                one: &m {x: 1}
                two: {x: 1}
                three: *m
                """, "content/x.yml", 1, "YAML", "keys", diagnostics);
        assertThat(messages()).isEmpty();
    }

    @Test
    void everyLimitIsTheSameForEveryFile() {
        YamlText.compose("x: " + "[".repeat(YamlText.MAX_DEPTH + 1) + "]".repeat(YamlText.MAX_DEPTH + 1),
                "content/a.yml", 1, "YAML", "keys", diagnostics);
        YamlText.compose("x: \"" + "a".repeat(YamlText.MAX_CODE_POINTS) + "\"", "content/b.yml", 1, "YAML", "keys",
                diagnostics);
        assertThat(messages()).hasSize(2).allMatch(m -> m.contains(": error: "));
        assertThat(messages().get(0)).startsWith("content/a.yml:1:");
        assertThat(messages().get(1)).startsWith("content/b.yml:");
    }

    @Test
    void aBrokenTextIsAnErrorAtItsPlaceInTheFile() {
        YamlText.compose("title: \"x\"\nauthor: a: b\n", "content/essays/e.md", 2, "YAML front matter",
                "'key: value' lines", diagnostics);
        assertThat(messages()).singleElement().asString()
                .startsWith("content/essays/e.md:3:10: error: broken YAML front matter: mapping values are not"
                        + " allowed");
    }

    // ---- each kind of file ----

    @Test
    void anActorGivenTwiceInActorsYml() throws Exception {
        Path actors = dir.resolve("actors.yml");
        Files.writeString(actors, """
                actors:
                  - id: north-korea
                    name: North Korea
                    kind: state
                    aliases: [DPRK]
                    kind: organisation
                ignore: [Cold War]
                ignore: [North Korean]
                """);
        Registry.read(actors, "content/actors.yml", dir.resolve("none.yml"), "content/events.yml", diagnostics);
        assertThat(messages()).contains(
                "content/actors.yml:6:5: error: duplicate key 'kind'; first at line 4 (expected each key once: the"
                        + " second would silently replace the first)",
                "content/actors.yml:8:1: error: duplicate key 'ignore'; first at line 7 (expected each key once: the"
                        + " second would silently replace the first)");
    }

    @Test
    void aKeyGivenTwiceInEventsYml() throws Exception {
        Path events = dir.resolve("events.yml");
        Files.writeString(events, """
                events:
                  - id: putin-visits-pyongyang-2000
                    title: "Putin's visit to Pyongyang"
                    date: 2000-07-19
                    date: 2000-07-20
                """);
        Registry.read(dir.resolve("none.yml"), "content/actors.yml", events, "content/events.yml", diagnostics);
        assertThat(messages()).contains("content/events.yml:5:5: error: duplicate key 'date'; first at line 4"
                + " (expected each key once: the second would silently replace the first)");
    }

    @Test
    void aKeyGivenTwiceInSiteYml() throws Exception {
        Path site = dir.resolve("site.yml");
        Files.writeString(site, "title: \"Russia and North Korea\"\nintroduction: \"One.\"\ntitle: \"Another\"\n");
        EditionSettings.read(site, "content/site.yml", diagnostics);
        assertThat(messages()).containsExactly("content/site.yml:3:1: error: duplicate key 'title'; first at line 1"
                + " (expected each key once: the second would silently replace the first)");
    }

    @Test
    void aKeyGivenTwiceInAnEssaysFrontMatter() {
        EssayParser.parse("content/essays/e.md", "e", """
                ---
                id: "e"
                title: "The First Title"
                author: "Ann Author"
                title: "The Second Title"
                ---

                Text.
                """, Essay.Origin.CURATED, diagnostics);
        assertThat(messages()).containsExactly("content/essays/e.md:5:1: error: duplicate key 'title'; first at"
                + " line 3 (expected each key once: the second would silently replace the first)");
    }

    @Test
    void aKeyGivenTwiceInAPagesFrontMatter() {
        assertThat(ContentPageParser.parse("content/pages/about.md", "about", """
                ---
                title: "About"
                nav: "About"
                title: "About this edition"
                ---

                Text.
                """, diagnostics)).isEmpty();
        assertThat(messages()).containsExactly("content/pages/about.md:4:1: error: duplicate key 'title'; first at"
                + " line 2 (expected each key once: the second would silently replace the first)");
    }

    @Test
    void aPagesFrontMatterIsReadAsYaml() {
        ContentPage page = ContentPageParser.parse("content/pages/about.md", "about", """
                ---
                title: "About: the edition" # a comment
                description: 'It''s plain'
                ---

                Text.
                """, diagnostics).orElseThrow();
        assertThat(messages()).isEmpty();
        assertThat(page.title()).isEqualTo("About: the edition");
        assertThat(page.description()).isEqualTo("It's plain");
    }
}
