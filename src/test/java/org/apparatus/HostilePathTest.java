package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8, paths: ids, slugs and file names that try to leave the output folder, name devices, run long, collide by
 * case or Unicode normalisation, or are links out of the project. Nothing is ever written outside the output folder
 * (checked by {@link Hostile#build}) and nothing outside the project is ever read into the site.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("build")
class HostilePathTest {

    /** Written outside the project; must never show up in a site. */
    private static final String SECRET = "TOP-SECRET-6f1d2c outside the project";

    @TempDir
    Path dir;

    private Path secret() throws IOException {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Path file = outside.resolve("secret.txt");
        Files.writeString(file, "A Secret by Eve Outsider\n\n" + SECRET + ".\n", StandardCharsets.UTF_8);
        Files.writeString(outside.resolve("secret.md"), Samples.essay("secret", SECRET), StandardCharsets.UTF_8);
        return file;
    }

    private static void assertNoSecret(TestProject p) throws IOException {
        for (String file : TestProject.files(p.out())) {
            assertThat(Files.readString(p.out().resolve(file), StandardCharsets.ISO_8859_1)).as(file)
                    .doesNotContain("TOP-SECRET-6f1d2c");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "../../../../tmp/evil", "/etc/passwd", "/tmp/evil", "%2e%2e/evil",
            "%2e%2e%2fevil", "..\\\\evil", "C:\\\\evil", "evil\\u0000x", "a/b", ".", "..", "", " ", "CON", "Evil",
            "ﬁ-ligature", "e\\u0301vil", "evil.html", "-evil", "evil-", "evil--x",
            "x0123456789x0123456789x0123456789x0123456789x0123456789x0123456789x0123456789x0123456789"})
    void anEssayIdThatIsNotASlugFailsTheBuildAtItsLine(String id) {
        TestProject p = new TestProject(dir).essay("x.md", """
                ---
                id: "ID"
                title: "X"
                author: "A"
                ---

                Text.
                """.replace("ID", id));
        Hostile.failed(p, "content/essays/x.md:2:1: error: invalid essay id '");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON.md", "NUL.md", "con.md", "nul.txt.md", "aux.md", "COM1.md", "..md", "...md",
            "%2e%2e.md", "a\\b.md", "évil.md", "e\u0301vil.md", " .md"})
    void essayFileNamesNeverBecomePaths(String name) {
        TestProject p = new TestProject(dir).essay(name, """
                ---
                title: "X"
                author: "A"
                ---

                Text.
                """);
        Build.Result result = Hostile.build(p);
        if (result.published()) {
            assertThat(TestProject.files(p.out())).filteredOn(f -> f.startsWith("essays/"))
                    .allMatch(f -> f.matches("essays/[a-z0-9]+(-[a-z0-9]+)*\\.html"));
        } else {
            assertThat(TestProject.messages(result)).anyMatch(m -> m.startsWith("content/essays/" + name
                    + ":1:1: error: invalid essay id"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON.txt", "NUL.txt", "nul.txt", "PRN.txt", "COM1.txt", "LPT9.txt", "..txt",
            "%2e%2e.txt", " .txt"})
    void seedsWithReservedOrPathLikeNamesAreReadAsPlainFiles(String name) {
        TestProject p = new TestProject(dir).seed(name, Samples.RAW_SEED);
        Hostile.published(p);
        assertThat(TestProject.files(p.out())).contains("essays/raw-seed-essay.html");
        assertThat(p.page("essays/raw-seed-essay.html").selectFirst("section.provenance code").wholeText())
                .isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..\\..\\evil.txt", "x\\y.txt", "C:\\evil.txt"})
    void aSeedNameWithABackslashIsAnError(String name) {
        TestProject p = new TestProject(dir).seed(name, Samples.RAW_SEED);
        Hostile.failed(p, "seeds/" + name + ": error: the seed's file name contains a backslash");
    }

    @Test
    void aSeedNameOf255Bytes() {
        String name = "\u00e9".repeat(125) + "x.txt"; // 250 + 5 bytes in UTF-8, the longest a Linux name can be
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(255);
        TestProject p = new TestProject(dir).seed(name, Samples.RAW_SEED);
        Hostile.published(p);
    }

    @Test
    void aTitleOfThousandsOfCharactersGivesAShortId() {
        String title = "Word ".repeat(2_000) + "end";
        TestProject p = new TestProject(dir).seed("010_long.txt", title + " by Long Author\n\nText.\n")
                .essay("y.md", Samples.essay("y", "Other.")
                        .replace("title: \"Essay y\"", "title: \"" + "\u00e9".repeat(300) + "\""));
        Hostile.published(p);
        for (String file : TestProject.files(p.out())) {
            for (String part : file.split("/")) {
                assertThat(part.getBytes(StandardCharsets.UTF_8).length).as(file).isLessThanOrEqualTo(100);
            }
        }
    }

    @Test
    void twoSeedsWhoseTitlesDifferOnlyInCaseAreOneIdAndAnError() {
        TestProject p = new TestProject(dir)
                .seed("010_a.txt", "The Same Title by Ann Author\n\nText one.\n")
                .seed("011_b.txt", "THE SAME TITLE by Ann Author\n\nText two.\n");
        Hostile.failed(p, "seeds/011_b.txt (as imported):1:1: error: essay id 'same-title' is already used by"
                + " seeds/010_a.txt (as imported); expected each essay to have its own id");
    }

    @Test
    void twoSeedsWhoseTitlesDifferOnlyInUnicodeNormalisationAreOneIdAndAnError() {
        String composed = Normalizer.normalize("Caf\u00e9 Soci\u00e9t\u00e9", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(composed).isNotEqualTo(decomposed);
        TestProject p = new TestProject(dir)
                .seed("010_nfc.txt", composed + " by Ann Author\n\nText one.\n")
                .seed("011_nfd.txt", decomposed + " by Ann Author\n\nText two.\n");
        Hostile.failed(p, "seeds/011_nfd.txt (as imported):1:1: error: essay id 'cafe-societe' is already used by"
                + " seeds/010_nfc.txt (as imported)");
    }

    @Test
    void twoSeedFilesWhoseNamesDifferOnlyInCaseOrNormalisation() {
        TestProject p = new TestProject(dir)
                .seed("\u00e9t\u00e9.txt", "Summer One by Ann Author\n\nText one.\n")
                .seed("e\u0301te\u0301.txt", "Summer Two by Ann Author\n\nText two.\n")
                .seed("A.txt", "Summer Three by Ann Author\n\nText three.\n")
                .seed("a.txt", "Summer Four by Ann Author\n\nText four.\n");
        Hostile.published(p);
        assertThat(TestProject.files(p.out())).contains("essays/summer-one.html", "essays/summer-two.html",
                "essays/summer-three.html", "essays/summer-four.html");
    }

    @Test
    void aLinkInsideContentEssaysToAFileOutsideIsRefused() throws IOException {
        Path secret = secret();
        TestProject p = new TestProject(dir).essay("x.md", Samples.ESSAY);
        Files.createSymbolicLink(p.root().resolve("content/essays/leak.md"), secret.resolveSibling("secret.md"));
        Hostile.failed(p, "content/essays/leak.md: error: an essay must be a regular file, not a link or folder");
    }

    @Test
    void aLinkInsideSeedsToAFileOutsideIsRefused() throws IOException {
        Path secret = secret();
        TestProject p = new TestProject(dir).seed("010_ok.txt", Samples.RAW_SEED);
        Files.createSymbolicLink(p.root().resolve("seeds/020_leak.txt"), secret);
        Files.createSymbolicLink(p.root().resolve("seeds/030_passwd.txt"), Path.of("/etc/passwd"));
        Hostile.failed(p, "seeds/020_leak.txt: error: a seed must be a regular file, not a link or folder",
                "seeds/030_passwd.txt: error: a seed must be a regular file, not a link or folder");
    }

    @Test
    void aLinkedFolderInsideSeedsOrEssaysIsNotFollowed() throws IOException {
        secret();
        TestProject p = new TestProject(dir).essay("x.md", Samples.ESSAY);
        Files.createSymbolicLink(p.root().resolve("content/essays/outside.md"), dir.resolve("outside"));
        Files.createDirectories(p.root().resolve("seeds"));
        Files.createSymbolicLink(p.root().resolve("seeds/outside.txt"), dir.resolve("outside"));
        Build.Result result = Hostile.build(p);
        assertThat(result.published()).isFalse();
        assertNoSecret(p);
    }

    @Test
    void aLinkInTemplatesAssetsToAFileOutsideIsNeverCopied() throws IOException {
        Path secret = secret();
        TestProject p = new TestProject(dir).essay("x.md", Samples.ESSAY).template("assets/own.css", "p { }\n");
        Files.createSymbolicLink(p.root().resolve("templates/assets/leak.css"), secret);
        Files.createSymbolicLink(p.root().resolve("templates/assets/passwd.css"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(p.root().resolve("templates/assets/folder"), dir.resolve("outside"));
        Build.Result result = Hostile.failed(p);
        assertThat(TestProject.messages(result)).contains(
                    "templates/assets/leak.css: error: an asset must be a regular file, not a link; copy the file"
                            + " into templates/assets/ instead",
                    "templates/assets/passwd.css: error: an asset must be a regular file, not a link; copy the file"
                            + " into templates/assets/ instead",
                "templates/assets/folder: error: an asset must be a regular file, not a link; copy the file"
                        + " into templates/assets/ instead");

        // without the links, the project's own asset is copied as before
        p.delete("templates/assets/leak.css").delete("templates/assets/passwd.css").delete("templates/assets/folder");
        Hostile.published(p);
        assertThat(TestProject.files(p.out())).contains("assets/own.css", "assets/apparatus.css");
        assertNoSecret(p);
    }

    @Test
    void aLinkedTemplateOutsideTheProjectIsNotUsed() throws IOException {
        secret();
        Path evil = dir.resolve("outside/essay.ftlh");
        Files.writeString(evil, "<p>TOP-SECRET-6f1d2c ${page.title.html?no_esc}</p>\n", StandardCharsets.UTF_8);
        TestProject p = new TestProject(dir).essay("x.md", Samples.ESSAY);
        Files.createDirectories(p.root().resolve("templates"));
        Files.createSymbolicLink(p.root().resolve("templates/essay.ftlh"), evil);
        Hostile.failed(p, "templates/essay.ftlh: error: a template must be a file inside templates/, not a link"
                + " out of it; copy the template into the folder (writing essays/sample-essay.html)");
    }

    @Test
    void anOutputFolderInsideTheProjectOrAtItsRootIsRefused() {
        TestProject p = new TestProject(dir.resolve("project"), dir.resolve("project"));
        p.essay("x.md", Samples.ESSAY);
        Build.Result result = p.build();
        assertThat(result.published()).isFalse();
        assertThat(TestProject.messages(result)).anyMatch(m -> m.contains("the output folder would replace"));
        assertThat(TestProject.files(p.root())).containsExactly("content/essays/x.md");

        TestProject q = new TestProject(dir.resolve("q"), dir.resolve("q/content"));
        q.essay("x.md", Samples.ESSAY);
        assertThat(q.build().published()).isFalse();
        assertThat(TestProject.files(q.root())).containsExactly("content/essays/x.md");
    }

    @Test
    void workIdsInWorksYmlThatLookLikePathsAreOnlyUnknownIds() {
        TestProject p = new TestProject(dir).essay("works-essay.md", Hostile.text("works-essay.md"))
                .write("content/works.yml", """
                        ../../evil:
                          title: "Evil"
                        /etc/passwd:
                          same-as: ../../../evil
                        author-2001-hostile-title:
                          same-as: "..\\\\..\\\\evil"
                        """.getBytes(StandardCharsets.UTF_8));
        Build.Result result = Hostile.failed(p, "content/works.yml:5:1: error: 'author-2001-hostile-title' is the same"
                + " as '..\\..\\evil', but no cited work has that id");
        assertThat(TestProject.messages(result)).contains("content/works.yml:1:1: warning: no cited work has the id"
                + " '../../evil'; expected an id shown on the bibliography pages");
    }

}
