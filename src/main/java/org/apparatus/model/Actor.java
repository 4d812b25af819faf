package org.apparatus.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person, state or organisation the essays speak of, as the maintainers registered it in {@code content/actors.yml}.
 *
 * @param name the name pages show
 * @param description one editorial line
 * @param wikidata the Wikidata item ({@code Q159}), if known
 * @param aliases other names that always mean this actor
 * @param shortForms short names that other actors may share, resolved from context ("Kim")
 * @param metonyms place names standing for this actor's government ("Pyongyang"), never when they are a destination
 * @param line the registry line it starts on, for diagnostics
 */
public record Actor(ActorId id, String name, Kind kind, String description, Optional<String> wikidata,
                    List<String> aliases, List<String> shortForms, List<String> metonyms, int line) {

    /** What an actor is. */
    public enum Kind {
        PERSON("person", "People"), STATE("state", "States"), ORGANISATION("organisation", "Organisations"),
        GROUP("group", "Groups");

        private final String key;
        private final String plural;

        Kind(String key, String plural) {
            this.key = key;
            this.plural = plural;
        }

        /** The word the registry uses. */
        public String key() {
            return key;
        }

        /** The heading of this kind's group on the actors index. */
        public String plural() {
            return plural;
        }

        /** The kind the registry word names, if any. */
        public static Optional<Kind> of(String key) {
            for (Kind kind : values()) {
                if (kind.key.equals(key) || (kind == ORGANISATION && key.equals("organization"))) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public Actor {
        Objects.requireNonNull(id, "id");
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (!Objects.requireNonNull(wikidata, "wikidata").map(q -> q.matches("Q[1-9][0-9]{0,11}")).orElse(true)) {
            throw new IllegalArgumentException("a Wikidata id is Q followed by digits: " + wikidata.get());
        }
        aliases = List.copyOf(aliases);
        shortForms = List.copyOf(shortForms);
        metonyms = List.copyOf(metonyms);
    }

    /** Every form that names the actor: name, aliases, short forms and metonyms. */
    public List<String> forms() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        all.addAll(shortForms);
        all.addAll(metonyms);
        return List.copyOf(all);
    }
}
