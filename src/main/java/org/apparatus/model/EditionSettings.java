package org.apparatus.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.TextFiles;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The edition's own settings from the optional {@code content/site.yml}: its title, the sentence that introduces
 * it on the home page, and the address it is published at ({@code url}, ending in a slash), which citations use; without
 * it, citations give the page's path within the site.
 */
public record EditionSettings(String title, String introduction, String url) {

    private static final Set<String> KEYS = Set.of("title", "introduction", "url");
    static final String DEFAULT_TITLE = "An Apparatus edition";

    public EditionSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(introduction, "introduction");
        Objects.requireNonNull(url, "url");
    }

    /** Reads the settings, or the defaults when the file is missing; problems become diagnostics. */
    public static EditionSettings read(Path file, String display, Diagnostics diagnostics) {
        EditionSettings defaults = new EditionSettings(DEFAULT_TITLE, "", "");
        if (!Files.isRegularFile(file)) {
            return defaults;
        }
        Optional<String> text = TextFiles.read(file, display, "edition settings file", diagnostics);
        if (text.isEmpty()) {
            return defaults;
        }
        Optional<Node> root = YamlText.compose(text.get(), display, 1, "YAML",
                "'title: ...' and 'introduction: ...' lines", diagnostics);
        if (root.isEmpty()) {
            return defaults;
        }
        if (!(root.get() instanceof MappingNode map)) {
            diagnostics.error(display, 1, 1, "expected 'key: value' lines (title, introduction)");
            return defaults;
        }
        Map<String, String> values = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            int line = tuple.getKeyNode().getStartMark().getLine() + 1;
            int column = tuple.getKeyNode().getStartMark().getColumn() + 1;
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            if (!KEYS.contains(key)) {
                diagnostics.warning(display, line, column, "unknown key '" + key + "' is ignored; expected title,"
                        + " introduction or url");
            } else if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                diagnostics.error(display, line, column, "'" + key + "' must be a single text value, not a list or"
                        + " map");
            } else if (!value.getTag().equals(Tag.NULL)) {
                values.put(key, value.getValue());
            }
        }
        String title = values.get("title");
        String introduction = values.get("introduction");
        String url = values.get("url");
        String address = url == null ? "" : String.valueOf(url).strip();
        if (!address.isEmpty() && !address.matches("https?://[^\\s]+/")) {
            diagnostics.error(display, 0, 0, "'url' must be an http(s) address ending in '/', such as"
                    + " https://example.org/edition/");
            address = "";
        }
        return new EditionSettings(title == null ? DEFAULT_TITLE : String.valueOf(title).strip(),
                introduction == null ? "" : String.valueOf(introduction).strip(), address);
    }
}
