package org.apparatus;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Mutations of real texts for the fuzz properties: lines deleted, duplicated or swapped, stray characters (markup,
 * control characters, byte-order marks, surrogate halves) inserted, texts truncated, note definitions duplicated and
 * note or page markers renumbered. A {@link Mutated} text names its original and its mutations rather than printing
 * the whole text, so a failing sample reads well and shrinks to few mutations. The generators are QuickTheories
 * {@link Gen}s (the properties are plain JUnit 5 tests, seeded by {@code QT_SEED} from the pom).
 */
public final class Mutations {

    /** Characters and fragments inserted at random places. */
    public static final List<String> PIECES = List.of("<", ">", "[", "]", "^", "*", "#", "-", "\r", "\r\n", "\u0000",
            "\uFEFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\n", "\n\n", "\n---\n", "[^", "]:", "[^1]", "[^7]",
            "[^99]", "[^0]", "[^x]", "<sup>", "</sup>", "<sup>3</sup>", "<sup>40</sup>", "## ", "*Ibid.*", "[[page ",
            "[[page 2]]", "[[page 0]]", "`", "\\", "&", "&amp;", "\"", ":", "_", "1 ", "12 ", "\u2028", "\u00A0",
            "\uD83D\uDE00", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
            "<a href=\"/etc\">", "\t", "    ", "> ", "- ", "1. ", "...", "\u0301", "op. cit.");

    /** What a mutation does. */
    public enum Kind {
        DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, INSERT_PIECE, INSERT_RANDOM, DELETE_CHARACTERS, TRUNCATE,
        DUPLICATE_NOTE, RENUMBER_MARKER
    }

    /** The mutations that keep every line whole: no character is put inside a line or taken out of one. */
    public static final List<Kind> LINE_KINDS = List.of(Kind.DELETE_LINE, Kind.DUPLICATE_LINE, Kind.SWAP_LINES,
            Kind.DUPLICATE_NOTE);

    private static final Pattern NOTE_DEFINITION_LINE = Pattern.compile(
            "(?m)^(?:\\[\\^\\d+]:|<sup>\\d+</sup>|\\d{1,3} \\p{Lu}).*$");
    private static final Pattern NUMBERED = Pattern.compile("\\[\\^(\\d+)]|<sup>(\\d+)</sup>|\\[\\[page (\\d+)]]");

    private Mutations() {
    }

    /**
     * One mutation: {@code at} and {@code other} pick places in the text (as fractions of its lines or characters),
     * {@code piece} is what an insertion puts in.
     */
    public record Mutation(Kind kind, double at, double other, String piece) {

        public String apply(String text) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int line = index(at, lines.size());
            int line2 = index(other, lines.size());
            int i = index(at, text.length() + 1);
            return switch (kind) {
                case DELETE_LINE -> {
                    lines.remove(line);
                    yield String.join("\n", lines);
                }
                case DUPLICATE_LINE -> {
                    lines.add(line2, lines.get(line));
                    yield String.join("\n", lines);
                }
                case SWAP_LINES -> {
                    String a = lines.get(line);
                    lines.set(line, lines.get(line2));
                    lines.set(line2, a);
                    yield String.join("\n", lines);
                }
                case INSERT_PIECE, INSERT_RANDOM -> text.substring(0, i) + piece + text.substring(i);
                case DELETE_CHARACTERS -> text.substring(0, i) + text.substring(Math.min(text.length(),
                        i + 1 + (int) (other * 20)));
                case TRUNCATE -> text.substring(0, i);
                case DUPLICATE_NOTE -> {
                    List<String> definitions = NOTE_DEFINITION_LINE.matcher(text).results().map(r -> r.group())
                            .toList();
                    if (definitions.isEmpty()) {
                        yield text;
                    }
                    lines.add(line2, "");
                    lines.add(line2, definitions.get(index(at, definitions.size())));
                    lines.add(line2, "");
                    yield String.join("\n", lines);
                }
                case RENUMBER_MARKER -> {
                    List<java.util.regex.MatchResult> found = NUMBERED.matcher(text).results().toList();
                    if (found.isEmpty()) {
                        yield text;
                    }
                    java.util.regex.MatchResult m = found.get(index(at, found.size()));
                    int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                    int number = Integer.parseInt(m.group(group));
                    int renumbered = Math.max(0, number + (int) Math.round((other - 0.5) * 6));
                    yield text.substring(0, m.start(group)) + renumbered + text.substring(m.end(group));
                }
            };
        }

        @Override
        public String toString() {
            return kind + "(" + String.format(java.util.Locale.ROOT, "%.3f, %.3f", at, other)
                    + (kind == Kind.INSERT_PIECE || kind == Kind.INSERT_RANDOM ? ", " + escape(piece) : "") + ")";
        }
    }

    private static int index(double fraction, int size) {
        return Math.min(size - 1, Math.max(0, (int) (fraction * size)));
    }

    /** A real text, mutated. */
    public record Mutated(String name, String original, List<Mutation> mutations) {

        public Mutated {
            mutations = List.copyOf(mutations);
        }

        public String text() {
            String out = original;
            for (Mutation m : mutations) {
                out = m.apply(out);
            }
            return out;
        }

        @Override
        public String toString() {
            return name + " " + mutations;
        }
    }

    /** Any mutation; insertions of markup and stray characters are the most frequent. */
    public static Gen<Mutation> mutation() {
        return mutation(Generate.frequency(List.of(
                Pair.of(6, Generate.constant(Kind.INSERT_PIECE)),
                Pair.of(2, Generate.constant(Kind.RENUMBER_MARKER)),
                Pair.of(1, Generate.enumValues(Kind.class)))));
    }

    /** A mutation of one of the given kinds. */
    public static Gen<Mutation> mutation(Gen<Kind> kinds) {
        Gen<String> piece = Generate.oneOf(Generate.pick(PIECES), anyText(1, 6));
        return kinds.zip(doubles().between(0, 1), doubles().between(0, 1), piece, Mutation::new);
    }

    /** One of the named texts with one to {@code max} mutations of the given kinds. */
    public static Gen<Mutated> mutated(List<Named> originals, Gen<Mutation> mutation, int max) {
        return Generate.pick(originals).zip(lists().of(mutation).ofSizeBetween(1, max),
                (original, mutations) -> new Mutated(original.name(), original.text(), mutations));
    }

    /**
     * One character of any kind, as a string: mostly printable ASCII, but also control characters, any UTF-16 unit
     * of the Basic Multilingual Plane (lone surrogate halves, byte-order marks and noncharacters too) and
     * supplementary characters as surrogate pairs. It shrinks towards the start of printable ASCII.
     */
    public static Gen<String> anyCharacter() {
        return Generate.frequency(List.of(
                Pair.of(6, Generate.range(0x20, 0x7E, 0x21).map(Mutations::unit)),
                Pair.of(1, Generate.range(0x00, 0x1F).map(Mutations::unit)),
                Pair.of(3, Generate.range(0x7F, 0xFFFF).map(Mutations::unit)),
                Pair.of(1, Generate.range(0x10000, Character.MAX_CODE_POINT).map(Character::toString))));
    }

    private static String unit(int c) {
        return String.valueOf((char) c);
    }

    /**
     * Any text of {@code min} to {@code max} {@linkplain #anyCharacter() characters}. A failing text shrinks to the
     * characters that matter: QuickTheories shortens a list only from its end, so each character may also shrink to
     * nothing, which takes it out wherever it stands.
     */
    public static Gen<String> anyText(int min, int max) {
        return text(anyCharacter(), min, max);
    }

    /** Any text made of the given characters, {@code min} to {@code max} of them; it shrinks as {@link #anyText}. */
    public static Gen<String> textOf(String characters, int min, int max) {
        return text(Generate.pick(characters.chars().mapToObj(Mutations::unit).toList()), min, max);
    }

    private static Gen<String> text(Gen<String> character, int min, int max) {
        // both are always drawn, so that a character shrunk to nothing leaves the draws of the next ones in place
        Gen<String> maybe = Generate.range(0, 15).zip(character, (keep, c) -> keep == 0 ? "" : c);
        return lists().of(maybe).ofSizeBetween(min, max).map(cs -> String.join("", cs))
                .assuming(t -> t.length() >= min).describedAs(Mutations::escape);
    }

    /** A text with the name it is known by. */
    public record Named(String name, String text) {
    }

    /** The raw seeds of the repository, as their files hold them. */
    public static List<Named> realSeeds() {
        return read(TestProject.repository().resolve("seeds"), ".txt");
    }

    /** The curated essays of the repository. */
    public static List<Named> curatedEssays() {
        return read(TestProject.repository().resolve("content/essays"), ".md");
    }

    private static List<Named> read(Path dir, String ending) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Named> named = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(ending)).sorted().toList()) {
                named.add(new Named(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            if (named.isEmpty()) {
                throw new IllegalStateException("no " + ending + " files in " + dir);
            }
            return named;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Control and format characters, surrogate halves, marks and every space but the plain one made visible. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            int type = Character.getType(c);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
            } else if (c != ' ' && (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.SPACE_SEPARATOR
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * The labels of every {@code [^n]} reference (not escaped, not a definition) in a Markdown text's body; like a
     * link label, a note label holds no bracket, so in {@code [^.[^1]} only {@code 1} is one. The front
     * matter holds none: its values are YAML strings, where a printed {@code [^1]} is escaped as {@code \\[^1]}.
     */
    public static List<String> footnoteLabels(String markdown) {
        List<String> labels = new ArrayList<>();
        int close = markdown.startsWith("---\n") ? markdown.indexOf("\n---\n", 3) : -1;
        Matcher m = Pattern.compile("(?<!\\\\)(?:\\\\{2})*\\[\\^([^\\[\\]\\s]+)](?!:)").matcher(markdown);
        m.region(close < 0 ? 0 : close + 5, markdown.length());
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }
}
