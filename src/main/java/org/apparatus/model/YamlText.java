package org.apparatus.model;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apparatus.kernel.Diagnostics;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The one reader of YAML in a project: {@code content/*.yml} and the front matter of essays and pages. Every text is
 * read to a node tree (never to objects) within the same limits, and a key given twice in one mapping is an error
 * naming both places: SnakeYAML's {@code compose()} keeps both entries whatever {@code setAllowDuplicateKeys} says,
 * and a reader taking the last would drop the first without a word.
 */
public final class YamlText {

    /** The most characters (code points) a YAML text may hold: the size limit of a project file, 8 MiB, and less. */
    public static final int MAX_CODE_POINTS = 1 << 22;
    /** The deepest nesting of lists and mappings: the project's files need three levels. */
    public static final int MAX_DEPTH = 10;
    /** The most aliases of lists and mappings a text may use: none of the project's files needs one. */
    public static final int MAX_ALIASES = 10;

    private YamlText() {
    }

    /**
     * Reads a YAML text to its node tree; a broken text, or one beyond the limits, is an error at its place, and each
     * duplicated key is an error naming both lines.
     *
     * @param display the project-relative file name, for diagnostics
     * @param firstLine the line of the file that is the text's first line (1 for a whole file)
     * @param what what the text is, for the message about a broken text ("YAML", "YAML front matter")
     * @param expected what the file should hold, for the message about a broken text ("work ids, each with ...")
     * @return the tree, or empty when the text is empty or cannot be read
     */
    public static Optional<Node> compose(String text, String display, int firstLine, String what, String expected,
                                         Diagnostics diagnostics) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        Node root;
        try (Reader reader = new StringReader(text)) {
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            boolean atEnd = mark != null && mark.getIndex() >= text.length() && e.getContextMark() != null;
            if (atEnd) {
                mark = e.getContextMark(); // "unexpected end": where the unfinished thing began says more
            }
            diagnostics.error(display, mark == null ? firstLine : firstLine + mark.getLine(),
                    mark == null ? 0 : mark.getColumn() + 1, "broken " + what + ": " + e.getProblem()
                            + (atEnd && e.getContext() != null ? " " + e.getContext() : "") + "; expected " + expected);
            return Optional.empty();
        } catch (YAMLException | IOException e) {
            diagnostics.error(display, firstLine, 0, "cannot read the " + what + ": " + e.getMessage() + "; expected "
                    + expected);
            return Optional.empty();
        }
        if (root != null) {
            duplicates(root, display, firstLine, diagnostics, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return Optional.ofNullable(root);
    }

    /** Reports every key given twice in one mapping of the tree, each node (an alias's too) looked at once. */
    private static void duplicates(Node node, String display, int firstLine, Diagnostics diagnostics,
                                   Set<Node> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Integer> first = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    Mark at = key.getStartMark();
                    int line = firstLine + at.getLine();
                    Integer earlier = first.putIfAbsent(key.getValue(), line);
                    if (earlier != null) {
                        diagnostics.error(display, line, at.getColumn() + 1, "duplicate key '" + key.getValue()
                                + "'; first at line " + earlier + " (expected each key once: the second would"
                                + " silently replace the first)");
                    }
                }
                duplicates(tuple.getKeyNode(), display, firstLine, diagnostics, seen);
                duplicates(tuple.getValueNode(), display, firstLine, diagnostics, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(n -> duplicates(n, display, firstLine, diagnostics, seen));
        }
    }
}
