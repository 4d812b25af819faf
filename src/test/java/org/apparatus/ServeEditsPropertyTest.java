package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apparatus.corpus.CorpusGenerator;
import org.apparatus.kernel.Project;
import org.apparatus.publish.Publisher;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@code apparatus serve} after random edits of a small synthetic edition gives the site a full build of the same
 * sources gives. The tests run serve with {@code apparatus.serve.verify} (see the pom), so a part taken unmade whose
 * pages would differ fails the rebuild itself, naming the part.
 *
 * <p>QuickTheories, not Jazzer: each try is whole builds (seconds), far too slow for coverage-guided fuzzing, and what
 * matters is a readable failure: an edit is a value (its kind, the essay, the essay it borrows from, where), so a
 * failure shrinks to the fewest and simplest edits. The corpus is {@link CorpusGenerator}'s, picked by its seed.
 * Seeded by {@code QT_SEED} (see the pom); few shrink cycles, as each costs builds.
 */
@Tag("build")
class ServeEditsPropertyTest {

    private static final Pattern TITLE = Pattern.compile("(?m)^title: \"([^\"]*)\"$");
    private static final Pattern NOTE = Pattern.compile("(?m)^\\[\\^(\\d+)\\]: (.*)$");

    /** What an edit does to an essay. */
    enum Kind {
        /** A sentence of another essay's paragraph added to a paragraph, with the names and dates it holds. */
        ADD_SENTENCE,
        /** A paragraph without notes taken out. */
        REMOVE_PARAGRAPH,
        /** The title changed. */
        RETITLE,
        /** A note's text replaced by another essay's note: other works, Ibid. or op. cit. */
        REPLACE_NOTE,
        /** A registered name, spelt as the registry spells it, added to a paragraph. */
        ADD_ACTOR
    }

    /**
     * One edit: its kind, the essay it changes and the one it takes its words from (so that the edits carry the
     * corpus's names, dates, events and citations from one essay to another), by their place in file-name order, and
     * {@code at}, which paragraph, note or name it picks.
     */
    record Edit(Kind kind, int essay, int from, int at) {
    }

    private static Gen<Edit> edits() {
        return Generate.enumValues(Kind.class).zip(integers().between(0, 3), integers().between(0, 3),
                integers().between(0, 999), Edit::new);
    }

    @Test
    void theServedSiteAfterRandomEditsIsTheSiteAFullBuildMakes() {
        qt().withExamples(6).withShrinkCycles(40).forAll(integers().between(0, 1000),
                lists().of(edits()).ofSizeBetween(1, 4)).checkAssert(ServeEditsPropertyTest::serveAndCompare);
    }

    private static void serveAndCompare(int corpus, List<Edit> edits) {
        try {
            servedAfter(corpus, edits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void servedAfter(int corpus, List<Edit> edits) throws IOException {
        Path dir = Files.createTempDirectory("apparatus-serve-edits");
        try {
            TestProject project = new TestProject(dir.resolve("served"));
            new CorpusGenerator(4, corpus).write(project.root());
            try (Serve serve = new Serve(new Project(project.root(), project.out()))) {
                assertThat(serve.build().published()).isTrue();
                List<String> done = new ArrayList<>();
                for (Edit edit : edits) {
                    done.add(edit(project.root(), edit));
                    Build.Result result = serve.build();
                    assertThat(result.published()).as(done + ": " + TestProject.report(result)).isTrue();
                }
                TestProject fresh = new TestProject(dir.resolve("fresh"));
                copy(project.root().resolve("content"), fresh.root().resolve("content"));
                assertThat(fresh.build().published()).isTrue();
                assertThat(TestProject.snapshot(project.out())).as(done.toString())
                        .isEqualTo(TestProject.snapshot(fresh.out()));
            }
        } finally {
            Publisher.delete(dir);
        }
    }

    /** Makes the edit in one essay of the project, and says what it did. */
    private static String edit(Path root, Edit edit) throws IOException {
        List<Path> essays;
        try (Stream<Path> files = Files.list(root.resolve("content/essays"))) {
            essays = files.sorted().toList();
        }
        Path target = essays.get(edit.essay() % essays.size());
        Path source = essays.get(edit.from() % essays.size());
        String text = Files.readString(target, StandardCharsets.UTF_8);
        String other = Files.readString(source, StandardCharsets.UTF_8);
        List<String> paragraphs = paragraphs(text);
        List<String> borrowed = paragraphs(other);
        int at = edit.at();
        String name = target.getFileName() + " from " + source.getFileName() + ": ";
        return switch (edit.kind()) {
            case ADD_SENTENCE -> {
                String paragraph = paragraphs.get(at % paragraphs.size());
                String sentence = firstSentence(borrowed.get(at / 3 % borrowed.size()));
                Files.writeString(target, text.replace(paragraph, paragraph + " " + sentence));
                yield name + "added '" + sentence + "'";
            }
            case REMOVE_PARAGRAPH -> {
                List<String> plain = paragraphs.stream().filter(p -> !p.contains("[^")).toList();
                if (plain.size() < 2) {
                    yield name + "nothing";
                }
                String paragraph = plain.get(at % plain.size());
                Files.writeString(target, text.replace(paragraph + "\n\n", ""));
                yield name + "took out '" + paragraph.substring(0, Math.min(40, paragraph.length())) + "'";
            }
            case RETITLE -> {
                Files.writeString(target, TITLE.matcher(text).replaceFirst("title: \"Retitled " + at % 10 + "\""));
                yield name + "retitled";
            }
            case REPLACE_NOTE -> {
                List<String> notes = notes(text);
                List<String> others = notes(other);
                int n = at % notes.size();
                String replacement = others.get(at / 5 % others.size());
                Matcher note = NOTE.matcher(text);
                StringBuilder edited = new StringBuilder();
                int i = 0;
                while (note.find()) {
                    note.appendReplacement(edited, Matcher.quoteReplacement(i++ == n
                            ? "[^" + note.group(1) + "]: " + replacement : note.group()));
                }
                Files.writeString(target, note.appendTail(edited).toString());
                yield name + "note " + (n + 1) + " now reads '" + replacement + "'";
            }
            case ADD_ACTOR -> {
                String actors = Files.readString(root.resolve("content/actors.yml"), StandardCharsets.UTF_8);
                List<String> names = Pattern.compile("(?m)^\\s+name: \"?([^\"\\n]+)\"?$").matcher(actors).results()
                        .map(r -> r.group(1)).toList();
                String paragraph = paragraphs.get(at % paragraphs.size());
                String actor = names.get(at / 3 % names.size());
                Files.writeString(target, text.replace(paragraph, paragraph + " " + actor + " said nothing."));
                yield name + "added " + actor;
            }
        };
    }

    /** The body paragraphs of an essay: not the front matter, headings or notes. */
    private static List<String> paragraphs(String essay) {
        String body = essay.substring(essay.indexOf("\n---\n", 4) + 5);
        return Stream.of(body.split("\n\n")).map(String::strip)
                .filter(p -> !p.isEmpty() && !p.startsWith("#") && !p.startsWith("[^")).toList();
    }

    private static List<String> notes(String essay) {
        return NOTE.matcher(essay).results().map(r -> r.group(2)).toList();
    }

    private static String firstSentence(String paragraph) {
        int end = paragraph.indexOf(". ");
        return (end < 0 ? paragraph : paragraph.substring(0, end + 1)).replaceAll("\\[\\^\\d+\\]", "");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
