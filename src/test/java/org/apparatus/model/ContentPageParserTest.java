package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.junit.jupiter.api.Test;

class ContentPageParserTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<ContentPage> parse(String id, String markdown) {
        return ContentPageParser.parse("content/pages/" + id + ".md", id, markdown, diagnostics);
    }

    private String messages() {
        return String.join("\n", diagnostics.all().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void readsTitleLabelDescriptionAndBody() {
        ContentPage page = parse("about", """
                ---
                title: "About: the edition"
                nav: About
                description: "What it is"
                ---

                # Sources

                Text with *emphasis* and a [link](https://example.org/).
                """).orElseThrow();
        assertThat(page.title()).isEqualTo("About: the edition");
        assertThat(page.label()).isEqualTo("About");
        assertThat(page.description()).isEqualTo("What it is");
        assertThat(page.path()).isEqualTo("about.html");
        assertThat(page.body().html()).contains("<h2 id=\"s-sources\">Sources</h2>", "<em>emphasis</em>",
                "<a href=\"https://example.org/\">link</a>").doesNotContain("<h1");
        assertThat(page.plain()).contains("Text with emphasis and a link.");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void withoutNavOrDescriptionTheTitleStandsForBoth() {
        ContentPage page = parse("method", "---\ntitle: Method\n---\n\nText.\n").orElseThrow();
        assertThat(page.label()).isEqualTo("Method");
        assertThat(page.description()).isEqualTo("Method");
    }

    @Test
    void rawHtmlIsShownAsTextWithAWarning() {
        ContentPage page = parse("about", "---\ntitle: A\n---\n\n<script>alert(1)</script>\n\nx <b>y</b>\n")
                .orElseThrow();
        assertThat(page.body().html()).doesNotContain("<script", "<b>").contains("&lt;script&gt;");
        assertThat(messages()).contains("content/pages/about.md:5:1: warning: raw HTML is shown as text");
    }

    @Test
    void aLinkThatCouldRunCodeOrAnImageIsAnError() {
        assertThat(parse("about", "---\ntitle: A\n---\n\n[x](jav&#x09;ascript:alert(1))\n")).isEmpty();
        assertThat(parse("other", "---\ntitle: A\n---\n\n![x](a.png)\n")).isEmpty();
        assertThat(messages()).contains("content/pages/about.md:5:1: error: a link has a scheme that can run code",
                "content/pages/other.md:5:1: error: images are not supported");
    }

    @Test
    void aPageNeedsFrontMatterATitleAndAFreeName() {
        assertThat(parse("about", "Just text.\n")).isEmpty();
        assertThat(parse("about", "---\nnav: A\n---\n\nText.\n")).isEmpty();
        assertThat(parse("search", "---\ntitle: A\n---\n")).isEmpty();
        assertThat(parse("About Us", "---\ntitle: A\n---\n")).isEmpty();
        assertThat(messages()).contains("no YAML front matter", "has no 'title'",
                "a page cannot be called 'search'", "'About Us.md' is not a valid page id");
    }
}
