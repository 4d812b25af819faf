package org.apparatus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class Utf8SinkTest {

    /** Pieces of text, written many times over so that they cross the sink's blocks at every offset. */
    @Property(tries = 200)
    void textWrittenInPiecesIsTheTextEncodedWhole(
            @ForAll @Size(max = 30) List<@StringLength(max = 40) @Chars({'a', 'é', '—', '\n', '\uD83D', '\uDE00',
                    '\uDC00', '\uD800', '"'}) String> pieces, @ForAll @IntRange(min = 1, max = 400) int times)
            throws IOException {
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
