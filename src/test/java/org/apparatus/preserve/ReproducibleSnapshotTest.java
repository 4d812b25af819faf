package org.apparatus.preserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apparatus.TestProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the real edition with its snapshot, each in a JVM of its own under a time zone and locale as far apart
 * as they go (local dates a day apart, other digits and letter cases), give the same bytes: site, bag and WACZ.
 */
@Tag("build")
class ReproducibleSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void siteBagAndWaczAreByteIdenticalUnderAnyTimeZoneAndLocale() throws Exception {
        Path a = build("Pacific/Kiritimati", "tr", "TR", dir.resolve("a"));
        Path b = build("America/Adak", "ar", "EG", dir.resolve("b"));

        Map<String, String> siteA = TestProject.snapshot(a.resolve("site"));
        assertThat(siteA).hasSizeGreaterThan(60).containsKeys("data/edition.json", "sitemap.xml");
        assertThat(TestProject.snapshot(b.resolve("site"))).isEqualTo(siteA);

        Map<String, String> bagA = TestProject.snapshot(a.resolve("snapshots/edition-2026-01-01"));
        assertThat(bagA).containsKeys("bag-info.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt");
        assertThat(TestProject.snapshot(b.resolve("snapshots/edition-2026-01-01"))).isEqualTo(bagA);

        assertThat(b.resolve("snapshots/edition-2026-01-01.wacz"))
                .hasSameBinaryContentAs(a.resolve("snapshots/edition-2026-01-01.wacz"));
        assertThat(Files.readString(a.resolve("snapshots/edition-2026-01-01/bag-info.txt")))
                .contains("Bagging-Date: 2026-01-01\n");
    }

    /** Builds the repository's project with a snapshot in a new JVM; returns the folder holding site/ and snapshots/. */
    private static Path build(String zone, String language, String country, Path out) throws IOException,
            InterruptedException {
        Path project = out.resolve("project");
        for (String folder : List.of("seeds", "content", "templates")) {
            Path from = TestProject.repository().resolve(folder);
            for (String file : TestProject.files(from)) {
                Path target = project.resolve(folder).resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(from.resolve(file), target);
            }
        }
        Files.writeString(project.resolve("content/site.yml"), Files.readString(project.resolve("content/site.yml"))
                .strip() + "\nurl: \"https://edition.example.org/\"\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=" + zone, "-Duser.language=" + language, "-Duser.country=" + country,
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.apparatus.Apparatus",
                "build", "--root", project.toString(), "--out", out.resolve("site").toString(),
                "--snapshot", out.resolve("snapshots").toString(), "--snapshot-date", "2026-01-01T00:00:00Z"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TZ", zone);
        builder.environment().put("LANG", language + "_" + country + ".UTF-8");
        builder.environment().put("LC_ALL", language + "_" + country + ".UTF-8");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return out;
    }
}
