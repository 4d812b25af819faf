package org.apparatus.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apparatus.Mutations;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 sink pages are written through. The property is QuickTheories (seeded by {@code QT_SEED}, see the pom), not
 * Jazzer: its input is a few pieces of text from a small alphabet (surrogate pairs and lone halves among it) and a
 * repeat count, which the generator covers without guidance; a failure shrinks to the fewest, shortest pieces.
 */
class Utf8SinkTest {

    /** Pieces of text, written many times over so that they cross the sink's blocks at every offset. */
    @Test
    void textWrittenInPiecesIsTheTextEncodedWhole() {
        qt().withExamples(200).forAll(lists().of(Mutations.textOf("a\u00e9\u2014\n\uD83D\uDE00\uDC00\uD800\"", 0, 40))
                .ofSizeBetween(0, 30), integers().between(1, 400)).checkAssert((pieces, times) -> {
                    try {
                        writtenInPieces(pieces, times);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    private static void writtenInPieces(List<String> pieces, int times) throws IOException {
        StringBuilder whole = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Sink sink = new Utf8Sink(bytes)) {
            for (int t = 0; t < times; t++) {
                for (int i = 0; i < pieces.size(); i++) {
                    String piece = pieces.get(i);
                    switch (i % 3) {
                        case 0 -> sink.append(piece);
                        case 1 -> sink.append("<" + piece + ">", 1, piece.length() + 1);
                        default -> piece.chars().forEach(c -> append(sink, (char) c));
                    }
                    whole.append(piece);
                }
            }
        }
        assertThat(bytes.toByteArray()).isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPairSplitAtTheEndOfABlockIsEncodedWhole() throws IOException {
        String text = "a".repeat((1 << 16) - 1) + "\uD83D\uDE00 end";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Sink sink = new Utf8Sink(bytes)) {
            sink.append(text, 0, 1 << 16).append(text, 1 << 16, text.length());
        }
        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    private static void append(Utf8Sink sink, char c) {
        try {
            sink.append(c);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
