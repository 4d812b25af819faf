package org.apparatus.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Array;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.function.IntFunction;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/**
 * Every JSON the site holds, written by Jackson's streaming generator as it is made (never a whole document in memory),
 * with one escaping and the line breaks of each file. Escaped: quotes, backslashes, control characters ({@code \u000a},
 * not {@code \n}) and the line and paragraph separators U+2028 and U+2029; in {@link Escaping#SCRIPT_SAFE} also
 * {@code <}, {@code >} and {@code &}, so that no text can close an HTML {@code <script>} or open a comment in it.
 * Everything else is written as it is.
 */
public final class JsonText {

    /** Which characters beyond JSON's own are escaped. */
    public enum Escaping {
        /** JSON's own escapes, and U+2028 and U+2029. */
        PLAIN,
        /** Also {@code <}, {@code >} and {@code &}: JSON that may stand inside an HTML {@code <script>}. */
        SCRIPT_SAFE
    }

    /** How the members of an object or the items of an array are laid out. */
    public enum Form {
        /** Each on its own line, indented one level deeper than the brackets, which have lines of their own. */
        LINES,
        /** Each on its own line, not indented, the brackets beside the first and the last. */
        ROWS,
        /** All on one line. */
        INLINE
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE) // \u003c, as browsers and the site always had it
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller's output stays open
            .build();
    private static final CharacterEscapes PLAIN = new Escapes(false);
    private static final CharacterEscapes SCRIPT_SAFE = new Escapes(true);

    private JsonText() {
    }

    /** A generator writing JSON with no white space at all: one line, {@code ,} and {@code :} alone. */
    public static JsonGenerator compact(Appendable out, Escaping escaping) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(writer(out));
        json.setCharacterEscapes(escaping == Escaping.SCRIPT_SAFE ? SCRIPT_SAFE : PLAIN);
        return json;
    }

    /**
     * A generator writing indented JSON, two spaces a level, {@code ": "} after each key: objects and arrays on
     * {@link Form#LINES}, except a container {@link #inline}d, whose items are separated by {@code ", "}.
     *
     * @param depth how many levels in the values written start (0 for a file); values written one after the other at
     *              the top are the items of an array at that depth, separated as its items
     */
    public static JsonGenerator indented(Appendable out, Escaping escaping, int depth) throws IOException {
        return laidOut(out, escaping, new Layout("  ", ": ", ", ", d -> Form.LINES, depth));
    }

    /** A generator writing JSON laid out as {@code layout} says. */
    public static JsonGenerator laidOut(Appendable out, Escaping escaping, Layout layout) throws IOException {
        JsonGenerator json = compact(out, escaping);
        json.setPrettyPrinter(new Printer(layout));
        return json;
    }

    /** Lays out the next object or array {@code json} starts on one line; for a generator that is not compact. */
    public static JsonGenerator inline(JsonGenerator json) {
        ((Printer) json.getPrettyPrinter()).next = Form.INLINE;
        return json;
    }

    /**
     * Writes a value made of maps (their keys as strings, in their order), lists, arrays, strings, enums (as their
     * {@code toString}), numbers, booleans and nulls: for JSON another library hands over as such values.
     */
    public static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value != null && value.getClass().isArray()) {
            json.writeStartArray();
            for (int i = 0; i < Array.getLength(value); i++) {
                value(json, Array.get(value, i));
            }
            json.writeEndArray();
        } else if (value instanceof String || value instanceof Enum<?>) {
            json.writeString(value.toString()); // an enum as its name in the format, which is its toString
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value == null) {
            json.writeNull();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    /** What writes JSON to a generator. */
    @FunctionalInterface
    public interface Writing {
        void to(JsonGenerator json) throws IOException;
    }

    /** The compact JSON {@code writing} makes, as a string: for a value that is part of a line of text. */
    public static String compact(Escaping escaping, Writing writing) {
        return string(writing, text -> compact(text, escaping));
    }

    /** The indented JSON {@code writing} makes at {@code depth} levels in, as a string: a piece kept to reuse. */
    public static String indented(Escaping escaping, int depth, Writing writing) {
        return string(writing, text -> indented(text, escaping, depth));
    }

    /** A generator on some output. */
    @FunctionalInterface
    private interface Generators {
        JsonGenerator on(StringBuilder text) throws IOException;
    }

    private static String string(Writing writing, Generators generators) {
        StringBuilder text = new StringBuilder();
        try (JsonGenerator json = generators.on(text)) {
            writing.to(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return text.toString();
    }

    /**
     * Where a layout breaks lines.
     *
     * @param indent what indents one level, in {@link Form#LINES}
     * @param colon what follows a key
     * @param comma what separates the items of a container {@link Form#INLINE}
     * @param forms the form of the containers at each depth (the top one at 0) when not {@link #inline}d
     * @param depth how many levels in the top-level values are
     */
    public record Layout(String indent, String colon, String comma, IntFunction<Form> forms, int depth) {
    }

    /** The layout's line breaks for one generator, as it writes. */
    private static final class Printer implements PrettyPrinter {
        private final Layout layout;
        private final SerializedString rootSeparator;
        private Form[] open = new Form[8];
        private int size;
        private Form next;

        Printer(Layout layout) {
            this.layout = layout;
            this.rootSeparator = new SerializedString(",\n" + layout.indent().repeat(layout.depth()));
        }

        private int depth() {
            return layout.depth() + size;
        }

        private void push(JsonGenerator json, char bracket) throws IOException {
            if (size == open.length) {
                open = Arrays.copyOf(open, size * 2);
            }
            open[size] = next != null ? next : layout.forms().apply(depth());
            size++;
            next = null;
            json.writeRaw(bracket);
        }

        private void pop(JsonGenerator json, int items, char bracket) throws IOException {
            Form form = open[--size];
            if (form == Form.LINES && items > 0) {
                newLine(json, depth());
            }
            json.writeRaw(bracket);
        }

        private void newLine(JsonGenerator json, int depth) throws IOException {
            json.writeRaw('\n');
            for (int i = 0; i < depth; i++) {
                json.writeRaw(layout.indent());
            }
        }

        private void first(JsonGenerator json) throws IOException {
            if (open[size - 1] == Form.LINES) {
                newLine(json, depth());
            }
        }

        private void separator(JsonGenerator json) throws IOException {
            switch (open[size - 1]) {
                case LINES -> {
                    json.writeRaw(',');
                    newLine(json, depth());
                }
                case ROWS -> json.writeRaw(",\n");
                case INLINE -> json.writeRaw(layout.comma());
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator json) throws IOException {
            json.writeRaw(rootSeparator);
        }

        @Override
        public void writeStartObject(JsonGenerator json) throws IOException {
            push(json, '{');
        }

        @Override
        public void beforeObjectEntries(JsonGenerator json) throws IOException {
            first(json);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
            json.writeRaw(layout.colon());
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
            separator(json);
        }

        @Override
        public void writeEndObject(JsonGenerator json, int entries) throws IOException {
            pop(json, entries, '}');
        }

        @Override
        public void writeStartArray(JsonGenerator json) throws IOException {
            push(json, '[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator json) throws IOException {
            first(json);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
            separator(json);
        }

        @Override
        public void writeEndArray(JsonGenerator json, int values) throws IOException {
            pop(json, values, ']');
        }
    }

    /** The escapes of {@link JsonText}: every control character as {@code \}{@code u00xx}, and U+2028 and U+2029. */
    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii;

        Escapes(boolean scriptSafe) {
            ascii = Arrays.copyOf(standardAsciiEscapesForJSON(), 128);
            for (int c = 0; c < 0x20; c++) {
                ascii[c] = ESCAPE_STANDARD; // not Jackson's short forms (\n, \t)
            }
            if (scriptSafe) {
                ascii['<'] = ESCAPE_STANDARD;
                ascii['>'] = ESCAPE_STANDARD;
                ascii['&'] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return c == '\u2028' ? LINE_SEPARATOR : c == '\u2029' ? PARAGRAPH_SEPARATOR : null;
        }
    }

    /** The output as a {@link Writer}, itself when it is one. */
    private static Writer writer(Appendable out) {
        if (out instanceof Writer writer) {
            return writer;
        }
        return new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                if (out instanceof StringBuilder text) {
                    text.append(chars, offset, length);
                } else {
                    out.append(CharBuffer.wrap(chars, offset, length));
                }
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                out.append(text, offset, offset + length);
            }

            @Override
            public void flush() {
                // the output is the caller's
            }

            @Override
            public void close() {
                // the output is the caller's
            }
        };
    }
}
