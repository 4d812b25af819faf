package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apparatus.Build;
import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.TestProject;
import org.apparatus.link.Bibliography.Reference;
import org.apparatus.link.Bibliography.Via;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.EssayParser;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.ParseException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;

/**
 * The proof on the repository's own project: every note of the second essay resolves to the right work and page,
 * the bibliography lists each of its 21 works once, and the metadata and exports read back with other tools.
 */
@Tag("build")
class RealCitationsTest {

    static final String KO = "putin-administrations-north-korean-policy";
    static final String MIKHEEV = "russian-policy-towards-north-korea";
    static final String WUCHTE = "wuchte-2001-northeast-asias";
    static final String JOO = "joo-2001-russia-korea";
    static final String JOO_KWAK = "joo-2001-military-relations";

    /** The 21 distinct works the second essay cites, by id, with their titles (a periodical's is its name). */
    static final Map<String, String> WORKS = new TreeMap<>(Map.ofEntries(
            Map.entry("afanasiev-2000-vladimir-putins", "Vladimir Putin's New Foreign Policy and Russian Views of the"
                    + " Situation on the Korean Peninsula"),
            Map.entry("bremmer-2001-bush-putins", "Bush and Putin's Tentative Embrace"),
            Map.entry(JOO, "Russia and Korea: The Summit and After"),
            Map.entry(JOO_KWAK, "Military Relations Between Russia and North Korea"),
            Map.entry("kirk-2001-after-kim", "After Kim Jong Il's pilgrimage to Moscow: Down the road in Korea"),
            Map.entry("ko-2000-russia-north", "The Russia-North Korea Summit and Beyond: The Role of Russia on the"
                    + " Korean Peninsula"),
            Map.entry("lee-2000-russian-new", "Russian New Regime and Security Policy"),
            Map.entry("shlapentokh-2001-russian-attitude", "Russian Attitude toward America: A Split between the"
                    + " Ruling Class and the Masses"),
            Map.entry("suh-2000-russian-security", "Russian Security Policy Course under Putin"),
            Map.entry("tkachenko-2000-russian-view", "A Russian View on Korean Security after the North-South Korea"
                    + " Summit"),
            Map.entry(WUCHTE, "Northeast Asia's Forgotten Worry: Russia's Far East"),
            Map.entry("chosun-ilbo-2002-08-21", "Chosun Ilbo"),
            Map.entry("donga-ilbo-2000-07-20", "Donga Ilbo"),
            Map.entry("itar-tass-2001-02-27", "ITAR TASS"),
            Map.entry("itar-tass-2001-11-11", "ITAR TASS"),
            Map.entry("itar-tass-2002-02-15", "ITAR TASS"),
            Map.entry("itar-tass-2002-04-19", "ITAR TASS"),
            Map.entry("journal-of-electronic-defense-2001-07", "Journal of Electronic Defense"),
            Map.entry("kukmin-ilbo-2001-08-01", "Kukmin Ilbo"),
            Map.entry("newsweek-2001-08-13", "Newsweek"),
            Map.entry("newsweek-2002-09-02", "Newsweek")));


    private static Path site;
    private static Build.Result result;
    private static Bibliography bibliography;
    private static Diagnostics resolveDiagnostics;

    @BeforeAll
    static void build() throws IOException {
        site = TestProject.realProject().site();
        result = TestProject.realProject().result();
        resolveDiagnostics = new Diagnostics();
        List<Essay> essays = new ArrayList<>();
        for (String id : List.of(MIKHEEV, KO)) {
            String source = "content/essays/" + id + ".md";
            String text = Files.readString(TestProject.repository().resolve(source), StandardCharsets.UTF_8);
            essays.add(EssayParser.parse(source, id, text, Essay.Origin.CURATED, resolveDiagnostics).orElseThrow());
        }
        bibliography = Bibliography.resolve(essays, WorkCorrections.none(), resolveDiagnostics);
    }

    private static Document page(String relative) {
        return TestProject.parse(site, relative);
    }

    private static String text(String relative) {
        try {
            return Files.readString(site.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reference ko(int note) {
        List<Reference> refs = bibliography.of(new EssayId(KO), note);
        assertThat(refs).as("note %d", note).hasSize(1);
        return refs.get(0);
    }

    // ---- resolution ---------------------------------------------------------------------------------------------

    @Test
    void theRealProjectBuilds() {
        assertThat(result.published()).as(TestProject.report(result)).isTrue();
        assertThat(result.diagnostics().all()).as(TestProject.report(result))
                .noneMatch(d -> d.message().startsWith("note "));
    }

    @Test
    void everyNoteOfTheSecondEssayResolvesWithoutAProblem() {
        assertThat(bibliography.problems()).isEmpty();
        assertThat(resolveDiagnostics.all()).extracting(Diagnostic::toString).isEmpty();
        for (int n = 1; n <= 31; n++) {
            assertThat(ko(n).work().complete()).as("note %d", n).isTrue();
        }
        assertThat(bibliography.of(new EssayId(KO), 32)).isEmpty();
        assertThat(page("maintainers/citations.html").select("tbody tr")).isEmpty();
        assertThat(page("bibliography/index.html").select("p.problems")).isEmpty();
    }

    @Test
    void ibidAndOpCitResolveToTheRightWorkAndPage() {
        record Expected(int note, String work, String pin, Via via) {
        }
        List<Expected> expected = List.of(
                new Expected(6, "bremmer-2001-bush-putins", "12", Via.OP_CIT),
                new Expected(9, JOO, "108", Via.OP_CIT),
                new Expected(10, WUCHTE, "28", Via.OP_CIT),
                new Expected(11, WUCHTE, "21", Via.IBID),
                new Expected(17, "ko-2000-russia-north", "71", Via.IBID),
                new Expected(20, JOO, "111", Via.OP_CIT),
                new Expected(21, JOO_KWAK, "305", Via.OP_CIT),
                new Expected(22, WUCHTE, "23", Via.OP_CIT),
                new Expected(27, JOO_KWAK, "309", Via.OP_CIT));
        for (Expected e : expected) {
            Reference ref = ko(e.note());
            assertThat(ref.work().id().value()).as("note %d", e.note()).isEqualTo(e.work());
            assertThat(ref.pinpoint()).as("note %d", e.note()).isEqualTo(Optional.of(e.pin()));
            assertThat(ref.via()).as("note %d", e.note()).isEqualTo(e.via());

            Element reference = page("notes/" + KO + "/" + e.note() + ".html")
                    .selectFirst("section.references div.reference");
            assertThat(reference).as("note %d page", e.note()).isNotNull();
            assertThat(reference.selectFirst("p > i").text()).isEqualTo(e.via().label());
            assertThat(reference.text()).as("note %d page", e.note()).contains(": " + e.pin() + ".");
            assertThat(reference.select("a").eachAttr("href"))
                    .contains("../../bibliography/" + e.work() + ".html");
        }
        assertThat(ko(9).work().authors()).containsExactly("Seung-Ho Joo");
        assertThat(ko(27).work().authors()).containsExactly("Seung-Ho Joo", "Tae-Hwan Kwak");
        assertThat(ko(11).work()).isEqualTo(ko(4).work());
    }

    @Test
    void fullCitationsResolveToTheirOwnWorks() {
        assertThat(ko(4).via()).isEqualTo(Via.CITED);
        assertThat(ko(7).pinpoint()).contains("104\u20137");
        assertThat(ko(14).work()).isSameAs(ko(26).work());
        assertThat(ko(15).work()).isNotEqualTo(ko(18).work());
        assertThat(ko(28).work().date()).isEqualTo("2001-07");
        assertThat(ko(12).work().id().value()).isEqualTo("donga-ilbo-2000-07-20");
    }

    @Test
    void note29ShowsVolumeIssueSeasonAndPage() {
        Element reference = page("notes/" + KO + "/29.html").selectFirst("section.references div.reference");
        assertThat(reference.text()).contains("Evgeny V. Afanasiev", "The Korean Journal of Defense Analysis",
                "12, no. 2 (Winter 2000): 12");
        assertThat(reference.selectFirst("i").text()).isEqualTo("The Korean Journal of Defense Analysis");
    }

    @Test
    void note11PageShowsIbidAndWuchtesArticleAtPage21() {
        Document note = page("notes/" + KO + "/11.html");
        assertThat(note.selectFirst("section.note-text").text()).isEqualTo("Ibid., p. 21.");
        Element reference = note.selectFirst("section.references div.reference");
        assertThat(reference.selectFirst("p > i").text()).isEqualTo("Ibid.");
        assertThat(reference.text()).contains("Tom Wuchte, \u201CNortheast Asia\u2019s Forgotten Worry: Russia\u2019s"
                + " Far East,\u201D Pacific Focus 16, no. 2 (Fall 2001): 21");
        assertThat(reference.select("p.meta a").eachText()).containsExactly("This work in the bibliography",
                "note 4", "note 10", "note 22");
    }

    // ---- the bibliography page ----------------------------------------------------------------------------------

    @Test
    void theBibliographyListsExactly21DistinctWorksOnce() {
        assertThat(bibliography.works()).hasSize(21);
        assertThat(bibliography.works()).extracting(w -> w.id().value())
                .containsExactlyInAnyOrderElementsOf(WORKS.keySet());
        Document index = page("bibliography/index.html");
        List<String> ids = index.select("ul.works > li").eachAttr("id");
        assertThat(ids).hasSize(21).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(WORKS.keySet());
        assertThat(index.select("section > h2").eachText()).containsExactly("Journal articles",
                "Newspapers, magazines and agencies");
        assertThat(index.select("#group-article ~ ul.works > li")).hasSize(11);
        assertThat(index.select("#group-periodical ~ ul.works > li")).hasSize(10);
        for (String id : WORKS.keySet()) {
            assertThat(site.resolve("bibliography/" + id + ".html")).isRegularFile();
        }
        // every note of the essay is cited from exactly one entry
        List<String> citing = index.select("p.cited-by a[href*=/notes/]").eachAttr("href");
        assertThat(citing).hasSize(31).doesNotHaveDuplicates();
    }

    @Test
    void wuchtesEntryLinksToNotes4_10_11And22() {
        Element entry = page("bibliography/index.html").getElementById(WUCHTE);
        assertThat(entry).isNotNull();
        assertThat(entry.select("p.cited-by a").eachText()).containsExactly("Details", "note 4", "note 10",
                "note 11", "note 22");
        assertThat(entry.select("p.cited-by a").eachAttr("href")).containsExactly(WUCHTE + ".html",
                "../notes/" + KO + "/4.html", "../notes/" + KO + "/10.html", "../notes/" + KO + "/11.html",
                "../notes/" + KO + "/22.html");
        assertThat(entry.selectFirst("p.entry").text()).startsWith("Wuchte, Tom. \u201CNortheast Asia\u2019s");

        Document work = page("bibliography/" + WUCHTE + ".html");
        assertThat(work.select("ol.citing > li")).hasSize(4);
        assertThat(work.select("ol.citing > li > p:first-child").eachText()).containsExactly(
                "Note 4 of The Putin Administration's North Korean Policy, p. 48",
                "Note 10 of The Putin Administration's North Korean Policy (as op. cit.), p. 28",
                "Note 11 of The Putin Administration's North Korean Policy (as Ibid.), p. 21",
                "Note 22 of The Putin Administration's North Korean Policy (as op. cit.), p. 23");
    }

    @Test
    void everyEntryHasACoinsSpanZoteroCanRead() {
        Document index = page("bibliography/index.html");
        assertThat(index.select("ul.works > li span.Z3988")).hasSize(21).allSatisfy(span -> {
            assertThat(span.attr("title")).startsWith("ctx_ver=Z39.88-2004&")
                    .contains("rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal", "rft.jtitle=");
        });
        String wuchte = index.getElementById(WUCHTE).selectFirst("span.Z3988").attr("title");
        assertThat(wuchte.split("&")).contains("rft.genre=article",
                "rft.atitle=Northeast+Asia%27s+Forgotten+Worry%3A+Russia%27s+Far+East", "rft.jtitle=Pacific+Focus",
                "rft.volume=16", "rft.issue=2", "rft.date=2001", "rft.au=Tom+Wuchte");
        String newsweek = index.getElementById("newsweek-2001-08-13").selectFirst("span.Z3988").attr("title");
        assertThat(newsweek.split("&")).contains("rft.genre=issue", "rft.jtitle=Newsweek", "rft.date=2001-08-13");
    }

    // ---- the essay page's metadata ------------------------------------------------------------------------------

    @Test
    void theEssayPageHasScholarMetadataWith21References() {
        Document essay = page("essays/" + KO + ".html");
        assertThat(essay.select("meta[name=citation_title]").eachAttr("content"))
                .containsExactly("The Putin Administration's North Korean Policy");
        assertThat(essay.select("meta[name=citation_author]").eachAttr("content")).containsExactly("Sangtu Ko");
        List<String> references = essay.select("meta[name=citation_reference]").eachAttr("content");
        assertThat(references).hasSize(21).doesNotHaveDuplicates();
        assertThat(references).contains("citation_title=Northeast Asia's Forgotten Worry: Russia's Far East;"
                + " citation_author=Tom Wuchte; citation_journal_title=Pacific Focus; citation_volume=16;"
                + " citation_issue=2; citation_publication_date=2001");
        assertThat(references).contains("citation_title=Newsweek; citation_publication_date=2001/08/13");
        assertThat(page("essays/" + MIKHEEV + ".html").select("meta[name=citation_reference]")).isEmpty();
    }

    @Test
    void theEssayPageHasJsonLdThatParsesWith21Citations() throws IOException {
        Map<String, Object> ld = jsonLd(page("essays/" + KO + ".html"));
        assertThat(ld).containsEntry("@type", "ScholarlyArticle")
                .containsEntry("@context", "https://schema.org")
                .containsEntry("headline", "The Putin Administration's North Korean Policy");
        assertThat(ld.get("author")).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) ld.get("author")).get("name")).isEqualTo("Sangtu Ko");
        assertThat(ld.get("citation")).isInstanceOf(List.class);
        List<?> citations = (List<?>) ld.get("citation");
        assertThat(citations).hasSize(21).allSatisfy(c -> assertThat(c).isInstanceOf(Map.class));
        List<String> names = citations.stream().map(c -> String.valueOf(((Map<?, ?>) c).get("name"))).toList();
        assertThat(names).contains("Northeast Asia's Forgotten Worry: Russia's Far East", "Newsweek", "ITAR TASS");
        Map<String, Long> types = citations.stream().map(c -> String.valueOf(((Map<?, ?>) c).get("@type")))
                .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
        assertThat(types).containsExactly(Map.entry("NewsArticle", 10L), Map.entry("ScholarlyArticle", 11L));

        Map<String, Object> mikheev = jsonLd(page("essays/" + MIKHEEV + ".html"));
        assertThat(mikheev).containsEntry("@type", "ScholarlyArticle");
        assertThat(mikheev.get("citation")).isInstanceOf(List.class);
        assertThat((List<?>) mikheev.get("citation")).isEmpty();
    }

    private static Map<String, Object> jsonLd(Document page) throws IOException {
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        String json = scripts.get(0).data().strip();
        assertThat(json).startsWith("{").endsWith("}");
        return new JsonParser(new JsonLexer(new StringReader(json))).parseObject();
    }

    @Test
    void theEssayPageShowsEachNotesResolvedReferenceAndCiteBlocks() {
        Document essay = page("essays/" + KO + ".html");
        for (int n = 1; n <= 31; n++) {
            Element note = essay.getElementById("note-" + n);
            assertThat(note).as("note %d", n).isNotNull();
            assertThat(note.select("details.resolved p")).as("note %d", n).hasSize(1);
            assertThat(note.select("details.resolved a").eachAttr("href"))
                    .containsExactly("../bibliography/" + ko(n).work().id() + ".html");
        }
        assertThat(essay.getElementById("note-11").selectFirst("details.resolved p").text())
                .startsWith("Ibid. \u2014 that is, Tom Wuchte,").contains("(Fall 2001): 21");
        assertThat(essay.select("details.cite > summary").eachAttr("data-label")).hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(s).startsWith("Cite paragraph "));
        assertThat(essay.select("section.cite-essay a").eachAttr("href")).containsExactly(
                "../bibliography/" + KO + ".bib", "../bibliography/" + KO + ".ris", "../bibliography/" + KO + ".json",
                "../data/tei/" + KO + ".xml", "../data/essays/" + KO + ".json");
        assertThat(page("essays/" + MIKHEEV + ".html").select("details.resolved")).isEmpty();
    }

    // ---- exports, read back -------------------------------------------------------------------------------------

    private static Map<String, CSLItemData> bibtex(String relative) throws IOException, ParseException {
        BibTeXConverter converter = new BibTeXConverter();
        BibTeXDatabase database = converter.loadDatabase(
                new ByteArrayInputStream(text(relative).getBytes(StandardCharsets.UTF_8)));
        return converter.toItemData(database);
    }

    private static Map<String, CSLItemData> cslJson(String relative) throws IOException {
        List<Object> array = new JsonParser(new JsonLexer(new StringReader(text(relative)))).parseArray();
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        for (Object element : array) {
            assertThat(element).isInstanceOf(Map.class);
            Map<String, Object> object = new LinkedHashMap<>();
            ((Map<?, ?>) element).forEach((k, v) -> object.put(String.valueOf(k), v));
            CSLItemData item = CSLItemData.fromJson(object);
            assertThat(items.put(item.getId(), item)).as("id %s twice", item.getId()).isNull();
        }
        return items;
    }

    private static List<RISReference> ris(String relative) throws IOException {
        RISLibrary library = new RISParser().parse(new StringReader(text(relative)));
        return library.getReferences();
    }

    /**
     * Checks the items read back from an export.
     *
     * @param latex true for BibTeX, whose reader typesets {@code '} as LaTeX does, as a right quote
     */
    private static void assertTheWorks(Map<String, CSLItemData> items, boolean latex) {
        assertThat(items.keySet()).containsExactlyInAnyOrderElementsOf(WORKS.keySet());
        items.forEach((id, item) -> {
            String title = latex ? WORKS.get(id).replace('\'', '\u2019') : WORKS.get(id);
            if (item.getContainerTitle() != null && item.getTitle() == null) {
                assertThat(item.getContainerTitle()).as(id).isEqualTo(title);
            } else {
                assertThat(item.getTitle()).as(id).isEqualTo(title);
            }
        });
        CSLItemData wuchte = items.get(WUCHTE);
        assertThat(wuchte.getContainerTitle()).isEqualTo("Pacific Focus");
        assertThat(wuchte.getVolume()).isEqualTo("16");
        assertThat(wuchte.getAuthor()).extracting(CSLName::getFamily, CSLName::getGiven)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Wuchte", "Tom"));
        assertThat(items.get(JOO_KWAK).getAuthor()).extracting(CSLName::getFamily).containsExactly("Joo", "Kwak");
        assertThat(items.get("afanasiev-2000-vladimir-putins").getAuthor()).extracting(CSLName::getGiven)
                .containsExactly("Evgeny V.");
        assertThat(wuchte.getIssued()).isNotNull();
    }

    @Test
    void bibliographyBibParsesBackWith21Items() throws Exception {
        Map<String, CSLItemData> items = bibtex("bibliography/bibliography.bib");
        assertThat(items).hasSize(21);
        assertTheWorks(items, true);
        assertThat(items.get(WUCHTE).getIssued().getDateParts()[0][0]).isEqualTo(2001);
        assertThat(bibtex("bibliography/" + KO + ".bib")).hasSize(21).containsOnlyKeys(WORKS.keySet());
    }

    @Test
    void bibliographyJsonParsesBackWith21Items() throws Exception {
        Map<String, CSLItemData> items = cslJson("bibliography/bibliography.json");
        assertThat(items).hasSize(21);
        assertTheWorks(items, false);
        assertThat(items.get(WUCHTE).getIssued().getLiteral()).isEqualTo("Fall 2001");
        assertThat(items.get("newsweek-2001-08-13").getIssued().getDateParts()[0]).containsExactly(2001, 8, 13);
        assertThat(items.get("newsweek-2001-08-13").getType()).hasToString("article-newspaper");
        assertThat(items.get(WUCHTE).getType()).hasToString("article-journal");
        assertThat(cslJson("bibliography/" + KO + ".json")).hasSize(21).containsOnlyKeys(WORKS.keySet());
    }

    @Test
    void bibliographyRisParsesBackWith21Items() throws Exception {
        List<RISReference> refs = ris("bibliography/bibliography.ris");
        assertThat(refs).hasSize(21);
        Map<String, String> titles = new TreeMap<>();
        for (RISReference r : refs) {
            assertThat(titles.put(r.getId(), r.getTitle())).as("id %s twice", r.getId()).isNull();
        }
        assertThat(titles).isEqualTo(WORKS);
        RISReference wuchte = refs.stream().filter(r -> r.getId().equals(WUCHTE)).findFirst().orElseThrow();
        assertThat(wuchte.getAuthors()).containsExactly("Wuchte, Tom");
        assertThat(wuchte.getJournal()).isEqualTo("Pacific Focus");
        assertThat(wuchte.getVolume()).isEqualTo("16");
        assertThat(wuchte.getType()).hasToString("JOUR");

        // and citeproc's converter turns them into the same items as the other exports
        RISLibrary library = new RISParser().parse(new StringReader(text("bibliography/bibliography.ris")));
        Map<String, CSLItemData> items = new RISConverter().toItemData(library);
        assertThat(items).hasSize(21);
        assertThat(items.get(WUCHTE).getTitle()).isEqualTo(WORKS.get(WUCHTE));
        assertThat(ris("bibliography/" + KO + ".ris")).hasSize(21);
    }

    @Test
    void theExportsOfTheEssayWithoutNotesParseToNothing() throws Exception {
        assertThat(site.resolve("bibliography/" + MIKHEEV + ".bib")).isRegularFile();
        assertThat(bibtex("bibliography/" + MIKHEEV + ".bib")).isEmpty();
        assertThat(cslJson("bibliography/" + MIKHEEV + ".json")).isEmpty();
        assertThat(ris("bibliography/" + MIKHEEV + ".ris")).isEmpty();
        assertThat(page("essays/" + MIKHEEV + ".html").select("section.cite-essay a[href$=.bib]")).isEmpty();
    }
}
