package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8, code in text: markup, scripts, event handlers, code-running links and FreeMarker syntax in every text an
 * author or maintainer can write (essay body, notes, front matter, works.yml, site.yml, seeds) are shown as text or
 * fail the build at their line; never run, never passed through.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("build")
class HostileCodeTest {

    @TempDir
    Path dir;

    @Test
    void markupAndTemplateSyntaxInAnEssayAreShownAsText() {
        TestProject p = new TestProject(dir).essay("code-in-text.md", Hostile.text("code-essay.md"));
        Build.Result result = Hostile.published(p);
        assertThat(TestProject.messages(result)).anyMatch(m -> m.startsWith("content/essays/code-in-text.md:11:8:"
                + " warning: raw HTML '<script>' is shown as text"));

        Document essay = p.page("essays/code-in-text.html");
        assertThat(essay.selectFirst("main h1").text()).isEqualTo("A <script>alert('title')</script> title"
                + " <iframe src=\"javascript:alert(1)\"></iframe>");
        assertThat(essay.selectFirst("p.byline").text()).isEqualTo("<svg onload=alert('author')>Ann Author</svg>");
        assertThat(essay.selectFirst("section.abstract").text()).isEqualTo("An <img src=x onerror=alert('abstract')>"
                + " abstract with ${7+7} and <#assign x=1> and [=7+7].");
        assertThat(essay.selectFirst("aside.bio").text()).contains("<a href=\"javascript:alert('bio')\"",
                "<b onmouseover=alert(2)>code</b>");
        assertThat(essay.selectFirst("main h2").text()).isEqualTo("Heading <script>alert('heading')</script>"
                + " ${heading}");
        String text = essay.selectFirst("article.essay").text();
        assertThat(text).contains("Inline <script>alert('inline')</script> and <iframe src=\"https://evil.example/\">",
                "<script>alert('block')</script>", "<div onclick=\"alert('div')\">A div with a handler</div>",
                "<svg onload=\"alert('svg')\"><circle r=\"1\"/></svg>", "<object data=\"x.swf\"></object>",
                "<embed src=\"x.swf\">", "<a href=\"jav&#x09;ascript:alert('tab')\">",
                "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(2)\">",
                "${page.title} and ${\"x\"?upper_case} and <#list 1..3 as i>${i}</#list> and [=page.title] and"
                        + " <@layout.frame/> and #{x} and <#-- comment -->.",
                "&lt;script&gt;alert('entity')&lt;/script&gt;".replace("&lt;", "<").replace("&gt;", ">"),
                "<scr<script>ipt>alert('split')</script>");
        assertThat(essay.selectFirst("li#note-1").text()).contains("<script>alert('note')</script>",
                "<img src=x onerror=\"alert('note')\">", "${note.secret}");
        assertThat(essay.selectFirst("li#note-2").text()).contains("<iframe srcdoc=\"<script>alert(1)</script>\">",
                "<#if true>yes</#if>");
        assertThat(p.page("notes/code-in-text/1.html").selectFirst("section.note-text").text())
                .contains("${note.secret}");
        assertThat(p.page("index.html").selectFirst("li.essay-card").text())
                .contains("<script>alert('title')</script>", "<img src=x onerror=alert('abstract')>");
        // the page's own metadata carries the title too, as JSON that cannot close its script element
        assertThat(p.text("essays/code-in-text.html")).doesNotContain("alert('title')</script>\"");
    }

    @Test
    void markupInWorksYmlIsShownAsText() {
        TestProject p = new TestProject(dir).essay("works-essay.md", Hostile.text("works-essay.md"))
                .write("content/works.yml", Hostile.bytes("code-works.yml"));
        Build.Result result = Hostile.published(p);
        assertThat(TestProject.messages(result)).noneMatch(m -> m.contains("no cited work has the id"));
        Document work = p.page("bibliography/author-2001-hostile-title.html");
        String text = work.selectFirst("main").text();
        // the style title-cases titles and turns quotes typographic: compare ignoring case
        assertThat(text).containsIgnoringCase("<img src=x onerror=alert(\u2018title\u2019)>")
                .containsIgnoringCase("<#assign x=1>").contains("[=X]", "<script>alert(\u2018author\u2019)</script>")
                .containsIgnoringCase("<svg onload=alert(\u2018container\u2019)>Journal</svg>")
                .contains("<b onclick=alert(1)>3</b>", "<iframe src=javascript:alert(1)>");
        assertThat(p.page("bibliography/index.html").selectFirst("main").text())
                .containsIgnoringCase("<img src=x onerror=alert(\u2018title\u2019)>");
        assertThat(p.page("essays/works-essay.html").selectFirst("li#note-1").text())
                .containsIgnoringCase("<img src=x onerror=alert(\u2018title\u2019)>");
    }

    @Test
    void markupInTheActorAndEventRegistriesIsShownAsText() {
        TestProject p = new TestProject(dir).essay("one.md", """
                ---
                id: "one"
                title: "One"
                author: "A"
                ---

                The <b>Evil</b> Corp met ${x} at the [[summit]] of <script>alert(1)</script> in 1999.
                """);
        p.write("content/actors.yml", """
                actors:
                  - id: evil
                    name: "Evil</b> Corp"
                    kind: organisation
                    description: "<script>alert('description')</script> ${7*7} <#assign y=1>"
                    aliases: ["Corp", "<script>"]
                  - id: x
                    name: "${x}"
                    kind: person
                ignore: ["<img src=x onerror=alert(1)>"]
                """.getBytes(StandardCharsets.UTF_8));
        p.write("content/events.yml", """
                events:
                  - id: summit
                    title: "<img src=x onerror=alert('event')> summit"
                    date: 1999
                    place: "<iframe src=javascript:alert(1)>"
                    participants: [evil]
                    cues: ["[[summit]]", "alert(1)"]
                """.getBytes(StandardCharsets.UTF_8));
        Hostile.published(p);
        Document actor = p.page("actors/evil.html");
        assertThat(actor.selectFirst("h1").text()).isEqualTo("Evil</b> Corp");
        assertThat(actor.selectFirst("dl.record").text()).contains("<script>alert('description')</script> ${7*7}"
                + " <#assign y=1>");
        assertThat(p.page("actors/x.html").selectFirst("h1").text()).isEqualTo("${x}");
        Document event = p.page("events/summit.html");
        assertThat(event.selectFirst("h1").text()).isEqualTo("<img src=x onerror=alert('event')> summit");
        assertThat(event.selectFirst("dl.record").text()).contains("<iframe src=javascript:alert(1)>");
        Document essay = p.page("essays/one.html");
        assertThat(essay.select("#p1 .mention").eachText()).contains("Evil</b> Corp", "${x}", "alert(1)");
        assertThat(essay.selectFirst("#p1").text()).startsWith("The <b>Evil</b> Corp met ${x} at the [[summit]] of"
                + " <script>alert(1)</script> in 1999.");
        SafePages.assertSafe(p.out());
    }

    @Test
    void markupInSiteYmlIsShownAsText() {
        TestProject p = new TestProject(dir).essay("x.md", Samples.ESSAY)
                .write("content/site.yml", Hostile.bytes("code-site.yml"));
        Hostile.published(p);
        Document home = p.page("index.html");
        assertThat(home.selectFirst("main h1").text()).isEqualTo("The <script>alert('site')</script> edition"
                + " ${page.title} <#assign x=1>");
        assertThat(home.selectFirst("p.intro").text()).isEqualTo("An <img src=x onerror=alert('intro')>"
                + " introduction; <a href=\"javascript:alert(1)\">click</a> [=7+7] ${7+7}.");
        assertThat(p.page("essays/sample-essay.html").selectFirst("title").text()).contains("<script>alert('site')");
    }

    @Test
    void yamlTagsThatWouldConstructJavaObjectsAreRefused() {
        TestProject p = new TestProject(dir).essay("x.md", Samples.ESSAY)
                .siteSettings("title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                        + " [\"http://127.0.0.1/\"]]]]\n")
                .write("content/works.yml", "a-2001-b:\n  title: !!java.io.File \"/etc/passwd\"\n"
                        .getBytes(StandardCharsets.UTF_8));
        Build.Result result = Hostile.failed(p, "content/site.yml:1:");
        assertThat(TestProject.messages(result)).noneMatch(m -> m.contains("passwd") && m.contains("root:"));
    }

    @Test
    void codeInASeedIsShownAsText() {
        TestProject p = new TestProject(dir).seed("010_code.txt", """
                A <script>alert(1)</script> Title by <img src=x onerror=alert(2)>

                Text with <iframe src="javascript:alert(3)"></iframe>, ${page.title} and [x](javascript:alert(4)).<sup>1</sup>

                ---

                1 A note with <svg onload=alert(5)> and <#assign x=1>.
                """);
        Build.Result result = Hostile.build(p);
        if (result.published()) {
            String all = String.join(" ", TestProject.files(p.out()).stream().filter(f -> f.startsWith("essays/"))
                    .map(f -> p.page(f).text()).toList());
            assertThat(all).contains("<iframe src=\"javascript:alert(3)\"></iframe>", "${page.title}",
                    "<svg onload=alert(5)>", "<#assign x=1>");
        } else {
            assertThat(TestProject.messages(result)).anyMatch(m -> m.startsWith("seeds/010_code.txt"));
        }
    }

    static Stream<String> links() {
        return Hostile.text("links.txt").lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.replace("\\n", "\n").replace("\\t", "\t"));
    }

    @ParameterizedTest
    @MethodSource("links")
    void aLinkThatCouldRunCodeFailsTheBuildAtItsLineOrIsHarmless(String link) {
        TestProject p = new TestProject(dir).essay("x.md", """
                ---
                id: "x"
                title: "X"
                author: "A"
                ---

                Text LINK
                """.replace("LINK", link));
        Build.Result result = Hostile.build(p);
        if (result.published()) {
            String label = link.replaceFirst("^!?\\[([^\\]]*)\\].*", "$1").replaceFirst("^<(.*)>$", "$1");
            assertThat(p.page("essays/x.html").selectFirst("p#p1").text()).contains(label.lines().findFirst()
                    .orElseThrow());
        } else {
            assertThat(TestProject.messages(result)).as(TestProject.report(result))
                    .anyMatch(m -> m.matches("content/essays/x\\.md:\\d+:\\d+: error: (link to '.*' has a scheme"
                            + " that can run code|images are not supported).*"));
        }
    }

    @ParameterizedTest
    @MethodSource("links")
    void aLinkThatCouldRunCodeInTheFrontMatterOrANoteFailsTheBuild(String link) {
        TestProject p = new TestProject(dir).essay("x.md", """
                ---
                id: "x"
                title: "X"
                author: "A"
                abstract: "ABSTRACT"
                ---

                Text.[^1]

                [^1]: A note: LINK.
                """.replace("ABSTRACT", link.lines().findFirst().orElseThrow().replace("\\", "\\\\")
                        .replace("\"", "\\\"").replace("\t", "\\t")).replace("LINK", link));
        Hostile.build(p);
    }

    @Test
    void aCodeRunningAddressInWorksYmlIsNeverALink() {
        TestProject p = new TestProject(dir).essay("works-essay.md", Hostile.text("works-essay.md"))
                .write("content/works.yml", """
                        author-2001-hostile-title:
                          url: "javascript:alert(1)"
                          doi: "\\"><script>alert(2)</script>"
                        """.getBytes(StandardCharsets.UTF_8));
        Hostile.failed(p, "content/works.yml:2:8: error: 'url' must be an http(s) address");
    }

    @Test
    void tabObfuscatedAddressesInWorksYmlAreNeverLinks() {
        for (String url : List.of("java\\tscript:alert(1)", " javascript:alert(1)", "vbscript:msgbox(1)",
                "data:text/html,x", "JAVASCRIPT:alert(1)")) {
            TestProject p = new TestProject(dir.resolve(String.valueOf(url.hashCode())))
                    .essay("works-essay.md", Hostile.text("works-essay.md"))
                    .write("content/works.yml", ("author-2001-hostile-title:\n  url: \"" + url + "\"\n")
                            .getBytes(StandardCharsets.UTF_8));
            Hostile.failed(p, "content/works.yml:2:8: error: 'url' must be an http(s) address");
        }
    }
}
