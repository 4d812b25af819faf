package org.apparatus.preserve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.apparatus.export.JsonText;
import org.apparatus.publish.MediaTypes;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The site as a web archive, WACZ 1.2.0: every file as a WARC/1.1 response record at the edition's address
 * ({@code archive/data.warc}), a CDXJ index stored uncompressed ({@code indexes/index.cdx}), the pages with their
 * titles ({@code pages/pages.jsonl}), {@code datapackage.json} with the SHA-256 and size of each of them, and
 * {@code datapackage-digest.json}. Dates are the snapshot's, record ids name-based UUIDs of the content: the same site
 * gives the same bytes.
 */
final class WebArchive {

    private static final DateTimeFormatter CDX_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String WARC = "data.warc";

    /**
     * The datapackage's profile. WACZ 1.2.0 names it {@code wacz}, but ReplayWeb.page (2.5.3, the latest release)
     * refuses that profile ("Unknown package profile: wacz"): it reads {@code data-package} (WACZ 1.1.1, and what
     * py-wacz writes), {@code wacz-package} or none. A WACZ the viewers cannot open preserves nothing, so this one
     * says {@code data-package} and is WACZ 1.2.0 in every other respect. ReplayTest notices when ReplayWeb.page
     * learns {@code wacz}.
     */
    static final String PROFILE = "data-package";
    private static final JsonText.Escaping PLAIN = JsonText.Escaping.PLAIN;

    private WebArchive() {
    }

    /**
     * @param files the site's files by path relative to its root, sorted
     * @param base the address the site is published at, ending in a slash
     * @param date when the snapshot was taken, from configuration
     */
    static byte[] wacz(SortedMap<String, byte[]> files, String base, Instant date, String title, String software) {
        String ts = DateTimeFormatter.ISO_INSTANT.format(date);
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        List<String> cdx = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(warc), WarcCompression.NONE)) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("software", List.of(software));
            fields.put("format", List.of("WARC File Format 1.1"));
            fields.put("conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
            fields.put("isPartOf", List.of(title));
            fields.put("description", List.of("The edition as published at " + base));
            writer.write(new Warcinfo.Builder().version(MessageVersion.WARC_1_1).date(date)
                    .recordId(uuid("warcinfo", base, ts)).filename(WARC).fields(fields).build());
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                String url = base + file.getKey();
                byte[] body = file.getValue();
                String type = MediaTypes.of(file.getKey());
                String sha256 = Digests.hex("SHA-256", body);
                HttpResponse http = new HttpResponse.Builder(200, "OK").version(MessageVersion.HTTP_1_1)
                        .setHeader("Content-Type", type)
                        .setHeader("Content-Length", String.valueOf(body.length))
                        .body(MediaType.parse(type), body).build();
                WarcResponse record = new WarcResponse.Builder(URI.create(url)).version(MessageVersion.WARC_1_1)
                        .date(date).recordId(uuid("response", url, sha256))
                        .payloadDigest(new WarcDigest("sha256", sha256)).body(http).build();
                long offset = writer.position();
                writer.write(record);
                long length = writer.position() - offset;
                cdx.add(surt(url) + " " + CDX_TIME.format(date) + " " + JsonText.compact(PLAIN, json -> {
                    json.writeStartObject();
                    json.writeStringField("url", url);
                    json.writeStringField("mime", type.replaceFirst(";.*", ""));
                    json.writeStringField("status", "200");
                    json.writeStringField("digest", "sha256:" + sha256);
                    json.writeStringField("length", String.valueOf(length));
                    json.writeStringField("offset", String.valueOf(offset));
                    json.writeStringField("filename", WARC);
                    json.writeEndObject();
                }));
                if (file.getKey().endsWith(".html")) {
                    String pageTitle = Jsoup.parse(new String(body, StandardCharsets.UTF_8)).title();
                    String line = JsonText.compact(PLAIN, json -> {
                        json.writeStartObject();
                        json.writeStringField("id", uuid("page", url, sha256).toString().replace("urn:uuid:", ""));
                        json.writeStringField("url", url);
                        json.writeStringField("ts", ts);
                        json.writeStringField("title", pageTitle);
                        json.writeEndObject();
                    });
                    if (file.getKey().equals("index.html")) {
                        pages.add(0, line); // the home page first
                    } else {
                        pages.add(line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        cdx.sort(null);
        SortedMap<String, byte[]> entries = new TreeMap<>();
        entries.put("archive/" + WARC, warc.toByteArray());
        entries.put("indexes/index.cdx", utf8(String.join("\n", cdx) + "\n"));
        entries.put("pages/pages.jsonl", utf8(JsonText.compact(PLAIN, json -> {
            json.writeStartObject();
            json.writeStringField("format", "json-pages-1.0");
            json.writeStringField("id", "pages");
            json.writeStringField("title", "All Pages");
            json.writeEndObject();
        }) + "\n" + String.join("\n", pages) + (pages.isEmpty() ? "" : "\n")));
        byte[] manifest = utf8(indented(json -> {
            json.writeStartObject();
            json.writeStringField("profile", PROFILE);
            json.writeStringField("title", title);
            json.writeStringField("description", "A web archive of " + title + " as published at " + base
                    + ", made by its build.");
            json.writeStringField("created", ts);
            json.writeStringField("modified", ts);
            json.writeStringField("software", software);
            if (files.containsKey("index.html")) {
                json.writeFieldName("home");
                JsonText.inline(json).writeStartObject();
                json.writeStringField("url", base + "index.html");
                json.writeStringField("ts", ts);
                json.writeEndObject();
            }
            json.writeArrayFieldStart("resources");
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                String path = entry.getKey();
                JsonText.inline(json).writeStartObject();
                json.writeStringField("name", path.substring(path.lastIndexOf('/') + 1));
                json.writeStringField("path", path);
                json.writeStringField("hash", "sha256:" + Digests.hex("SHA-256", entry.getValue()));
                json.writeNumberField("bytes", entry.getValue().length);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
        entries.put("datapackage.json", manifest);
        entries.put("datapackage-digest.json", utf8(indented(json -> {
            json.writeStartObject();
            json.writeStringField("path", "datapackage.json");
            json.writeStringField("hash", "sha256:" + Digests.hex("SHA-256", manifest));
            json.writeEndObject();
        })));
        return StoredZip.of(entries, date);
    }

    /** A JSON file of the package: indented, ending in a line break. */
    private static String indented(JsonText.Writing writing) {
        return JsonText.indented(PLAIN, 0, writing) + "\n";
    }

    /** A record id derived from what the record holds, so the same content always gets the same id. */
    private static URI uuid(String kind, String url, String content) {
        return URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(utf8("apparatus " + kind + " " + url + " " + content)));
    }

    /** The SURT form of an address, as CDXJ sorts by: {@code org,example)/path}. */
    static String surt(String url) {
        URI uri = URI.create(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        List<String> parts = new ArrayList<>(List.of(host.split("\\.")));
        java.util.Collections.reverse(parts);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (port == 80 && uri.getScheme().equals("http"))
                || (port == 443 && uri.getScheme().equals("https"));
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return String.join(",", parts) + (defaultPort ? "" : ":" + port) + ")"
                + path.toLowerCase(Locale.ROOT) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
