package org.apparatus.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.TextFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

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
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1 << 20);
        Optional<String> text = TextFiles.read(file, display, "edition settings file", diagnostics);
        if (text.isEmpty()) {
            return defaults;
        }
        Object loaded;
        try {
            loaded = new Yaml(options).load(text.get());
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            diagnostics.error(display, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "broken YAML: " + e.getProblem() + "; expected 'title: ...' and 'introduction: ...' lines");
            return defaults;
        } catch (YAMLException e) {
            diagnostics.error(display, 0, 0, "cannot read the edition settings: " + e.getMessage());
            return defaults;
        }
        if (loaded == null) {
            return defaults;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            diagnostics.error(display, 1, 1, "expected 'key: value' lines (title, introduction)");
            return defaults;
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                diagnostics.warning(display, 0, 0, "unknown key '" + key + "' is ignored; expected title, introduction or url");
            }
        }
        Object title = map.get("title");
        Object introduction = map.get("introduction");
        Object url = map.get("url");
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
