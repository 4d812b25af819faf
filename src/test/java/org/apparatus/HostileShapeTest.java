package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8, encodings and shapes: byte-order marks, line endings, wrong encodings, binary garbage, empty files, huge
 * files, paragraphs and note counts, odd note numbering, deeply nested Markdown, unterminated front matter and YAML
 * alias bombs. Each builds a correct site or fails with a diagnostic at the file, within its time limit.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("build")
class HostileShapeTest {

    private static final String ESSAY_WITH_A_MISSING_NOTE = """
            ---
            id: "x"
            title: "X"
            author: "A"
            ---

            A paragraph.[^1]

            A missing note.[^7]

            [^1]: The note.
            """;

    @TempDir
    Path dir;

    private TestProject project() {
        return new TestProject(dir);
    }

    // ---- byte-order marks and line endings ----

    @Test
    void byteOrderMarksAreIgnoredEverywhere() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        TestProject p = project()
                .seedBytes("010_bom.txt", concat(bom, Samples.RAW_SEED.getBytes(StandardCharsets.UTF_8)))
                .write("content/essays/x.md", concat(bom, Samples.ESSAY.getBytes(StandardCharsets.UTF_8)))
                .write("content/site.yml", concat(bom, "title: \"Bom Edition\"\n".getBytes(StandardCharsets.UTF_8)))
                .write("content/works.yml", concat(bom, "# no corrections\n".getBytes(StandardCharsets.UTF_8)));
        Hostile.published(p);
        assertThat(p.page("index.html").selectFirst("main h1").text()).isEqualTo("Bom Edition");
        assertThat(p.page("essays/sample-essay.html").selectFirst("main h1").text()).isEqualTo("A Sample Essay");
        assertThat(p.page("essays/raw-seed-essay.html").selectFirst("main h1").text()).isEqualTo("A Raw Seed Essay");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void crlfAndLoneCrLineEndingsKeepLineNumbers(String newline) {
        TestProject p = project().write("content/essays/x.md",
                ESSAY_WITH_A_MISSING_NOTE.replace("\n", newline).getBytes(StandardCharsets.UTF_8));
        Hostile.failed(p, "content/essays/x.md:9:16: error: note [^7] is referenced but never defined");

        TestProject q = new TestProject(dir.resolve("q"))
                .seed("010_crlf.txt", Samples.RAW_SEED.replace("\n", newline))
                .essay("y.md", Samples.ESSAY.replace("\n", newline))
                .siteSettings("title: \"Line\r\n  Endings\"\r\nintroduction: \"One\rTwo\"\r");
        Hostile.published(q);
        assertThat(q.page("essays/raw-seed-essay.html").selectFirst("p#p1").text())
                .startsWith("The first paragraph of the raw text has a note.");
        assertThat(q.page("essays/sample-essay.html").selectFirst("p#p2").text())
                .startsWith("The second paragraph has another note");
        assertThat(q.page("index.html").selectFirst("main h1").text()).isEqualTo("Line Endings");
    }

    // ---- wrong encodings, garbage, empty files ----

    @Test
    void latin1BytesInEveryKindOfFileFailWithTheirPlace() {
        byte[] latin1 = "title: \"Caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        TestProject p = project().essay("x.md", Samples.ESSAY)
                .write("content/essays/y.md", ("---\nid: \"y\"\ntitle: \"Caf\u00e9\"\nauthor: \"A\"\n---\n\nText.\n")
                        .getBytes(StandardCharsets.ISO_8859_1))
                .seedBytes("010_latin.txt", "Caf\u00e9 by Some One\n\nText.\n".getBytes(StandardCharsets.ISO_8859_1))
                .write("content/site.yml", latin1)
                .write("content/works.yml", ("x-2001-y:\n  " + new String(latin1, StandardCharsets.ISO_8859_1))
                        .getBytes(StandardCharsets.ISO_8859_1));
        Build.Result result = Hostile.failed(p, "content/essays/y.md:3:",
                "seeds/010_latin.txt:1:4: error: the seed is not valid UTF-8",
                "content/site.yml:1:", "content/works.yml:2:");
        assertThat(TestProject.messages(result)).filteredOn(m -> m.contains("error"))
                .allMatch(m -> m.contains("not valid UTF-8"));
    }

    @Test
    void binaryGarbageInEveryKindOfFileFailsTheBuild() {
        Random random = new Random(8);
        byte[] garbage = new byte[64 * 1024];
        random.nextBytes(garbage);
        TestProject p = project().essay("x.md", Samples.ESSAY)
                .seedBytes("010_garbage.txt", garbage)
                .write("content/essays/garbage.md", garbage)
                .write("content/site.yml", garbage)
                .write("content/works.yml", garbage);
        Hostile.failed(p, "seeds/010_garbage.txt:", "content/essays/garbage.md:", "content/site.yml:",
                "content/works.yml:");
    }

    @Test
    void controlCharactersThatAreValidUtf8AreShownOrRefused() {
        StringBuilder controls = new StringBuilder();
        for (char c = 1; c < 0x20; c++) {
            if (c != '\n' && c != '\r') {
                controls.append(c);
            }
        }
        controls.append("\u007F\u0085\u2028\u2029\uFFFE\uFFFF\u202E\u200B");
        TestProject p = project()
                .essay("x.md", Samples.essay("x", "Controls [" + controls + "] here.[^1]\n\n[^1]: Note " + controls))
                .seed("010_controls.txt", "Controls by Ann Author\n\nText [" + controls + "] here.\n")
                .siteSettings("title: \"Edition " + controls.toString().replace("\\", "") + "\"\n");
        Build.Result result = Hostile.build(p);
        if (result.published()) {
            assertThat(p.page("essays/x.html").selectFirst("p#p1").text()).startsWith("Controls [");
        }
    }

    @Test
    void nulInACuratedEssayIsRefusedOrShownHarmlessly() {
        TestProject p = project().essay("x.md", Samples.essay("x", "Before\u0000after.[^1]\n\n[^1]: A\u0000note."));
        Build.Result result = Hostile.build(p);
        if (result.published()) {
            assertThat(p.text("essays/x.html")).doesNotContain("\u0000");
        } else {
            assertThat(TestProject.messages(result)).anyMatch(m -> m.startsWith("content/essays/x.md:7:"));
        }
    }

    @Test
    void emptyFilesOfEveryKind() {
        TestProject p = project().essay("x.md", Samples.ESSAY).essay("empty.md", "")
                .seed("010_empty.txt", "").siteSettings("").write("content/works.yml", new byte[0]);
        Hostile.failed(p, "content/essays/empty.md:1:1: error: no YAML front matter",
                "seeds/010_empty.txt: error: the seed is empty");

        TestProject q = new TestProject(dir.resolve("q")).essay("x.md", Samples.ESSAY).siteSettings("")
                .write("content/works.yml", new byte[0]);
        Hostile.published(q);
    }

    // ---- big inputs ----

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFiftyMegabyteSeed() throws IOException {
        TestProject p = project().essay("x.md", Samples.ESSAY);
        Path seed = p.root().resolve("seeds/010_huge.txt");
        Files.createDirectories(seed.getParent());
        long size = 0;
        try (OutputStream out = Files.newOutputStream(seed)) {
            byte[] head = "A Huge Text by Hugh Writer\n\n".getBytes(StandardCharsets.UTF_8);
            out.write(head);
            size += head.length;
            byte[] paragraph = ("A paragraph of the huge text, with words and words and more words to fill a line"
                    + " or two of it, and then it ends.\n\n").getBytes(StandardCharsets.UTF_8);
            while (size < 50L * 1024 * 1024) {
                out.write(paragraph);
                size += paragraph.length;
            }
        }
        long start = System.nanoTime();
        Build.Result result = Hostile.failed(p, "seeds/010_huge.txt: error: the seed is ");
        assertThat(TestProject.messages(result)).anyMatch(m -> m.contains("MiB"));
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds").isLessThan(20);
    }

    @Test
    void aParagraphOfAHundredThousandWords() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            words.append(i % 17 == 16 ? "word, " : "word ");
        }
        String paragraph = words.toString().strip() + " end.";
        TestProject p = project()
                .essay("x.md", Samples.essay("x", paragraph + "[^1]\n\n[^1]: The note on it."))
                .seed("010_long.txt", "Long by Ann Author\n\n" + paragraph + "<sup>1</sup>\n\n---\n\n1 A note.\n");
        Hostile.published(p);
        Document essay = p.page("essays/x.html");
        assertThat(essay.selectFirst("p#p1").text().split(" ")).hasSizeGreaterThan(100_000);
        assertThat(p.page("notes/x/1.html").selectFirst("blockquote").text()).contains("word, word", " end.").hasSizeGreaterThan(500_000);
        assertThat(p.page("essays/long.html").selectFirst("p#p1").text()).startsWith("word word");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void fiveThousandNotesInOneEssay() {
        StringBuilder body = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        for (int n = 1; n <= 5_000; n++) {
            body.append("Sentence ").append(n).append(".[^").append(n).append("]").append(n % 10 == 0 ? "\n\n" : " ");
            notes.append("[^").append(n).append("]: Ann Author, \"Title ").append(n % 50)
                    .append(",\" *Journal*, Vol. 1, No. 2 (2001), p. ").append(n).append(".\n");
        }
        TestProject p = project().essay("x.md", Samples.essay("x", body + "\n\n" + notes));
        Hostile.published(p);
        assertThat(TestProject.files(p.out().resolve("notes/x"))).hasSize(5_000);
        assertThat(p.page("essays/x.html").select("section.notes li")).hasSize(5_000);
        assertThat(p.page("notes/x/4999.html").selectFirst("h1").text()).isEqualTo("Note 4999 of 5000");
    }

    // ---- note numbering ----

    @Test
    void notesOutOfOrderAreListedByNumber() {
        TestProject p = project().essay("x.md", Samples.essay("x",
                "Third[^3] first[^1] second[^2] and first again[^1].\n\n[^2]: Two.\n[^3]: Three.\n[^1]: One."));
        Hostile.published(p);
        Document essay = p.page("essays/x.html");
        assertThat(essay.select("section.notes li").eachAttr("id")).containsExactly("note-1", "note-2", "note-3");
        assertThat(essay.select("p#p1 sup a").eachAttr("id")).containsExactly("ref-3", "ref-1", "ref-2", "ref-1-2");
        assertThat(p.page("notes/x/1.html").select("a[rel=next]").attr("href")).isEqualTo("2.html");
    }

    @Test
    void repeatedNoteNumbersFailAtTheirLines() {
        TestProject p = project().essay("x.md", Samples.essay("x", "Text[^1] more[^2].\n\n[^1]: One.\n[^2]: Two.\n"
                + "[^1]: One again.\n[^2]: Two again."))
                .seed("010_repeat.txt", "Repeat by Ann Author\n\nText.<sup>1</sup> More.<sup>2</sup>\n\n---\n\n"
                        + "1 One.\n\n2 Two.\n\n1 One again.\n");
        Hostile.failed(p, "content/essays/x.md:11:1: error: note [^1] is defined twice (first at line 9)",
                "content/essays/x.md:12:1: error: note [^2] is defined twice (first at line 10)");
    }

    @Test
    void hugeAndZeroNoteNumbers() {
        TestProject p = project().essay("x.md", Samples.essay("x", "Text[^0] and[^99999] and[^100000] and"
                + "[^99999999999999999999].\n\n[^0]: Zero.\n[^99999]: Big.\n[^100000]: Bigger.\n"
                + "[^99999999999999999999]: Huge."));
        Hostile.failed(p, "content/essays/x.md:9:1: error: note label [^0] is not a number",
                "content/essays/x.md:11:1: error: note label [^100000] is not a number");
    }

    // ---- deep nesting ----

    @ParameterizedTest
    @ValueSource(strings = {"quotes", "lists", "ordered", "indentedLists", "brackets", "stars", "underscores", "backticks",
            "links", "emphasis", "entities", "bracketsInFrontMatter", "quotesInANote", "pageMarkers"})
    void deeplyNestedMarkdownBuildsOrFailsAtTheFile(String kind) {
        String body = switch (kind) {
            case "quotes" -> ">".repeat(10_000) + " deep";
            case "lists" -> "- ".repeat(10_000) + "deep";
            case "ordered" -> "1. ".repeat(10_000) + "deep";
            case "indentedLists" -> nested("- ", "  ", 300);
            case "brackets" -> "[".repeat(50_000) + "x" + "]".repeat(50_000);
            case "stars" -> "*".repeat(50_000) + "x" + "*".repeat(50_000);
            case "underscores" -> "_a ".repeat(50_000);
            case "backticks" -> "`".repeat(50_000) + "x";
            case "links" -> "[a](".repeat(20_000) + "x" + ")".repeat(20_000);
            case "emphasis" -> "*a **b ".repeat(20_000);
            // flexmark copies the paragraph for every entity it reads: quadratic, so 5,000 here, not 50,000
            case "entities" -> "&amp;".repeat(5_000) + "&#x".repeat(5_000);
            case "bracketsInFrontMatter" -> "Text.";
            case "quotesInANote" -> "Text.[^1]\n\n[^1]: " + "> ".repeat(10_000) + "deep";
            case "pageMarkers" -> "[[page 1]]".repeat(10_000) + "[[page ".repeat(10_000);
            default -> throw new IllegalArgumentException(kind);
        };
        String essay = Samples.essay("x", body);
        if (kind.equals("bracketsInFrontMatter")) {
            essay = essay.replace("title: \"Essay x\"", "title: \"" + "[".repeat(50_000) + "*".repeat(50_000) + "\"");
        }
        TestProject p = project().essay("x.md", essay);
        Build.Result result = Hostile.build(p);
        if (result.published()) {
            assertThat(p.page("essays/x.html").selectFirst("main h1")).isNotNull();
        } else {
            assertThat(TestProject.messages(result)).as(TestProject.report(result))
                    .anyMatch(m -> m.startsWith("content/essays/x.md:"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stars", "quotesInANote"})
    void nestingThatWouldOverflowTheStackIsAnErrorAtTheFile(String kind) {
        String body = kind.equals("stars") ? "*".repeat(50_000) + "x" + "*".repeat(50_000)
                : "Text.[^1]\n\n[^1]: " + "> ".repeat(10_000) + "deep";
        TestProject p = project().essay("x.md", Samples.essay("x", body));
        Hostile.failed(p, "content/essays/x.md:1:1: error: the Markdown is nested too deeply to read");
    }

    private static String nested(String marker, String indent, int depth) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append(indent.repeat(i)).append(marker).append("level ").append(i).append('\n');
        }
        return out.toString();
    }

    // ---- front matter and YAML ----

    @Test
    void anUnterminatedFrontMatterThatRunsToTheEnd() {
        TestProject p = project().essay("x.md", "---\nid: \"x\"\ntitle: \"X\"\n" + "key: value\n".repeat(10_000));
        Hostile.failed(p, "content/essays/x.md:1:1: error: the front matter is never closed");
        TestProject q = new TestProject(dir.resolve("q")).essay("x.md", "---\n");
        Hostile.failed(q, "content/essays/x.md:1:1: error: the front matter is never closed");
    }

    static final String BILLION_LAUGHS = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """;

    @Test
    void aBillionLaughsInTheFrontMatter() {
        TestProject p = project().essay("x.md", "---\nid: \"x\"\ntitle: \"X\"\nauthor: \"A\"\n" + BILLION_LAUGHS
                + "---\n\nText.\n");
        Build.Result result = Hostile.failed(p, "content/essays/x.md:");
        assertThat(TestProject.messages(result)).anyMatch(m -> m.contains("alias"));
    }

    @Test
    void aBillionLaughsInWorksYml() {
        TestProject p = project().essay("x.md", Samples.ESSAY).write("content/works.yml",
                ("lol-2001-x:\n  title: \"X\"\n" + BILLION_LAUGHS).getBytes(StandardCharsets.UTF_8));
        Build.Result result = Hostile.failed(p, "content/works.yml:");
        assertThat(TestProject.messages(result)).anyMatch(m -> m.contains("alias"));
    }

    @Test
    void aBillionLaughsInSiteYml() {
        TestProject p = project().essay("x.md", Samples.ESSAY).siteSettings("title: \"X\"\n" + BILLION_LAUGHS);
        Build.Result result = Hostile.failed(p, "content/site.yml:");
        assertThat(TestProject.messages(result)).anyMatch(m -> m.contains("alias"));
    }

    @Test
    void scalarAliasesAndDeepYamlNesting() {
        TestProject p = project().essay("x.md", Samples.ESSAY)
                .siteSettings("title: &t \"T\"\nintroduction: *t\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n")
                .write("content/works.yml", ("a-2001-b:\n  title: " + "{x: ".repeat(10_000) + "1"
                        + "}".repeat(10_000) + "\n").getBytes(StandardCharsets.UTF_8));
        Hostile.failed(p, "content/site.yml:", "content/works.yml:");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
