package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryTest {

    @TempDir
    Path dir;

    private Registry read(String actors, String events, Diagnostics diagnostics) throws Exception {
        Path a = dir.resolve("actors.yml");
        Path e = dir.resolve("events.yml");
        Files.writeString(a, actors);
        Files.writeString(e, events);
        return Registry.read(a, "content/actors.yml", e, "content/events.yml", diagnostics);
    }

    @Test
    void readsActorsEventsAndIgnoredPhrases() throws Exception {
        Diagnostics d = new Diagnostics();
        Registry r = read("""
                actors:
                  - id: north-korea
                    name: North Korea
                    kind: state
                    description: The DPRK.
                    wikidata: Q423
                    aliases: [DPRK]
                    metonyms: [Pyongyang]
                  - id: kim-jong-il
                    name: Kim Jong-il
                    kind: person
                    short: [Kim]
                ignore: [Cold War]
                """, """
                events:
                  - id: later
                    title: Later
                    date: 2001
                  - id: visit
                    title: A visit
                    date: 2000-07-19/2000-07-20
                    place: Pyongyang
                    participants: [kim-jong-il, north-korea]
                    cues: [visit to Pyongyang]
                """, d);
        assertThat(d.all()).isEmpty();
        assertThat(r.actors()).extracting(a -> a.id().value()).containsExactly("kim-jong-il", "north-korea");
        Actor nk = r.actor(new ActorId("north-korea")).orElseThrow();
        assertThat(nk.kind()).isEqualTo(Actor.Kind.STATE);
        assertThat(nk.wikidata()).contains("Q423");
        assertThat(nk.forms()).containsExactly("North Korea", "DPRK", "Pyongyang");
        assertThat(r.events()).extracting(e -> e.id().value()).containsExactly("visit", "later");
        assertThat(r.events().get(0).when()).isEqualTo("19–20 July 2000");
        assertThat(r.ignored()).containsExactly("Cold War");
    }

    @Test
    void everyProblemHasItsLineAndTheEntryIsLeftOut() throws Exception {
        Diagnostics d = new Diagnostics();
        Registry r = read("""
                actors:
                  - id: a
                    name: Alpha
                    kind: planet
                  - id: b
                    name: Beta
                    kind: person
                    aliases: [Alpha]
                    colour: red
                  - id: Not A Slug
                    name: Gamma
                    kind: person
                  - id: c
                    name: Gamma
                    kind: group
                    wikidata: 423
                """, """
                events:
                  - id: e
                    title: E
                    date: 2000-02-30
                  - id: f
                    title: F
                    date: 2000
                    participants: [nobody]
                """, d);
        assertThat(d.all()).extracting(Diagnostic::toString).anySatisfy(m -> assertThat(m)
                        .startsWith("content/actors.yml:4:11: error: unknown kind 'planet'"))
                .anySatisfy(m -> assertThat(m).startsWith("content/actors.yml:9:5: error: unknown key 'colour'"))
                .anySatisfy(m -> assertThat(m).startsWith("content/actors.yml:10:9: error: 'Not A Slug' is not a valid"))
                .anySatisfy(m -> assertThat(m).startsWith("content/actors.yml:16:15: error: '423' is not a Wikidata id"))
                .anySatisfy(m -> assertThat(m).startsWith("content/events.yml:4:11: error: '2000-02-30' is not a date"))
                .anySatisfy(m -> assertThat(m).startsWith("content/events.yml:8:19: error: participant 'nobody'"));
        assertThat(r.actors()).extracting(a -> a.id().value()).containsExactly("b", "c");
        assertThat(r.events()).extracting(e -> e.id().value()).containsExactly("f");
    }

    @Test
    void aNameBelongsToOneActorButShortFormsAreShared() throws Exception {
        Diagnostics d = new Diagnostics();
        read("""
                actors:
                  - {id: kim-jong-il, name: Kim Jong-il, kind: person, short: [Kim]}
                  - {id: kim-il-sung, name: Kim Il-sung, kind: person, short: [Kim]}
                  - {id: other, name: Other, kind: person, aliases: [Kim Jong-il]}
                """, "", d);
        assertThat(d.all()).singleElement().satisfies(m -> assertThat(m.toString())
                .contains(":4:").contains("'Kim Jong-il' already names actor 'kim-jong-il'"));
    }

    @Test
    void brokenYamlAndMissingFiles() throws Exception {
        Diagnostics d = new Diagnostics();
        read("actors: [\n", "", d);
        assertThat(d.all()).singleElement().satisfies(m -> assertThat(m.toString())
                .startsWith("content/actors.yml:2:1: error: broken YAML"));
        Diagnostics none = new Diagnostics();
        assertThat(Registry.read(dir.resolve("no.yml"), "no.yml", dir.resolve("nor.yml"), "nor.yml", none))
                .isEqualTo(Registry.empty());
        assertThat(none.all()).isEmpty();
    }
}
