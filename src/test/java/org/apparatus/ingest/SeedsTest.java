package org.apparatus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two raw seeds are the project's originals: they must be present and byte-for-byte unchanged. */
class SeedsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "000_4c19dc31bb5f5a75.txt, 0e90be8328127f554e3de1f62040bb5d6df4e76f1d7f2b07c22ea59c9a0f75bb",
        "001_ba9be9f5fc93aec9.txt, e8795b717676d761850ea34276906a40b8e68f0d5a447055b8c231a5bdfa9cca",
    })
    void seedExistsUnchanged(String name, String sha256) throws IOException {
        Path seed = Path.of("seeds", name);
        assertThat(seed).isRegularFile();
        assertThat(SeedReader.sha256(Files.readAllBytes(seed))).isEqualTo(sha256);
    }
}
