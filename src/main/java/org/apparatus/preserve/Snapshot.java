package org.apparatus.preserve;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apparatus.kernel.Diagnostics;

/**
 * A snapshot of the edition for archives, made after the site is published: {@code <folder>/<name>/}, a BagIt bag of
 * the sources ({@code seeds/}, {@code content/}, {@code templates/}), the published site (with its data exports) and
 * the web archive; and {@code <folder>/<name>.wacz}, the site as a replayable web archive. {@code <name>} is
 * {@code edition-<date>}. Both are replaced whole, never left half-written.
 */
public final class Snapshot {

    /** What the preserved package says it was made with. */
    public static final String SOFTWARE = "Apparatus 0.1.0";

    /**
     * A snapshot to make.
     *
     * @param folder where snapshots go ({@code snapshots/})
     * @param date the snapshot's date, from configuration (the pom's {@code project.build.outputTimestamp})
     * @param baseUrl the address the site is published at, ending in '/', when {@code content/site.yml} has none;
     *                or empty
     * @param organisation the bag's Source-Organization, or empty for the edition's title
     */
    public record Request(Path folder, Instant date, String baseUrl, String organisation) {
        public Request {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(organisation, "organisation");
        }

        /** The snapshot's name: {@code edition-yyyy-mm-dd}. */
        public String name() {
            return "edition-" + DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(date);
        }
    }

    /**
     * The folders a snapshot is made of.
     *
     * @param templates the project's templates, which need not exist
     * @param site the published site (the build folder the output links to)
     */
    public record Sources(Path seeds, Path content, Path templates, Path site) {
        public Sources {
            Objects.requireNonNull(seeds, "seeds");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(templates, "templates");
            Objects.requireNonNull(site, "site");
        }
    }

    private Snapshot() {
    }

    /**
     * Makes the snapshot; problems become diagnostics.
     *
     * @param editionUrl the address in {@code content/site.yml}, or empty
     * @param display how diagnostics name the snapshots folder
     * @return the bag's folder and the WACZ, when they were written
     */
    public static List<Path> write(Request request, Sources sources, String title, String editionUrl, String display,
                                   Diagnostics diagnostics) {
        String base = editionUrl.isEmpty() ? request.baseUrl() : editionUrl;
        if (!base.matches("https?://[^\\s/]+/[^\\s]*") || !base.endsWith("/")) {
            diagnostics.error(display, 0, 0, "a snapshot needs the address the edition is published at; expected"
                    + " 'url: https://.../' in content/site.yml or --base-url https://.../");
            return List.of();
        }
        try {
            SortedMap<String, byte[]> site = files(sources.site(), "", display, diagnostics);
            byte[] wacz = WebArchive.wacz(site, base, request.date(), title, SOFTWARE);
            SortedMap<String, byte[]> payload = new TreeMap<>();
            payload.putAll(files(sources.seeds(), "seeds/", display, diagnostics));
            payload.putAll(files(sources.content(), "content/", display, diagnostics));
            if (Files.isDirectory(sources.templates())) {
                payload.putAll(files(sources.templates(), "templates/", display, diagnostics));
            }
            site.forEach((path, bytes) -> payload.put("site/" + path, bytes));
            payload.put("web-archive/" + request.name() + ".wacz", wacz);
            if (diagnostics.hasErrors()) {
                return List.of();
            }
            Files.createDirectories(request.folder());
            Path bag = request.folder().resolve(request.name());
            Path partialBag = request.folder().resolve("." + request.name() + ".partial");
            Path waczFile = request.folder().resolve(request.name() + ".wacz");
            Path partialWacz = request.folder().resolve("." + request.name() + ".wacz.partial");
            delete(partialBag);
            Map<String, String> info = new LinkedHashMap<>();
            info.put("External-Description", "A snapshot of " + title + " as published at " + base + ": the"
                    + " original texts (seeds/), what the editors curated (content/, templates/), the built site with"
                    + " its data exports (site/) and the site as a web archive (web-archive/).");
            info.put("Bag-Software-Agent", SOFTWARE);
            Bag.write(partialBag, payload, request.organisation().isEmpty() ? title : request.organisation(), info,
                    request.date());
            Files.write(partialWacz, wacz);
            delete(bag);
            Files.move(partialBag, bag, StandardCopyOption.ATOMIC_MOVE);
            Files.move(partialWacz, waczFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return List.of(bag, waczFile);
        } catch (IOException e) {
            diagnostics.error(display, 0, 0, "cannot write the snapshot: " + e.getMessage());
            return List.of();
        }
    }

    /** Every regular file under {@code folder}, by {@code prefix} + relative path; a link is an error. */
    private static SortedMap<String, byte[]> files(Path folder, String prefix, String display, Diagnostics diagnostics)
            throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (Files.isSymbolicLink(file)) {
                    diagnostics.error(display, 0, 0, prefix + relative + " is a link; expected the snapshot's"
                            + " files to be regular files, so that the bag holds what they are");
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(prefix + relative, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    private static void delete(Path folder) throws IOException {
        org.apparatus.publish.Publisher.delete(folder);
    }
}
