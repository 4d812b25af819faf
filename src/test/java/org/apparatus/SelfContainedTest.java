package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.publish.LinkChecker;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real edition, built, is self-contained: every page and stylesheet loads only files of the site, every link
 * inside it is relative and resolves (the {@link LinkChecker}, run again here over the published site), the only
 * absolute addresses are links out ({@code <a href="https://...">}), and the TEI files' references resolve too.
 */
@Tag("build")
class SelfContainedTest {


    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        TestProject.RealBuild real = TestProject.realProject();
        assertThat(real.result().published()).as(TestProject.report(real.result())).isTrue();
        site = real.site().toRealPath();
    }

    @Test
    void theLinkCheckerFindsNothingInThePublishedSite() {
        Diagnostics diagnostics = new Diagnostics();
        LinkChecker.check(site, "site", diagnostics);
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void everyAbsoluteAddressOfEveryPageIsALinkOutNeverSomethingLoaded() throws IOException {
        List<String> pages = TestProject.files(site).stream().filter(f -> f.endsWith(".html")).toList();
        assertThat(pages).hasSizeGreaterThan(50);
        List<String> loaded = new ArrayList<>();
        for (String page : pages) {
            Document doc = TestProject.parse(site, page);
            assertThat(doc.select("base")).as(page).isEmpty();
            for (Element e : doc.select("[href], [src], [data], [srcset], [poster], [action]")) {
                for (String attr : List.of("href", "src", "data", "srcset", "poster", "action")) {
                    String value = e.attr(attr).strip();
                    boolean absolute = value.startsWith("//") || value.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
                    if (e.hasAttr(attr) && absolute && !(e.normalName().equals("a") && attr.equals("href"))) {
                        loaded.add(page + ": <" + e.normalName() + " " + attr + "=" + value + ">");
                    }
                }
            }
        }
        assertThat(loaded).isEmpty();
    }

    @Test
    void theTeiFilesReferToFilesOfTheSite() throws IOException {
        Set<String> files = Set.copyOf(TestProject.files(site));
        List<String> tei = TestProject.files(site.resolve("data/tei"));
        assertThat(tei).isNotEmpty();
        int checked = 0;
        for (String file : tei) {
            Document xml = org.jsoup.Jsoup.parse(Files.readString(site.resolve("data/tei").resolve(file),
                    StandardCharsets.UTF_8), "", org.jsoup.parser.Parser.xmlParser());
            for (Element ptr : xml.select("ptr[target^=../], ref[target^=../]")) {
                String target = Path.of("data/tei").resolve(ptr.attr("target")).normalize().toString()
                        .replace('\\', '/');
                assertThat(files).as(file + ": " + ptr).contains(target);
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }
}
