package org.apparatus.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The served page's policy lets the reload script load and listen, and loosens nothing else. */
class LiveReloadPolicyTest {

    private static final Set<String> BOTH = Set.of("script-src", "connect-src");

    @Test
    void selfIsAddedWhereTheDefaultWouldForbidIt() {
        assertThat(LiveReload.allowSelf("default-src 'none'; script-src 'self'; style-src 'self'; base-uri 'none'",
                BOTH)).isEqualTo("default-src 'none'; script-src 'self'; style-src 'self'; base-uri 'none';"
                + " connect-src 'self'");
        assertThat(LiveReload.allowSelf("default-src 'none'; script-src 'none'; connect-src https://a.example", BOTH))
                .isEqualTo("default-src 'none'; script-src 'self'; connect-src https://a.example 'self'");
    }

    @Test
    void aPolicyWithoutADefaultGainsNoNewDirective() {
        assertThat(LiveReload.allowSelf("img-src 'self'", BOTH)).isEqualTo("img-src 'self'");
    }

    @Test
    void theScriptIsLoadedAtTheEndOfTheBody() {
        String page = new String(LiveReload.inject("""
                <!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'">\
                </head><body><p>Text</p></body></html>""".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertThat(page).contains("content=\"default-src 'none'; connect-src 'self'; script-src 'self'\"")
                .endsWith("<p>Text</p><script src=\"/__apparatus/reload.js\" data-apparatus-serve=\"reload\"></script>"
                        + "</body></html>");
    }
}
