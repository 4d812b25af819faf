package org.apparatus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

class BibTeXTest {

    @Test
    void bracesAndLatexSpecialsAreEscapedSoTheFieldStaysWhole() throws Exception {
        String title = "100% of {unbalanced} } braces & $5 #1 a_b ^ ~ \\";
        BibTeXEntry entry = new BibTeXEntry(BibTeXEntry.TYPE_ARTICLE, new Key("k"));
        entry.addField(BibTeXEntry.KEY_TITLE, BibTeX.text(title));
        entry.addField(BibTeXEntry.KEY_YEAR, BibTeX.text("2001"));
        String bib = BibTeX.format(List.of(entry), "  ");
        assertThat(bib).isEqualTo("@article{k,\n"
                + "  title = {100\\% of \\textbraceleft{}unbalanced\\textbraceright{} \\textbraceright{} braces"
                + " \\& \\$5"
                + " \\#1 a\\_b \\textasciicircum{} \\textasciitilde{} \\textbackslash{}},\n"
                + "  year = {2001}\n}");
        // a BibTeX reader finds the same two fields: no brace ended the title early
        BibTeXDatabase read = new BibTeXParser().parse(new StringReader(bib));
        BibTeXEntry back = read.resolveEntry(new Key("k"));
        assertThat(back.getFields()).containsOnlyKeys(BibTeXEntry.KEY_TITLE, BibTeXEntry.KEY_YEAR);
        assertThat(back.getField(BibTeXEntry.KEY_TITLE).toUserString()).startsWith("100\\% of")
                .endsWith("\\textbackslash{}");
    }

    @Test
    void anAddressIsKeptAsItIsButForBraces() {
        BibTeXEntry entry = new BibTeXEntry(BibTeXEntry.TYPE_MISC, new Key("k"));
        BibTeX.add(entry, BibTeXEntry.KEY_URL, "https://example.org/a%20b_c?x={y}", true);
        BibTeX.add(entry, BibTeXEntry.KEY_NOTE, "", false);
        assertThat(BibTeX.format(List.of(entry), "\t"))
                .isEqualTo("@misc{k,\n\turl = {https://example.org/a%20b_c?x=%7By%7D}\n}");
    }

    @Test
    void anEssayCitationIsAnInCollectionEntryWithTheAuthorInverted() {
        assertThat(BibTeX.inCollection("ko-x", "Sangtu Ko", "Putin's {Policy} & 50%", "Russia and North Korea",
                "para. 1", "essays/x.html#p1")).isEqualTo("@incollection{ko-x,\n"
                + "  author = {Ko, Sangtu},\n"
                + "  title = {Putin's \\textbraceleft{}Policy\\textbraceright{} \\& 50\\%},\n"
                + "  booktitle = {Russia and North Korea},\n"
                + "  note = {para. 1},\n"
                + "  url = {essays/x.html#p1}\n}");
        assertThat(BibTeX.inCollection("anonymous-x", "", "T", "E", "", "x.html"))
                .isEqualTo("@incollection{anonymous-x,\n  title = {T},\n  booktitle = {E},\n  url = {x.html}\n}");
    }

    @Test
    void aFirstPrintingIsAnArticleInItsJournalOrAChapterInItsBook() throws Exception {
        org.apparatus.model.Publication journal = new org.apparatus.model.Publication(
                org.apparatus.model.Publication.Kind.JOURNAL, "Asia & Pacific", java.util.Optional.of("12"),
                java.util.Optional.of("3"), "2002", java.util.Optional.of("45\u201367"), java.util.Optional.empty());
        String bib = BibTeX.firstPrinting("smith-one-2002", "Ann Smith", "One", journal);
        assertThat(bib).isEqualTo("@article{smith-one-2002,\n  author = {Smith, Ann},\n  title = {One},\n"
                + "  journal = {Asia \\& Pacific},\n  volume = {12},\n  number = {3},\n  pages = {45--67},\n"
                + "  year = {2002}\n}");
        assertThat(new BibTeXParser().parse(new StringReader(bib)).resolveEntry(new Key("smith-one-2002"))
                .getField(BibTeXEntry.KEY_PAGES).toUserString()).isEqualTo("45--67");
        org.apparatus.model.Publication book = new org.apparatus.model.Publication(
                org.apparatus.model.Publication.Kind.BOOK, "Russia in Asia", java.util.Optional.empty(),
                java.util.Optional.empty(), "2003", java.util.Optional.of("7"), java.util.Optional.of("Sage"));
        assertThat(BibTeX.firstPrinting("k", "", "Two", book)).isEqualTo("@incollection{k,\n  title = {Two},\n"
                + "  booktitle = {Russia in Asia},\n  pages = {7},\n  publisher = {Sage},\n  year = {2003}\n}");
    }
}
