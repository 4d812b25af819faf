package org.apparatus.kernel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the text files of a project (seeds, essays, settings) strictly: at most {@link #MAX_BYTES}, UTF-8 only, with
 * the line and column of the first byte that is not UTF-8. Every problem is a diagnostic at the file.
 */
public final class TextFiles {

    /** The largest text file a project may hold: far more than one essay, far less than would strain the build. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private TextFiles() {
    }

    /** True when the file is small enough to read; otherwise reports its size against the limit. */
    public static boolean withinLimit(Path file, String display, String what, Diagnostics diagnostics) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.error(display, 0, 0, String.format(Locale.ROOT, "the %s is %.1f MiB; expected at most"
                        + " %d MiB, the text of one essay (split it, or remove what is not text)", what,
                        size / 1048576.0, MAX_BYTES / 1048576));
                return false;
            }
            return true;
        } catch (IOException e) {
            diagnostics.error(display, 0, 0, "cannot read the " + what + ": " + e.getMessage());
            return false;
        }
    }

    /** The file's text, or empty with a diagnostic when it is too big, unreadable or not UTF-8. */
    public static Optional<String> read(Path file, String display, String what, Diagnostics diagnostics) {
        if (!withinLimit(file, display, what, diagnostics)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(display, 0, 0, "cannot read the " + what + ": " + e.getMessage());
            return Optional.empty();
        }
        return decode(bytes, display, what, diagnostics);
    }

    /** Strict UTF-8: the text, or empty with an error at the line and column of the first byte that is not UTF-8. */
    public static Optional<String> decode(byte[] bytes, String display, String what, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            diagnostics.error(display, line, column, String.format(Locale.ROOT, "the %s is not valid UTF-8 (byte"
                    + " 0x%02X at offset %d); expected a UTF-8 text file, convert it first (e.g. iconv -f latin1"
                    + " -t utf-8)", what, bytes[bad] & 0xFF, bad));
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }
}
