package org.apparatus.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
        return blocks.stream().filter(Block.Paragraph.class::isInstance).map(Block.Paragraph.class::cast).toList();
    }
}
