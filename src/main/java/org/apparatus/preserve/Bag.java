package org.apparatus.preserve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A BagIt bag (RFC 8493, BagIt 1.0) written by hand, so that every byte is determined by its payload and the
 * configuration: SHA-512 and SHA-256 payload and tag manifests, and {@code bag-info.txt} with Source-Organization,
 * External-Identifier (a name-based UUID of the payload manifest), Bagging-Date (the snapshot's), Payload-Oxum and
 * Bag-Size. (bagit-java would stamp the day it runs as the Bagging-Date.)
 */
final class Bag {

    private static final List<String> ALGORITHMS = List.of("sha512", "sha256");

    private Bag() {
    }

    /**
     * Writes the bag into {@code folder}, which must not exist yet.
     *
     * @param payload the payload files by path under {@code data/} (without it), sorted
     * @param info extra bag-info.txt fields, in order, after Source-Organization
     */
    static void write(Path folder, SortedMap<String, byte[]> payload, String organisation, Map<String, String> info,
                      Instant date) throws IOException {
        Files.createDirectories(folder);
        long bytes = 0;
        Map<String, StringBuilder> manifests = new TreeMap<>();
        ALGORITHMS.forEach(a -> manifests.put(a, new StringBuilder()));
        for (Map.Entry<String, byte[]> file : payload.entrySet()) {
            Path target = folder.resolve("data").resolve(file.getKey()).normalize();
            if (!target.startsWith(folder.resolve("data"))) {
                throw new IOException("a payload file must stay inside data/: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
            bytes += file.getValue().length;
            for (String algorithm : ALGORITHMS) {
                manifests.get(algorithm).append(Digests.hex(javaName(algorithm), file.getValue())).append("  ")
                        .append(encode("data/" + file.getKey())).append('\n');
            }
        }
        SortedMap<String, byte[]> tags = new TreeMap<>();
        tags.put("bagit.txt", utf8("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
        for (String algorithm : ALGORITHMS) {
            tags.put("manifest-" + algorithm + ".txt", utf8(manifests.get(algorithm).toString()));
        }
        StringBuilder bagInfo = new StringBuilder();
        bagInfo.append(field("Source-Organization", organisation));
        info.forEach((k, v) -> bagInfo.append(field(k, v)));
        bagInfo.append(field("External-Identifier", "urn:uuid:" + UUID.nameUUIDFromBytes(tags.get("manifest-sha512.txt"))));
        bagInfo.append(field("Bagging-Date", DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(date)));
        bagInfo.append(field("Payload-Oxum", bytes + "." + payload.size()));
        bagInfo.append(field("Bag-Size", size(bytes)));
        tags.put("bag-info.txt", utf8(bagInfo.toString()));
        SortedMap<String, byte[]> tagFiles = new TreeMap<>(tags); // a tag manifest lists no other tag manifest
        for (String algorithm : ALGORITHMS) {
            StringBuilder tagManifest = new StringBuilder();
            tagFiles.forEach((name, content) -> tagManifest.append(Digests.hex(javaName(algorithm), content)).append("  ")
                    .append(name).append('\n'));
            tags.put("tagmanifest-" + algorithm + ".txt", utf8(tagManifest.toString()));
        }
        for (Map.Entry<String, byte[]> tag : tags.entrySet()) {
            Files.write(folder.resolve(tag.getKey()), tag.getValue());
        }
    }

    /** A bag-info.txt line; a value never breaks the line. */
    private static String field(String name, String value) {
        return name + ": " + value.replaceAll("[\\r\\n]+", " ").strip() + "\n";
    }

    /** A manifest path as RFC 8493 asks: percent-encoded CR, LF and percent sign. */
    static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String javaName(String algorithm) {
        return algorithm.equals("sha512") ? "SHA-512" : "SHA-256";
    }

    /** A size for people, as Bag-Size suggests ({@code 2.4 MB}). */
    static String size(long bytes) {
        List<String> units = new ArrayList<>(List.of("bytes", "KB", "MB", "GB", "TB"));
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.size() - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", value, units.get(unit));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
