package org.apparatus.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apparatus.view.Chrome;
import org.apparatus.export.DataFile;
import org.apparatus.view.Page;
import org.apparatus.view.SiteModel;
import org.apparatus.model.Markup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Fingerprint}: what serve keeps of a published page, to tell whether the next one differs. */
class FingerprintTest {

    private static Page.TextPage page(String title, String body, List<Chrome.Link> crumbs) {
        Chrome chrome = new Chrome("Edition", title, "", "A page", crumbs, List.of(), List.of(), "");
        return new Page.TextPage("about.html", chrome, title, new Markup(body));
    }

    @Test
    void equalViewsHaveEqualFingerprintsAndAnyChangedValueAnother() {
        List<Chrome.Link> crumbs = List.of(new Chrome.Link("About", "about.html", true));
        String print = Fingerprint.of(page("About", "<p>Text.</p>", crumbs));
        assertThat(Fingerprint.of(page("About", "<p>Text.</p>", List.copyOf(crumbs)))).isEqualTo(print)
                .hasSize(64);
        assertThat(List.of(
                page("About.", "<p>Text.</p>", crumbs),
                page("About", "<p>Text!</p>", crumbs),
                page("About", "<p>Text.</p>", List.of()),
                page("About", "<p>Text.</p>", List.of(new Chrome.Link("About", "about.html", false)))))
                .extracting(Fingerprint::of).doesNotContain(print).doesNotHaveDuplicates();
    }

    @Test
    void markupIsReadByItsHtmlHoweverItIsHeld() {
        Markup base = new Markup("<p>Kim met Putin.</p>");
        Markup linked = Markup.inserting(base, "<p>Kim met <a href=\"p\">Putin</a>.</p>", t -> t);
        assertThat(Fingerprint.of(linked)).isEqualTo(Fingerprint.of(new Markup(linked.html())))
                .isNotEqualTo(Fingerprint.of(base)).isNotEqualTo(Fingerprint.of(linked.html()));
    }

    @Test
    void everyCharOfALongTextCountsAndAnUnpairedSurrogateIsNotAReplacementChar() {
        String text = "x".repeat(10_000);
        List<String> texts = List.of(text, text + "y", "y" + text, text.substring(1) + "\u00E9", text.substring(1) + "\u0100",
                "\uD800", "?", "\uFFFD", "\uDC00", "\uD83D\uDE00");
        assertThat(texts).extracting(Fingerprint::of).doesNotHaveDuplicates();
        assertThat(Fingerprint.of(text)).isEqualTo(Fingerprint.of("x".repeat(10_000)));
    }

    @Test
    void valuesSplitDifferentlyHaveDifferentFingerprints() {
        assertThat(Fingerprint.of(List.of("ab", "c"))).isNotEqualTo(Fingerprint.of(List.of("a", "bc")));
        assertThat(Fingerprint.of(List.of(List.of("a"), "b")))
                .isNotEqualTo(Fingerprint.of(List.of(List.of("a", "b"))));
        assertThat(Fingerprint.of(Optional.empty())).isNotEqualTo(Fingerprint.of(Optional.of("")));
        assertThat(Fingerprint.of(1)).isNotEqualTo(Fingerprint.of("1"));
        assertThat(Fingerprint.of(new Chrome.Link("a", "b", true)))
                .isNotEqualTo(Fingerprint.of(new Chrome.Meta("a", "b")));
    }

    @Test
    void aDataFileIsFingerprintedByTheUtf8BytesWrittenAsTheFileIsRead(@TempDir Path dir) throws IOException {
        String print = Fingerprint.written(new DataFile("data/a.json",
                out -> out.append("caf").append("é")), dir);
        assertThat(Files.readString(dir.resolve("data/a.json"))).isEqualTo("café");
        // SHA-256 of the UTF-8 bytes, as sha256sum prints it for the written file
        assertThat(print).isEqualTo("850f7dc43910ff890f8879c0ed26fe697c93a067ad93a7d50f466a7028a9bf4e")
                .isEqualTo(Fingerprint.ofFile(dir.resolve("data/a.json")));
    }

    @Test
    void aValueTheRendererCannotReadIsRefused() {
        assertThatThrownBy(() -> Fingerprint.of(Map.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.util");
    }
}
