package org.apparatus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apparatus.Build;
import org.apparatus.TestProject;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.link.Bibliography;
import org.apparatus.link.CitationStyle;
import org.apparatus.link.Entities;
import org.apparatus.link.WorkCorrections;
import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.EssayParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The TEI P5 export: valid against tei_all.rng, and faithful to the essay, its notes, pages and works. */
@Tag("build")
class TeiExportTest {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String KO = "putin-administrations-north-korean-policy";


    private static Path site;
    private static Build.Result result;

    @BeforeAll
    static void build() {
        site = TestProject.realProject().site();
        result = TestProject.realProject().result();
    }

    @Test
    void everyEssayOfTheRealProjectIsValidTei() throws Exception {
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        List<String> tei = TestProject.files(site.resolve("data/tei"));
        assertThat(tei).containsExactly(KO + ".xml", "russian-policy-towards-north-korea.xml");
        for (String file : tei) {
            String xml = Files.readString(site.resolve("data/tei").resolve(file), StandardCharsets.UTF_8);
            assertThat(Tei.errors(xml)).as(file).isEmpty();
        }
    }

    @Test
    void theTeiHoldsTheHeaderNotesPagesAndWorksOfTheEssay() throws Exception {
        Document tei = Tei.dom(Files.readString(site.resolve("data/tei/" + KO + ".xml"), StandardCharsets.UTF_8));
        assertThat(text(tei, "titleStmt")).contains("The Putin Administration's North Korean Policy", "Sangtu Ko");
        String seed = Files.list(TestProject.repository().resolve("seeds")).map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("001_")).findFirst().orElseThrow();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(TestProject.repository().resolve("seeds").resolve(seed))));
        assertThat(idnos(tei)).containsEntry("seed", "seeds/" + seed).containsEntry("SHA-256", sha);
        assertThat(elements(tei, "change")).isNotEmpty();

        org.jsoup.nodes.Document page = TestProject.parse(site, "essays/" + KO + ".html");
        NodeList footnotes = tei.getElementsByTagNameNS(TEI, "note");
        assertThat(footnotes.getLength()).isEqualTo(31).isEqualTo(TestProject.files(site.resolve("notes/" + KO)).size());
        for (int i = 0; i < footnotes.getLength(); i++) {
            Element note = (Element) footnotes.item(i);
            assertThat(note.getAttribute("place")).isEqualTo("foot");
            assertThat(note.getAttribute("n")).isEqualTo(String.valueOf(i + 1));
        }
        // every print page break of the essay page is a pb, in order
        List<String> breaks = page.select("a.pb").eachAttr("data-page");
        List<String> pbs = elements(tei, "pb").stream().map(e -> e.getAttribute("n")).toList();
        assertThat(pbs.subList(1, pbs.size())).containsExactlyElementsOf(breaks);
        assertThat(pbs.get(0)).isEqualTo("1");
        // each resolved citation points at a bibl of the listBibl, which holds the works the essay cites
        List<String> listed = elements(tei, "listBibl").stream()
                .flatMap(l -> children(l, "bibl").stream()).map(b -> "#" + b.getAttribute("xml:id")).toList();
        List<String> resolved = elements(tei, "bibl").stream().filter(b -> b.getAttribute("type").equals("resolved"))
                .map(b -> b.getAttribute("corresp")).distinct().toList();
        assertThat(resolved).isNotEmpty();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(resolved);
        assertThat(listed).hasSize(worksCitedByKo());
        // the registry's actors are named in the text, with their standOff entries and Wikidata ids
        List<Element> putin = elements(tei, "persName").stream()
                .filter(e -> e.getAttribute("ref").startsWith("#actor-vladimir-putin ")).toList();
        assertThat(putin).isNotEmpty();
        assertThat(putin.get(0).getAttribute("ref")).endsWith(" http://www.wikidata.org/entity/Q7747");
        assertThat(elements(tei, "person").stream().map(e -> e.getAttribute("xml:id")))
                .contains("actor-vladimir-putin");
        assertThat(elements(tei, "orgName").stream().filter(e -> e.hasAttribute("ref")).toList()).isNotEmpty();
        assertThat(elements(tei, "listEvent")).hasSize(1);
        // the dates the other essay states are dates with when= in its text
        Document mikheev = Tei.dom(Files.readString(site.resolve("data/tei/russian-policy-towards-north-korea.xml"),
                StandardCharsets.UTF_8));
        assertThat(elements(mikheev, "date").stream().filter(e -> e.getParentNode().getLocalName().equals("p"))
                .map(e -> e.getAttribute("when")).toList()).contains("2000-07")
                .allMatch(w -> w.matches("\\d{4}(-\\d{2}){0,2}"));
        // and the passages about registered events are marked as such
        assertThat(elements(tei, "rs")).isNotEmpty().allMatch(e -> e.getAttribute("type").equals("event")
                && e.getAttribute("ref").startsWith("#event-"));
        // the essay page links its TEI file
        assertThat(page.select("a[href=../data/tei/" + KO + ".xml]")).hasSize(1);
    }

    /** How many works of data/edition.json the Ko essay cites (its data file names each note's works). */
    private static int worksCitedByKo() throws Exception {
        tools.jackson.databind.ObjectMapper mapper = new tools.jackson.databind.ObjectMapper();
        tools.jackson.databind.JsonNode index = mapper.readTree(Files.readString(site.resolve("data/edition.json"),
                StandardCharsets.UTF_8));
        java.util.Set<String> works = new java.util.HashSet<>();
        index.get("works").forEach(w -> works.add(w.get("id").asString()));
        java.util.Set<String> cited = new java.util.TreeSet<>();
        tools.jackson.databind.JsonNode ko = mapper.readTree(Files.readString(site.resolve("data/essays/" + KO
                + ".json"), StandardCharsets.UTF_8));
        for (tools.jackson.databind.JsonNode note : ko.get("essay").get("notes")) {
            note.get("works").forEach(w -> cited.add(w.get("work").asString()));
        }
        assertThat(works).containsAll(cited);
        return cited.size();
    }

    @Test
    void actorsEventsAndMentionsPlugInAsNamesWithRefsAndStandOffLists() {
        String markdown = """
                ---
                id: "summit"
                title: "The Summit"
                author: "A. Writer"
                date: "2002-09"
                ---

                ## The meeting

                Putin met Kim Jong-il in Pyongyang on 19 July 2000, at the summit; Putin spoke first.[^1]

                [^1]: *Newsweek*, August 13, 2001.
                """;
        Diagnostics diagnostics = new Diagnostics();
        Essay essay = EssayParser.parse("content/essays/summit.md", "summit", markdown, Essay.Origin.CURATED,
                diagnostics).orElseThrow();
        Bibliography bibliography = Bibliography.resolve(List.of(essay), WorkCorrections.none(), diagnostics);
        EssayId id = essay.id();
        Entities annotations = new Entities(
                List.of(new Entities.Actor("vladimir-putin", Entities.Kind.PERSON, "Vladimir Putin", "Q7747",
                                "actors/vladimir-putin.html"),
                        new Entities.Actor("kim-jong-il", Entities.Kind.PERSON, "Kim Jong-il", "", ""),
                        new Entities.Actor("dprk", Entities.Kind.ORGANISATION, "DPRK", "Q423", ""),
                        new Entities.Actor("pyongyang", Entities.Kind.PLACE, "Pyongyang", "Q18808", ""),
                        // of other essays only: not in this essay's standOff (the edition's index lists them)
                        new Entities.Actor("boris-yeltsin", Entities.Kind.PERSON, "Boris Yeltsin", "", ""),
                        new Entities.Actor("nato", Entities.Kind.ORGANISATION, "NATO", "", "")),
                List.of(new Entities.Event("pyongyang-summit-2000", "The Pyongyang summit", "2000-07-19",
                        "2000-07-20", "events/pyongyang-summit-2000.html", List.of("vladimir-putin", "kim-jong-il",
                        "nobody")),
                        new Entities.Event("moscow-summit-2001", "The Moscow summit", "2001-08-04", "",
                                "events/moscow-summit-2001.html", List.of("boris-yeltsin"))),
                List.of(new Entities.Mention(id, 1, "Putin", 2, "vladimir-putin", "", ""),
                        new Entities.Mention(id, 1, "Kim Jong-il", 1, "kim-jong-il", "", ""),
                        new Entities.Mention(id, 1, "Pyongyang", 1, "pyongyang", "", ""),
                        new Entities.Mention(id, 1, "19 July 2000", 1, "", "", "2000-07-19"),
                        new Entities.Mention(id, 1, "the summit", 1, "", "pyongyang-summit-2000", ""),
                        new Entities.Mention(id, 1, "nowhere in the text", 1, "dprk", "", "")));
        EditionSettings edition = new EditionSettings("An edition", "", "https://example.org/ed/");
        TeiExport export = new TeiExport(edition, bibliography, new CitationStyle(bibliography.works()), annotations);
        String xml = export.file(essay, "", List.of()).content();

        assertThat(Tei.errors(xml)).as(xml).isEmpty();
        Document tei = Tei.dom(xml);
        List<Element> persons = elements(tei, "persName").stream()
                .filter(e -> e.getParentNode().getLocalName().equals("p")).toList();
        assertThat(persons).extracting(Element::getTextContent).containsExactly("Kim Jong-il", "Putin");
        assertThat(persons.get(1).getAttribute("ref"))
                .isEqualTo("#actor-vladimir-putin http://www.wikidata.org/entity/Q7747");
        // the second "Putin" was mentioned, not the first
        assertThat(text(tei, "body")).contains("Putin met Kim Jong-il");
        assertThat(elements(tei, "p").stream().filter(p -> p.getAttribute("n").equals("1")).findFirst().orElseThrow()
                .getFirstChild().getNodeValue()).startsWith("Putin met ");
        assertThat(elements(tei, "placeName").stream().filter(e -> e.hasAttribute("ref")).toList())
                .extracting(e -> e.getAttribute("ref")).containsExactly("#actor-pyongyang http://www.wikidata.org/entity/Q18808");
        assertThat(elements(tei, "date").stream().filter(e -> e.getTextContent().equals("19 July 2000")).toList())
                .extracting(e -> e.getAttribute("when")).containsExactly("2000-07-19");
        assertThat(elements(tei, "rs")).extracting(e -> e.getAttribute("ref")).containsExactly("#event-pyongyang-summit-2000");
        assertThat(children(elements(tei, "listPerson").get(0), "person")).extracting(e -> e.getAttribute("xml:id"))
                .containsExactly("actor-vladimir-putin", "actor-kim-jong-il");
        assertThat(children(elements(tei, "listOrg").get(0), "org")).hasSize(1);
        assertThat(children(elements(tei, "listEvent").get(0), "event")).hasSize(1);
        assertThat(children(elements(tei, "listPlace").get(0), "place")).hasSize(1);
        Element event = children(elements(tei, "listEvent").get(0), "event").get(0);
        assertThat(event.getAttribute("from")).isEqualTo("2000-07-19");
        assertThat(event.getAttribute("corresp")).isEqualTo("#actor-vladimir-putin #actor-kim-jong-il");
        assertThat(elements(tei, "ptr").stream().map(e -> e.getAttribute("target")))
                .contains("https://example.org/ed/actors/vladimir-putin.html",
                        "https://example.org/ed/events/pyongyang-summit-2000.html");
        assertThat(idnos(tei)).containsEntry("URI", "https://example.org/ed/essays/summit.html");
    }

    @Test
    void textThatIsNotXmlSafeStaysValidTei() {
        String markdown = """
                ---
                id: "odd"
                title: "Less < more & \\"quotes\\" ]]>"
                ---

                A <b>tag</b> & an entity &amp; ]]> and a control \u0007 character, `code <x>`, **bold**.[^1]
                [[page 3]]Then [a link](https://example.org/a?b=1&c=2).[^1]

                [^1]: A note with <i>html</i> & *emphasis*.
                """;
        Diagnostics diagnostics = new Diagnostics();
        Essay essay = EssayParser.parse("content/essays/odd.md", "odd", markdown, Essay.Origin.CURATED,
                diagnostics).orElseThrow(() -> new AssertionError(diagnostics.report()));
        Bibliography bibliography = Bibliography.resolve(List.of(essay), WorkCorrections.none(), diagnostics);
        String xml = new TeiExport(new EditionSettings("E & F", "", ""), bibliography,
                new CitationStyle(bibliography.works()), Entities.NONE).file(essay, "", List.of()).content();
        assertThat(Tei.errors(xml)).as(xml).isEmpty();
        Document tei = Tei.dom(xml);
        assertThat(text(tei, "title")).startsWith("Less < more & \"quotes\" ]]>");
        assertThat(elements(tei, "note")).hasSize(1);
        assertThat(elements(tei, "ptr").stream().filter(e -> e.getAttribute("type").equals("noteref")).toList())
                .hasSize(1);
        assertThat(elements(tei, "pb")).extracting(e -> e.getAttribute("n")).containsExactly("1", "3");
        assertThat(text(tei, "body")).contains("A <b>tag</b> & an entity & ]]> and a control  character")
                .doesNotContain("\u0007");
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(TEI, name);
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Document doc, String name) {
        return elements(doc, name).get(0).getTextContent();
    }

    private static Map<String, String> idnos(Document doc) {
        Map<String, String> map = new java.util.TreeMap<>();
        elements(doc, "idno").forEach(e -> map.put(e.getAttribute("type"), e.getTextContent()));
        return map;
    }
}
