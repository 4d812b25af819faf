package org.apparatus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apparatus.Build;
import org.apparatus.TestProject;
import org.apparatus.kernel.Project;
import org.apparatus.link.Bibliography;
import org.apparatus.link.Entities;
import org.apparatus.link.Memo;
import org.apparatus.model.EssayId;
import org.apparatus.view.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code data/edition.json}, checked against its own JSON Schema, and the files crawlers read. */
@Tag("build")
class EditionDataTest {

    private static final String KO = "putin-administrations-north-korean-policy";

    @TempDir
    static Path dir;

    private static Path site;

    @BeforeAll
    static void build() {
        site = TestProject.realProject().site();
        Build.Result result = TestProject.realProject().result();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
    }

    private static String read(String file) {
        try {
            return java.nio.file.Files.readString(site.resolve(file), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> violations(String json, String schemaText) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaText, InputFormat.JSON);
        List<String> out = new ArrayList<>();
        schema.validate(json, InputFormat.JSON).forEach(e -> out.add(e.toString()));
        return out;
    }

    @Test
    void editionJsonAndEachEssaysFileAreValidAgainstTheSchema() {
        String json = read("data/edition.json");
        String schema = read("data/edition.schema.json");
        assertThat(violations(json, schema)).isEmpty();
        List<String> essays = TestProject.files(site).stream().filter(f -> f.startsWith("data/essays/")).toList();
        assertThat(essays).containsExactlyInAnyOrder("data/essays/" + KO + ".json",
                "data/essays/russian-policy-towards-north-korea.json");
        for (String essay : essays) {
            assertThat(violations(read(essay), schema)).as(essay).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsWhatTheDataMustNotBe() {
        String schema = read("data/edition.schema.json");
        String json = read("data/edition.json");
        assertThat(json).contains("\"kind\": \"person\"");
        assertThat(violations(json.replaceFirst("\"kind\": \"person\"", "\"kind\": \"planet\""), schema))
                .isNotEmpty();
        assertThat(violations(json.replaceFirst("\"works\"", "\"workz\""), schema)).isNotEmpty();
        assertThat(violations(json.replaceFirst("\\{", "{\"mentions\": [],"), schema)).as("no mentions in the index")
                .isNotEmpty();
        String essay = read("data/essays/" + KO + ".json");
        assertThat(violations(essay.replaceFirst("\"paragraphs\"", "\"paragraphz\""), schema)).isNotEmpty();
        assertThat(violations(essay.replaceFirst("\"mentions\"", "\"mentionz\""), schema)).isNotEmpty();
        assertThat(violations("{}", schema)).isNotEmpty();
    }

    @Test
    void editionJsonHoldsEveryEssayParagraphNoteAndWorkWithPagesThatExist() throws Exception {
        JsonNode root = new ObjectMapper().readTree(read("data/edition.json"));
        List<String> files = TestProject.files(site);
        assertThat(root.get("essays")).hasSize(2);
        assertThat(root.has("mentions")).as("the mentions are in the essays' files").isFalse();
        JsonNode ko = null;
        List<JsonNode> mentions = new java.util.ArrayList<>();
        for (JsonNode entry : root.get("essays")) {
            assertThat(files).contains(entry.get("path").asString(), entry.get("tei").asString(),
                    entry.get("changes").asString(), entry.get("data").asString());
            JsonNode data = new ObjectMapper().readTree(read(entry.get("data").asString()));
            JsonNode essay = data.get("essay");
            assertThat(essay.get("id").asString()).isEqualTo(entry.get("id").asString());
            data.get("mentions").forEach(mentions::add);
            if (essay.get("id").asString().equals(KO)) {
                ko = essay;
            }
            for (JsonNode p : essay.get("paragraphs")) {
                String path = p.get("path").asString();
                assertThat(TestProject.parse(site, path.substring(0, path.indexOf('#')))
                        .getElementById(path.substring(path.indexOf('#') + 1))).as(path).isNotNull();
            }
            for (JsonNode n : essay.get("notes")) {
                assertThat(files).contains(n.get("path").asString());
            }
        }
        assertThat(ko).isNotNull();
        assertThat(ko.get("notes")).hasSize(31);
        assertThat(ko.get("paragraphs").get(0).get("text").asString()).startsWith("At the onset of the new Millennium");
        assertThat(ko.get("notes").get(5).get("works").get(0).get("via").asString()).isEqualTo("op. cit.");
        for (JsonNode work : root.get("works")) {
            assertThat(files).contains(work.get("path").asString());
            assertThat(work.get("citingNotes").asInt()).isPositive();
            assertThat(work.get("citingEssays").asInt()).isPositive()
                    .isLessThanOrEqualTo(work.get("citingNotes").asInt());
        }
        assertThat(root.get("works")).hasSize((int) files.stream().filter(f -> f.startsWith("bibliography/")
                && f.endsWith(".html") && !f.equals("bibliography/index.html")).count());
        // the registry's actors and events, and the annotator's mentions in the paragraphs, with pages that exist
        assertThat(root.get("actors")).hasSizeGreaterThan(20);
        assertThat(root.get("events")).isNotEmpty();
        assertThat(mentions).hasSizeGreaterThan(50);
        assertThat(mentions.stream().filter(m -> !m.get("when").asString().isEmpty()).count())
                .isPositive();
        java.util.Set<String> actorIds = new java.util.HashSet<>();
        for (JsonNode actor : root.get("actors")) {
            actorIds.add(actor.get("id").asString());
            assertThat(files).contains(actor.get("path").asString());
        }
        for (JsonNode event : root.get("events")) {
            assertThat(files).contains(event.get("path").asString());
        }
        for (JsonNode mention : mentions) {
            if (!mention.get("actor").asString().isEmpty()) {
                assertThat(actorIds).contains(mention.get("actor").asString());
            }
            assertThat(mention.get("actor").asString() + mention.get("event").asString()
                    + mention.get("when").asString()).isNotEmpty();
            String path = mention.get("path").asString();
            String paragraph = TestProject.parse(site, path.substring(0, path.indexOf('#')))
                    .getElementById(path.substring(path.indexOf('#') + 1)).text();
            assertThat(paragraph).as(mention.toString()).contains(mention.get("text").asString());
        }
    }

    @Test
    void actorsEventsAndMentionsAreDataTooAndValid() {
        String json = EditionData.files(new org.apparatus.model.EditionSettings("T", "", "https://example.org/"),
                List.of(), new Bibliography(List.of(), java.util.Map.of(), List.of()),
                new Entities(List.of(new Entities.Actor("putin", Entities.Kind.PERSON, "Putin", "Q7747",
                        "actors/putin.html")), List.of(new Entities.Event("summit", "Summit", "2000-07-19", "",
                        "events/summit.html", List.of("putin"))), List.of(new Entities.Mention(
                        new EssayId("x"), 2, "Putin", 1, "putin", "", ""))), Memo.none()).get(0).content();
        String schema = read("data/edition.schema.json");
        assertThat(violations(json, schema)).isEmpty();
        assertThat(json).contains("\"wikidata\": \"Q7747\"", "\"path\": \"events/summit.html\"");
    }

    @Test
    void robotsAndA404PageAlwaysAndASitemapAtTheConfiguredAddress() {
        TestProject p = new TestProject(dir.resolve("with-url"))
                .siteSettings("title: \"T\"\nurl: \"https://example.org/edition/\"\n")
                .essay("a.md", "---\nid: \"a\"\ntitle: \"A\"\n---\n\nText.[^1]\n\n[^1]: A note.\n");
        Build.Result result = p.build();
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(p.text("robots.txt")).isEqualTo("User-agent: *\nAllow: /\nSitemap: https://example.org/edition/sitemap.xml\n");
        org.jsoup.nodes.Document sitemap = org.jsoup.Jsoup.parse(p.text("sitemap.xml"), "",
                org.jsoup.parser.Parser.xmlParser());
        List<String> pages = TestProject.files(p.out()).stream().filter(f -> f.endsWith(".html"))
                .filter(f -> !f.equals("404.html") && !f.startsWith("maintainers/"))
                .map(f -> "https://example.org/edition/" + f).toList();
        assertThat(sitemap.select("urlset > url > loc").eachText()).containsExactlyElementsOf(pages)
                .contains("https://example.org/edition/essays/a.html", "https://example.org/edition/notes/a/1.html");
        assertThat(p.page("essays/a.html").select(".cite-relative")).as("its citations give a full address").isEmpty();
        assertThat(p.page("essays/a.html").select("section.cite-essay .chicago").text())
                .contains("https://example.org/edition/essays/a.html");
        org.jsoup.nodes.Document notFound = p.page("404.html");
        assertThat(notFound.select("h1").text()).isEqualTo("Page not found");
        // shown at any depth, it links and loads from the edition's address, the one base its policy allows
        assertThat(notFound.select("head > base").attr("href")).isEqualTo("https://example.org/edition/");
        assertThat(notFound.select("head > meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("base-uri https://example.org/edition/;");
        assertThat(notFound.select("main a[href=index.html]")).hasSize(1);
        assertThat(notFound.select("base[href] ~ link[rel=stylesheet]").attr("href")).isEqualTo("assets/apparatus.css");
        org.apparatus.SafePages.assertSafe(p.out());


        TestProject without = new TestProject(dir.resolve("without-url"))
                .essay("a.md", "---\nid: \"a\"\ntitle: \"A\"\n---\n\nText.\n");
        assertThat(without.build().published()).isTrue();
        assertThat(without.text("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n");
        assertThat(TestProject.files(without.out())).contains("404.html").doesNotContain("sitemap.xml");
    }
}
