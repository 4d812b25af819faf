package org.apparatus.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One essay of the edition, parsed.
 *
 * @param id the stable id naming its pages
 * @param source the project-relative file it was read from, for diagnostics and the changes list
 * @param origin whether a maintainer curated it or it was imported from its seed at build time
 * @param seed the seed file name it comes from, if any
 * @param seedSha256 the SHA-256 of that seed as recorded in the front matter, if any
 * @param blocks headings and paragraphs in reading order
 * @param date when the essay was first published, {@code yyyy[-mm[-dd]]}, if known
 * @param notes the footnotes in number order
 * @param published where it was first printed, from the front matter's {@code published:} map, if given
 */
public record Essay(EssayId id, String source, Origin origin, Text title, Text author, Optional<Text> abstractText,
                    Optional<Text> bio, Optional<String> seed, Optional<String> seedSha256, Optional<String> date,
                    List<Block> blocks, List<Note> notes, Optional<Publication> published) {

    /** Where an essay's Markdown came from. */
    public enum Origin { CURATED, IMPORTED }

    public Essay {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(abstractText, "abstractText");
        Objects.requireNonNull(bio, "bio");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(seedSha256, "seedSha256");
        if (!Objects.requireNonNull(date, "date").map(d -> d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")).orElse(true)) {
            throw new IllegalArgumentException("an essay's date is yyyy[-mm[-dd]]: " + date.get());
        }
        Objects.requireNonNull(published, "published");
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
        for (int i = 1; i < notes.size(); i++) {
            if (notes.get(i - 1).number() >= notes.get(i).number()) {
                throw new IllegalArgumentException("notes must be in increasing number order");
            }
        }
    }

    /** The paragraphs alone, in reading order. */
    public List<Block.Paragraph> paragraphs() {
        return paragraphStream().toList();
    }

    /** The paragraph with this anchor (e.g. {@code p12}), if the essay has one. */
    public Optional<Block.Paragraph> paragraph(String anchor) {
        return paragraphStream().filter(p -> p.anchor().equals(anchor)).findFirst();
    }

    /** The paragraph that first calls note {@code number}, if one does. */
    public Optional<Block.Paragraph> calling(int number) {
        return paragraphStream().filter(p -> p.notes().contains(number)).findFirst();
    }

    /**
     * For every note a paragraph calls, the first paragraph that calls it. Found when asked for, not kept with the
     * essay: at 5,000 essays, 150,000 notes' maps held 10 MB while every page was written.
     */
    public Map<Integer, Block.Paragraph> calling() {
        Map<Integer, Block.Paragraph> first = new HashMap<>();
        paragraphStream().forEach(p -> p.notes().forEach(n -> first.putIfAbsent(n, p)));
        return java.util.Collections.unmodifiableMap(first);
    }

    private Stream<Block.Paragraph> paragraphStream() {
        return blocks.stream().filter(Block.Paragraph.class::isInstance).map(Block.Paragraph.class::cast);
    }
}
