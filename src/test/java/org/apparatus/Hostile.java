package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apparatus.kernel.Diagnostic;

/**
 * Builds a hostile project and checks what every build must do, whatever its input: return (no exception escapes
 * {@link Build#run()}; the tests' {@code @Timeout} catches a hang), write nothing outside the output folder and its
 * staging siblings, and either publish pages that {@link SafePages} finds safe, or fail with errors that each name a
 * project file and say what was expected, leaving no output behind.
 */
final class Hostile {

    /** {@code file[:line[:col]]: error: message}: a project-relative file, never a stack trace or exception name. */
    private static final Pattern CLEAR = Pattern.compile(
            "(?!/)\\S.*?(:\\d+(:\\d+)?)?: (error|warning): [a-z'\"\\[<(].*");
    private static final Pattern TECHNICAL = Pattern.compile(
            "Exception|Error\\b|\\bat org\\.|\\bat java\\.|\\bnull\\b|Input length");

    private Hostile() {
    }

    /** A test resource under {@code src/test/resources/hostile/}, as text. */
    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** A test resource under {@code src/test/resources/hostile/}, as bytes. */
    static byte[] bytes(String name) {
        try (InputStream in = Hostile.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource hostile/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds, checks the guarantees every build keeps, and returns the result. */
    static Build.Result build(TestProject project) {
        Path world = project.root().getParent();
        Map<String, String> before = outside(world, project);
        Build.Result result = project.build();
        assertThat(outside(world, project)).as("files outside the output folder after the build")
                .isEqualTo(before);
        assertThat(project.strayBuilds()).as("build folders left behind").isEmpty();
        for (Diagnostic d : result.diagnostics().all()) {
            assertThat(d.toString()).as("a clear diagnostic").matches(CLEAR).doesNotContainPattern(TECHNICAL);
        }
        if (result.published()) {
            assertThat(result.diagnostics().hasErrors()).isFalse();
            SafePages.assertSafe(project.out());
        } else {
            assertThat(result.diagnostics().hasErrors()).as("a failed build says why").isTrue();
            assertThat(project.out()).as("a failed build publishes nothing").doesNotExist();
        }
        return result;
    }

    /** Builds and expects a published site; returns the result. */
    static Build.Result published(TestProject project) {
        Build.Result result = build(project);
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        return result;
    }

    /** Builds and expects a failed build with an error starting with each of {@code errors}; returns the result. */
    static Build.Result failed(TestProject project, String... errors) {
        Build.Result result = build(project);
        assertThat(result.published()).as(TestProject.report(result)).isFalse();
        List<String> messages = TestProject.messages(result);
        for (String error : errors) {
            assertThat(messages).as(TestProject.report(result)).anyMatch(m -> m.startsWith(error));
        }
        return result;
    }

    /**
     * Everything under {@code world} except the output, its builds and their link: each file with its size and
     * hash, each link with its target, each folder.
     */
    static Map<String, String> outside(Path world, TestProject project) {
        Set<Path> skipped = Set.of(project.out(), project.builds(),
                project.out().resolveSibling("." + project.out().getFileName() + ".link"));
        Map<String, String> found = new TreeMap<>();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Files.walkFileTree(world, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (skipped.contains(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    found.put(world.relativize(dir) + "/", "folder");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (skipped.contains(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = world.relativize(file).toString();
                    if (attrs.isSymbolicLink()) {
                        found.put(name, "link to " + Files.readSymbolicLink(file));
                    } else if (attrs.isRegularFile()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            byte[] buffer = new byte[1 << 16];
                            for (int n; (n = in.read(buffer)) > 0; ) {
                                sha.update(buffer, 0, n);
                            }
                        }
                        found.put(name, attrs.size() + " " + HexFormat.of().formatHex(sha.digest()));
                    } else {
                        found.put(name, "other");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
