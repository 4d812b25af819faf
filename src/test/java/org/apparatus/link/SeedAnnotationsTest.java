package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.TestProject;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.apparatus.model.Mention;
import org.apparatus.model.Registry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two seed essays against the registries of {@code content/}: every bare "Kim" and every capital goes where a
 * reader of the essay says it goes ({@code src/test/resources/annotations/seed-ground-truth.tsv}, made by reading the
 * essays, not by running the annotator).
 */
class SeedAnnotationsTest {

    private static final Map<String, Annotations> ANNOTATIONS = new LinkedHashMap<>();
    private static final Diagnostics DIAGNOSTICS = new Diagnostics();
    private static Registry registry;

    @BeforeAll
    static void annotate() throws Exception {
        Path content = TestProject.repository().resolve("content");
        registry = Registry.read(content.resolve("actors.yml"), "content/actors.yml", content.resolve("events.yml"),
                "content/events.yml", DIAGNOSTICS);
        Annotator annotator = new Annotator(registry);
        try (var files = Files.list(content.resolve("essays"))) {
            for (Path file : files.sorted().toList()) {
                String stem = file.getFileName().toString().replace(".md", "");
                Essay essay = EssayParser.parse("content/essays/" + file.getFileName(), stem, Files.readString(file),
                        Essay.Origin.CURATED, DIAGNOSTICS).orElseThrow();
                ANNOTATIONS.put(stem, annotator.annotate(essay, DIAGNOSTICS));
            }
        }
    }

    @Test
    void theRegistriesAndEssaysGiveNoWarning() {
        assertThat(DIAGNOSTICS.all()).isEmpty();
        assertThat(registry.actors()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(registry.events()).hasSizeGreaterThanOrEqualTo(15);
    }

    /** The ground truth's readings of one form in one paragraph, in order; places read as "place". */
    private static Map<String, List<String>> truth(String form) throws Exception {
        Map<String, List<String>> truth = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/annotations/seed-ground-truth.tsv"))) {
            String[] f = line.split("\t");
            if (line.startsWith("#") || !f[4].equals(form)) {
                continue;
            }
            truth.computeIfAbsent(f[0] + "#" + f[3], k -> new ArrayList<>()).add(f[5]);
        }
        return truth;
    }

    private static List<String> found(String key, java.util.function.Predicate<Mention> which) {
        String[] k = key.split("#");
        return ANNOTATIONS.get(k[0]).mentions().stream().filter(m -> m.anchor().equals(k[1])).filter(which)
                .map(m -> m.actor().value()).toList();
    }

    @Test
    void everyBareKimGoesToTheRightPerson() throws Exception {
        Map<String, List<String>> truth = truth("Kim");
        assertThat(truth.values().stream().mapToInt(List::size).sum()).isEqualTo(10);
        truth.forEach((key, expected) -> assertThat(found(key, m -> m.form().endsWith("Kim") && !m.form()
                .equals("Kim Jong-il"))).as(key).isEqualTo(expected));
        assertThat(truth).containsEntry("putin-administrations-north-korean-policy#p27", List.of("kim-il-sung"));
    }

    @Test
    void everyCapitalIsItsGovernmentOrAPlaceAsTheSentenceSays() throws Exception {
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (String capital : List.of("Moscow", "Pyongyang", "Seoul", "Beijing", "Kremlin")) {
            Map<String, List<String>> truth = truth(capital);
            for (Map.Entry<String, List<String>> e : truth.entrySet()) {
                List<String> governments = e.getValue().stream().filter(v -> !v.equals("place")).toList();
                List<String> found = found(e.getKey(), m -> m.form().startsWith(capital));
                if (!found.equals(governments)) {
                    wrong.add(capital + " in " + e.getKey() + ": expected " + governments + ", found " + found);
                }
                checked += e.getValue().size();
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(70);
    }

    @Test
    void citedAuthorsAreNeverActors() {
        List<String> names = registry.actors().stream().map(a -> a.name()).toList();
        assertThat(names).doesNotContain("Seung-Ho Joo", "Tom Wuchte", "Ian Bremmer", "Vladimir Shlapentokh");
        for (Annotations a : ANNOTATIONS.values()) {
            assertThat(a.mentions()).extracting(Mention::form).doesNotContain("Joo", "Wuchte", "Bremmer");
        }
    }
}
