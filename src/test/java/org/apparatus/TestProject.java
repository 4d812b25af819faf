package org.apparatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Project;
import org.apparatus.publish.Publisher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A throw-away project folder for end-to-end tests: seeds, curated essays and templates written from text blocks,
 * built with {@link Build} into an output folder beside it, and its pages parsed with jsoup.
 *
 * <pre>
 * TestProject p = new TestProject(tempDir).essay("x.md", """ ... """);
 * Build.Result r = p.build();
 * Document essay = p.page("essays/x.html");
 * </pre>
 */
public final class TestProject {

    /**
     * Script elements a browser would run other than the generator's own: everything but the page's JSON-LD metadata
     * and the scripts loaded by address from the site's {@code assets/}.
     */
    static final String EXECUTABLE_SCRIPT = "script:not([type=application/ld+json]):not([src~=^(\\.\\./)*assets/[a-z-]+\\.js$])";


    private final Path root;
    private final Path out;

    /** A project in {@code dir/project}, building into {@code dir/site}. */
    public TestProject(Path dir) {
        this(dir.resolve("project"), dir.resolve("site"));
    }

    public TestProject(Path root, Path out) {
        this.root = root.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return out;
    }

    /** {@code .site.builds} beside the output, where every build is written and the output links to the last. */
    public Path builds() {
        return new Publisher(out).builds();
    }

    /** The build folders the output does not link to: what a failed or killed build would have left behind. */
    public List<String> strayBuilds() {
        try {
            Optional<Path> current = new Publisher(out).current();
            if (!Files.isDirectory(builds())) {
                return List.of();
            }
            try (Stream<Path> list = Files.list(builds())) {
                return list.filter(p -> current.isEmpty() || !p.equals(current.get()))
                        .filter(p -> !p.getFileName().toString().equals(".lock"))
                        .map(p -> p.getFileName().toString()).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code seeds/<name>} in UTF-8. */
    public TestProject seed(String name, String text) {
        return write("seeds/" + name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code seeds/<name>} with exactly these bytes. */
    public TestProject seedBytes(String name, byte[] bytes) {
        return write("seeds/" + name, bytes);
    }

    /** Writes {@code content/essays/<name>}. */
    public TestProject essay(String name, String markdown) {
        return write("content/essays/" + name, markdown.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code templates/<name>}. */
    public TestProject template(String name, String text) {
        return write("templates/" + name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content/site.yml}. */
    public TestProject siteSettings(String yaml) {
        return write("content/site.yml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes any file of the project, relative to its root. */
    public TestProject write(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file of the project. */
    public TestProject delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Build.Result build() {
        return new Build(new Project(root, out)).run();
    }

    /** A built page, parsed. */
    public Document page(String relative) {
        return parse(out, relative);
    }

    /** A built file's text. */
    public String text(String relative) {
        try {
            return Files.readString(out.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document parse(Path site, String relative) {
        try {
            return Jsoup.parse(Files.readString(site.resolve(relative), StandardCharsets.UTF_8), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diagnostics of a result, one {@code toString()} a line, for assertion messages. */
    public static String report(Build.Result result) {
        return result.diagnostics().report();
    }

    /** The diagnostics of a result as their {@code file:line:col: severity: message} texts. */
    public static List<String> messages(Build.Result result) {
        return result.diagnostics().all().stream().map(Diagnostic::toString).toList();
    }

    /** Every regular file under {@code dir} (relative, forward slashes), sorted. Empty if {@code dir} is missing. */
    public static List<String> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir} with the SHA-256 of its bytes: two equal snapshots are byte-identical trees. */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> snapshot = new TreeMap<>();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : files(dir)) {
                snapshot.put(file, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(dir.resolve(file)))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return snapshot;
    }

    /** The project folder this test suite runs in: Surefire's working directory. */
    public static Path repository() {
        return Path.of("").toAbsolutePath().normalize();
    }

    /** The repository's own project, built once and read by the tests that check its pages. */
    public record RealBuild(Path site, Build.Result result) {
    }

    private static RealBuild real;

    /**
     * The repository's own project (seeds/, content/, templates/), built on first use into
     * {@code target/real-project/site} and shared by every test that only reads it.
     */
    public static synchronized RealBuild realProject() {
        if (real == null) {
            Path dir = repository().resolve("target/real-project");
            try {
                org.apparatus.publish.Publisher.delete(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path site = dir.resolve("site");
            real = new RealBuild(site, new Build(new Project(repository(), site)).run());
        }
        return real;
    }
}
