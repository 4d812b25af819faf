package org.apparatus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;

class JsonTextTest {

    private static String plain(String text) {
        return JsonText.compact(JsonText.Escaping.PLAIN, json -> json.writeString(text));
    }

    private static String scriptSafe(String text) {
        return JsonText.compact(JsonText.Escaping.SCRIPT_SAFE, json -> json.writeString(text));
    }

    @Test
    void aStringEscapesQuotesBackslashesControlCharactersAndLineSeparatorsOnly() {
        assertThat(plain("a \"b\" \\ c\nd\te\u0000\u001f\u2028\u2029<f> & g é \uD83D\uDE00"))
                .isEqualTo("\"a \\\"b\\\" \\\\ c\\u000ad\\u0009e\\u0000\\u001f\\u2028\\u2029<f> & g é \uD83D\uDE00\"");
    }

    @Test
    void aScriptSafeStringAlsoEscapesWhatCouldEndAScript() {
        assertThat(scriptSafe("</script><!-- & \"x\" \u2028"))
                .isEqualTo("\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\\"x\\\" \\u2028\"");
        assertThat(JsonText.compact(JsonText.Escaping.SCRIPT_SAFE, json -> {
            json.writeStartObject();
            json.writeStringField("</script>", "x");
            json.writeEndObject();
        })).isEqualTo("{\"\\u003c/script\\u003e\":\"x\"}");
    }

    /**
     * Every text of up to three characters from those that matter, and every single UTF-16 unit: each is escaped as a
     * plain character-by-character escaper does.
     */
    @Test
    void everyShortTextIsEscapedAsOneCharacterAtATime() {
        char[] alphabet = "a \"\\<>&/\n\t\u0000\u001f\u007f\u2028\u2029é\uD83D\uDE00".toCharArray();
        StringBuilder text = new StringBuilder();
        for (int length = 0; length <= 3; length++) {
            for (int n = 0; n < Math.pow(alphabet.length, length); n++) {
                text.setLength(0);
                for (int d = 0, rest = n; d < length; d++, rest /= alphabet.length) {
                    text.append(alphabet[rest % alphabet.length]);
                }
                check(text.toString());
            }
        }
        for (int c = 0; c <= 0xFFFF; c++) {
            check(String.valueOf((char) c));
        }
    }

    private static void check(String text) {
        assertThat(plain(text)).as("%s", text).isEqualTo(oneByOne(text, false));
        assertThat(scriptSafe(text)).as("%s", text).isEqualTo(oneByOne(text, true));
    }

    private static String oneByOne(String text, boolean inScript) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || inScript && (c == '<' || c == '>' || c == '&')) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Test
    void indentedIsTwoSpacesALevelWithInlinedListsOnOneLine() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonText.indented(out, JsonText.Escaping.PLAIN, 0)) {
            json.writeStartObject();
            json.writeStringField("a", "x");
            json.writeFieldName("b");
            JsonText.inline(json).writeStartArray();
            json.writeNumber(1);
            json.writeNumber(2);
            json.writeEndArray();
            json.writeArrayFieldStart("c");
            json.writeStartObject();
            json.writeNumberField("n", 1);
            json.writeEndObject();
            json.writeStartObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeArrayFieldStart("d");
            json.writeEndArray();
            json.writeEndObject();
        }
        assertThat(out).hasToString("{\n  \"a\": \"x\",\n  \"b\": [1, 2],\n  \"c\": [\n    {\n      \"n\": 1\n    },\n"
                + "    {}\n  ],\n  \"d\": []\n}");
    }

    @Test
    void valuesWrittenDeeperAreTheItemsOfAnArrayAtThatDepth() {
        assertThat(JsonText.indented(JsonText.Escaping.PLAIN, 2, json -> {
            for (int i = 0; i < 2; i++) {
                json.writeStartObject();
                json.writeNumberField("n", i);
                json.writeEndObject();
            }
        })).isEqualTo("{\n      \"n\": 0\n    },\n    {\n      \"n\": 1\n    }");
    }

    @Test
    void rowsPutEachMemberOnALineWithTheBracketsBesideThem() throws IOException {
        StringWriter out = new StringWriter();
        JsonText.Layout rows = new JsonText.Layout("", ":", ",",
                depth -> depth == 0 ? JsonText.Form.ROWS : JsonText.Form.INLINE, 0);
        try (JsonGenerator json = JsonText.laidOut(out, JsonText.Escaping.PLAIN, rows)) {
            json.writeStartObject();
            json.writeFieldName("a");
            json.writeArray(new int[] {1, 2}, 0, 2);
            json.writeStringField("b", "y");
            json.writeEndObject();
        }
        assertThat(out).hasToString("{\"a\":[1,2],\n\"b\":\"y\"}");
    }
}
