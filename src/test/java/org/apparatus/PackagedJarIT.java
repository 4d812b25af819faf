package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar that {@code mvn package} makes, run as a maintainer would run it. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "apparatus.jar");

    private static String run(Path workingDir, List<String> args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void buildsTheRepositoryWithItsBuiltInTemplates(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("content/essays"));
        Files.createDirectories(project.resolve("seeds"));
        for (String folder : List.of("seeds", "content/essays")) {
            try (var files = Files.list(Path.of(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, project.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
        for (String registry : List.of("content/actors.yml", "content/events.yml")) { // the essays link to them
            if (Files.exists(Path.of(registry))) {
                Files.copy(Path.of(registry), project.resolve(registry));
            }
        }
        String output = run(dir, List.of("build", "--root", project.toString()));

        assertThat(output).contains("apparatus: built ");
        assertThat(project.resolve("site/index.html")).exists();
        assertThat(Files.readString(project.resolve("site/bibliography/index.html")))
                .contains("Wuchte, Tom.", "Pacific Focus");
        assertThat(project.resolve("site/essays/putin-administrations-north-korean-policy.html")).exists();
    }

    @Test
    void importsARawTextToStandardOutput(@TempDir Path dir) throws Exception {
        String output = run(dir, List.of("import", Path.of("seeds/000_4c19dc31bb5f5a75.txt").toAbsolutePath().toString()));

        assertThat(output).startsWith("---\nid: \"russian-policy-towards-north-korea\"\n");
    }
}
