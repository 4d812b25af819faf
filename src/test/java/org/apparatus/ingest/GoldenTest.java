package org.apparatus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.link.EditorialChange;
import org.apparatus.link.Fidelity;
import org.apparatus.model.Block;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.apparatus.model.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The importer's Markdown for each real seed equals a reviewed golden file, and the golden files say what the
 * print says (checked independently below, so a wrong golden file cannot pass silently).
 */
class GoldenTest {

    private static final String SEED_000 = "000_4c19dc31bb5f5a75";
    private static final String SEED_001 = "001_ba9be9f5fc93aec9";

    static ImportedEssay imported(String name) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Seed> seed = SeedReader.read(Path.of("seeds", name + ".txt"), "seeds/" + name + ".txt", diagnostics);
        assertThat(diagnostics.all()).isEmpty();
        assertThat(seed).isPresent();
        return SeedImporter.importSeed(seed.get());
    }

    static String golden(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/golden", name + ".md"), StandardCharsets.UTF_8);
    }

    static Essay parsed(ImportedEssay imported) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Essay> essay = EssayParser.parse(imported.seed().displayPath() + " (as imported)", imported.id(),
                imported.markdown(), Essay.Origin.IMPORTED, diagnostics);
        assertThat(diagnostics.all()).isEmpty();
        assertThat(essay).isPresent();
        return essay.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {SEED_000, SEED_001})
    void markdownEqualsGolden(String name) throws IOException {
        assertThat(imported(name).markdown()).isEqualTo(golden(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {SEED_000, SEED_001})
    void importIsCleanAndFaithful(String name) {
        ImportedEssay imported = imported(name);
        assertThat(imported.diagnostics()).isEmpty();
        List<EditorialChange> changes = Fidelity.compare(imported, parsed(imported));
        assertThat(changes).allSatisfy(c -> assertThat(c.kind().isTypographic()).as(c.toString()).isTrue());
    }

    @Test
    void seed000HeadBioAndPages() throws IOException {
        String md = golden(SEED_000);
        assertThat(md).startsWith("""
                ---
                id: "russian-policy-towards-north-korea"
                title: "Russian Policy Towards North Korea"
                author: "Vasily Mikheev"
                seed: "000_4c19dc31bb5f5a75.txt"
                sha256: "0e90be8328127f554e3de1f62040bb5d6df4e76f1d7f2b07c22ea59c9a0f75bb"
                bio: "Dr. Vasily Mikheev is Deputy Director of the Institute for Far Eastern Studies at the Russian\
                 Academy of Sciences."
                ---

                Russia has revised its Korean policies.""");
        assertThat(md).doesNotContain("abstract:").doesNotContain("[^").doesNotContain("<sup>");
        // two page breaks without rules, each inside a paragraph that does not end a sentence
        assertThat(markers(md)).containsExactly(2, 3);
        assertThat(md).contains("Putin used his China visit to [[page 2]]reinforce their mutual position")
                .contains("link South Korea to North Korea [[page 3]]through the Russian trans-Siberian railroad.");
        // the bio is not repeated as the last paragraph
        assertThat(md.strip()).endsWith("welcome the North Korean leader any time soon.");
        // curly quotes of the print are kept as printed
        assertThat(md).contains("\u201Cjust in a passing, laughing matter\u201D").contains("Putin\u2019s statement");

        Essay essay = parsed(imported(SEED_000));
        assertThat(essay.notes()).isEmpty();
        assertThat(essay.abstractText()).isEmpty();
        assertThat(essay.paragraphs()).hasSize(12);
        assertThat(essay.paragraphs().get(5).pageBreaks()).containsExactly(2);
        assertThat(essay.paragraphs().get(6).page()).isEqualTo(2);
        assertThat(essay.paragraphs().get(8).pageBreaks()).containsExactly(3);
        assertThat(essay.paragraphs().get(11).page()).isEqualTo(3);
    }

    @Test
    void seed001HeadAbstractHeadings() throws IOException {
        String md = golden(SEED_001);
        assertThat(md).startsWith("""
                ---
                id: "putin-administrations-north-korean-policy"
                title: "The Putin Administration's North Korean Policy"
                author: "Sangtu Ko"
                seed: "001_ba9be9f5fc93aec9.txt"
                sha256: "e8795b717676d761850ea34276906a40b8e68f0d5a447055b8c231a5bdfa9cca"
                abstract: "At the onset of the new Millennium, Putin took over the position of President of Russia.""");
        assertThat(md).contains("between the two countries.\"\n---\n\n## Introduction\n\nAt the onset of the new"
                + " Millennium, the then President of Russia");
        assertThat(md).doesNotContain("bio:").doesNotContain("<sup>").doesNotContain("**").doesNotContain("\n---\n\n---");
        assertThat(md).contains("\n### Putin's New Foreign Policy Course\n", "\n### Changing Russia's Korean Policy\n",
                "\n### \u201CIron Silk Roads\u201D and Arms Transfers\n", "\n## Conclusion\n");
    }

    @Test
    void seed001NotesAndPageBreaks() throws IOException {
        String md = golden(SEED_001);
        Essay essay = parsed(imported(SEED_001));
        assertThat(essay.notes()).extracting(Note::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 31).boxed().toList());
        for (int n = 1; n <= 31; n++) {
            String body = md.substring(0, md.indexOf("\n[^1]: "));
            assertThat(md).contains("\n[^" + n + "]: ");
            assertThat(body).as("reference to note " + n).contains("[^" + n + "]");
        }
        // note 29 was cut by a page break: its tail after the next rule belongs to it, not to the body or note 12
        assertThat(md).contains("[^29]: Evgeny V. Afanasiev, \"Vladimir Putin's New Foreign Policy and Russian Views of"
                + " the Situation on the Korean Peninsula,\" *The Korean Journal of Defense Analysis*, Vol. 12, No. 2"
                + " (Winter 2000), p. 12.\n");
        assertThat(md).contains("[^12]: *Donga Ilbo*, July 20, 2000.\n");
        assertThat(md).contains("[^11]: *Ibid.*, p. 21.\n").contains("[^24]: *ITAR TASS*, February 27, 2001.\n");
        // words hyphenated across a page break are whole again
        assertThat(md).contains("However, the main difference [[page 5]]between Yeltsin's")
                .contains("reached a basic agreement [[page 15]]on the modernization")
                .doesNotContain("differ-").doesNotContain("agree-");
        // a continuation starting with a number is body text, not a note
        assertThat(md).contains("had expired in [[page 12]]1995 and no legal framework had since been put in place")
                .doesNotContain("[^1995]");
        // the escaped dollar signs of the print stay escaped
        assertThat(md).contains("earn \\$150 million and \\$2-15 billion a year");
        // twenty print pages, each marked once, in order
        assertThat(markers(md)).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2, 20).boxed().toList());
        assertThat(md).contains("\n[[page 2]]As Putin's overtly tough stance", "\n[[page 7]]There is no doubt",
                "\n[[page 8]]When Kim Jong-il set off", "\n[[page 9]]Following the July summit",
                "\n[[page 13]]The new Friendship Treaty does not include", "\n[[page 18]]Russia, whose policy",
                "Russia, by [[page 3]]focusing on", "decrepit [[page 4]]infrastructure",
                "sudden collapse [[page 6]]would endanger", "strengthening of the [[page 10]]Beijing-Moscow",
                "trilateral economic [[page 11]]cooperation", "similar clause [[page 14]]stipulating",
                "transport route to [[page 16]]Europe for", "has resulted [[page 17]]over the past",
                "position on [[page 19]]the issue", "toward North Korea [[page 20]]does not bring");

        // the parsed essay agrees
        List<Block.Paragraph> paragraphs = essay.paragraphs();
        Block.Paragraph last = paragraphs.get(paragraphs.size() - 1);
        assertThat(last.page()).isEqualTo(20);
        assertThat(paragraphs).filteredOn(p -> p.text().plain().startsWith("First on Putin's list"))
                .singleElement().satisfies(p -> {
                    assertThat(p.page()).isEqualTo(11);
                    assertThat(p.pageBreaks()).containsExactly(12);
                    assertThat(p.notes()).isEmpty();
                });
        assertThat(essay.blocks()).filteredOn(Block.Heading.class::isInstance).extracting(Block::anchor)
                .containsExactly("s-introduction", "s-putins-new-foreign-policy-course",
                        "s-changing-russias-korean-policy", "s-russias-summit-diplomacy-toward-north-korea",
                        "s-new-friendship-treaty-between-new-leaders", "s-iron-silk-roads-and-arms-transfers",
                        "s-security-cooperation-between-russia-and-north", "s-conclusion"); // cut after a whole word, at most 50 chars
    }

    private static List<Integer> markers(String md) {
        Matcher m = Pattern.compile("\\[\\[page (\\d+)]]").matcher(md);
        List<Integer> pages = new java.util.ArrayList<>();
        while (m.find()) {
            pages.add(Integer.parseInt(m.group(1)));
        }
        return pages;
    }
}
