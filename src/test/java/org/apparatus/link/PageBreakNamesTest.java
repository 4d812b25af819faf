package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.ingest.ImportedEssay;
import org.apparatus.ingest.Seed;
import org.apparatus.ingest.SeedImporter;
import org.apparatus.ingest.SeedReader;
import org.apparatus.model.Actor;
import org.apparatus.model.ActorId;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.apparatus.model.Registry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A name cut by a page break is still the name: page markers and the words the import rejoins across a page are
 * transparent to name matching, for each kind of registered form; and a short form inside an ignored phrase cut by a
 * page stays unlinked. Each text is a raw seed, imported as a new one would be.
 */
class PageBreakNamesTest {

    private static Actor actor(String id, String name, Actor.Kind kind, List<String> aliases, List<String> shortForms,
                               List<String> metonyms) {
        return new Actor(new ActorId(id), name, kind, "", Optional.empty(), aliases, shortForms, metonyms, 1);
    }

    private static final Registry REGISTRY = new Registry(List.of(
            actor("vladimir-putin", "Vladimir Putin", Actor.Kind.PERSON, List.of(), List.of("Putin"), List.of()),
            actor("kim-jong-il", "Kim Jong-il", Actor.Kind.PERSON, List.of(), List.of("Chairman Kim"), List.of()),
            actor("russia", "Russia", Actor.Kind.STATE, List.of("Russian Federation"), List.of(), List.of("Moscow")),
            actor("south-korea", "South Korea", Actor.Kind.STATE, List.of("ROK"), List.of(), List.of("Blue House")),
            actor("north-korea", "North Korea", Actor.Kind.STATE, List.of("DPRK"), List.of("North"),
                    List.of("Pyongyang"))),
            List.of(), Set.of("North Korean"));

    private final Diagnostics diagnostics = new Diagnostics();

    /** The first paragraph of a seed whose first page ends with {@code before} and whose second begins with after. */
    private Annotations annotate(String before, String after) {
        String raw = "A Page Break by Ann Writer\n\n" + before + "\n\n---\n\n" + after + "\n";
        ImportedEssay imported = SeedImporter.importSeed(new Seed("t.txt", "seeds/t.txt",
                SeedReader.sha256(raw.getBytes(StandardCharsets.UTF_8)), raw));
        Essay essay = EssayParser.parse("seeds/t.txt", "t", imported.markdown(), Essay.Origin.IMPORTED, diagnostics)
                .orElseThrow();
        assertThat(essay.paragraphs()).hasSize(1);
        assertThat(essay.paragraphs().get(0).text().markup().html()).contains("page-2");
        return new Annotator(REGISTRY).annotate(essay, diagnostics);
    }

    private static List<String> who(Annotations a) {
        return a.mentions().stream().map(m -> m.form() + "=" + m.actor() + "/" + m.how()).toList();
    }

    private static Document linked(Annotations a) {
        return Jsoup.parseBodyFragment(a.linked().get("p1").html());
    }

    @Test
    void aNameCutByAPageBreak() {
        Annotations a = annotate("The talks were led by Vladimir", "Putin in person.");
        assertThat(who(a)).containsExactly("Vladimir Putin=vladimir-putin/NAME");
        // linked on both sides of the marker, the marker kept between them
        Document html = linked(a);
        assertThat(html.select("a.mention.actor").eachAttr("href")).containsOnly("../actors/vladimir-putin.html")
                .hasSize(2);
        assertThat(html.text()).contains("Vladimir", "Putin in person.");
    }

    @Test
    void aHyphenatedNameTheImportRejoinedAcrossAPage() {
        Annotations a = annotate("A letter came from Kim Jong-", "il himself.");
        assertThat(who(a)).containsExactly("Kim Jongil=kim-jong-il/NAME");
    }

    @Test
    void anAliasCutByAPageBreak() {
        Annotations a = annotate("The treaty bound the Russian", "Federation to nothing.");
        assertThat(who(a)).containsExactly("Russian Federation=russia/NAME");
    }

    @Test
    void aShortFormCutByAPageBreak() {
        Annotations a = annotate("The guests were received by Chairman", "Kim at the station.");
        assertThat(who(a)).containsExactly("Chairman Kim=kim-jong-il/SHORT");
    }

    @Test
    void aMetonymCutByAPageBreak() {
        Annotations a = annotate("The proposal was rejected by the Blue", "House within a day.");
        assertThat(who(a)).containsExactly("Blue House=south-korea/METONYM");
    }

    @Test
    void aShortFormInsideAnIgnoredPhraseCutByAPageBreakIsNoMention() {
        Annotations a = annotate("It was the first Russian-", "North Korean delegation to arrive.");
        assertThat(who(a)).isEmpty();
        assertThat(linked(a).select("a.mention")).isEmpty();
    }
}
