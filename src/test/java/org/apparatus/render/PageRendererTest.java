package org.apparatus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.model.Markup;
import org.apparatus.view.Chrome;
import org.apparatus.view.Contents;
import org.apparatus.view.Page;
import org.apparatus.view.Part;
import org.apparatus.view.SiteModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageRendererTest {

    @TempDir
    Path dir;

    private static Page.TextPage page(String path) {
        Chrome chrome = new Chrome("Edition", "A page", "", "About it", List.of(), List.of(), List.of(), "{}");
        return new Page.TextPage(path, chrome, "A page", new Markup("<p>Text.</p>"), List.of());
    }

    private Diagnostics render(List<String> declared, List<String> made) throws Exception {
        // only serve compares inputs: rendering a part never makes them
        Part part = new Part(declared, () -> {
            throw new AssertionError("rendering asked for a part's inputs");
        }, () -> new Contents(made.stream().map(PageRendererTest::page)
                .map(Page.class::cast).toList(), List.of()));
        Diagnostics diagnostics = new Diagnostics();
        Path staging = Files.createDirectories(dir.resolve("staging-" + made.size()));
        new PageRenderer(dir.resolve("no-templates"), "templates").render(new SiteModel(List.of(), List.of(),
                List.of(part)), staging, diagnostics);
        return diagnostics;
    }

    @Test
    void aPartThatMakesOtherPagesThanItDeclaredIsAnError() throws Exception {
        assertThat(render(List.of("a.html", "a.2.html"), List.of("a.html", "a.2.html")).hasErrors()).isFalse();
        Diagnostics fewer = render(List.of("a.html", "a.2.html"), List.of("a.html"));
        assertThat(fewer.hasErrors()).isTrue();
        assertThat(fewer.report()).contains("a.html: error: internal error").contains("the part was to make the pages [a.html, a.2.html]"
                + " but made [a.html]");
    }

    @Test
    void aPartWhosePagesAreMadeOneByOneHasEachMadeOnceAndWritten() throws Exception {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        List<String> paths = List.of("t.html", "t-2.html", "t-3.html");
        Part part = new Part(paths, () -> "inputs", () -> Contents.oneByOne(paths.size(), i -> {
            made.incrementAndGet();
            return page(paths.get(i));
        }, List.of()));
        Diagnostics diagnostics = new Diagnostics();
        Path staging = Files.createDirectories(dir.resolve("one-by-one"));
        new PageRenderer(dir.resolve("no-templates"), "templates").render(new SiteModel(List.of(), List.of(),
                List.of(part)), staging, diagnostics);
        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(made).hasValue(3);
        assertThat(paths).allSatisfy(path -> assertThat(staging.resolve(path)).isRegularFile());
    }

    @Test
    void theSitesDataFilesAreWrittenOneAfterAnotherInTheirOrderWhileThePartsAreMade() throws Exception {
        // the search index is made by its first file and let go after its last: its files must not be spread out
        List<String> order = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.Set<Thread> writers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<org.apparatus.export.DataFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = "data/" + i + ".js";
            files.add(new org.apparatus.export.DataFile(path, out -> {
                order.add(path);
                writers.add(Thread.currentThread());
                out.append("x");
            }));
        }
        List<Part> parts = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = "p/" + i + ".html";
            parts.add(new Part(List.of(path), () -> "inputs", () -> new Contents(List.of(page(path)), List.of())));
        }
        Diagnostics diagnostics = new Diagnostics();
        Path staging = Files.createDirectories(dir.resolve("data-files"));
        SiteModel site = new SiteModel(List.of(), files, parts);
        new PageRenderer(dir.resolve("no-templates"), "templates").render(site, staging, diagnostics);
        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(order).hasSize(200).isEqualTo(site.files().stream().map(org.apparatus.export.DataFile::path)
                .toList());
        assertThat(writers).hasSize(1);
        assertThat(staging.resolve("data/199.js")).hasContent("x");
        assertThat(staging.resolve("p/199.html")).isRegularFile();
    }
}
