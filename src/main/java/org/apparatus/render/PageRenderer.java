package org.apparatus.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.view.Contents;
import org.apparatus.export.DataFile;
import org.apparatus.view.Page;
import org.apparatus.view.Part;
import org.apparatus.view.SiteModel;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Writes every page of a {@link SiteModel} with its template, and the site's assets. Templates come from the
 * project's {@code templates/} folder where it has them, and from the defaults inside Apparatus otherwise.
 */
public final class PageRenderer {

    /** Where the default templates and assets live on the class path. */
    static final String DEFAULTS = "/org/apparatus/render/templates";
    /** The assets every site gets, under {@code assets/}. */
    static final List<String> DEFAULT_ASSETS = List.of("apparatus.css", "apparatus.js", "search.js");

    private final Configuration freemarker;
    private final Path projectTemplates;
    private final String templatesDisplay;
    /** The folders made so far, so each is made once. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /**
     * @param projectTemplates the project's {@code templates/} folder; it need not exist
     * @param templatesDisplay how diagnostics name that folder
     */
    public PageRenderer(Path projectTemplates, String templatesDisplay) throws IOException {
        this.projectTemplates = projectTemplates;
        this.templatesDisplay = templatesDisplay;
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(projectTemplates)) {
            loaders.add(new FileTemplateLoader(projectTemplates.toFile()));
        }
        loaders.add(new ClassTemplateLoader(PageRenderer.class, DEFAULTS));
        freemarker = new Configuration(Configuration.VERSION_2_3_35);
        freemarker.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setLocale(Locale.ROOT);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setLocalizedLookup(false);
        // a template reads a fragment's HTML as `markup.html`, though Markup is a class, as it reads a record's
        // components: any zero-argument method of a non-record class reads as a property too
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        freemarker.setObjectWrapper(wrapper.build());
    }

    /**
     * Renders every page, writes the data files and copies the assets into {@code staging}; failures become
     * diagnostics. The site's parts are made here, on every core, each written and let go before the next.
     */
    public void render(SiteModel site, Path staging, Diagnostics diagnostics) {
        // on every core, each page streamed to its file; the problems are gathered in path order afterwards
        List<Map.Entry<String, TemplateProblem>> failed = new ArrayList<>(site.pages().parallelStream()
                .flatMap(page -> renderPage(page, staging, diagnostics).map(p -> Map.entry(page.path(), p)).stream())
                .toList());
        // the site's own data files, one after another on one core while the others make the parts: the search
        // index is made by its first file and let go after its last, so that written apart (as tasks among the parts
        // were) its files held the whole index through most of a large build
        java.util.concurrent.CompletableFuture<Void> files = java.util.concurrent.CompletableFuture.runAsync(
                () -> site.files().forEach(file -> write(file, staging, diagnostics)));
        try {
            failed.addAll(site.parts().parallelStream()
                    .flatMap(part -> writePart(part, staging, diagnostics).stream()).toList());
        } catch (RuntimeException | Error e) {
            try { // never left writing into the staging folder after render throws
                files.join();
            } catch (java.util.concurrent.CompletionException also) {
                e.addSuppressed(also.getCause());
            }
            throw e;
        }
        awaitFiles(files);
        failed.sort(Map.Entry.comparingByKey());
        Map<TemplateProblem, List<String>> problems = new LinkedHashMap<>(); // pages in path order
        failed.forEach(f -> problems.computeIfAbsent(f.getValue(), k -> new ArrayList<>()).add(f.getKey()));
        problems.forEach((problem, pages) -> diagnostics.error(problem.file(), problem.line(), problem.column(),
                problem.message() + " (writing " + pages.get(0)
                        + (pages.size() > 1 ? " and " + (pages.size() - 1) + " more pages)" : ")")));
        copyAssets(staging, diagnostics);
    }

    /** Makes a part's pages and files and writes them; gives its template problems, by page path. */
    private List<Map.Entry<String, TemplateProblem>> writePart(Part part, Path staging, Diagnostics diagnostics) {
        Contents made = part.make().get();
        List<String> madePaths = new ArrayList<>();
        List<Map.Entry<String, TemplateProblem>> problems = new ArrayList<>();
        for (Page page : made.pages()) { // read once: a part may make its pages as they are asked for
            madePaths.add(page.path());
            renderPage(page, staging, diagnostics).ifPresent(p -> problems.add(Map.entry(page.path(), p)));
        }
        if (!madePaths.equals(part.paths())) { // the sitemap and the page count were told the part's paths
            diagnostics.error(part.paths().get(0), 0, 0, "internal error: the part was to make the pages "
                    + part.paths() + " but made " + madePaths + " (please report it with the input)");
        }
        made.files().forEach(file -> write(file, staging, diagnostics));
        return problems;
    }

    /** Waits for the data files; a failure in writing them is thrown as it was thrown, not wrapped. */
    private static void awaitFiles(java.util.concurrent.CompletableFuture<Void> files) {
        try {
            files.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    private void write(DataFile file, Path staging, Diagnostics diagnostics) {
        try {
            Path target = staging.resolve(file.path());
            Path folder = target.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            writeText(file, Files.newOutputStream(target));
        } catch (IOException e) {
            diagnostics.error(file.path(), 0, 0, "cannot write: " + e.getMessage());
        }
    }

    /** Writes a data file's text to {@code bytes} as every data file of the site is written: UTF-8; then closes it. */
    public static void writeText(DataFile file, java.io.OutputStream bytes) throws IOException {
        try (Utf8Sink out = new Utf8Sink(bytes)) {
            file.writing().to(out);
        }
    }

    /** A template failure, reported once however many pages it broke. */
    private record TemplateProblem(String file, int line, int column, String message) {
    }

    private Optional<TemplateProblem> renderPage(Page page, Path staging, Diagnostics diagnostics) {
        String name = page.template();
        try {
            Template template = freemarker.getTemplate(name);
            Path file = staging.resolve(page.path());
            Path folder = file.getParent();
            if (!folders.contains(folder)) { // remembered only once it exists: another thread may be writing into it
                Files.createDirectories(folder);
                folders.add(folder);
            }
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                    StandardCharsets.UTF_8), 1 << 16)) {
                template.process(Map.of("page", page), out);
            } catch (TemplateException | RuntimeException e) {
                Files.deleteIfExists(file); // no half-written page
                throw e;
            }
        } catch (SecurityException e) {
            // FreeMarker refuses a template that is a link out of templates/
            return Optional.of(new TemplateProblem(templatesDisplay + "/" + name, 0, 0, "a template must be a file"
                    + " inside " + templatesDisplay + "/, not a link out of it; copy the template into the folder"));
        } catch (TemplateException | IOException e) {
            Optional<ParseException> syntax = syntaxErrorCause(e);
            if (syntax.isPresent()) {
                // also when FreeMarker reports it through an #import, or as "an error on an earlier attempt"
                return Optional.of(syntaxError(syntax.get(), name));
            }
            if (e instanceof TemplateException t) {
                return Optional.of(new TemplateProblem(display(t.getTemplateSourceName(), name),
                        nonNegative(t.getLineNumber()), nonNegative(t.getColumnNumber()),
                        "template error: " + oneLine(t.getMessageWithoutStackTop())));
            }
            diagnostics.error(display(null, name), 0, 0, "cannot write " + page.path() + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<ParseException> syntaxErrorCause(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof ParseException p) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private TemplateProblem syntaxError(ParseException e, String name) {
        return new TemplateProblem(display(e.getTemplateName(), name), nonNegative(e.getLineNumber()),
                nonNegative(e.getColumnNumber()), "template syntax error: " + oneLine(e.getEditorMessage()));
    }

    private void copyAssets(Path staging, Diagnostics diagnostics) {
        Map<String, byte[]> assets = new TreeMap<>();
        try {
            for (String asset : DEFAULT_ASSETS) {
                try (InputStream in = PageRenderer.class.getResourceAsStream(DEFAULTS + "/assets/" + asset)) {
                    if (in == null) {
                        throw new IOException("the default asset " + asset + " is missing from Apparatus");
                    }
                    assets.put(asset, in.readAllBytes());
                }
            }
            Path own = projectTemplates.resolve("assets");
            if (Files.isDirectory(own)) {
                try (Stream<Path> files = Files.walk(own)) { // does not follow links into folders
                    for (Path file : files.sorted().toList()) {
                        String name = own.relativize(file).toString().replace('\\', '/');
                        if (Files.isSymbolicLink(file)) {
                            // a link could copy any file of the machine into the published site
                            diagnostics.error(templatesDisplay + "/assets/" + name, 0, 0, "an asset must be a regular"
                                    + " file, not a link; copy the file into " + templatesDisplay + "/assets/ instead");
                        } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                            assets.put(name, Files.readAllBytes(file));
                        }
                    }
                }
            }
            for (Map.Entry<String, byte[]> asset : assets.entrySet()) {
                Path target = staging.resolve("assets").resolve(asset.getKey()).normalize();
                Files.createDirectories(target.getParent());
                Files.write(target, asset.getValue());
            }
        } catch (IOException e) {
            diagnostics.error(templatesDisplay + "/assets", 0, 0, "cannot copy the site's assets: " + e.getMessage());
        }
    }

    private String display(String sourceName, String fallback) {
        String name = sourceName == null ? fallback : sourceName;
        return Files.isRegularFile(projectTemplates.resolve(name)) ? templatesDisplay + "/" + name
                : "(built-in template) " + name;
    }

    private static int nonNegative(Integer n) {
        return n == null || n < 0 ? 0 : n;
    }

    /** FreeMarker's message without its tips, on one line. */
    private static String oneLine(String message) {
        String m = message == null ? "" : message;
        int tips = m.indexOf("\n----");
        return (tips < 0 ? m : m.substring(0, tips)).replaceAll("\\s+", " ").strip();
    }
}
