package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apparatus.export.Tei;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An essay's front matter may say where it was first printed ({@code published:}); the edition shows it under the
 * title and gives it in the citations, the page's metadata, its JSON-LD and its TEI. Wrong values are errors at their
 * line and column. Without a {@code url}, "Cite this" says that its address is relative.
 */
@Tag("build")
class OriginalPublicationTest {

    @TempDir
    Path dir;

    private static final String JOURNAL = """
            ---
            id: "one"
            title: "One"
            author: "Ann Smith"
            published:
              in: "Journal of Korean Studies"
              volume: 12
              issue: 3
              year: 2002
              pages: 45-67
              publisher: "Korea Press"
            ---

            ## Start

            A paragraph of the essay.
            """;

    private static final String BOOK = """
            ---
            id: "two"
            title: "Two"
            author: "Bo Lee"
            published:
              kind: book
              in: "Russia in Asia"
              publisher: "Sage"
              year: 2003
              pages: 101-120
            ---

            ## Start

            Another paragraph.
            """;

    @Test
    void theFirstPrintingShowsUnderTheTitleAndInEveryCitationAndRecord() throws Exception {
        TestProject project = new TestProject(dir.resolve("edition"))
                .siteSettings("title: \"T\"\nurl: \"https://example.org/edition/\"\n")
                .essay("one.md", JOURNAL).essay("two.md", BOOK);
        Build.Result result = project.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();

        Document one = project.page("essays/one.html");
        assertThat(one.select("article.essay header p.first-published").text())
                .isEqualTo("First published in Journal of Korean Studies 12, no. 3 (2002): 45\u201367.");
        assertThat(one.select("p.first-published i").text()).isEqualTo("Journal of Korean Studies");
        assertThat(one.select("details.cite p.chicago").first().text())
                .endsWith("First published in Journal of Korean Studies 12, no. 3 (2002): 45\u201367.");
        assertThat(one.select("details.cite pre.bibtex").first().text())
                .contains("first published in Journal of Korean Studies 12, no. 3 (2002): 45\u201367.");
        assertThat(one.select("section.cite-essay pre.bibtex").text()).contains("""
                @article{smith-one-2002,
                  author = {Smith, Ann},
                  title = {One},
                  journal = {Journal of Korean Studies},
                  volume = {12},
                  number = {3},
                  pages = {45--67},
                  publisher = {Korea Press},
                  year = {2002}
                }""");
        assertThat(one.select("details.cite p.cite-relative")).isEmpty();
        // the page's Scholar tags describe the page: the essay in this edition; the print is its source
        assertThat(meta(one, "citation_book_title")).isEqualTo("T");
        assertThat(one.select("meta[name=citation_journal_title], meta[name=citation_volume]")).isEmpty();
        assertThat(one.select("meta[name=dcterms.source]").attr("content"))
                .isEqualTo("First published in Journal of Korean Studies 12, no. 3 (2002): 45\u201367.");

        JsonNode ld = new ObjectMapper().readTree(one.select("script[type=application/ld+json]").first().data());
        JsonNode based = ld.get("isBasedOn");
        assertThat(based.get("@type").asText()).isEqualTo("ScholarlyArticle");
        assertThat(based.get("pageStart").asText()).isEqualTo("45");
        assertThat(based.get("pageEnd").asText()).isEqualTo("67");
        assertThat(based.at("/isPartOf/@type").asText()).isEqualTo("PublicationIssue");
        assertThat(based.at("/isPartOf/issueNumber").asText()).isEqualTo("3");
        assertThat(based.at("/isPartOf/isPartOf/volumeNumber").asText()).isEqualTo("12");
        assertThat(based.at("/isPartOf/isPartOf/isPartOf/name").asText()).isEqualTo("Journal of Korean Studies");
        assertThat(based.at("/isPartOf/isPartOf/isPartOf/publisher/name").asText()).isEqualTo("Korea Press");
        assertThat(based.at("/isPartOf/publisher").isMissingNode()).as("the issue has no publisher of its own").isTrue();

        String tei = project.text("data/tei/one.xml");
        assertThat(Tei.errors(tei)).as("TEI against tei_all").isEmpty();
        org.w3c.dom.Document dom = Tei.dom(tei);
        var structs = dom.getElementsByTagNameNS("http://www.tei-c.org/ns/1.0", "biblStruct");
        assertThat(structs.getLength()).isEqualTo(1);
        String struct = structs.item(0).getTextContent().replaceAll("\\s+", " ").strip();
        assertThat(struct).contains("Journal of Korean Studies", "2002", "12", "3", "45\u201367", "Korea Press");
        javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "http://www.tei-c.org/ns/1.0";
            }

            @Override
            public String getPrefix(String uri) {
                return "t";
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return java.util.List.of("t").iterator();
            }
        });
        String monogr = "//t:sourceDesc/t:biblStruct/t:monogr/";
        assertThat(xpath.evaluate(monogr + "t:title[@level='j']", dom)).isEqualTo("Journal of Korean Studies");
        assertThat(xpath.evaluate(monogr + "t:biblScope[@unit='volume']", dom)).isEqualTo("12");
        assertThat(xpath.evaluate(monogr + "t:biblScope[@unit='issue']", dom)).isEqualTo("3");
        assertThat(xpath.evaluate(monogr + "t:biblScope[@unit='page']/@from", dom)).isEqualTo("45");
        assertThat(xpath.evaluate(monogr + "t:biblScope[@unit='page']/@to", dom)).isEqualTo("67");
        assertThat(xpath.evaluate(monogr + "t:imprint/t:date/@when", dom)).isEqualTo("2002");
        assertThat(xpath.evaluate(monogr + "t:imprint/t:publisher", dom)).isEqualTo("Korea Press");

        Document two = project.page("essays/two.html");
        assertThat(two.select("p.first-published").text())
                .isEqualTo("First published in Russia in Asia (Sage, 2003), 101\u2013120.");
        assertThat(meta(two, "citation_book_title")).isEqualTo("T");
        assertThat(two.select("meta[name=citation_publisher], meta[name=citation_firstpage]")).isEmpty();
        assertThat(two.select("meta[name=dcterms.source]").attr("content")).startsWith("First published in");
        assertThat(two.select("section.cite-essay pre.bibtex").text()).contains("""
                @incollection{lee-two-2003,
                  author = {Lee, Bo},
                  title = {Two},
                  booktitle = {Russia in Asia},
                  pages = {101--120},
                  publisher = {Sage},
                  year = {2003}
                }""");
        // a paragraph's citation names the print in its note but gives no second entry
        assertThat(two.select("details.cite pre.bibtex").first().text()).contains("first published in")
                .doesNotContain("@incollection{lee-two-2003");
        JsonNode ld2 = new ObjectMapper().readTree(two.select("script[type=application/ld+json]").first().data());
        assertThat(ld2.at("/isBasedOn/@type").asText()).isEqualTo("Chapter");
        assertThat(ld2.at("/isBasedOn/isPartOf/@type").asText()).isEqualTo("Book");
        assertThat(ld2.at("/isBasedOn/isPartOf/publisher/name").asText()).isEqualTo("Sage");
        assertThat(Tei.errors(project.text("data/tei/two.xml"))).isEmpty();
    }

    @Test
    void anEssayWithoutAFirstPrintingSaysNothingOfOneAndARelativeAddressIsSaid() {
        TestProject project = new TestProject(dir.resolve("edition")).siteSettings("title: \"T\"\n")
                .essay("three.md", """
                        ---
                        id: "three"
                        title: "Three"
                        ---

                        ## Start

                        Text.
                        """);
        Build.Result result = project.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        Document page = project.page("essays/three.html");
        assertThat(page.select("p.first-published")).isEmpty();
        assertThat(page.select("meta[name=dcterms.source]")).isEmpty();
        assertThat(meta(page, "citation_book_title")).isEqualTo("T");
        assertThat(page.select("meta[name=citation_journal_title], meta[name=citation_publication_date]")).isEmpty();
        assertThat(page.select("section.cite-essay pre.bibtex").text()).startsWith("@incollection{")
                .doesNotContain("@article");
        assertThat(page.select("details.cite p.chicago").first().text()).doesNotContain("First published");
        assertThat(page.select("details.cite p.cite-relative").first().text()).contains("relative");
        assertThat(project.text("data/tei/three.xml")).doesNotContain("biblStruct");
    }

    @Test
    void wrongValuesAreErrorsAtTheirLineAndColumn() {
        TestProject project = new TestProject(dir.resolve("edition")).siteSettings("title: \"T\"\n")
                .essay("bad.md", """
                        ---
                        id: "bad"
                        title: "Bad"
                        published:
                          in: "Journal"
                          year: 02
                          pages: forty
                          kind: magazine
                          editor: "X"
                        ---

                        Text.
                        """)
                .essay("none.md", """
                        ---
                        id: "none"
                        title: "None"
                        published:
                          volume: 3
                        ---

                        Text.
                        """)
                .essay("scalar.md", """
                        ---
                        id: "scalar"
                        title: "Scalar"
                        published: "Journal of Things, 2002"
                        ---

                        Text.
                        """);
        Build.Result result = project.build();
        assertThat(result.published()).isFalse();
        assertThat(TestProject.messages(result)).anySatisfy(m -> assertThat(m)
                        .contains("content/essays/bad.md:6:9:").contains("'published.year' is '02'")
                        .contains("four digits"))
                .anySatisfy(m -> assertThat(m).contains("content/essays/bad.md:7:10:")
                        .contains("'published.pages' is 'forty'").contains("45-67"))
                .anySatisfy(m -> assertThat(m).contains("content/essays/bad.md:8:9:")
                        .contains("'published.kind' is 'magazine'"))
                .anySatisfy(m -> assertThat(m).contains("content/essays/bad.md:9:3:")
                        .contains("unknown key 'editor' in 'published'"))
                .anySatisfy(m -> assertThat(m).contains("content/essays/none.md:4:1:")
                        .contains("'published' has no 'in'"))
                .anySatisfy(m -> assertThat(m).contains("content/essays/none.md:4:1:")
                        .contains("'published' has no 'year'"))
                .anySatisfy(m -> assertThat(m).contains("content/essays/scalar.md:4:1:")
                        .contains("'published' must be a map"));
    }

    private static String meta(Document page, String name) {
        assertThat(page.select("meta[name=" + name + "]")).as(name).hasSize(1);
        return page.select("meta[name=" + name + "]").attr("content");
    }
}
