package org.apparatus.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JsonTest {

    @Test
    void aStringEscapesQuotesBackslashesControlCharactersAndLineSeparatorsOnly() {
        assertThat(Json.string("a \"b\" \\ c\nd\u2028<e> & f é"))
                .isEqualTo("\"a \\\"b\\\" \\\\ c\\u000ad\\u2028<e> & f é\"");
    }

    @Test
    void aScriptSafeStringAlsoEscapesWhatCouldEndAScript() {
        assertThat(Json.scriptSafe("</script><!-- & \"x\""))
                .isEqualTo("\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\\"x\\\"\"");
    }

    /** Any text gives the literal a plain character-by-character escaper gives: the fast path changes no byte. */
    @Property(tries = 500)
    void anyTextIsEscapedAsOneCharacterAtATime(@ForAll("texts") String text) {
        assertThat(Json.string(text)).isEqualTo(oneByOne(text, false));
        assertThat(Json.scriptSafe(text)).isEqualTo(oneByOne(text, true));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab \"\\<>&\n\t\u0000\u001f\u2028\u2029é€\uD83D\uDE00").ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().alpha().ofMaxLength(30));
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
}
