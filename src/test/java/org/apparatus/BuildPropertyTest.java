package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.apparatus.Mutations.Mutated;
import org.apparatus.kernel.Project;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whole builds of small generated projects (a seed, real and mutated or generated, and a curated essay of random text,
 * notes and citations, maybe curating that seed): no exception escapes {@link Build#run()}, a build that publishes
 * nothing says why, the link check finds nothing, and no page can run code.
 *
 * <p>QuickTheories, not Jazzer: each try is a whole build, too slow for coverage-guided fuzzing; a project is a value
 * (a named seed with named mutations, a print and an essay from lists of hostile words and real notes), so a failure
 * shrinks to a small project that reads well. Seeded by {@code QT_SEED} (see the pom); few shrink cycles, as each
 * costs a build.
 */
@Tag("build")
class BuildPropertyTest {

    private static final List<String> WORDS = List.of("Russia", "policy", "the", "treaty", "Pyongyang", "*summit*",
            "**DPRK**", "U.S.", "1961", "\"rogue\"", "co-operation", "\u201Cparallel\u201D", "Putin's", "\\$150", "&",
            "<", ">", "<b>bold</b>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\" onclick=\"x()\">a</a>", "[site](https://example.org/a?b=1&c=2)",
            "<https://example.org>", "`code`", "<!-- hidden -->", "&lt;script&gt;", "\"><svg onload=alert(1)>",
            "{{7*7}}", "${7*7}", "<#if x>", "[[page 3]]", "\u00E9t\u00E9", "\uD83D\uDE00");
    private static final List<String> NOTES = List.of(
            "Tom Wuchte, \"Northeast Asia's Forgotten Worry: Russia's Far East,\" *Pacific Focus*, Vol. 16, No. 2 (Fall, 2001), p. 48.",
            "*Ibid.*, p. 21.", "Tom Wuchte, *op. cit.*, p. 28.", "*Newsweek*, August 13, 2001.",
            "See the discussion <script>alert(1)</script> above.", "Seung-Ho Joo, \"Russia & <Korea>,\" *Asian Survey*,"
                    + " Vol. 40, No. 3 (Summer, 2000), p. 5.", "*Ibid.*", "Interview, [online](https://example.org/x).");

    /** A generated project: a seed file (or none) and a curated essay (or none). */
    record Project(Optional<Mutated> seed, Optional<String> generatedSeed, Optional<String> essay) {
        @Override
        public String toString() {
            return "seed " + seed.map(Mutated::toString).orElse("-") + "\ngenerated seed:\n"
                    + generatedSeed.orElse("-") + "\nessay:\n" + essay.orElse("-");
        }
    }

    private static Gen<String> sentence() {
        return lists().of(Generate.pick(WORDS)).ofSizeBetween(1, 12)
                .zip(Generate.pick(List.of(".", "", "!", ":")), (ws, end) -> String.join(" ", ws) + end);
    }

    /** A raw print: title line, paragraphs with {@code <sup>n</sup>} markers, a rule and the note block. */
    private static Gen<String> rawSeed() {
        return lists().of(sentence()).ofSizeBetween(1, 5).flatMap(paragraphs -> lists().of(Generate.pick(NOTES))
                .ofSize(paragraphs.size()).map(notes -> {
                    StringBuilder out = new StringBuilder("A Generated Print by Rhea Writer\n\n");
                    for (int i = 0; i < paragraphs.size(); i++) {
                        out.append(paragraphs.get(i)).append("<sup>").append(i + 1).append("</sup>\n\n");
                    }
                    out.append("---\n\n");
                    for (int i = 0; i < notes.size(); i++) {
                        out.append(i + 1).append(' ').append(notes.get(i)).append("\n\n");
                    }
                    return out.toString();
                }));
    }

    /** A curated essay of random sentences, each paragraph with a note; maybe curating the seed. */
    private static Gen<String> essay() {
        Gen<String> heading = Generate.pick(List.of("", "## A Section\n\n", "### <i>Sub</i> & more\n\n", "# Top\n\n"));
        Gen<String> paragraph = heading.zip(sentence(), Generate.pick(NOTES),
                (h, s, n) -> h + "\u0001" + s + "\u0002" + n);
        return lists().of(paragraph).ofSizeBetween(1, 6).zip(Generate.booleans(), sentence(),
                Generate.pick(List.of("", "[[page 2]]")), (ps, curatesSeed, title, marker) -> {
                    StringBuilder body = new StringBuilder();
                    StringBuilder notes = new StringBuilder();
                    for (int i = 0; i < ps.size(); i++) {
                        String[] parts = ps.get(i).split("[\u0001\u0002]");
                        body.append(parts[0]).append(i == 1 ? marker : "").append(parts[1]).append("[^")
                                .append(i + 1).append("]\n\n");
                        notes.append("[^").append(i + 1).append("]: ").append(parts[2]).append('\n');
                    }
                    return "---\nid: \"curated\"\ntitle: " + yaml(title) + "\nauthor: \"Ada <b>Author</b>\"\n"
                            + (curatesSeed ? "seed: \"print.txt\"\n" : "") + "abstract: " + yaml(title) + "\n---\n\n"
                            + body + notes;
                });
    }

    private static String yaml(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A real seed, mutated, in 35 % of projects, a generated print in half, a curated essay in 70 %. */
    private static Gen<Project> projects() {
        Gen<Optional<Mutated>> real = Mutations.mutated(Mutations.realSeeds(), Mutations.mutation(), 3)
                .toOptionals(65);
        return real.zip(rawSeed().toOptionals(50), essay().toOptionals(30), Project::new)
                .assuming(p -> p.seed().isPresent() || p.generatedSeed().isPresent() || p.essay().isPresent());
    }

    @Test
    void generatedProjectsBuildSafely() {
        qt().withExamples(15).withShrinkCycles(100).forAll(projects()).checkAssert(project -> {
            try {
                buildsSafely(project);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void buildsSafely(Project project) throws IOException {
        Path dir = Files.createTempDirectory("apparatus-fuzz");
        try {
            TestProject p = new TestProject(dir);
            project.seed().ifPresent(s -> p.seedBytes("real.txt", s.text().getBytes(StandardCharsets.UTF_8)));
            project.generatedSeed().ifPresent(s -> p.seed("print.txt", s));
            project.essay().ifPresent(e -> p.essay("curated.md", e));

            Build.Result result = p.build();

            String report = TestProject.report(result);
            String site = new org.apparatus.kernel.Project(p.root(), p.out()).display(p.out());
            assertThat(result.diagnostics().all()).as("the link check finds nothing\n%s", report)
                    .noneMatch(d -> d.file().startsWith(site + "/"));
            if (!result.published()) {
                assertThat(result.diagnostics().hasErrors()).as(report).isTrue();
                return;
            }
            List<String> pages = TestProject.files(p.out()).stream().filter(f -> f.endsWith(".html")).toList();
            assertThat(pages).contains("index.html");
            for (String page : pages) {
                assertCannotRunCode(page, p.page(page));
            }
        } finally {
            delete(dir);
        }
    }

    /** No script but the JSON-LD metadata, no event handler attribute, no link or frame that could run code. */
    static void assertCannotRunCode(String page, Document document) {
        assertThat(document.select(TestProject.EXECUTABLE_SCRIPT)).as(page).isEmpty();
        assertThat(document.select("iframe, object, embed, frame, base")).as(page).isEmpty();
        List<String> handlers = new ArrayList<>();
        for (Element e : document.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    handlers.add(e.tagName() + " " + a);
                }
                if (key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction")) {
                    String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                    assertThat(value).as("%s: %s", page, e.outerHtml()).doesNotStartWith("javascript:")
                            .doesNotStartWith("data:").doesNotStartWith("vbscript:");
                }
            }
        }
        assertThat(handlers).as(page).isEmpty();
    }

    @Test
    void theSafetyCheckCatchesWhatCouldRunCode() {
        for (String html : List.of("<p onclick=\"x()\">a</p>", "<script>alert(1)</script>",
                "<a href=\" JavaScript:alert(1)\">a</a>", "<iframe src=\"a.html\"></iframe>")) {
            assertThatThrownBy(() -> assertCannotRunCode("p.html", Jsoup.parse(html))).as(html)
                    .isInstanceOf(AssertionError.class);
        }
        assertCannotRunCode("p.html", Jsoup.parse("<script type=\"application/ld+json\">{}</script>"
                + "<a href=\"notes/x/1.html#n\" id=\"online\">a</a>"));
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
