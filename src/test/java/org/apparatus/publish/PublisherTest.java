package org.apparatus.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output's keeper: one folder per build, the output a link to the last complete one, swapped atomically. */
class PublisherTest {

    @TempDir
    Path dir;

    private Path site;
    private Path builds;
    private Publisher publisher;

    @BeforeEach
    void setUp() {
        site = dir.resolve("site");
        builds = dir.resolve(".site.builds");
        publisher = new Publisher(site);
    }

    /** The build folders under {@code folder}, leaving out its lock file. */
    private long entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().equals(".lock")).count();
        }
    }

    @Test
    void prepareGivesAnEmptyBuildFolderBesideTheOutput() throws IOException {
        Path staging = publisher.prepare();
        assertThat(staging).isEqualTo(builds.resolve("build-1")).isEmptyDirectory();
        assertThat(publisher.builds()).isEqualTo(builds);
        assertThat(site).doesNotExist();
    }

    @Test
    void publishLinksTheOutputToTheBuildWithARelativeLink() throws IOException {
        Path staging = publisher.prepare();
        Files.writeString(staging.resolve("index.html"), "new");
        publisher.publish();
        assertThat(site).isSymbolicLink();
        assertThat(Files.readSymbolicLink(site)).isEqualTo(Path.of(".site.builds", "build-1"));
        assertThat(site.resolve("index.html")).hasContent("new");
        assertThat(publisher.current()).contains(staging);
        assertThat(dir.resolve(".site.link")).doesNotExist();
    }

    @Test
    void publishReplacesTheSiteWholeAndDeletesThePreviousBuild() throws IOException {
        Path first = publisher.prepare();
        Files.createDirectories(first.resolve("gone"));
        Files.writeString(first.resolve("gone/page.html"), "old");
        publisher.publish();

        Publisher next = new Publisher(site);
        Path second = next.prepare();
        assertThat(second).isEqualTo(builds.resolve("build-2"));
        assertThat(first).isDirectory(); // the site still shows it while the next build runs
        Files.writeString(second.resolve("index.html"), "new");
        next.publish();

        assertThat(site.resolve("index.html")).hasContent("new");
        assertThat(site.resolve("gone")).doesNotExist();
        assertThat(first).doesNotExist();
        assertThat(entries(builds)).isEqualTo(1);
    }

    @Test
    void discardLeavesTheOutputExactlyAsItWas() throws IOException {
        Path first = publisher.prepare();
        Files.writeString(first.resolve("index.html"), "old");
        publisher.publish();

        Publisher failing = new Publisher(site);
        Path staging = failing.prepare();
        Files.writeString(staging.resolve("index.html"), "broken");
        failing.discard();

        assertThat(staging).doesNotExist();
        assertThat(site.resolve("index.html")).hasContent("old");
        assertThat(failing.current()).contains(first);
    }

    @Test
    void prepareDeletesWhatKilledBuildsLeftButNeverTheCurrentSite() throws IOException {
        Path first = publisher.prepare();
        Files.writeString(first.resolve("index.html"), "current");
        publisher.publish();
        Files.createDirectories(builds.resolve("build-5/deep"));
        Files.writeString(builds.resolve("build-5/deep/page.html"), "half");
        Files.createSymbolicLink(dir.resolve(".site.link"), builds.resolve("build-5"));

        Path staging = new Publisher(site).prepare();

        assertThat(staging).isEqualTo(builds.resolve("build-6"));
        assertThat(builds.resolve("build-5")).doesNotExist();
        assertThat(dir.resolve(".site.link")).doesNotExist();
        assertThat(site.resolve("index.html")).hasContent("current");
    }

    @Test
    void aPlainOutputFolderIsSetAsideAndReplacedByALink() throws IOException {
        Files.createDirectories(site.resolve("old"));
        Files.writeString(site.resolve("old/page.html"), "from before");
        Path staging = publisher.prepare();
        Files.writeString(staging.resolve("index.html"), "new");
        publisher.publish();
        assertThat(site).isSymbolicLink();
        assertThat(site.resolve("index.html")).hasContent("new");
        assertThat(entries(builds)).isEqualTo(1);
    }

    @Test
    void deletingNeverFollowsALinkOutOfTheBuild() throws IOException {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path staging = publisher.prepare();
        Files.createSymbolicLink(staging.resolve("link"), outside);
        publisher.discard();
        assertThat(staging).doesNotExist();
        assertThat(outside.resolve("keep.txt")).hasContent("keep");
    }

    @Test
    void onlyOneBuildAtATimeMayWriteAnOutput() throws IOException {
        Path first = publisher.prepare();
        Publisher second = new Publisher(site);
        assertThatThrownBy(second::prepare).isInstanceOf(IOException.class).hasMessageContaining("another build");
        second.discard();
        assertThat(first).isDirectory();
        publisher.publish();
        assertThat(new Publisher(site).prepare()).isEqualTo(builds.resolve("build-2"));
    }

    @Test
    void publishBeforePrepareIsAProgrammingError() {
        assertThatThrownBy(() -> publisher.publish()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theOutputPathIsNormalised() throws IOException {
        Publisher odd = new Publisher(dir.resolve("x/../site"));
        assertThat(odd.builds()).isEqualTo(builds);
        odd.prepare();
        odd.publish();
        assertThat(site).isSymbolicLink();
    }
}
