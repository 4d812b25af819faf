package org.apparatus.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void teiIsTeiOnlyInTheTeiFolder() {
        assertThat(MediaTypes.of("data/tei/essay.xml")).isEqualTo("application/tei+xml");
        assertThat(MediaTypes.of("sitemap.xml")).isEqualTo("application/xml");
        assertThat(MediaTypes.of("essays/data/tei/x.xml")).isEqualTo("application/xml");
    }

    @Test
    void bibliographiesHaveTheTypesReferenceManagersRead() {
        assertThat(MediaTypes.of("bibliography/bibliography.bib")).isEqualTo("application/x-bibtex; charset=utf-8");
        assertThat(MediaTypes.of("bibliography/x.ris")).isEqualTo("application/x-research-info-systems; charset=utf-8");
        assertThat(MediaTypes.of("bibliography/x.json")).isEqualTo("application/json");
    }

    @Test
    void textHasItsCharsetAndTheExtensionIsReadInAnyCase() {
        assertThat(MediaTypes.of("index.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(MediaTypes.of("assets/search-index.js")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(MediaTypes.of("assets/LOGO.PNG")).isEqualTo("image/png");
    }

    @Test
    void anUnknownOrMissingExtensionIsOctetStream() {
        assertThat(MediaTypes.of("archive.wacz")).isEqualTo("application/octet-stream");
        assertThat(MediaTypes.of("LICENSE")).isEqualTo("application/octet-stream");
        assertThat(MediaTypes.of("assets.d/LICENSE")).isEqualTo("application/octet-stream");
    }
}
