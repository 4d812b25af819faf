package org.apparatus.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.TextFiles;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The maintainers' registries: the actors of {@code content/actors.yml}, the events of {@code content/events.yml}, and
 * the name-like phrases they declared not to be actors. Both files are optional; every problem in them is reported with
 * its line, and an entry with an error is left out.
 *
 * @param actors by id
 * @param events by date, then id
 * @param ignored phrases that look like names but are not actors
 */
public record Registry(List<Actor> actors, List<Event> events, Set<String> ignored) {

    static final Set<String> ACTOR_KEYS = Set.of("id", "name", "kind", "description", "wikidata", "aliases", "short",
            "metonyms");
    static final Set<String> EVENT_KEYS = Set.of("id", "title", "date", "approximate", "label", "place",
            "participants", "description", "cues");

    public Registry {
        actors = actors.stream().sorted(Comparator.comparing(Actor::id)).toList();
        events = events.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
        ignored = Set.copyOf(ignored);
    }

    /** No actors, no events. */
    public static Registry empty() {
        return new Registry(List.of(), List.of(), Set.of());
    }

    /** The actor with this id, if registered. */
    public Optional<Actor> actor(ActorId id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Reads both registries; missing files mean empty registries. */
    public static Registry read(Path actorsFile, String actorsDisplay, Path eventsFile, String eventsDisplay,
                                Diagnostics diagnostics) {
        List<Actor> actors = new ArrayList<>();
        Set<String> ignored = new TreeSet<>();
        compose(actorsFile, actorsDisplay, diagnostics).ifPresent(root ->
                new Reading(actorsDisplay, diagnostics).actors(root, actors, ignored));
        List<Event> events = new ArrayList<>();
        Set<ActorId> known = new TreeSet<>();
        actors.forEach(a -> known.add(a.id()));
        compose(eventsFile, eventsDisplay, diagnostics).ifPresent(root ->
                new Reading(eventsDisplay, diagnostics).events(root, known, events));
        return new Registry(actors, events, ignored);
    }

    private static Optional<Node> compose(Path file, String display, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<String> text = TextFiles.read(file, display, "registry", diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return YamlText.compose(text.get(), display, 1, "YAML", "a list of entries, each with 'key: value' lines",
                diagnostics);
    }

    /** One file being read, with its diagnostics. */
    private record Reading(String display, Diagnostics diagnostics) {

        void actors(Node root, List<Actor> actors, Set<String> ignored) {
            Map<String, Node> sections = sections(root, Set.of("actors", "ignore"));
            Map<String, ActorId> formOwners = new HashMap<>();
            Set<ActorId> ids = new TreeSet<>();
            for (MappingNode entry : entries(sections.get("actors"), "actors")) {
                Map<String, Node> f = fields(entry, ACTOR_KEYS);
                int line = line(entry);
                Optional<ActorId> id = text(f, "id", entry).flatMap(v -> slug(v, f.get("id"), "actor"))
                        .map(ActorId::new);
                Optional<String> name = text(f, "name", entry);
                Optional<Actor.Kind> kind = text(f, "kind", entry).flatMap(k -> {
                    Optional<Actor.Kind> known = Actor.Kind.of(k);
                    if (known.isEmpty()) {
                        error(f.get("kind"), "unknown kind '" + k + "'; expected person, state, organisation or group");
                    }
                    return known;
                });
                Optional<String> wikidata = optionalText(f, "wikidata").filter(q -> {
                    boolean ok = q.matches("Q[1-9][0-9]{0,11}");
                    if (!ok) {
                        error(f.get("wikidata"), "'" + q + "' is not a Wikidata id; expected Q followed by digits");
                    }
                    return ok;
                });
                List<String> aliases = list(f, "aliases");
                List<String> shortForms = list(f, "short");
                List<String> metonyms = list(f, "metonyms");
                if (id.isEmpty() || name.isEmpty() || kind.isEmpty()) {
                    continue;
                }
                if (!ids.add(id.get())) {
                    error(f.get("id"), "actor id '" + id.get() + "' is used twice; expected each actor once");
                    continue;
                }
                List<String> unique = new ArrayList<>(List.of(name.get()));
                unique.addAll(aliases);
                unique.addAll(metonyms);
                for (String form : unique) {
                    ActorId other = formOwners.putIfAbsent(form, id.get());
                    if (other != null && !other.equals(id.get())) {
                        error(entry, "'" + form + "' already names actor '" + other + "'; a name, alias or metonym"
                                + " belongs to one actor (list it under 'short' for each to resolve it from context)");
                    }
                }
                actors.add(new Actor(id.get(), name.get(), kind.get(), optionalText(f, "description").orElse(""),
                        wikidata, aliases, shortForms, metonyms, line));
            }
            Node ignore = sections.get("ignore");
            if (ignore instanceof SequenceNode list) {
                list.getValue().forEach(n -> scalar(n, "an entry of 'ignore' (a phrase that is not an actor)")
                        .ifPresent(ignored::add));
            } else if (ignore != null) {
                error(ignore, "'ignore' expects a list of phrases");
            }
        }

        void events(Node root, Set<ActorId> known, List<Event> events) {
            Map<String, Node> sections = sections(root, Set.of("events"));
            Set<EventId> ids = new TreeSet<>();
            for (MappingNode entry : entries(sections.get("events"), "events")) {
                Map<String, Node> f = fields(entry, EVENT_KEYS);
                Optional<EventId> id = text(f, "id", entry).flatMap(v -> slug(v, f.get("id"), "event"))
                        .map(EventId::new);
                Optional<String> title = text(f, "title", entry);
                boolean approximate = optionalText(f, "approximate").map(v -> {
                    if (!v.equals("true") && !v.equals("false")) {
                        error(f.get("approximate"), "'approximate' is true or false, not '" + v + "'");
                    }
                    return v.equals("true");
                }).orElse(false);
                Optional<EventDate> date = text(f, "date", entry).flatMap(d -> {
                    Optional<EventDate> parsed = EventDate.parse(d, approximate);
                    if (parsed.isEmpty()) {
                        error(f.get("date"), "'" + d + "' is not a date; expected yyyy, yyyy-mm, yyyy-mm-dd or a range"
                                + " start/end of those, such as 2000-07-19/2000-07-20");
                    }
                    return parsed;
                });
                List<ActorId> participants = new ArrayList<>();
                for (String p : list(f, "participants")) {
                    if (!SlugId.isValid(p) || !known.contains(new ActorId(p))) {
                        error(f.get("participants"), "participant '" + p + "' is not an actor of content/actors.yml;"
                                + " expected actor ids");
                    } else {
                        participants.add(new ActorId(p));
                    }
                }
                List<String> cues = list(f, "cues");
                if (id.isEmpty() || title.isEmpty() || date.isEmpty()) {
                    continue;
                }
                if (!ids.add(id.get())) {
                    error(f.get("id"), "event id '" + id.get() + "' is used twice; expected each event once");
                    continue;
                }
                events.add(new Event(id.get(), title.get(), date.get(), optionalText(f, "label").orElse(""),
                        optionalText(f, "place").orElse(""), participants, optionalText(f, "description").orElse(""),
                        cues, line(entry)));
            }
        }

        private Map<String, Node> sections(Node root, Set<String> keys) {
            Map<String, Node> sections = new LinkedHashMap<>();
            if (!(root instanceof MappingNode mapping)) {
                error(root, "expected " + String.join(" and ", new TreeSet<>(keys)) + " sections ("
                        + new TreeSet<>(keys).first() + ": followed by a list)");
                return sections;
            }
            for (NodeTuple t : mapping.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                if (!keys.contains(key)) {
                    error(t.getKeyNode(), "unknown section '" + key + "'; expected " + new TreeSet<>(keys));
                } else {
                    sections.put(key, t.getValueNode());
                }
            }
            return sections;
        }

        private List<MappingNode> entries(Node section, String name) {
            List<MappingNode> entries = new ArrayList<>();
            if (section == null) {
                return entries;
            }
            if (!(section instanceof SequenceNode list)) {
                error(section, "'" + name + "' expects a list of entries, each starting with '- id:'");
                return entries;
            }
            for (Node n : list.getValue()) {
                if (n instanceof MappingNode m) {
                    entries.add(m);
                } else {
                    error(n, "expected an entry of 'key: value' lines");
                }
            }
            return entries;
        }

        private Map<String, Node> fields(MappingNode entry, Set<String> keys) {
            Map<String, Node> fields = new LinkedHashMap<>();
            for (NodeTuple t : entry.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                if (!keys.contains(key)) {
                    error(t.getKeyNode(), "unknown key '" + key + "'; expected one of " + new TreeSet<>(keys));
                } else {
                    fields.put(key, t.getValueNode());
                }
            }
            return fields;
        }

        private Optional<String> text(Map<String, Node> f, String key, Node entry) {
            if (!f.containsKey(key)) {
                error(entry, "missing '" + key + "'");
                return Optional.empty();
            }
            return scalar(f.get(key), "'" + key + "'");
        }

        private Optional<String> optionalText(Map<String, Node> f, String key) {
            return f.containsKey(key) ? scalar(f.get(key), "'" + key + "'") : Optional.empty();
        }

        private Optional<String> scalar(Node node, String what) {
            if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
                error(node, what + " expects a single non-empty value");
                return Optional.empty();
            }
            if (s.getValue().chars().anyMatch(c -> Character.isISOControl(c))) {
                error(node, what + " holds a control character; expected plain text");
                return Optional.empty();
            }
            return Optional.of(s.getValue().strip());
        }

        private List<String> list(Map<String, Node> f, String key) {
            Node node = f.get(key);
            List<String> values = new ArrayList<>();
            if (node == null) {
                return values;
            }
            if (!(node instanceof SequenceNode seq)) {
                error(node, "'" + key + "' expects a list, such as [a, b]");
                return values;
            }
            for (Node n : seq.getValue()) {
                scalar(n, "an entry of '" + key + "'").filter(v -> !values.contains(v)).ifPresent(values::add);
            }
            return values;
        }

        private Optional<String> slug(String value, Node node, String what) {
            if (!SlugId.isValid(value)) {
                error(node, "'" + value + "' is not a valid " + what + " id; expected lower-case words joined by"
                        + " hyphens, such as kim-jong-il");
                return Optional.empty();
            }
            return Optional.of(value);
        }

        private int line(Node node) {
            return node == null ? 0 : node.getStartMark().getLine() + 1;
        }

        private void error(Node node, String message) {
            diagnostics.error(display, line(node), node == null ? 0 : node.getStartMark().getColumn() + 1, message);
        }
    }
}
