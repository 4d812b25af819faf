package org.apparatus.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apparatus.export.DataFile;
import org.apparatus.render.PageRenderer;

/**
 * A SHA-256 fingerprint of a page's view or a data file's text. A view is read as the renderer reads it: each
 * record component, list element, string and number in order, every value tagged with its kind and every string
 * and list with its length, so that two views differing in any value, or only in how values are split, have
 * different fingerprints.
 */
final class Fingerprint {

    private static final ClassValue<java.lang.reflect.RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private Fingerprint() {
    }

    /** The fingerprint of a view made of records, lists, optionals, strings, markup, numbers, booleans and enums. */
    static String of(Object view) {
        java.security.MessageDigest digest = sha256();
        feed(digest, view);
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Writes a data file into {@code folder}, UTF-8 encoded, and gives the fingerprint of its bytes, taken as they
     * are written: the text is never held whole.
     */
    static String written(DataFile file, Path folder) {
        java.security.MessageDigest digest = sha256();
        try {
            Path target = folder.resolve(file.path());
            Files.createDirectories(target.getParent());
            PageRenderer.writeText(file, new java.security.DigestOutputStream(Files.newOutputStream(target), digest));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** The fingerprint of a file's bytes, as {@link #written} gives it when it writes the file. */
    static String ofFile(Path file) {
        java.security.MessageDigest digest = sha256();
        try (java.io.InputStream in = new java.security.DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private static void feed(java.security.MessageDigest digest, Object value) {
        if (value == null) {
            digest.update((byte) 'n');
        } else if (value instanceof String text) {
            digest.update((byte) 's');
            length(digest, text.length());
            chars(digest, text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean
                || value instanceof Enum<?>) {
            String text = value.getClass().getName() + ":" + value;
            digest.update((byte) 'v');
            length(digest, text.length());
            digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        } else if (value instanceof List<?> list) {
            digest.update((byte) 'l');
            length(digest, list.size());
            list.forEach(element -> feed(digest, element));
        } else if (value instanceof Optional<?> optional) {
            digest.update((byte) 'o');
            feed(digest, optional.orElse(null));
        } else if (value instanceof org.apparatus.model.Markup markup) {
            // read as the renderer reads it, by its HTML, however it is held
            digest.update((byte) 'm');
            feed(digest, markup.html());
        } else if (value.getClass().isRecord()) {
            digest.update((byte) 'r');
            feed(digest, value.getClass().getName());
            for (java.lang.reflect.RecordComponent component : COMPONENTS.get(value.getClass())) {
                try {
                    feed(digest, component.getAccessor().invoke(value));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        } else {
            throw new IllegalArgumentException("a page's view holds a " + value.getClass().getName()
                    + "; expected records, lists, optionals, strings, markup, numbers, booleans and enums");
        }
    }

    /** Each of the text's chars as two bytes, high first (UTF-16BE, but exact for an unpaired surrogate too). */
    private static void chars(java.security.MessageDigest digest, String text) {
        byte[] buffer = new byte[Math.min(2 * text.length(), 8192)];
        for (int at = 0; at < text.length(); ) {
            int n = Math.min(text.length() - at, buffer.length / 2);
            for (int i = 0; i < n; i++) {
                char c = text.charAt(at + i);
                buffer[2 * i] = (byte) (c >>> 8);
                buffer[2 * i + 1] = (byte) c;
            }
            digest.update(buffer, 0, 2 * n);
            at += n;
        }
    }

    private static void length(java.security.MessageDigest digest, int length) {
        digest.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8),
                (byte) length});
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
