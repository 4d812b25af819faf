package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.TestProject;
import org.apparatus.model.Actor;
import org.apparatus.model.ActorId;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.apparatus.model.Registry;
import org.junit.jupiter.api.Test;

/**
 * The unregistered-name report lists what a person would register (as an actor, an alias or under {@code ignore}):
 * no words of headings, no offices, no common word capitalised to open a sentence.
 */
class UnregisteredNamesTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private static final Registry REGISTRY = new Registry(List.of(
            new Actor(new ActorId("russia"), "Russia", Actor.Kind.STATE, "", Optional.empty(), List.of(), List.of(),
                    List.of("Moscow"), 1)), List.of(), Set.of());

    private Set<String> unregistered(Registry registry, String file, String markdown) {
        Essay essay = EssayParser.parse(file, "e", markdown, Essay.Origin.CURATED, diagnostics).orElseThrow();
        Set<String> names = new TreeSet<>();
        new Annotator(registry).annotate(essay, diagnostics).unregistered().forEach(u -> names.add(u.name()));
        return names;
    }

    @Test
    void headingsOfficesAndSentenceOpenersAreNoNames() {
        assertThat(unregistered(REGISTRY, "content/essays/e.md", """
                ---
                id: "e"
                title: "Bridges"
                author: "Ann Writer"
                ---

                ## Who Pays for the Bridge?

                The bridge across the Tumen was to be paid for by Moscow. Who pays for a bridge nobody crosses? Several
                ministries argued, and the Minister of Transport and the Prime Minister of Russia said nothing. The
                Russian Foreign Minister went to the Tumen River Commission. Perhaps Vladivostok would pay, perhaps
                not.

                ### Arms Transfers and the MiG-29

                The MiG-29 and the Su-27 were sold; the U-turn came later.
                """)).containsExactly("MiG-29", "Su-27", "Tumen", "Tumen River Commission", "Vladivostok");
    }

    /** The seed essays, with the registry's actors but nothing ignored: only what a person would register. */
    @Test
    void onTheSeedEssaysOnlyNamesAPersonWouldRegister() throws Exception {
        Path content = TestProject.repository().resolve("content");
        Registry full = Registry.read(content.resolve("actors.yml"), "content/actors.yml",
                content.resolve("events.yml"), "content/events.yml", diagnostics);
        Registry actorsOnly = new Registry(full.actors(), full.events(), Set.of());
        Set<String> names = new TreeSet<>();
        try (var files = Files.list(content.resolve("essays"))) {
            for (Path file : files.sorted().toList()) {
                names.addAll(unregistered(actorsOnly, "content/essays/" + file.getFileName(), Files.readString(file)));
            }
        }
        assertThat(names).containsExactly("ABM", "Afghanistan", "Alliance Treaty", "American", "Asia",
                "Asia-Pacific", "Asian", "Atlantic", "Basic Treaty", "Busan", "Chechen", "Chinese", "Cold War",
                "Cold War Structure", "Cooperation", "East Asian", "East European", "Eastern Europe",
                "Eastern European", "Eurasia", "Eurasian", "Europe", "European", "Far East",
                "Far Eastern Federal District", "Foreign Policy Concept", "Friendship Treaty", "Good Neighborliness",
                "Inter-Korean", "Japanese", "Khasan", "Korea", "Korean", "Korean War", "Koreas", "MD",
                "Marshall Plan", "MiG-29", "Millennium", "NMD", "New East Prospects", "New Friendship Treaty",
                "Northeast Asia", "Northeast Asian", "Okinawa", "Pacific", "Pchela-1T", "Russian", "Russian Far East",
                "Russian Far Eastern", "Russian TSR", "Russians", "Russo-Vietnamese Friendship", "Su-27", "TKR", "TMD",
                "TSR", "Tajikistan", "Trans-Korean", "Trans-Siberian Railroad", "Vladivostok", "Western",
                "World War II");
    }
}
