package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
