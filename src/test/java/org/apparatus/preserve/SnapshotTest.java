package org.apparatus.preserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apparatus.Build;
import org.apparatus.kernel.Project;
import org.apparatus.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import gov.loc.repository.bagit.conformance.BagLinter;
import gov.loc.repository.bagit.conformance.BagitWarning;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The snapshot of the real project: a BagIt bag bagit-java finds valid, and a WACZ that holds every file. */
@Tag("build")
class SnapshotTest {

    static final Instant DATE = Instant.parse("2026-01-01T00:00:00Z");
    static final String BASE = "https://archive.example.org/edition/";

    @TempDir
    static Path dir;

    private static Path site;
    private static Path bag;
    private static Path wacz;

    @BeforeAll
    static void build() throws IOException {
        site = dir.resolve("site");
        Build.Result result = new Build(new Project(TestProject.repository(), site),
                Optional.of(new Snapshot.Request(dir.resolve("snapshots"), DATE, BASE, "A Test Library"))).run();
        assertThat(result.diagnostics().hasErrors()).as(TestProject.report(result)).isFalse();
        assertThat(result.published()).isTrue();
        bag = dir.resolve("snapshots/edition-2026-01-01");
        wacz = dir.resolve("snapshots/edition-2026-01-01.wacz");
        site = site.toRealPath();
    }

    @Test
    void theBagIsValidForBagitJavaAndItsLinterFindsNothing() throws Exception {
        Bag read = new BagReader().read(bag);
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(read, false); // throws on any problem
        }
        // Two warnings bagit-java 5.2.0 gives every bag like this one, both explained:
        // WEAK_CHECKSUM_ALGORITHM: it calls anything but SHA-512 weak, and the issue asks for a SHA-256 manifest too
        // (beside the SHA-512 one); DIFFERENT_CASE: it reports every bag, as its issue #119 (open) says, because it
        // adds each path to its set before looking it up. That no two paths differ only in case is checked here.
        assertThat(BagLinter.lintBag(bag)).containsExactlyInAnyOrder(BagitWarning.WEAK_CHECKSUM_ALGORITHM,
                BagitWarning.DIFFERENT_CASE);
        // (told to ignore WEAK_CHECKSUM_ALGORITHM, it names the same SHA-256 manifest NON_STANDARD_ALGORITHM)
        assertThat(BagLinter.lintBag(bag, List.of(BagitWarning.WEAK_CHECKSUM_ALGORITHM,
                BagitWarning.NON_STANDARD_ALGORITHM, BagitWarning.DIFFERENT_CASE))).isEmpty();
        List<String> paths = TestProject.files(bag);
        assertThat(paths.stream().map(p -> p.toLowerCase(java.util.Locale.ROOT)).distinct().count())
                .isEqualTo(paths.size());
        assertThat(read.getVersion().toString()).isEqualTo("1.0");
        assertThat(read.getPayLoadManifests()).extracting(m -> m.getAlgorithm().getBagitName())
                .containsExactlyInAnyOrder("sha512", "sha256");
        assertThat(read.getTagManifests()).extracting(m -> m.getAlgorithm().getBagitName())
                .containsExactlyInAnyOrder("sha512", "sha256");
    }

    @Test
    void aChangedPayloadFileMakesTheBagInvalid() throws Exception {
        Path copy = dir.resolve("tampered");
        copyTree(bag, copy);
        Path essay = copy.resolve("data/site/essays/putin-administrations-north-korean-policy.html");
        Files.writeString(essay, Files.readString(essay).replace("Putin", "Putim"));
        Bag read = new BagReader().read(copy);
        try (BagVerifier verifier = new BagVerifier()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> verifier.isValid(read, false))
                    .hasMessageContaining("putin-administrations-north-korean-policy.html");
        }
    }

    @Test
    void theBagHoldsTheSourcesTheSiteAndTheWebArchiveAndDatesFromConfiguration() throws IOException {
        Map<String, String> info = bagInfo();
        assertThat(info).containsEntry("Source-Organization", "A Test Library")
                .containsEntry("Bagging-Date", "2026-01-01").containsKeys("External-Identifier", "Bag-Size");
        assertThat(info.get("External-Identifier")).matches("urn:uuid:[0-9a-f-]{36}");
        List<String> payload = TestProject.files(bag.resolve("data"));
        long bytes = 0;
        for (String file : payload) {
            bytes += Files.size(bag.resolve("data").resolve(file));
        }
        assertThat(info).containsEntry("Payload-Oxum", bytes + "." + payload.size());
        for (String seed : TestProject.files(TestProject.repository().resolve("seeds"))) {
            assertThat(bag.resolve("data/seeds").resolve(seed)).hasSameBinaryContentAs(
                    TestProject.repository().resolve("seeds").resolve(seed));
        }
        assertThat(payload).contains("content/site.yml", "site/index.html", "site/data/edition.json",
                "site/data/tei/putin-administrations-north-korean-policy.xml", "web-archive/edition-2026-01-01.wacz");
        assertThat(TestProject.snapshot(bag.resolve("data/site"))).isEqualTo(TestProject.snapshot(site));
        assertThat(bag.resolve("data/web-archive/edition-2026-01-01.wacz")).hasSameBinaryContentAs(wacz);
    }

    @Test
    void sha512sumChecksTheManifestAsItIs() throws Exception {
        Path tool = Path.of("/usr/bin/sha512sum");
        if (!Files.isExecutable(tool)) {
            // the manifest format is still checked line by line below
            assertThat(System.getenv("CI")).as("sha512sum is part of coreutils in CI").isNotEqualTo("true");
        } else {
            Process p = new ProcessBuilder(tool.toString(), "--check", "--quiet", "manifest-sha512.txt")
                    .directory(bag.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
        }
        for (String line : Files.readAllLines(bag.resolve("manifest-sha256.txt"))) {
            String[] parts = line.split("  ", 2);
            assertThat(Digests.hex("SHA-256", Files.readAllBytes(bag.resolve(parts[1])))).as(line)
                    .isEqualTo(parts[0]);
        }
    }

    @Test
    void theWaczIsStoredSortedAndDatedFromConfiguration() throws IOException {
        try (ZipFile zip = new ZipFile(wacz.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                names.add(entry.getName());
                assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.STORED);
                assertThat(entry.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
                assertThat(entry.getExtra()).isNull();
            }
            assertThat(names).containsExactly("archive/data.warc", "datapackage-digest.json", "datapackage.json",
                    "indexes/index.cdx", "pages/pages.jsonl");
            JsonNode datapackage = json(zip, "datapackage.json");
            assertThat(datapackage.get("profile").asString()).isEqualTo(WebArchive.PROFILE).isEqualTo("data-package");
            assertThat(datapackage.has("wacz_version")).isFalse(); // dropped in WACZ 1.2.0
            assertThat(datapackage.get("home").get("url").asString()).isEqualTo(BASE + "index.html");
            assertThat(datapackage.get("resources")).hasSize(3);
            for (JsonNode resource : datapackage.get("resources")) {
                byte[] bytes = bytes(zip, resource.get("path").asString());
                assertThat(resource.get("bytes").asLong()).isEqualTo(bytes.length);
                assertThat(resource.get("hash").asString()).isEqualTo("sha256:" + Digests.hex("SHA-256", bytes));
            }
            JsonNode digest = json(zip, "datapackage-digest.json");
            assertThat(digest.get("path").asString()).isEqualTo("datapackage.json");
            assertThat(digest.get("hash").asString())
                    .isEqualTo("sha256:" + Digests.hex("SHA-256", bytes(zip, "datapackage.json")));
        }
    }

    @Test
    void everyFileOfTheSiteIsAResponseRecordFoundThroughTheIndexAtItsOffset() throws IOException {
        List<String> files = TestProject.files(site);
        try (ZipFile zip = new ZipFile(wacz.toFile())) {
            byte[] warc = bytes(zip, "archive/data.warc");
            String index = new String(bytes(zip, "indexes/index.cdx"), StandardCharsets.UTF_8);
            List<String> lines = index.lines().toList();
            assertThat(lines).hasSize(files.size()).isSorted();
            Map<String, WarcResponse> records = new TreeMap<>();
            Set<String> ids = new HashSet<>();
            try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc))) {
                for (WarcRecord record : reader) {
                    assertThat(record.version().toString()).isEqualTo("WARC/1.1");
                    assertThat(record.date()).isEqualTo(DATE);
                    assertThat(ids.add(record.id().toString())).isTrue();
                    if (record instanceof WarcResponse response) {
                        records.put(response.target(), response);
                        assertThat(response.http().status()).isEqualTo(200);
                        String path = response.target().substring(BASE.length());
                        assertThat(response.http().body().stream().readAllBytes())
                                .isEqualTo(Files.readAllBytes(site.resolve(path)));
                    }
                }
            }
            assertThat(records.keySet()).containsExactlyInAnyOrderElementsOf(files.stream().map(f -> BASE + f).toList());
            for (String line : lines) {
                JsonNode entry = new ObjectMapper().readTree(line.substring(line.indexOf('{')));
                assertThat(line).startsWith("org,example,archive)/edition/").contains(" 20260101000000 {");
                int offset = Integer.parseInt(entry.get("offset").asString());
                int length = Integer.parseInt(entry.get("length").asString());
                try (WarcReader one = new WarcReader(new ByteArrayInputStream(warc, offset, length))) {
                    WarcRecord record = one.next().orElseThrow();
                    assertThat(((WarcResponse) record).target()).isEqualTo(entry.get("url").asString());
                }
            }
            List<String> pages = new String(bytes(zip, "pages/pages.jsonl"), StandardCharsets.UTF_8).lines().toList();
            assertThat(pages.get(0)).contains("\"format\":\"json-pages-1.0\"");
            assertThat(pages.get(1)).contains("\"url\":\"" + BASE + "index.html\"");
            assertThat(pages).hasSize(1 + (int) files.stream().filter(f -> f.endsWith(".html")).count());
        }
    }

    @Test
    void aSnapshotWithoutAnAddressIsAnErrorAndWritesNothing() {
        TestProject p = new TestProject(dir.resolve("no-url")).essay("a.md", "---\nid: \"a\"\ntitle: \"A\"\n---\n\nText.\n");
        Path snapshots = dir.resolve("no-url/snapshots");
        Build.Result result = new Build(new Project(p.root(), p.out()),
                Optional.of(new Snapshot.Request(snapshots, DATE, "", ""))).run();
        assertThat(result.published()).isTrue();
        assertThat(TestProject.messages(result)).anyMatch(m -> m.contains("error: a snapshot needs the address"));
        assertThat(snapshots).doesNotExist();
    }

    private static Map<String, String> bagInfo() throws IOException {
        Map<String, String> info = new LinkedHashMap<>();
        for (String line : Files.readAllLines(bag.resolve("bag-info.txt"), StandardCharsets.UTF_8)) {
            info.put(line.substring(0, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2));
        }
        return info;
    }

    private static byte[] bytes(ZipFile zip, String name) throws IOException {
        try (var in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static JsonNode json(ZipFile zip, String name) throws IOException {
        return new ObjectMapper().readTree(new String(bytes(zip, name), StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (String file : TestProject.files(from)) {
            Path target = to.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(file), target);
        }
    }
}
