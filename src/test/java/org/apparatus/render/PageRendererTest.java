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
        Part part = new Part(declared, "inputs", () -> new Contents(made.stream().map(PageRendererTest::page)
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
        Part part = new Part(paths, "inputs", () -> Contents.oneByOne(paths.size(), i -> {
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
}
