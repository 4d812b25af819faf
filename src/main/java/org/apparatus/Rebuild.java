package org.apparatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apparatus.ingest.ImportedEssay;
import org.apparatus.ingest.Seed;
import org.apparatus.ingest.SeedImporter;
import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.Project;
import org.apparatus.view.Contents;
import org.apparatus.export.DataFile;
import org.apparatus.link.Memo;
import org.apparatus.link.ModelMemo;
import org.apparatus.view.Page;
import org.apparatus.view.Part;
import org.apparatus.view.SiteModel;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.apparatus.publish.LinkChecker;
import org.apparatus.publish.Publisher;
import org.apparatus.render.PageRenderer;

/**
 * What {@code apparatus serve} keeps between builds so that an edit rebuilds only what depends on it, with the very
 * site a full build makes.
 *
 * <p>Every rebuild runs the whole pipeline of {@link Build}, but each expensive step that is a pure function of its
 * inputs takes its result from the last build when the inputs are equal: an essay file is parsed again only when its
 * text changed, a seed imported again only when it changed, and the model's own steps are remembered by a
 * {@link ModelMemo}. A part of the site ({@link Part}: an essay's pages, a work's, an actor's, ...) whose
 * inputs equal the last build's is not made again: its pages are what they were. Everything else is compared with the
 * published site, page by page and data file by data file, by a {@link Fingerprint} of each ({@link Page}s are records
 * of strings, lists and records, so pages with equal views print equal files); only the files that differ are
 * rendered, into a staging folder, and the links are checked
 * again for the rewritten pages (and for all pages, from the table the last check kept, when a file came or went or a
 * rewritten page's ids changed). Only when all of that found no error are the rewritten files moved into the
 * published build folder, each by an atomic rename, and the files that are gone deleted: a reader may, for the instant
 * this takes, see some pages old and some new, never a half-written page. A rebuild with an error writes nothing.
 *
 * <p>The site's own data files (the search index, {@code edition.json}, the sitemap, the whole bibliography's
 * exports) hold every essay, so an edit changes them all, and they are the largest files: they are made, compared and
 * moved in after the pages, so that an edit shows on its page first (the search page finds the edit a moment later).
 * When one of them comes or goes, all is published at once, as a page may link to it.
 *
 * <p>A full build (a new folder, swapped in atomically) is made instead the first time, whenever the templates
 * changed (they shape every page), and whenever the published folder is not the one this process last wrote; it
 * fingerprints each part's pages as it makes them.
 */
public final class Rebuild {

    /** A parsed essay file, with what parsing it said. */
    private record Parsed(String text, Optional<Essay> essay, List<Diagnostic> diagnostics) {
    }

    /**
     * What is published: the folder, a fingerprint of each page's view and each data file's text by path (the model
     * itself is let go: serve holds no more of a site than a build does), its link table and the templates it was
     * rendered with.
     */
    private record Published(Path folder, Map<String, String> pages, Map<String, String> files,
                             Map<String, Made> parts, LinkChecker.Table links, Map<String, String> templates) {
    }

    /** A part of a published build (by its first page's path): its inputs, and the fingerprints of what it made. */
    private record Made(List<String> paths, Object inputs, Map<String, String> pages, Map<String, String> files) {
    }

    /**
     * The fingerprints of a model's pages and files, what each part made, the pages whose
     * fingerprint changed, the changed files' paths, and how many parts were taken from the last build unmade.
     */
    private record Compared(Map<String, String> pages, Map<String, String> files, Map<String, Made> parts,
                            List<Page> changedPages, List<String> changedFiles, int reused) {
    }

    /** Something to make and fingerprint: a part, or pages and files made at once (with no part). */
    private record Task(Optional<Part> part, Supplier<Contents> make) {
    }

    /**
     * Tests set this (system property {@code apparatus.serve.verify}) to make every part that a rebuild would take
     * from the last build anyway, and to fail when what it makes differs: a part whose inputs miss something it reads.
     */
    private final boolean verify = Boolean.getBoolean("apparatus.serve.verify");

    private final ModelMemo memo = new ModelMemo();
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private final Map<Seed, ImportedEssay> imported = new ConcurrentHashMap<>();
    private Optional<Published> published = Optional.empty();
    private int written;
    private int reused;
    private boolean incremental;
    private long started;
    private long pagesPublished;

    /** Marks the start of a build, from which {@link #pagesMillis()} is counted. */
    synchronized void start() {
        started = System.nanoTime();
        pagesPublished = 0;
    }

    /**
     * How long after {@link #start()} the last build's pages were published, before its data files, in milliseconds;
     * empty when it published all at once (a full build, or a data file came or went).
     */
    public synchronized java.util.OptionalLong pagesMillis() {
        return pagesPublished == 0 ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of((pagesPublished - started) / 1_000_000);
    }

    /** How many files the last build that published wrote or deleted. */
    public synchronized int written() {
        return written;
    }

    /** How many parts the last build that published took from the build before it, without making them. */
    public synchronized int reused() {
        return reused;
    }

    /** True when the last build that published rewrote only what changed, false when it was a full build. */
    public synchronized boolean incremental() {
        return incremental;
    }

    Memo memo() {
        return memo;
    }

    /**
     * Makes every page and data file of the model, part by part on every core, and fingerprints each as soon as it is
     * made; only those that differ from {@code last} are kept whole. A part whose inputs equal those of the same part
     * in {@code last} is not made: what it made then is what it makes now.
     *
     * @param fileFingerprint the fingerprint of a data file, taken while the file is written into the staging folder,
     *        so that its text is made once
     */
    private Compared compare(SiteModel site, Published last,
                             java.util.function.Function<DataFile, String> fileFingerprint) {
        Map<String, String> pages = new ConcurrentHashMap<>();
        Map<String, String> files = new ConcurrentHashMap<>();
        Map<String, Made> parts = new ConcurrentHashMap<>();
        java.util.Queue<Page> changedPages = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.Queue<String> changedFiles = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<Task> tasks = new java.util.ArrayList<>();
        // the data files first: the edition's data and the search index are the largest tasks
        site.files().forEach(file -> tasks.add(new Task(Optional.empty(),
                () -> new Contents(List.of(), List.of(file)))));
        site.pages().forEach(page -> tasks.add(new Task(Optional.empty(),
                () -> new Contents(List.of(page), List.of()))));
        int reused = 0;
        for (Part part : site.parts()) {
            Optional<Made> known = Optional.ofNullable(last.parts().get(part.paths().get(0)))
                    .filter(made -> made.paths().equals(part.paths()) && made.inputs().equals(part.inputs()));
            if (known.isPresent()) {
                pages.putAll(known.get().pages());
                files.putAll(known.get().files());
                parts.put(part.paths().get(0), known.get());
                reused++;
                if (!verify) {
                    continue;
                }
            }
            tasks.add(new Task(Optional.of(part), part.make()));
        }
        inParallel(tasks, task -> {
            Contents contents = task.make().get();
            Map<String, String> ownPages = prints(contents.pages());
            Map<String, String> ownFiles = new HashMap<>();
            for (Page page : contents.pages()) {
                if (!ownPages.get(page.path()).equals(last.pages().get(page.path()))) {
                    changedPages.add(page);
                }
            }
            for (DataFile file : contents.files()) {
                String print = fileFingerprint.apply(file);
                ownFiles.put(file.path(), print);
                if (!print.equals(last.files().get(file.path()))) {
                    changedFiles.add(file.path());
                }
            }
            Optional<Part> part = task.part();
            if (part.isPresent()) {
                Made made = new Made(part.get().paths(), part.get().inputs(), ownPages, Map.copyOf(ownFiles));
                Made known = parts.putIfAbsent(part.get().paths().get(0), made);
                if (known != null && !(known.pages().equals(made.pages()) && known.files().equals(made.files()))) {
                    throw new IllegalStateException("the part of " + part.get().paths().get(0) + " has the inputs"
                            + " of the last build's but made other pages or files: its inputs miss something it reads");
                }
            }
            pages.putAll(ownPages);
            files.putAll(ownFiles);
        });
        return new Compared(new HashMap<>(pages), new HashMap<>(files), new HashMap<>(parts),
                List.copyOf(changedPages), List.copyOf(changedFiles), reused);
    }

    /** The fingerprint of each page's view, by path. */
    private static Map<String, String> prints(List<Page> pages) {
        Map<String, String> prints = new HashMap<>();
        pages.forEach(page -> prints.put(page.path(), Fingerprint.of(page)));
        return Map.copyOf(prints);
    }

    /**
     * Runs each task on a thread of its own pool, one per core, the first tasks first: each is taken by the next free
     * thread, so that two large ones (the data files) run side by side rather than one after the other as they may
     * in a parallel stream's halves. A task's failure is thrown here once all are done.
     */
    private static <T> void inParallel(List<T> tasks, java.util.function.Consumer<T> run) {
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
            tasks.forEach(task -> running.add(pool.submit(() -> run.accept(task))));
            RuntimeException failure = null;
            for (java.util.concurrent.Future<?> task : running) {
                try {
                    task.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r
                                : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while making the site", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The essay in this text, parsed again only when the text of that file changed. */
    Optional<Essay> parse(String display, String stem, String text, Essay.Origin origin, Diagnostics diagnostics) {
        String key = origin + "\u0000" + display + "\u0000" + stem;
        Parsed known = parsed.get(key);
        if (known == null || !known.text().equals(text)) {
            Diagnostics own = new Diagnostics();
            known = new Parsed(text, EssayParser.parse(display, stem, text, origin, own), own.all());
            parsed.put(key, known);
        }
        diagnostics.addAll(known.diagnostics());
        return known.essay();
    }

    /** The seed imported, again only when it changed. */
    ImportedEssay importSeed(Seed seed) {
        if (imported.size() > 10_000) {
            imported.clear(); // seeds edited over and over: remember only the recent ones
        }
        return imported.computeIfAbsent(seed, SeedImporter::importSeed);
    }

    /**
     * Publishes the model: only what changed since the last publication when that can be done, else a full build
     * by {@code full} (of the model it is given), which leaves the link table of what it published in
     * {@code checked}. A full build fingerprints each part's pages as it makes them, so that they are made once.
     */
    synchronized Build.Result publish(Project project, SiteModel site, Diagnostics diagnostics,
                                      java.util.function.Function<SiteModel, Build.Result> full,
                                      Supplier<LinkChecker.Table> checked) {
        Map<String, String> templates = fingerprint(project.templates());
        Publisher publisher = new Publisher(project.output());
        Optional<Path> current;
        try {
            current = publisher.current().map(Rebuild::real);
        } catch (IOException | RuntimeException e) {
            current = Optional.empty();
        }
        Optional<Published> last = published;
        if (last.isEmpty() || current.isEmpty() || !current.get().equals(last.get().folder())
                || !templates.equals(last.get().templates())) {
            Map<String, Seen> seen = new ConcurrentHashMap<>();
            Build.Result result = full.apply(watched(site, seen));
            if (result.published()) {
                try {
                    Path folder = real(publisher.current().orElseThrow());
                    LinkChecker.Table links = checked.get();
                    Compared made = fingerprinted(site, seen, folder);
                    published = Optional.of(new Published(folder, made.pages(), made.files(), made.parts(), links,
                            templates));
                    written = links.size();
                    reused = 0;
                } catch (IOException | RuntimeException e) {
                    published = Optional.empty(); // the next rebuild is a full one again
                }
                incremental = false;
            }
            return result;
        }
        return publishChanges(project, last.get(), site, templates, publisher, diagnostics);
    }

    /** A part as a full build made it: its pages' fingerprints, and the paths of its files. */
    private record Seen(Part part, Map<String, String> pages, List<String> files) {
    }

    /** The model, each of whose parts fingerprints its pages into {@code seen} when it is made. */
    private static SiteModel watched(SiteModel site, Map<String, Seen> seen) {
        List<Part> parts = new java.util.ArrayList<>();
        for (Part part : site.parts()) {
            parts.add(new Part(part.paths(), part.inputs(), () -> {
                Contents contents = part.make().get();
                seen.put(part.paths().get(0), new Seen(part, prints(contents.pages()),
                        contents.files().stream().map(DataFile::path).toList()));
                return contents;
            }));
        }
        return new SiteModel(site.pages(), site.files(), parts);
    }

    /**
     * What a full build published, fingerprinted: the parts' pages as they were made ({@code seen}), the other pages
     * now, and every data file as it is in {@code folder}.
     */
    private static Compared fingerprinted(SiteModel site, Map<String, Seen> seen, Path folder) {
        if (seen.size() != site.parts().size()) {
            throw new IllegalStateException("the full build made " + seen.size() + " of " + site.parts().size()
                    + " parts"); // the next rebuild is a full one again
        }
        Map<String, String> pages = new ConcurrentHashMap<>();
        Map<String, String> files = new ConcurrentHashMap<>();
        Map<String, Made> parts = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(page -> pages.put(page.path(), Fingerprint.of(page)));
        site.files().parallelStream().forEach(file -> files.put(file.path(),
                Fingerprint.ofFile(folder.resolve(file.path()))));
        seen.values().parallelStream().forEach(part -> {
            Map<String, String> own = new HashMap<>();
            part.files().forEach(path -> own.put(path, Fingerprint.ofFile(folder.resolve(path))));
            parts.put(part.part().paths().get(0), new Made(part.part().paths(), part.part().inputs(), part.pages(),
                    Map.copyOf(own)));
            pages.putAll(part.pages());
            files.putAll(own);
        });
        return new Compared(new HashMap<>(pages), new HashMap<>(files), new HashMap<>(parts), List.of(), List.of(),
                0);
    }

    private Build.Result publishChanges(Project project, Published last, SiteModel site,
                                        Map<String, String> templates, Publisher publisher, Diagnostics diagnostics) {
        String display = project.display(project.output());
        try {
            Path staging = publisher.prepare();
            // The site's own data files (the search index, edition.json, ...) hold every essay and are the largest
            // files: they are published after the pages, unless one of them comes or goes (a page may link to it)
            Set<String> data = new HashSet<>();
            site.files().forEach(file -> data.add(file.path()));
            boolean dataLater = last.files().keySet().containsAll(data)
                    && data.stream().noneMatch(path -> path.endsWith(".html") || path.endsWith(".css"));
            SiteModel first = dataLater ? new SiteModel(site.pages(), List.of(), site.parts()) : site;
            // what differs from the published site, compared on every core; each data file is written into the
            // staging folder as it is fingerprinted, and moved from there only when it changed
            Compared made = compare(first, last, file -> Fingerprint.written(file, staging));
            List<Page> pages = made.changedPages();
            Set<String> gone = new HashSet<>(last.pages().keySet());
            gone.addAll(last.files().keySet());
            gone.removeAll(made.pages().keySet());
            gone.removeAll(made.files().keySet());
            gone.removeAll(data);
            Set<String> rewritten = new HashSet<>();
            pages.forEach(p -> rewritten.add(p.path()));
            rewritten.addAll(made.changedFiles());
            Set<String> existing = new HashSet<>(last.links().files());
            existing.removeAll(gone);
            existing.addAll(rewritten);
            long errorsBefore = diagnostics.count(Diagnostic.Severity.ERROR);
            new PageRenderer(project.templates(), project.display(project.templates()))
                    .render(new SiteModel(pages, List.of()), staging, diagnostics);
            LinkChecker.Table links = last.links();
            if (diagnostics.count(Diagnostic.Severity.ERROR) == errorsBefore) {
                links = LinkChecker.recheck(last.links(), last.folder(), staging, rewritten, existing, display,
                        diagnostics);
            }
            if (diagnostics.hasErrors()) {
                publisher.discard();
                return new Build.Result(false, site.pageCount(), diagnostics);
            }
            // from here on the published folder changes: a failure leaves it unknown, so the next build is full
            published = Optional.empty();
            move(rewritten, staging, last.folder());
            for (String path : gone.stream().sorted().toList()) {
                Path target = last.folder().resolve(path);
                Files.deleteIfExists(target);
                removeEmptyFolders(last.folder(), target.getParent());
            }
            Map<String, String> files = made.files();
            int dataWritten = 0;
            if (dataLater) {
                pagesPublished = System.nanoTime();
                // the pages show the edit now; the data files follow, each moved in only when it changed
                Compared dataMade = compare(new SiteModel(List.of(), site.files(), List.of()), last,
                        file -> Fingerprint.written(file, staging));
                files = new HashMap<>(made.files());
                files.putAll(dataMade.files());
                Set<String> changed = new HashSet<>(dataMade.changedFiles());
                move(changed, staging, last.folder());
                dataWritten = changed.size();
            }
            publisher.discard(); // the staging folder, with the assets the renderer copied there, and the lock
            published = Optional.of(new Published(last.folder(), made.pages(), files, made.parts(), links,
                    templates));
            written = rewritten.size() + gone.size() + dataWritten;
            reused = made.reused();
            incremental = true;
            return new Build.Result(true, site.pageCount(), diagnostics);
        } catch (IOException e) {
            return Build.cannotWrite(e, publisher, project, site.pageCount(), diagnostics);
        } catch (java.io.UncheckedIOException e) {
            return Build.cannotWrite(e.getCause(), publisher, project, site.pageCount(), diagnostics);
        }
    }

    /** Moves each of these files from {@code staging} into {@code folder}, in path order, each by an atomic rename. */
    private static void move(Set<String> paths, Path staging, Path folder) throws IOException {
        for (String path : paths.stream().sorted().toList()) {
            Path target = folder.resolve(path);
            Files.createDirectories(target.getParent());
            Files.move(staging.resolve(path), target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes {@code folder} and its parents while they are empty, up to but not including {@code root}. */
    private static void removeEmptyFolders(Path root, Path folder) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
        }
    }

    /** Each file under the templates folder, with its size and modification time. */
    private static Map<String, String> fingerprint(Path templates) {
        Map<String, String> files = new HashMap<>();
        if (!Files.isDirectory(templates)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path file : walk.toList()) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                files.put(templates.relativize(file).toString(), a.size() + " " + a.lastModifiedTime().toMillis()
                        + " " + a.lastModifiedTime() + " " + a.isSymbolicLink());
            }
        } catch (IOException | RuntimeException e) {
            files.put("", "unreadable " + System.nanoTime()); // never equal: the next build is full
        }
        return files;
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return Objects.requireNonNull(path);
        }
    }

    /**
     * A SHA-256 fingerprint of a page's view or a data file's text. A view is read as the renderer reads it: each
     * record component, list element, string and number in order, every value tagged with its kind and every string
     * and list with its length, so that two views differing in any value, or only in how values are split, have
     * different fingerprints.
     */
    static final class Fingerprint {

        private static final ClassValue<java.lang.reflect.RecordComponent[]> COMPONENTS = new ClassValue<>() {
            @Override
            protected java.lang.reflect.RecordComponent[] computeValue(Class<?> type) {
                return type.getRecordComponents();
            }
        };

        private Fingerprint() {
        }

        /** The fingerprint of a view made of records, lists, optionals, strings, numbers, booleans and enums. */
        static String of(Object view) {
            java.security.MessageDigest digest = sha256();
            feed(digest, view);
            return java.util.HexFormat.of().formatHex(digest.digest());
        }

        /**
         * Writes a data file into {@code folder}, UTF-8 encoded, and gives the fingerprint of its bytes, taken as they
         * are written: the text is never held whole.
         */
        static String written(DataFile file, Path folder) {
            java.security.MessageDigest digest = sha256();
            try {
                Path target = folder.resolve(file.path());
                Files.createDirectories(target.getParent());
                PageRenderer.writeText(file, new java.security.DigestOutputStream(Files.newOutputStream(target), digest));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        }

        /** The fingerprint of a file's bytes, as {@link #written} gives it when it writes the file. */
        static String ofFile(Path file) {
            java.security.MessageDigest digest = sha256();
            try (java.io.InputStream in = new java.security.DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        }

        private static void feed(java.security.MessageDigest digest, Object value) {
            if (value == null) {
                digest.update((byte) 'n');
            } else if (value instanceof String text) {
                digest.update((byte) 's');
                length(digest, text.length());
                chars(digest, text);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean
                    || value instanceof Enum<?>) {
                String text = value.getClass().getName() + ":" + value;
                digest.update((byte) 'v');
                length(digest, text.length());
                digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
            } else if (value instanceof List<?> list) {
                digest.update((byte) 'l');
                length(digest, list.size());
                list.forEach(element -> feed(digest, element));
            } else if (value instanceof Optional<?> optional) {
                digest.update((byte) 'o');
                feed(digest, optional.orElse(null));
            } else if (value.getClass().isRecord()) {
                digest.update((byte) 'r');
                feed(digest, value.getClass().getName());
                for (java.lang.reflect.RecordComponent component : COMPONENTS.get(value.getClass())) {
                    try {
                        feed(digest, component.getAccessor().invoke(value));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + component, e);
                    }
                }
            } else {
                throw new IllegalArgumentException("a page's view holds a " + value.getClass().getName()
                        + "; expected records, lists, optionals, strings, numbers, booleans and enums");
            }
        }

        /** Each of the text's chars as two bytes, high first (UTF-16BE, but exact for an unpaired surrogate too). */
        private static void chars(java.security.MessageDigest digest, String text) {
            byte[] buffer = new byte[Math.min(2 * text.length(), 8192)];
            for (int at = 0; at < text.length(); ) {
                int n = Math.min(text.length() - at, buffer.length / 2);
                for (int i = 0; i < n; i++) {
                    char c = text.charAt(at + i);
                    buffer[2 * i] = (byte) (c >>> 8);
                    buffer[2 * i + 1] = (byte) c;
                }
                digest.update(buffer, 0, 2 * n);
                at += n;
            }
        }

        private static void length(java.security.MessageDigest digest, int length) {
            digest.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8),
                    (byte) length});
        }

        private static java.security.MessageDigest sha256() {
            try {
                return java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
    }
}
