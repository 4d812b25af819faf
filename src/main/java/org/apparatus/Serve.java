package org.apparatus;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apparatus.kernel.Progress;
import org.apparatus.kernel.Project;
import org.apparatus.serve.Rebuild;

/**
 * Builds a project again whenever one of its sources changes: {@code seeds/}, {@code content/} and
 * {@code templates/}, watched with the file system's notifications. A rebuild reuses what the edit did not change and
 * rewrites only the files that differ ({@link Rebuild}), so the rebuilt site is byte for byte what
 * {@code apparatus build} makes; a build that fails leaves the last site served.
 */
public final class Serve implements AutoCloseable {

    /** How long the sources must be quiet before a rebuild, so that an editor's save is one rebuild. */
    static final long QUIET_MS = 15;
    /**
     * How many rebuilds with nothing changed warm serve up. Only a rebuild makes the parts' inputs (a build of its
     * own never does), and the JIT compiles that code after it ran a few times: at 1,000 essays, with one warm-up
     * the first edit showed in 0.5 to 0.69 s, with three in 0.42 to 0.58 s, for some 5 s more before serving starts.
     */
    static final int WARM_UPS = 3;

    private final Project project;
    private final WatchService watcher;
    private final Rebuild warm = new Rebuild();
    /** What each build says of its stages while it runs: a long first build shows them; a rebuild is short. */
    private java.util.function.Supplier<Progress> progress = Progress::none;
    /** True once a build published: the builds after it say nothing while they run. */
    private boolean published;

    public Serve(Project project) throws IOException {
        this.project = project;
        this.watcher = FileSystems.getDefault().newWatchService();
        project.root().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        registerSources();
    }

    /** Builds from now on, until one publishes, tell a new progress from {@code progress} their stages. */
    public Serve reporting(java.util.function.Supplier<Progress> progress) {
        this.progress = java.util.Objects.requireNonNull(progress);
        return this;
    }

    /**
     * Tells {@code pages} of each publication from now on, as soon as its pages are published: the paths of the files
     * it rewrote or deleted, or only {@code *} for a whole new site (see {@link Rebuild#onPages}).
     */
    public void onPages(java.util.function.Consumer<java.util.Set<String>> pages) {
        warm.onPages(pages);
    }

    /** Told of each rebuild. */
    public interface Listener {
        void rebuilt(Build.Result result, long millis);
    }

    /**
     * One build: the first is a full one; later ones reuse what did not change and rewrite only the files that
     * differ (see {@link Rebuild}), making the same site as a full build.
     */
    public Build.Result build() {
        warm.start();
        // the first build is a long one: it says its stages; a rebuild is told by serve's own line when it ends
        Build.Result result = new Build(project, warm).reporting(published ? Progress.none() : progress.get()).run();
        published |= result.published();
        return result;
    }

    /**
     * Rebuilds {@link #WARM_UPS} times with nothing changed, so that a maintainer's first edits are rebuilt by compiled
     * code rather than by the interpreter (the JIT compiles what runs often: at 1,000 essays, the first edit after
     * start showed in 0.5 to 0.8 s and the later ones in under 0.3 s). Nothing is rewritten, so no page reloads; only
     * after a first build that published.
     */
    public void warmUp() {
        for (int i = 0; i < WARM_UPS && published; i++) {
            build();
        }
    }

    /**
     * How long after its start the last build published its pages, when it published them before the site's data
     * files (the search index, {@code edition.json}, ...): an edit shows on its page then.
     */
    public java.util.OptionalLong pagesMillis() {
        return warm.pagesMillis();
    }

    /** How many files the last build that published wrote or deleted. */
    public int written() {
        return warm.written();
    }

    /** How many parts (an essay's pages, a work's, an actor's, an event's) the last build took unmade. */
    public int reused() {
        return warm.reused();
    }

    /** True when the last build that published rewrote only what changed. */
    public boolean incremental() {
        return warm.incremental();
    }

    /**
     * Waits for changes and rebuilds after each, telling {@code rebuilt} the outcome, until {@link #close()}.
     */
    public void watch(Listener rebuilt) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = relevant(key);
                // let a burst of changes settle, then build once for all of them
                for (WatchKey more; (more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null; ) {
                    relevant |= relevant(more);
                }
                if (relevant) {
                    registerSources(); // new folders are watched too
                    long start = System.nanoTime();
                    Build.Result result = build();
                    rebuilt.rebuilt(result, (System.nanoTime() - start) / 1_000_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException | IOException e) {
            // closed: the server is stopping
        }
    }

    /** True if the events are in the sources, not in the output or elsewhere in the project folder. */
    private boolean relevant(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            Path changed = event.context() instanceof Path p ? dir.resolve(p) : dir;
            relevant |= sources().stream().anyMatch(changed::startsWith)
                    || event.kind() == StandardWatchEventKinds.OVERFLOW;
        }
        key.reset();
        return relevant;
    }

    private List<Path> sources() {
        return List.of(project.seeds(), project.content(), project.templates());
    }

    private void registerSources() throws IOException {
        for (Path source : sources()) {
            if (!Files.isDirectory(source)) {
                continue;
            }
            try (Stream<Path> dirs = Files.walk(source)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
