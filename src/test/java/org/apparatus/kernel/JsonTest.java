package org.apparatus.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;

import org.apparatus.Mutations;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

    /**
     * Any text gives the literal a plain character-by-character escaper gives: the fast path changes no byte.
     * QuickTheories (seeded by {@code QT_SEED}, see the pom), not Jazzer: the escaper has few branches, which the
     * characters that need escaping, any characters and plain letters reach; a failure shrinks to the few characters
     * escaped wrongly.
     */
    @Test
    void anyTextIsEscapedAsOneCharacterAtATime() {
        qt().withExamples(500).forAll(texts()).checkAssert(text -> {
            assertThat(Json.string(text)).isEqualTo(oneByOne(text, false));
            assertThat(Json.scriptSafe(text)).isEqualTo(oneByOne(text, true));
        });
    }

    private static Gen<String> texts() {
        return Generate.oneOf(
                Mutations.textOf("ab \"\\<>&\n\t\u0000\u001f\u2028\u2029é€\uD83D\uDE00", 0, 30),
                Mutations.anyText(0, 30),
                Mutations.textOf("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 0, 30))
                .describedAs(Mutations::escape);
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
