package org.apparatus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.apparatus.model.Work;
import org.apparatus.model.WorkId;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    private static Essay essay(String title) {
        String markdown = "---\ntitle: \"" + title + "\"\nauthor: \"Sangtu Ko\"\ndate: \"2002-09\"\n---\n\nA.\n";
        return EssayParser.parse("e.md", "e", markdown, Essay.Origin.CURATED, new Diagnostics()).orElseThrow();
    }

    @Test
    void anArticleWithTheWorksItCitesOnOneLine() {
        Work work = new Work(new WorkId("joo-2001-x"), Work.Type.ARTICLE, List.of("Seung-Ho Joo"), "Russia", "Journal",
                "1", "2", "", "2001", "", "", true);
        assertThat(JsonLd.article(essay("Putin"), new EditionSettings("Edition", "", "https://example.org/"),
                "essays/e.html", List.of(work))).isEqualTo("{\"@context\":\"https://schema.org\","
                + "\"@type\":\"ScholarlyArticle\",\"headline\":\"Putin\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"Sangtu Ko\"},\"isPartOf\":{\"@type\":\"Book\",\"name\":\"Edition\"},"
                + "\"datePublished\":\"2002-09\",\"url\":\"https://example.org/essays/e.html\",\"citation\":["
                + "{\"@type\":\"ScholarlyArticle\",\"name\":\"Russia\",\"author\":[{\"@type\":\"Person\","
                + "\"name\":\"Seung-Ho Joo\"}],\"isPartOf\":{\"@type\":\"Periodical\",\"name\":\"Journal\"},"
                + "\"datePublished\":\"2001\"}]}");
    }

    @Test
    void noTitleCanEndTheScriptItStandsIn() {
        String json = JsonLd.article(essay("a </script><script>alert(1)</script> & \\u2028 b"),
                new EditionSettings("</script>", "", ""), "essays/e.html", List.of());
        assertThat(json).doesNotContain("<", ">", "&", "\u2028")
                .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026");
    }
}
