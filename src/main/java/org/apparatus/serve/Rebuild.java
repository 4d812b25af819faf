package org.apparatus.serve;

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

import org.apparatus.export.DataFile;
import org.apparatus.ingest.ImportedEssay;
import org.apparatus.ingest.Seed;
import org.apparatus.ingest.SeedImporter;
import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.Project;
import org.apparatus.link.Memo;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.apparatus.publish.LinkChecker;
import org.apparatus.publish.Publication;
import org.apparatus.publish.Publisher;
import org.apparatus.view.Contents;
import org.apparatus.view.Page;
import org.apparatus.view.Part;
import org.apparatus.view.SiteModel;

/**
 * What {@code apparatus serve} keeps between builds so that an edit rebuilds only what depends on it, with the very
 * site a full build makes.
 *
 * <p>Every rebuild runs the whole pipeline of {@code org.apparatus.Build}, but each expensive step that is a pure
 * function of its inputs takes its result from the last build when the inputs are equal: an essay file is parsed
 * again only when its text changed, a seed imported again only when it changed, and the model's own steps are remembered by a
 * {@link ModelMemo}. A part of the site ({@link Part}: an essay's pages, a work's, an actor's, ...) whose
 * inputs equal the last build's is not made again: its pages are what they were. Everything else is compared with the
 * published site, page by page and data file by data file, by a {@link Fingerprint} of each ({@link Page}s are records
 * of strings, lists and records, so pages with equal views print equal files); only the files that differ are
 * rendered, into a staging folder, and the links are checked again for the rewritten pages (and for all pages, from the table the last check kept, when a file came or went or a
 * rewritten page's ids changed). Only when all of that found no error are the rewritten files moved into the
 * published build folder, each by an atomic rename, and the files that are gone deleted: a reader may, for the instant
 * this takes, see some pages old and some new, never a half-written page. A rebuild with an error writes nothing.
 * Both kinds of publication go through {@link Publication}, as a build of its own does.
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
public final class Rebuild implements Reuse {

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
    /** The source files' texts as last read, with what their files were then ({@link #text}). */
    private final Map<Path, Read> texts = new ConcurrentHashMap<>();

    /** How long a file must have been left alone when it was read for its size and time to stand for its text. */
    static final long SETTLED_MS = 2_000;

    /** A file's text as read, and its key, size and time; settled when it was old enough then. */
    private record Read(List<Object> stat, String text, boolean settled) {
    }
    private Optional<Published> published = Optional.empty();
    private int written;
    private int reused;
    private boolean incremental;
    private long started;
    private long pagesPublished;
    /** Told of each publication as soon as its pages are: the paths it rewrote or deleted, or {@code *} for all. */
    private volatile java.util.function.Consumer<Set<String>> onPages = paths -> { };

    /**
     * Tells {@code pages} of each publication from now on, as soon as its pages are published (before the data files
     * that follow them): the paths of the files it rewrote or deleted, or only {@code *} when it published a whole
     * new site. It must return at once.
     */
    public void onPages(java.util.function.Consumer<Set<String>> pages) {
        onPages = Objects.requireNonNull(pages);
    }

    /** Marks the start of a build, from which {@link #pagesMillis()} is counted. */
    public synchronized void start() {
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

    @Override
    public Memo memo() {
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
        // sized for the last build's rows at once: a site of 48,000 pages would otherwise be rehashed a dozen times
        Map<String, String> pages = new ConcurrentHashMap<>(Math.max(16, last.pages().size() * 4 / 3));
        Map<String, String> files = new ConcurrentHashMap<>(Math.max(16, last.files().size() * 4 / 3));
        Map<String, Made> parts = new ConcurrentHashMap<>(Math.max(16, last.parts().size() * 4 / 3));
        java.util.Queue<Page> changedPages = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.Queue<String> changedFiles = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<Task> tasks = new java.util.ArrayList<>();
        // the data files first: the edition's data and the search index are the largest tasks
        site.files().forEach(file -> tasks.add(new Task(Optional.empty(),
                () -> new Contents(List.of(), List.of(file)))));
        site.pages().forEach(page -> tasks.add(new Task(Optional.empty(),
                () -> new Contents(List.of(page), List.of()))));
        int reused = 0;
        // each part's inputs made and compared with the last build's on every core (12,500 parts at 1,000 essays)
        List<Optional<Made>> knowns = site.parts().parallelStream()
                .map(part -> Optional.ofNullable(last.parts().get(part.paths().get(0))).filter(made ->
                        made.paths().equals(part.paths()) && made.inputs().equals(part.inputs().get())))
                .toList();
        for (int i = 0; i < knowns.size(); i++) {
            Part part = site.parts().get(i);
            Optional<Made> known = knowns.get(i);
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
                Made made = new Made(part.get().paths(), part.get().inputs().get(), ownPages, Map.copyOf(ownFiles));
                Made known = parts.putIfAbsent(part.get().paths().get(0), made);
                if (known != null && !(known.pages().equals(made.pages()) && known.files().equals(made.files()))) {
                    throw new IllegalStateException("the part of " + part.get().paths().get(0) + " has the inputs"
                            + " of the last build's but made other pages or files: its inputs miss something it reads");
                }
            }
            pages.putAll(ownPages);
            files.putAll(ownFiles);
        });
        // only read from now on: kept as they are, not copied (each holds a row per page of the site)
        return new Compared(pages, files, parts, List.copyOf(changedPages), List.copyOf(changedFiles), reused);
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

    /**
     * The text of a source file, read again unless its file key (a new file when an editor saves by renaming), size
     * and modification time are what they were when it was last read, and it had been left alone for {@link
     * #SETTLED_MS} by then: a file modified twice within the file system's clock tick, to the same size, is read
     * again until it is settled (as git treats "racily clean" files). A read with a problem is never remembered.
     */
    @Override
    public Optional<String> text(Path file, java.util.function.Function<Diagnostics, Optional<String>> read,
                                 Diagnostics diagnostics) {
        Optional<List<Object>> stat = stat(file);
        Read known = stat.isEmpty() ? null : texts.get(file);
        if (known != null && known.settled() && known.stat().equals(stat.get())) {
            return Optional.of(known.text());
        }
        long readAt = System.currentTimeMillis();
        Diagnostics own = new Diagnostics();
        Optional<String> text = read.apply(own);
        diagnostics.addAll(own.all());
        if (text.isPresent() && own.all().isEmpty() && stat.isPresent() && stat.equals(stat(file))) {
            long modified = ((java.nio.file.attribute.FileTime) stat.get().get(2)).toMillis();
            texts.put(file, new Read(stat.get(), text.get(), modified < readAt - SETTLED_MS));
        } else {
            texts.remove(file);
        }
        return text;
    }

    /** What a reading of some source files made, with what it said, and the files' stats then. */
    private record Sources(List<Optional<List<Object>>> stats, Object value, List<Diagnostic> diagnostics) {
    }

    /** The last reading of each kind of sources ({@link #sources}), when every file was settled by then. */
    private final Map<String, Sources> sources = new ConcurrentHashMap<>();

    /**
     * What {@code read} makes of the files, or what it made of them before when each file's key, size and time (or
     * its absence) are what they were when it was last read and it had been left alone for {@link #SETTLED_MS} by
     * then, as {@link #text} decides for one file.
     */
    @Override
    public <T> T sources(String kind, List<Path> files, java.util.function.Function<Diagnostics, T> read,
                         Diagnostics diagnostics) {
        List<Optional<List<Object>>> stats = files.stream().map(Rebuild::statOrAbsent).toList();
        Sources known = sources.get(kind);
        if (known != null && known.stats().equals(stats)) {
            diagnostics.addAll(known.diagnostics());
            @SuppressWarnings("unchecked") // kept under this kind by this method, from a read of the same type
            T value = (T) known.value();
            return value;
        }
        long readAt = System.currentTimeMillis();
        Diagnostics own = new Diagnostics();
        T value = read.apply(own);
        diagnostics.addAll(own.all());
        boolean settled = stats.stream().allMatch(stat -> stat.isPresent() && (stat.get().isEmpty()
                || ((java.nio.file.attribute.FileTime) stat.get().get(2)).toMillis() < readAt - SETTLED_MS));
        if (settled && stats.equals(files.stream().map(Rebuild::statOrAbsent).toList())) {
            sources.put(kind, new Sources(stats, value, own.all()));
        } else {
            sources.remove(kind);
        }
        return value;
    }

    /**
     * A file's key, size and modification time; an empty list when there is no file; empty when they cannot be read
     * (then nothing read from it is remembered).
     */
    private static Optional<List<Object>> statOrAbsent(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Path folder = file.getParent();
            return folder != null && Files.isDirectory(folder) ? Optional.of(List.of()) : Optional.empty();
        }
        return stat(file);
    }

    /** A file's key, size and modification time, or empty when they cannot be read or it has no key. */
    private static Optional<List<Object>> stat(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.fileKey() == null ? Optional.empty()
                    : Optional.of(List.of(a.fileKey(), a.size(), a.lastModifiedTime()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The essay in this text, parsed again only when the text of that file changed. */
    @Override
    public Optional<Essay> parse(String display, String stem, String text, Essay.Origin origin,
                                 Diagnostics diagnostics) {
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
    @Override
    public ImportedEssay importSeed(Seed seed) {
        if (imported.size() > 10_000) {
            imported.clear(); // seeds edited over and over: remember only the recent ones
        }
        return imported.computeIfAbsent(seed, SeedImporter::importSeed);
    }

    /**
     * The plan of the model's publication: only what changed since the last publication when that can be done, else
     * a full build, which fingerprints each part's pages as it makes them, so that they are made once. Serve compares
     * the model with the last one it published, so it is made here, at once.
     */
    @Override
    public synchronized Publication.Plan plan(Project project, Supplier<SiteModel> model) {
        SiteModel site = model.get();
        Map<String, String> templates = fingerprint(project.templates());
        Optional<Path> current;
        try {
            current = new Publisher(project.output()).current().map(Rebuild::real);
        } catch (IOException | RuntimeException e) {
            current = Optional.empty();
        }
        Optional<Published> last = published;
        if (last.isEmpty() || current.isEmpty() || !current.get().equals(last.get().folder())
                || !templates.equals(last.get().templates())) {
            return new Full(site, templates);
        }
        return new Changes(last.get(), site, templates);
    }

    /** A full build of the model, whose parts' pages are fingerprinted as they are made, and what it published. */
    private final class Full implements Publication.Plan {
        private final SiteModel site;
        private final Map<String, String> templates;
        private final Map<String, Seen> seen = new ConcurrentHashMap<>();
        private final Publication.Plan full;
        private LinkChecker.Table links = LinkChecker.Table.empty();

        Full(SiteModel site, Map<String, String> templates) {
            this.site = site;
            this.templates = templates;
            this.full = Publication.full(() -> watched(site, seen));
        }

        @Override
        public SiteModel stage(Path staging) throws IOException {
            return full.stage(staging);
        }

        @Override
        public int pages() {
            return full.pages();
        }

        @Override
        public LinkChecker.Table check(Path staging, String display, Diagnostics diagnostics) {
            links = full.check(staging, display, diagnostics);
            return links;
        }

        @Override
        public void commit(Publisher publisher, Path staging) throws IOException {
            full.commit(publisher, staging);
            onPages.accept(Set.of("*"));
            synchronized (Rebuild.this) {
                try {
                    Path folder = real(publisher.current().orElseThrow());
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
        }
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
            parts.put(part.part().paths().get(0), new Made(part.part().paths(), part.part().inputs().get(), part.pages(),
                    Map.copyOf(own)));
            pages.putAll(part.pages());
            files.putAll(own);
        });
        return new Compared(new HashMap<>(pages), new HashMap<>(files), new HashMap<>(parts), List.of(), List.of(),
                0);
    }

    /**
     * The publication of only what differs from the last one: the changed pages rendered into the staging folder
     * (the changed data files written there as they are compared), their links checked again, and then moved into the
     * published folder, the files that are gone deleted.
     */
    private final class Changes implements Publication.Plan {
        private final Published last;
        private final SiteModel site;
        private final Map<String, String> templates;
        private final Set<String> data = new HashSet<>();
        private final boolean dataLater;
        private Compared made;
        private final Set<String> gone = new HashSet<>();
        private final Set<String> rewritten = new HashSet<>();
        private Set<String> existing = Set.of();
        private LinkChecker.Table links;

        Changes(Published last, SiteModel site, Map<String, String> templates) {
            this.last = last;
            this.site = site;
            this.templates = templates;
            this.links = last.links();
            // The site's own data files (the search index, edition.json, ...) hold every essay and are the largest
            // files: they are published after the pages, unless one of them comes or goes (a page may link to it)
            // files, one per essay, that were not published yet (a new essay's data) go with the pages, which link
            // to them
            site.files().forEach(file -> data.add(file.path()));
            dataLater = last.files().keySet().stream().anyMatch(data::contains)
                    && data.stream().noneMatch(path -> path.endsWith(".html") || path.endsWith(".css"));
        }

        /** The data files published before: those that may follow the pages. */
        private List<DataFile> later() {
            return site.files().stream().filter(f -> last.files().containsKey(f.path())).toList();
        }

        @Override
        public SiteModel stage(Path staging) {
            SiteModel first = dataLater ? new SiteModel(site.pages(), site.files().stream()
                    .filter(f -> !last.files().containsKey(f.path())).toList(), site.parts()) : site;
            // what differs from the published site, compared on every core; each data file is written into the
            // staging folder as it is fingerprinted, and moved from there only when it changed
            made = compare(first, last, file -> Fingerprint.written(file, staging));
            List<Page> pages = made.changedPages();
            // what was published and is not made now: a look-up per path, the few found kept
            for (Map<String, String> before : List.of(last.pages(), last.files())) {
                for (String path : before.keySet()) {
                    if (!made.pages().containsKey(path) && !made.files().containsKey(path) && !data.contains(path)) {
                        gone.add(path);
                    }
                }
            }
            pages.forEach(p -> rewritten.add(p.path()));
            rewritten.addAll(made.changedFiles());
            if (gone.isEmpty() && last.links().files().containsAll(rewritten)) {
                existing = last.links().files(); // the edit of a text: no file came or went (the usual case)
            } else {
                existing = new HashSet<>(last.links().files().size() * 4 / 3 + rewritten.size());
                existing.addAll(last.links().files());
                existing.removeAll(gone);
                existing.addAll(rewritten);
            }
            return new SiteModel(pages, List.of());
        }

        @Override
        public int pages() {
            return site.pageCount();
        }

        @Override
        public LinkChecker.Table check(Path staging, String display, Diagnostics diagnostics) {
            links = LinkChecker.recheck(last.links(), last.folder(), staging, rewritten, existing, display,
                    diagnostics);
            return links;
        }

        @Override
        public void commit(Publisher publisher, Path staging) throws IOException {
            synchronized (Rebuild.this) {
                // from here on the published folder changes: a failure leaves it unknown, so the next build is full
                published = Optional.empty();
                move(rewritten, staging, last.folder());
                for (String path : gone.stream().sorted().toList()) {
                    Path target = last.folder().resolve(path);
                    Files.deleteIfExists(target);
                    removeEmptyFolders(last.folder(), target.getParent());
                }
                Set<String> shown = new HashSet<>(rewritten);
                shown.addAll(gone);
                onPages.accept(Set.copyOf(shown)); // the pages show the edit now: the open ones reload
                Map<String, String> files = made.files();
                int dataWritten = 0;
                if (dataLater) {
                    pagesPublished = System.nanoTime();
                    // the pages show the edit now; the data files follow, each moved in only when it changed
                    Compared dataMade = compare(new SiteModel(List.of(), later(), List.of()), last,
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
            }
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
}
