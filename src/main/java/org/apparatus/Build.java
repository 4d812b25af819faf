package org.apparatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apparatus.ingest.ImportedEssay;
import org.apparatus.ingest.Seed;
import org.apparatus.ingest.SeedReader;
import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.Progress;
import org.apparatus.kernel.Project;
import org.apparatus.kernel.TextFiles;
import org.apparatus.link.Memo;
import org.apparatus.link.WorkCorrections;
import org.apparatus.model.ContentPage;
import org.apparatus.model.ContentPageParser;
import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.Registry;
import org.apparatus.preserve.Snapshot;
import org.apparatus.publish.Publication;
import org.apparatus.serve.Reuse;
import org.apparatus.publish.LinkChecker;
import org.apparatus.publish.Publisher;
import org.apparatus.view.Contents;
import org.apparatus.view.Part;
import org.apparatus.view.SiteModel;

/**
 * One build of a project, the stages in order: import the seeds, parse the essays, cross-reference them, make the
 * data files and page views, render the pages, check and publish ({@link Publication}); and, when asked for, a
 * snapshot for archives. Diagnostics are collected throughout; the site is published only if there is no error. The
 * one orchestrator: {@code apparatus serve} runs it too, with a {@link Reuse} that takes from the last build what did
 * not change and publishes only the files that did.
 */
public final class Build {

    private final Project project;
    private final Optional<Snapshot.Request> snapshot;
    private final Diagnostics diagnostics = new Diagnostics();
    /** What this build takes from the builds before it: nothing for a build of its own, much for serve's. */
    private final Reuse reuse;
    /**
     * Below this many essays a build is never long enough to say its stages, whatever the machine's load: the seed
     * site's and the tests' output stays what it was.
     */
    static final int SMALL = 20;

    /** What a long build says of its stages while it runs; nothing for a short one. */
    private Progress progress = Progress.none();

    /**
     * The outcome of a build.
     *
     * @param published true when the new site replaced the output folder
     * @param pages how many pages were written
     */
    public record Result(boolean published, int pages, Diagnostics diagnostics) {
    }

    public Build(Project project) {
        this(project, Optional.empty());
    }

    /** A build that, once the site is published, also makes a snapshot of the edition for archives. */
    public Build(Project project, Optional<Snapshot.Request> snapshot) {
        this(project, snapshot, Reuse.none());
    }

    /** A build that reuses what an earlier build in this process computed, and rewrites only what changed. */
    Build(Project project, Reuse reuse) {
        this(project, Optional.empty(), reuse);
    }

    private Build(Project project, Optional<Snapshot.Request> snapshot, Reuse reuse) {
        this.project = project;
        this.snapshot = snapshot;
        this.reuse = reuse;
    }

    /** This build, telling {@code progress} its stages as it runs them. */
    public Build reporting(Progress progress) {
        this.progress = java.util.Objects.requireNonNull(progress);
        return this;
    }

    public Result run() {
        try {
            return stages();
        } finally {
            progress.finish();
        }
    }

    private Result stages() {
        if (!safeOutput()) {
            return new Result(false, 0, diagnostics);
        }
        List<Seed> seedFiles = SeedReader.readAll(project.seeds(), project.display(project.seeds()), diagnostics);
        List<Path> curated = curatedFiles();
        if (seedFiles.size() + curated.size() < SMALL) {
            progress = Progress.none();
        }
        progress.stage("reading essays", seedFiles.size() + curated.size());
        // What the model is made from, handed over to it when it is made: from then on only the model holds the
        // essays and seeds, and it lets them go once its pages are written. Kept in local variables here, they would
        // stay reachable to the end of the build, through the link check, whose memory is its own.
        java.util.concurrent.atomic.AtomicReference<Map<String, ImportedEssay>> seeds =
                new java.util.concurrent.atomic.AtomicReference<>(importSeeds(seedFiles));
        seedFiles = null;
        java.util.concurrent.atomic.AtomicReference<List<Essay>> essays =
                new java.util.concurrent.atomic.AtomicReference<>(parseEssays(seeds.get(), curated));
        Path works = project.content().resolve("works.yml");
        Path actors = project.content().resolve("actors.yml");
        Path events = project.content().resolve("events.yml");
        Registry registry = reuse.sources("registries", List.of(actors, events), problems -> Registry.read(actors,
                project.display(actors), events, project.display(events), problems), diagnostics);
        EditionSettings edition = edition();
        WorkCorrections corrections = reuse.sources("works", List.of(works),
                problems -> WorkCorrections.read(works, project.display(works), problems), diagnostics);
        List<ContentPage> pages = contentPages();
        Memo memo = reuse.memo();
        java.util.function.Supplier<SiteModel> model = () -> {
            List<Essay> parsed = essays.getAndSet(null);
            if (parsed == null) {
                throw new IllegalStateException("a build makes its model once");
            }
            progress.stage("cross-referencing", 0);
            return SiteModel.build(edition, parsed, seeds.getAndSet(null), corrections, registry, pages, memo,
                    diagnostics);
        };
        // Stages 4 to 7: the model made, its pages rendered into a staging folder and its links checked, then
        // published if nothing went wrong: all of it, or (for serve) only what changed
        Publication.Outcome published = Publication.publish(project,
                new Reporting(reuse.plan(project, model), progress), diagnostics);
        Result result = new Result(published.published(), published.pages(), diagnostics);
        if (result.published() && snapshot.isPresent()) {
            preserve(snapshot.get(), edition);
        }
        return result;
    }

    /** Stage 6: the published site and its sources, as a BagIt bag and a WACZ web archive. */
    private void preserve(Snapshot.Request request, EditionSettings edition) {
        try {
            Path site = project.output().toRealPath();
            Snapshot.write(request, new Snapshot.Sources(project.seeds(), project.content(), project.templates(), site),
                    edition.title(), edition.url(), project.display(request.folder()), diagnostics);
        } catch (IOException e) {
            diagnostics.error(project.display(project.output()), 0, 0, "cannot read the published site: "
                    + e.getMessage());
        }
    }

    /** Stage 1: every seed, read strictly and imported. */
    private Map<String, ImportedEssay> importSeeds(List<Seed> seeds) {
        Map<String, ImportedEssay> imports = new LinkedHashMap<>();
        for (Seed seed : seeds) {
            imports.put(seed.fileName(), reuse.importSeed(seed));
            progress.advance(1);
        }
        return imports;
    }

    /** Stage 2: the curated essays, and the seeds no curated essay stands for, imported on the fly. */
    private List<Essay> parseEssays(Map<String, ImportedEssay> seeds, List<Path> curated) {
        List<Essay> essays = new ArrayList<>();
        // on every core; the essays keep the files' order whatever finishes first
        curated.parallelStream().map(file -> {
            String display = project.display(file);
            String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
            Optional<Essay> essay = readText(file, display).flatMap(text -> parse(display, stem, text,
                    Essay.Origin.CURATED));
            progress.advance(1);
            return essay;
        }).toList().forEach(essay -> essay.ifPresent(essays::add));
        Set<String> curatedSeeds = new HashSet<>();
        essays.forEach(e -> e.seed().ifPresent(curatedSeeds::add));
        for (ImportedEssay imported : seeds.values()) {
            if (curatedSeeds.contains(imported.seed().fileName())) {
                continue;
            }
            diagnostics.addAll(imported.diagnostics());
            Optional<Essay> essay = parse(imported.seed().displayPath() + " (as imported)", imported.id(),
                    imported.markdown(), Essay.Origin.IMPORTED);
            essay.ifPresent(essays::add);
            String seedFile = imported.seed().displayPath();
            boolean explained = diagnostics.all().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR
                    && d.file().startsWith(seedFile));
            if (essay.isEmpty() && !explained) {
                diagnostics.error(imported.seed().displayPath(), 0, 0, "the text could not be read as an essay; run"
                        + " 'apparatus import " + imported.seed().displayPath() + "' to see the Markdown it gives");
            }
        }
        if (essays.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.warning(project.display(project.root()), 0, 0, "no essays: expected texts in seeds/ or"
                    + " Markdown files in content/essays/");
        }
        return essays;
    }

    private Optional<Essay> parse(String display, String stem, String text, Essay.Origin origin) {
        return reuse.parse(display, stem, text, origin, diagnostics);
    }

    /** The edition's own pages, {@code content/pages/*.md} (such as the about page). */
    private List<ContentPage> contentPages() {
        Path folder = project.content().resolve("pages");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ContentPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String display = project.display(file);
                String id = file.getFileName().toString().replaceFirst("\\.md$", "");
                readText(file, display, "page").flatMap(text -> ContentPageParser.parse(display, id, text, diagnostics))
                        .ifPresent(pages::add);
            }
        } catch (IOException e) {
            diagnostics.error(project.display(folder), 0, 0, "cannot list the pages: " + e.getMessage());
        }
        return pages;
    }

    private EditionSettings edition() {
        Path file = project.content().resolve("site.yml");
        return reuse.sources("settings", List.of(file), problems -> EditionSettings.read(file, project.display(file),
                problems), diagnostics);
    }

    private List<Path> curatedFiles() {
        if (!Files.isDirectory(project.essays())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(project.essays())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            diagnostics.error(project.display(project.essays()), 0, 0, "cannot list the essays: " + e.getMessage());
            return List.of();
        }
    }

    private Optional<String> readText(Path file, String display) {
        return readText(file, display, "essay");
    }

    private Optional<String> readText(Path file, String display, String what) {
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(display, 0, 0, "a" + (what.startsWith("e") ? "n " : " ") + what + " must be a regular file, not a link or folder");
            return Optional.empty();
        }
        return reuse.text(file, problems -> TextFiles.read(file, display, what, problems)
                .map(text -> text.replace("\r\n", "\n").replace('\r', '\n')), diagnostics);
    }

    /**
     * A plan whose stages are told to the build's progress: the pages written (counted as each part of the site is
     * made, just before its pages are written; the site's own pages are written first), the links checked, the site
     * published.
     */
    private record Reporting(Publication.Plan plan, Progress progress) implements Publication.Plan {

        @Override
        public SiteModel stage(Path staging) throws IOException {
            SiteModel site = plan.stage(staging);
            progress.stage("writing pages", site.pageCount());
            if (site.parts().isEmpty()) {
                progress.advance(site.pages().size());
                return site;
            }
            java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
            int own = site.pages().size();
            List<Part> parts = site.parts().stream().map(part -> new Part(part.paths(), part.inputs(), () -> {
                Contents contents = part.make().get();
                progress.advance(part.paths().size() + (first.getAndSet(false) ? own : 0));
                return contents;
            })).toList();
            return new SiteModel(site.pages(), site.files(), parts);
        }

        @Override
        public int pages() {
            return plan.pages();
        }

        @Override
        public LinkChecker.Table check(Path staging, String display, Diagnostics diagnostics) {
            progress.stage("checking links", 0);
            return plan.check(staging, display, diagnostics);
        }

        @Override
        public void commit(Publisher publisher, Path staging) throws IOException {
            progress.stage("publishing", 0);
            plan.commit(publisher, staging);
        }
    }

    /** Refuses an output folder that would overwrite the project itself. */
    private boolean safeOutput() {
        Path out = project.output();
        List<Path> sources = List.of(project.root(), project.seeds(), project.content(), project.templates());
        for (Path source : sources) {
            if (out.equals(source) || source.startsWith(out)) {
                diagnostics.error(project.display(out), 0, 0, "the output folder would replace " + project.display(source)
                        + "; expected a folder of its own, such as site/");
                return false;
            }
        }
        if (out.getParent() == null) {
            diagnostics.error(out.toString(), 0, 0, "the output folder cannot be the file system root");
            return false;
        }
        return true;
    }
}
