package org.apparatus.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder's keeper: stage in site.partial, swap in by renames, tidy up after a killed build. */
class PublisherTest {

    @TempDir
    Path dir;

    private Path site;
    private Path partial;
    private Path old;
    private Publisher publisher;

    @BeforeEach
    void setUp() {
        site = dir.resolve("site");
        partial = dir.resolve("site.partial");
        old = dir.resolve("site.old");
        publisher = new Publisher(site);
    }

    @Test
    void prepareGivesAnEmptyStagingFolderBesideTheOutput() throws IOException {
        Path staging = publisher.prepare();
        assertThat(staging).isEqualTo(partial).isEmptyDirectory();
        assertThat(site).doesNotExist();
    }

    @Test
    void prepareEmptiesALeftoverStagingFolder() throws IOException {
        Files.createDirectories(partial.resolve("deep/er"));
        Files.writeString(partial.resolve("deep/er/page.html"), "old");
        assertThat(publisher.prepare()).isEmptyDirectory();
    }

    @Test
    void publishMovesTheStagedSiteIn() throws IOException {
        Path staging = publisher.prepare();
        Files.writeString(staging.resolve("index.html"), "new");
        publisher.publish();
        assertThat(site.resolve("index.html")).hasContent("new");
        assertThat(partial).doesNotExist();
        assertThat(old).doesNotExist();
    }

    @Test
    void publishReplacesAnExistingSiteWhole() throws IOException {
        Files.createDirectories(site.resolve("gone"));
        Files.writeString(site.resolve("index.html"), "old");
        Files.writeString(site.resolve("gone/page.html"), "old");
        Path staging = publisher.prepare();
        Files.writeString(staging.resolve("index.html"), "new");
        publisher.publish();
        assertThat(site.resolve("index.html")).hasContent("new");
        assertThat(site.resolve("gone")).doesNotExist();
        assertThat(old).doesNotExist();
        assertThat(partial).doesNotExist();
    }

    @Test
    void discardLeavesTheOutputAsItWas() throws IOException {
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "old");
        Path staging = publisher.prepare();
        Files.createDirectories(staging.resolve("essays"));
        Files.writeString(staging.resolve("essays/x.html"), "new");
        publisher.discard();
        assertThat(partial).doesNotExist();
        assertThat(site.resolve("index.html")).hasContent("old");
        try (var files = Files.list(site)) {
            assertThat(files).containsExactly(site.resolve("index.html"));
        }
    }

    @Test
    void discardWithoutStagingIsHarmless() throws IOException {
        publisher.discard();
        assertThat(partial).doesNotExist();
        assertThat(site).doesNotExist();
    }

    @Test
    void prepareRestoresASiteSetAsideByAKilledBuild() throws IOException {
        Files.createDirectories(old);
        Files.writeString(old.resolve("index.html"), "previous");
        Files.createDirectories(partial);
        Files.writeString(partial.resolve("index.html"), "half");

        publisher.prepare();

        assertThat(site.resolve("index.html")).hasContent("previous");
        assertThat(old).doesNotExist();
        assertThat(partial).isEmptyDirectory();
        publisher.discard();
        assertThat(site.resolve("index.html")).hasContent("previous");
    }

    @Test
    void prepareDropsAStaleOldFolderWhenTheSiteIsThere() throws IOException {
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "current");
        Files.createDirectories(old);
        Files.writeString(old.resolve("index.html"), "stale");

        publisher.prepare();

        assertThat(site.resolve("index.html")).hasContent("current");
        assertThat(old).doesNotExist();
    }

    @Test
    void deleteDoesNotFollowLinksOutOfTheTree() throws IOException {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Files.createDirectories(partial);
        try {
            Files.createSymbolicLink(partial.resolve("link"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        publisher.prepare();
        assertThat(outside.resolve("keep.txt")).hasContent("keep");
        assertThat(partial).isEmptyDirectory();
    }

    @Test
    void theOutputPathIsNormalised() throws IOException {
        Publisher odd = new Publisher(dir.resolve("x/../site/."));
        assertThat(odd.prepare()).isEqualTo(partial);
    }
}
