package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs that once ran the build out of memory, built in a child JVM with a capped heap, so that a build whose
 * memory grows with more than its input fails here rather than on a maintainer's machine. The inputs are generated,
 * written to the same rules as the seeds; none is committed.
 */
@Tag("build")
class MemoryLimitsTest {

    /** The heap the child build gets: far less than the default, far more than an input in the limits needs. */
    private static final String HEAP = "-Xmx512m";

    private static final String ACTORS = """
            actors:
              - id: vladimir-putin
                name: Vladimir Putin
                kind: person
                short: [Putin]
              - id: russia
                name: Russia
                kind: state
              - id: north-korea
                name: North Korea
                kind: state
                metonyms: [Pyongyang]
              - id: kim-jong-il
                name: Kim Jong-il
                kind: person
            ignore: [North Korean]
            """;

    @TempDir
    Path dir;

    /**
     * One run-on paragraph of 100,000 words (no sentence ends) naming registered actors 25,000 times: each mention
     * once held two copies of the paragraph, some 15 GB, and ended in an OutOfMemoryError with a 6 GB heap.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRunOnParagraphOfAHundredThousandWordsNamingActorsTwentyFiveThousandTimesBuildsInASmallHeap()
            throws Exception {
        Path root = project();
        Files.writeString(root.resolve("seeds/000_runon.txt"), "A Run-On Paragraph by Ann Writer\n\n"
                + runOn(100_000, 25_000) + " and so it ended.\n", StandardCharsets.UTF_8);
        Child child = build(root);
        assertThat(child.exit()).as(child.output()).isZero();
        assertThat(child.output()).doesNotContain("OutOfMemoryError").contains("built");
        org.jsoup.nodes.Document putin = org.jsoup.Jsoup.parse(
                root.resolve("site/actors/vladimir-putin.html").toFile());
        // the paragraph is quoted once, a few bounded parts of it, and the other mentions counted and linked
        assertThat(putin.select("blockquote.in-context")).hasSize(1)
                .allSatisfy(q -> assertThat(q.text()).hasSizeLessThan(5_000));
        assertThat(putin.select("p.where").text()).containsPattern("\\d{4,} more mentions in it");
    }

    /** Inputs beyond a stated limit are refused at their line, each with the limit, never with OutOfMemoryError. */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void inputsBeyondTheLimitsAreRefusedWithTheLimit() throws Exception {
        Path root = project();
        // words: one paragraph of 250,000 short words
        Files.writeString(root.resolve("seeds/000_words.txt"), "Too Many Words by Ann Writer\n\n"
                + "and on ".repeat(125_000).strip() + ".\n", StandardCharsets.UTF_8);
        // names: 40,000 registered names in one paragraph of 160,000 words
        Files.writeString(root.resolve("seeds/001_names.txt"), "Too Many Names by Ann Writer\n\n"
                + runOn(160_000, 40_000) + ".\n", StandardCharsets.UTF_8);
        // notes: 12,000 notes, ten to a paragraph, each block after the rule that ends its page
        StringBuilder notes = new StringBuilder("Too Many Notes by Ann Writer\n\n");
        for (int page = 0; page < 1_200; page++) {
            StringBuilder block = new StringBuilder("\n---\n\n");
            for (int n = page * 10 + 1; n <= page * 10 + 10; n++) {
                notes.append("Claim ").append(n).append(".<sup>").append(n).append("</sup> ");
                block.append(n).append(" Ann Author, \"Title,\" *Journal*, Vol. 1, No. 2 (2001), p. ").append(n)
                        .append(".\n");
            }
            notes.append("\n").append(block).append("\n");
        }
        Files.writeString(root.resolve("seeds/002_notes.txt"), notes, StandardCharsets.UTF_8);
        Child child = build(root);
        assertThat(child.exit()).as(child.output()).isNotZero();
        assertThat(child.output()).doesNotContain("OutOfMemoryError", "Exception")
                .containsPattern("seeds/000_words\\.txt[^\\n]*:\\d+: error: the paragraph has 250,000 words, which"
                        + " exceeds the limit of a paragraph; expected at most 200,000 words")
                .containsPattern("seeds/001_names\\.txt[^\\n]*:\\d+: error: the paragraph or note holds more than"
                        + " 30,000 names and dates, which exceeds the limit of a paragraph; expected at most 30,000")
                .containsPattern("seeds/002_notes\\.txt[^\\n]*:\\d+: error: the essay has 12,000 notes, which"
                        + " exceeds the limit of an essay; expected at most 10,000 notes");
        assertThat(root.resolve("site")).doesNotExist();
    }

    /** {@code words} words without a sentence end, {@code names} of them (or of their pairs) registered names. */
    static String runOn(int words, int names) {
        String[] forms = {"Putin", "Russia", "Pyongyang", "Putin's", "Kim Jong-il", "Russia"};
        String[] filler = {"and", "the", "talks", "went", "on", "with", "both", "sides"};
        StringBuilder text = new StringBuilder();
        int written = 0;
        int named = 0;
        for (int i = 0; written < words; i++) {
            if (named < names && (long) written * names >= (long) named * words) {
                String form = forms[named++ % forms.length];
                text.append(form).append(' ');
                written += form.split(" ").length;
            } else {
                text.append(filler[i % filler.length]).append(i % 13 == 12 ? ", " : " ");
                written++;
            }
        }
        return text.toString().strip();
    }

    private Path project() throws IOException {
        Path root = dir.resolve("project");
        Files.createDirectories(root.resolve("seeds"));
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/actors.yml"), ACTORS, StandardCharsets.UTF_8);
        return root;
    }

    private record Child(int exit, String output) {
    }

    /** Builds the project in a child JVM with the capped heap, running the command line as a maintainer does. */
    private static Child build(Path root) throws IOException, InterruptedException {
        Path log = root.resolveSibling("build.log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-cp", System.getProperty("java.class.path"), Apparatus.class.getName(), "build",
                "--root", root.toString(), "--out", root.resolve("site").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(280, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child build did not finish");
        }
        return new Child(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

}
