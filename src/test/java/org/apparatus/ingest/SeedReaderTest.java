package org.apparatus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<Seed> decode(byte[] bytes) {
        return SeedReader.decode("s.txt", "seeds/s.txt", bytes, diagnostics);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Diagnostic onlyDiagnostic() {
        assertThat(diagnostics.all()).hasSize(1);
        return diagnostics.all().get(0);
    }

    @Test
    void plainUtf8IsReadAsIs() {
        byte[] bytes = utf8("Title by Author\n\nPutin\u2019s \u201Cvisit\u201D.\n");
        Seed seed = decode(bytes).orElseThrow();
        assertThat(seed.text()).isEqualTo("Title by Author\n\nPutin\u2019s \u201Cvisit\u201D.\n");
        assertThat(seed.fileName()).isEqualTo("s.txt");
        assertThat(seed.displayPath()).isEqualTo("seeds/s.txt");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void byteOrderMarkIsStrippedButHashedAsReceived() {
        byte[] bytes = utf8("\uFEFFTitle by Author\n");
        Seed seed = decode(bytes).orElseThrow();
        assertThat(seed.text()).isEqualTo("Title by Author\n");
        assertThat(seed.sha256()).isEqualTo(SeedReader.sha256(bytes))
                .isNotEqualTo(SeedReader.sha256(utf8("Title by Author\n")));
    }

    @Test
    void crlfAndLoneCrBecomeLf() {
        Seed seed = decode(utf8("a\r\nb\rc\n\r\nd")).orElseThrow();
        assertThat(seed.text()).isEqualTo("a\nb\nc\n\nd");
    }

    @Test
    void latin1BytesAreAnErrorWithLineAndColumn() {
        byte[] bytes = {'a', 'b', '\n', 'c', 'a', 'f', (byte) 0xE9, ' ', 'x'};
        assertThat(decode(bytes)).isEmpty();
        Diagnostic d = onlyDiagnostic();
        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.column()).isEqualTo(4);
        assertThat(d.toString()).startsWith("seeds/s.txt:2:4: error: the seed is not valid UTF-8 (byte 0xE9 at offset 6)");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        byte[] good = utf8("\u00E9\u00E9x");
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        assertThat(decode(bytes)).isEmpty();
        assertThat(onlyDiagnostic().toString()).startsWith("seeds/s.txt:1:4: error: the seed is not valid UTF-8 (byte 0xFF");
    }

    @Test
    void emptyAndBlankFilesAreErrors() {
        assertThat(decode(new byte[0])).isEmpty();
        assertThat(decode(utf8("\uFEFF \n\r\n\t"))).isEmpty();
        assertThat(diagnostics.all()).hasSize(1) // the same message twice is listed once
                .allSatisfy(d -> assertThat(d.toString()).isEqualTo(
                        "seeds/s.txt: error: the seed is empty; expected the text of an essay"));
        assertThat(diagnostics.hasErrors()).isTrue();
    }

    @Test
    void nulIsAnErrorOnItsLine() {
        assertThat(decode(utf8("Title by Author\n\nText\0more\n"))).isEmpty();
        Diagnostic d = onlyDiagnostic();
        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.message()).contains("NUL");
    }

    @Test
    void readAllReadsTxtFilesSortedAndReportsBadOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "B by Someone\n");
        Files.writeString(dir.resolve("a.txt"), "A by Someone\n");
        Files.writeString(dir.resolve("notes.md"), "not a seed\n");
        Files.write(dir.resolve("c.txt"), new byte[] {(byte) 0xC3});
        Files.createDirectory(dir.resolve("d.txt"));
        List<Seed> seeds = SeedReader.readAll(dir, "seeds", diagnostics);
        assertThat(seeds).extracting(Seed::fileName).containsExactly("a.txt", "b.txt");
        assertThat(seeds).extracting(Seed::displayPath).containsExactly("seeds/a.txt", "seeds/b.txt");
        assertThat(diagnostics.all()).extracting(Diagnostic::file).containsExactly("seeds/c.txt", "seeds/d.txt");
        assertThat(diagnostics.all()).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR));
    }

    @Test
    void missingSeedsFolderIsNoSeeds(@TempDir Path dir) {
        assertThat(SeedReader.readAll(dir.resolve("absent"), "seeds", diagnostics)).isEmpty();
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void symbolicLinkIsRefused(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("real.txt"), "A by B\n");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
            return;
        }
        assertThat(SeedReader.read(link, "seeds/link.txt", diagnostics)).isEmpty();
        assertThat(onlyDiagnostic().message()).contains("regular file");
    }
}
