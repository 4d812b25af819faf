package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@code apparatus serve} after random edits of a small synthetic edition gives the site a full build of the same
 * sources gives. The tests run serve with {@code apparatus.serve.verify} (see the pom), so a part taken unmade whose
 * pages would differ fails the rebuild itself, naming the part.
 */
class ServeEditsPropertyTest {

    private static final Pattern TITLE = Pattern.compile("(?m)^title: \"([^\"]*)\"$");
    private static final Pattern NOTE = Pattern.compile("(?m)^\\[\\^(\\d+)\\]: (.*)$");

    /**
     * Each edit is one number, read as: which kind of edit, in which essay, where, and from which other essay it takes
     * its words (so that the edits carry the corpus's names, dates, events and citations from one essay to another).
     */
    @Property(tries = 6)
    void theServedSiteAfterRandomEditsIsTheSiteAFullBuildMakes(@ForAll @IntRange(max = 1000) int corpus,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(max = 1_000_000) Integer> edits) throws IOException {
        Path dir = Files.createTempDirectory("apparatus-serve-edits");
        try {
            TestProject project = new TestProject(dir.resolve("served"));
            new CorpusGenerator(4, corpus).write(project.root());
            try (Serve serve = new Serve(new Project(project.root(), project.out()))) {
                assertThat(serve.build().published()).isTrue();
                List<String> done = new ArrayList<>();
                for (int edit : edits) {
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

    /** Makes the edit the number stands for in one essay of the project, and says what it did. */
    private static String edit(Path root, int edit) throws IOException {
        List<Path> essays;
        try (Stream<Path> files = Files.list(root.resolve("content/essays"))) {
            essays = files.sorted().toList();
        }
        Path target = essays.get(edit % essays.size());
        Path source = essays.get(edit / 7 % essays.size());
        String text = Files.readString(target, StandardCharsets.UTF_8);
        String other = Files.readString(source, StandardCharsets.UTF_8);
        List<String> paragraphs = paragraphs(text);
        List<String> borrowed = paragraphs(other);
        int at = edit / 49;
        String name = target.getFileName() + " from " + source.getFileName() + ": ";
        return switch (edit / 13 % 5) {
            case 0 -> { // a sentence of another paragraph added to one, with the names and dates it holds
                String paragraph = paragraphs.get(at % paragraphs.size());
                String sentence = firstSentence(borrowed.get(at / 3 % borrowed.size()));
                Files.writeString(target, text.replace(paragraph, paragraph + " " + sentence));
                yield name + "added '" + sentence + "'";
            }
            case 1 -> { // a paragraph without notes taken out
                List<String> plain = paragraphs.stream().filter(p -> !p.contains("[^")).toList();
                if (plain.size() < 2) {
                    yield name + "nothing";
                }
                String paragraph = plain.get(at % plain.size());
                Files.writeString(target, text.replace(paragraph + "\n\n", ""));
                yield name + "took out '" + paragraph.substring(0, Math.min(40, paragraph.length())) + "'";
            }
            case 2 -> { // the title
                Files.writeString(target, TITLE.matcher(text).replaceFirst("title: \"Retitled " + at % 10 + "\""));
                yield name + "retitled";
            }
            case 3 -> { // a note's text replaced by another essay's note: other works, Ibid. or op. cit.
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
            default -> { // a registered name, spelt as the registry spells it, added to a paragraph
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
