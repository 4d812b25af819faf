package org.apparatus.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Text appended in many small pieces, encoded as UTF-8 a large block at a time. A large data file is written in
 * millions of pieces (a key, a quote, a number); a {@link java.io.Writer} takes a lock and runs its encoder for each.
 * A character pair split by a block's end waits for the next block, so it is encoded whole. It is a {@code Writer}
 * for what writes whole buffers (the JSON generator), without the lock: every method is its own.
 */
final class Utf8Sink extends Writer {

    private static final int BLOCK = 1 << 16;

    private final StringBuilder text = new StringBuilder(BLOCK + 1024);
    private final OutputStream bytes;

    Utf8Sink(OutputStream bytes) {
        this.bytes = bytes;
    }

    @Override
    public Utf8Sink append(CharSequence piece) throws IOException {
        text.append(piece);
        return full();
    }

    @Override
    public Utf8Sink append(CharSequence piece, int start, int end) throws IOException {
        text.append(piece, start, end);
        return full();
    }

    @Override
    public Utf8Sink append(char c) throws IOException {
        text.append(c);
        return full();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        text.append(chars, offset, length);
        full();
    }

    @Override
    public void write(String piece, int offset, int length) throws IOException {
        text.append(piece, offset, offset + length);
        full();
    }

    @Override
    public void write(int c) throws IOException {
        text.append((char) c);
        full();
    }

    /** Nothing: the blocks are written when full, the rest on {@link #close}. */
    @Override
    public void flush() {
    }

    private Utf8Sink full() throws IOException {
        if (text.length() >= BLOCK) {
            int end = text.length();
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // the pair's second half is still to come
            }
            bytes.write(text.substring(0, end).getBytes(StandardCharsets.UTF_8));
            text.delete(0, end);
        }
        return this;
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = bytes) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }
    }
}
