package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.model.Actor;
import org.apparatus.model.ActorId;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.apparatus.model.Event;
import org.apparatus.model.EventDate;
import org.apparatus.model.EventId;
import org.apparatus.model.Mention;
import org.apparatus.model.Registry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Mentions, short forms, metonyms, overrides, events and unregistered names, on small essays of our own. */
class AnnotatorTest {

    static Actor actor(String id, String name, Actor.Kind kind, List<String> aliases, List<String> shortForms,
                       List<String> metonyms) {
        return new Actor(new ActorId(id), name, kind, "", Optional.empty(), aliases, shortForms, metonyms, 1);
    }

    static final Registry REGISTRY = new Registry(List.of(
            actor("kim-jong-il", "Kim Jong-il", Actor.Kind.PERSON, List.of("the junior Kim"), List.of("Kim"), List.of()),
            actor("kim-il-sung", "Kim Il-sung", Actor.Kind.PERSON, List.of(), List.of("Kim"), List.of()),
            actor("kim-dae-jung", "Kim Dae-jung", Actor.Kind.PERSON, List.of("Kim Dae-Jung"), List.of("Kim"),
                    List.of()),
            actor("north-korea", "North Korea", Actor.Kind.STATE, List.of("DPRK"), List.of(), List.of("Pyongyang")),
            actor("russia", "Russia", Actor.Kind.STATE, List.of("Russian Federation"), List.of(), List.of("Moscow")),
            actor("sogang", "Łódź Ćlub", Actor.Kind.ORGANISATION, List.of(), List.of(), List.of()),
            actor("putin", "Vladimir Putin", Actor.Kind.PERSON, List.of(), List.of("Putin"), List.of())),
            List.of(new Event(new EventId("visit"), "Putin's visit to Pyongyang",
                    EventDate.parse("2000-07-19/2000-07-20", false).orElseThrow(), "", "Pyongyang",
                    List.of(new ActorId("putin")), "", List.of("visit to Pyongyang"), 1)),
            Set.of("Cold War"));

    private final Diagnostics diagnostics = new Diagnostics();

    private Annotations annotate(String body) {
        String md = "---\nid: \"test\"\ntitle: \"Test\"\nauthor: \"A. Writer\"\n---\n\n" + body;
        Essay essay = EssayParser.parse("content/essays/test.md", "test", md, Essay.Origin.CURATED, diagnostics)
                .orElseThrow();
        return new Annotator(REGISTRY).annotate(essay, diagnostics);
    }

    private static List<String> who(Annotations a) {
        return a.mentions().stream().map(m -> m.form() + "=" + m.actor()).toList();
    }

    @Test
    void longestFormFirstOnWordBoundariesWithPossessives() {
        Annotations a = annotate("Kim Jong-il met Putin. Putin's aides and the DPRK's envoys, not DPRKs or Kimchi.\n");
        assertThat(who(a)).containsExactly("Kim Jong-il=kim-jong-il", "Putin=putin", "Putin=putin", "DPRK=north-korea");
        Document html = Jsoup.parseBodyFragment(a.linked().get("p1").html());
        assertThat(html.select("a.mention.actor").eachAttr("href")).containsExactly("../actors/kim-jong-il.html",
                "../actors/putin.html", "../actors/putin.html", "../actors/north-korea.html");
        assertThat(html.text()).isEqualTo("Kim Jong-il met Putin. Putin's aides and the DPRK's envoys, not DPRKs or"
                + " Kimchi.");
    }

    @Test
    void unicodeNamesMatchOnUnicodeWordBoundaries() {
        assertThat(who(annotate("The Łódź Ćlub met; the Łódź Ćlubs did not.\n"))).containsExactly("Łódź Ćlub=sogang");
    }

    @Test
    void aSharedShortFormIsTheNearestFullNameBeforeIt() {
        Annotations a = annotate("""
                Kim Il-sung founded the state. Kim ruled until 1994.

                Then Kim Jong-il took over. Kim met Kim Dae-jung in 2000, and Kim spoke first.

                Later, Kim travelled.
                """);
        assertThat(who(a)).containsExactly("Kim Il-sung=kim-il-sung", "Kim=kim-il-sung", "Kim Jong-il=kim-jong-il",
                "Kim=kim-jong-il", "Kim Dae-jung=kim-dae-jung", "Kim=kim-dae-jung", "Kim=kim-dae-jung");
        assertThat(a.mentions()).filteredOn(m -> m.form().equals("Kim"))
                .extracting(Mention::how).containsOnly(Mention.How.CONTEXT);
    }

    @Test
    void aShortFormWithNoNameBeforeItIsReportedNotGuessed() {
        Annotations a = annotate("Kim arrived.\n");
        assertThat(a.mentions()).isEmpty();
        assertThat(diagnostics.all()).extracting(Diagnostic::toString).anySatisfy(m -> assertThat(m)
                .startsWith("content/essays/test.md:7:1: warning: 'Kim' (p1) could be kim-dae-jung or kim-il-sung or"
                        + " kim-jong-il").contains("[Kim](actor:ID)"));
    }

    @Test
    void aMaintainerOverridesAnyMention() {
        Annotations a = annotate("Kim Jong-il spoke of [Kim](actor:kim-il-sung), and [Putin](actor:-) was a word.\n");
        assertThat(who(a)).containsExactly("Kim Jong-il=kim-jong-il", "Kim=kim-il-sung");
        assertThat(a.mentions().get(1).how()).isEqualTo(Mention.How.OVERRIDE);
        Document html = Jsoup.parseBodyFragment(a.linked().get("p1").html());
        assertThat(html.select("a").eachAttr("href")).containsExactly("../actors/kim-jong-il.html",
                "../actors/kim-il-sung.html");
        assertThat(html.text()).contains("and Putin was a word");
    }

    @Test
    void anOverrideNamingNoActorIsAnError() {
        Annotations a = annotate("Text about [Kim](actor:kim-the-fourth).\n");
        assertThat(a.mentions()).isEmpty();
        assertThat(diagnostics.all()).extracting(Diagnostic::toString).anySatisfy(m -> assertThat(m)
                .startsWith("content/essays/test.md:7:1: error: [Kim](actor:kim-the-fourth) names no actor"));
        assertThat(a.linked().get("p1").html()).doesNotContain("actor:");
    }

    @Test
    void aCapitalIsItsGovernmentUnlessItIsWhereSomeoneGoes() {
        Annotations a = annotate("Pyongyang refused, and Moscow-Pyongyang ties cooled before the visit to Pyongyang"
                + " and talks in Moscow.\n");
        assertThat(who(a)).containsExactly("Pyongyang=north-korea", "Moscow=russia", "Pyongyang=north-korea");
        assertThat(a.mentions()).extracting(Mention::how).containsOnly(Mention.How.METONYM);
    }

    @Test
    void citedAuthorsAndTitlesInNotesAreNeverMentions() {
        Annotations a = annotate("""
                Text.[^1]

                [^1]: Vladimir Putin, "Russia and North Korea," *Pyongyang Times*, Vol. 1, No. 2, 2001, p. 3. Putin said so.
                """);
        assertThat(a.mentions()).singleElement().satisfies(m -> {
            assertThat(m.note()).isEqualTo(1);
            assertThat(m.before()).isEqualTo("");
            assertThat(m.after()).isEqualTo(" said so.");
        });
    }

    @Test
    void passagesAboutEventsAreFoundAndDated() {
        Annotations a = annotate("In June 2000, Putin made a visit to Pyongyang for talks.\n");
        assertThat(a.passages()).singleElement().satisfies(p -> {
            assertThat(p.event().value()).isEqualTo("visit");
            assertThat(p.cue()).isEqualTo("visit to Pyongyang");
            assertThat(p.date()).get().satisfies(d -> assertThat(d.printed()).isEqualTo("June 2000"));
        });
        assertThat(a.dated()).singleElement().satisfies(d -> assertThat(d.covered()).isTrue());
        assertThat(Jsoup.parseBodyFragment(a.linked().get("p1").html()).select("a.mention.event").eachAttr("href"))
                .containsExactly("../events/visit.html");
    }

    @Test
    void aCueMayHaveADateTheEventsOrdinalsOrAnAdjectiveBetweenItsWordsButNoOtherOccasion() {
        Registry registry = new Registry(REGISTRY.actors(), List.of(new Event(new EventId("visit"),
                "Putin's visit to Pyongyang", EventDate.parse("2000-07-19/2000-07-20", false).orElseThrow(), "",
                "Pyongyang", List.of(new ActorId("putin")), "The first visit by a Russian leader.",
                List.of("Putin's visit to Pyongyang"), 1)), Set.of());
        String md = "---\nid: \"test\"\ntitle: \"Test\"\nauthor: \"A. Writer\"\n---\n\n"
                + "Putin's July 2000 visit to Pyongyang was short.\n\n"
                + "Putin's historic first visit to Pyongyang mattered.\n\n"
                + "Putin's second visit to Pyongyang never came.\n\n"
                + "Putin's 2002 visit to Pyongyang is a rumour.\n\n"
                + "It was Putin's. Visit to Pyongyang they did not.\n\n"
                + "Putin's July 2000 brief official state visit to Pyongyang is too far apart.\n";
        Essay essay = EssayParser.parse("content/essays/test.md", "test", md, Essay.Origin.CURATED, diagnostics)
                .orElseThrow();
        Annotations a = new Annotator(registry).annotate(essay, diagnostics);
        assertThat(a.passages()).extracting(Annotations.EventPassage::anchor).containsExactly("p1", "p2");
        assertThat(a.passages().get(0).cue()).isEqualTo("Putin's July 2000 visit to Pyongyang");
        assertThat(a.passages().get(0).date()).get().satisfies(d -> assertThat(d.printed()).isEqualTo("July 2000"));
        assertThat(a.passages().get(1).cue()).isEqualTo("Putin's historic first visit to Pyongyang");
        for (String anchor : List.of("p3", "p4", "p5", "p6")) {
            assertThat(Jsoup.parseBodyFragment(a.linked().get(anchor).html()).select("a.mention.event")).as(anchor)
                    .isEmpty();
        }
        assertThat(diagnostics.all()).extracting(Diagnostic::message).singleElement().asString()
                .contains("'Putin's 2002 visit to Pyongyang' (p4)", "not linked");
    }

    @Test
    void unregisteredNamesAreReportedWithoutJunk() {
        Annotations a = annotate("""
                However, Jiang Zemin met Putin during the Cold War. The Korea Herald reported it.[^1] In July the
                Shanghai Cooperation Organisation met. Moreover Zhu Rongji came.

                [^1]: *Korea Herald*, July 3, 2001; Ibid., p. 4.
                """);
        assertThat(a.unregistered()).extracting(Annotations.Unregistered::name)
                .containsExactly("Jiang Zemin", "Korea Herald", "Shanghai Cooperation Organisation", "Zhu Rongji");
    }

    @Test
    void theReadingLinksEachActorOnceASectionAndIsMadeForItsOwnEssayOnly() {
        String md = "---\nid: \"test\"\ntitle: \"Test\"\nauthor: \"A. Writer\"\n---\n\n"
                + "Putin met Putin's aides.\n\nPutin left.\n\n## Later\n\nPutin came back.\n";
        Essay essay = EssayParser.parse("content/essays/test.md", "test", md, Essay.Origin.CURATED, diagnostics)
                .orElseThrow();
        Annotations a = new Annotator(REGISTRY).annotate(essay, diagnostics);
        java.util.Map<String, org.apparatus.model.Markup> reading = a.reading(essay);
        // the first paragraph keeps its first link and makes its second a span; the second is in the same section
        assertThat(Jsoup.parseBodyFragment(reading.get("p1").html()).select("a.mention")).hasSize(1);
        assertThat(Jsoup.parseBodyFragment(reading.get("p1").html()).select("span.mention[data-href]")).hasSize(1);
        assertThat(Jsoup.parseBodyFragment(reading.get("p2").html()).select("a.mention")).isEmpty();
        // a heading opens a new section: its paragraph reads as linked, so it is not among the changed texts
        assertThat(reading).doesNotContainKey("p3");
        assertThat(Jsoup.parseBodyFragment(a.linked().get("p3").html()).select("a.mention")).hasSize(1);
        Essay other = EssayParser.parse("content/essays/other.md", "other", md.replace("\"test\"", "\"other\""),
                Essay.Origin.CURATED, diagnostics).orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.reading(other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
    }

    @Test
    void everyMentionOfOneFormSharesOneCopyOfItsWords() {
        Annotations a = annotate("Putin met Putin's aides. Putin left.\n\nPutin came back.\n");
        List<Mention> putin = a.mentions().stream().filter(m -> m.form().equals("Putin")).toList();
        assertThat(putin).hasSizeGreaterThan(2);
        assertThat(putin).allSatisfy(m -> assertThat(m.form()).isSameAs(putin.get(0).form()));
    }

    @Test
    void theQuotationsOfOneParagraphShareItsTextAndAreCutFromItAsBefore() {
        String md = "---\nid: \"test\"\ntitle: \"Test\"\nauthor: \"A. Writer\"\n---\n\n"
                + "In June 2000, Putin made a visit to Pyongyang. Later Putin met Kim Dae-jung in Seoul."
                + " Kim Dae-jung spoke.\n\nPutin came back.\n";
        Essay essay = EssayParser.parse("content/essays/test.md", "test", md, Essay.Origin.CURATED, diagnostics)
                .orElseThrow();
        Annotations a = new Annotator(REGISTRY).annotate(essay, diagnostics);
        List<Mention> first = a.mentions().stream().filter(m -> m.anchor().equals("p1")).toList();
        assertThat(first).hasSizeGreaterThan(3);
        String text = first.get(0).excerpt().text();
        // the model's own string, not a copy of it
        assertThat(text).isSameAs(essay.paragraphs().get(0).text().plain());
        assertThat(first).allSatisfy(m -> assertThat(m.excerpt().text()).isSameAs(text));
        assertThat(a.passages()).allSatisfy(p -> assertThat(p.excerpt().text()).isSameAs(text));
        assertThat(a.dated()).allSatisfy(d -> assertThat(d.excerpt().text()).isSameAs(text));
        assertThat(a.mentions().stream().filter(m -> m.anchor().equals("p2")).findFirst().orElseThrow()
                .excerpt().text()).isNotSameAs(text);
        // each mention is quoted in its own sentence only
        assertThat(first).filteredOn(m -> m.form().equals("Putin")).extracting(m -> m.before() + "[" + m.form() + "]"
                + m.after()).containsExactly("In June 2000, [Putin] made a visit to Pyongyang.",
                "Later [Putin] met Kim Dae-jung in Seoul.");
        assertThat(a.passages()).singleElement().satisfies(p -> assertThat(p.sentence())
                .isEqualTo("In June 2000, Putin made a visit to Pyongyang."));
        assertThat(a.dated()).singleElement().satisfies(d -> assertThat(d.sentence())
                .isEqualTo("In June 2000, Putin made a visit to Pyongyang."));
    }
}
