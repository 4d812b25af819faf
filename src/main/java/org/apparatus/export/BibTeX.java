package org.apparatus.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apparatus.model.PersonName;
import org.apparatus.model.Publication;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * Every BibTeX the site holds (the bibliography's {@code .bib} files and the "Cite this" entries of the essays),
 * formatted by jbibtex. Text is escaped for BibTeX and LaTeX: a field's braces stay balanced whatever the text, and
 * LaTeX's special characters ({@code % & $ # _ ^ ~ \}) print as themselves rather than act.
 */
public final class BibTeX {

    private BibTeX() {
    }

    /** A field of text (a title, a name, a note), braced and escaped; a field is left out when it is empty. */
    public static StringValue text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                // BibTeX counts braces whatever precedes them, so \{ would leave an unbalanced one
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                case '\\' -> out.append("\\textbackslash{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return new StringValue(out.toString(), StringValue.Style.BRACED);
    }

    /**
     * A field read as it is, not as LaTeX (an address, a DOI), braced; a brace, which no address holds unencoded, is
     * percent-encoded so that the field's braces stay balanced.
     */
    public static StringValue verbatim(String value) {
        return new StringValue(value.replace("{", "%7B").replace("}", "%7D"), StringValue.Style.BRACED);
    }

    /** Adds a field to an entry unless its value is empty. */
    public static void add(BibTeXEntry entry, Key key, String value, boolean verbatim) {
        if (!value.isEmpty()) {
            entry.addField(key, verbatim ? verbatim(value) : text(value));
        }
    }

    /**
     * A citation of a part of the edition (an essay, or a place in one) as an {@code @incollection} entry, two spaces
     * indenting its fields, with no line break after it: what an essay page offers to copy.
     *
     * @param author the author's full name, or empty
     * @param note where in the essay ({@code para. 3}), or empty
     */
    public static String inCollection(String key, String author, String title, String collection, String note,
                                      String url) {
        BibTeXEntry entry = new BibTeXEntry(BibTeXEntry.TYPE_INCOLLECTION, new Key(key));
        add(entry, BibTeXEntry.KEY_AUTHOR, author.isEmpty() ? "" : PersonName.of(author).inverted(), false);
        add(entry, BibTeXEntry.KEY_TITLE, title, false);
        add(entry, BibTeXEntry.KEY_BOOKTITLE, collection, false);
        add(entry, BibTeXEntry.KEY_NOTE, note, false);
        add(entry, BibTeXEntry.KEY_URL, url, true);
        return format(List.of(entry), "  ").strip();
    }

    /**
     * Where an essay was first printed, as BibTeX with two spaces indenting its fields and no line break after it: an
     * {@code @article} in its journal (volume, number, pages, year) or an {@code @incollection} in its book
     * (booktitle, publisher, year, pages). Pages are given with BibTeX's double hyphen.
     *
     * @param author the author's full name, or empty
     */
    public static String firstPrinting(String key, String author, String title, Publication printed) {
        boolean journal = printed.kind() == Publication.Kind.JOURNAL;
        BibTeXEntry entry = new BibTeXEntry(journal ? BibTeXEntry.TYPE_ARTICLE : BibTeXEntry.TYPE_INCOLLECTION,
                new Key(key));
        add(entry, BibTeXEntry.KEY_AUTHOR, author.isEmpty() ? "" : PersonName.of(author).inverted(), false);
        add(entry, BibTeXEntry.KEY_TITLE, title, false);
        add(entry, journal ? BibTeXEntry.KEY_JOURNAL : BibTeXEntry.KEY_BOOKTITLE, printed.in(), false);
        add(entry, BibTeXEntry.KEY_VOLUME, printed.volume().orElse(""), false);
        add(entry, BibTeXEntry.KEY_NUMBER, printed.issue().orElse(""), false);
        add(entry, BibTeXEntry.KEY_PAGES, printed.firstPage()
                .map(f -> printed.lastPage().map(l -> f + "--" + l).orElse(f)).orElse(""), false);
        add(entry, BibTeXEntry.KEY_PUBLISHER, printed.publisher().orElse(""), false);
        add(entry, BibTeXEntry.KEY_YEAR, printed.year(), false);
        return format(List.of(entry), "  ").strip();
    }

    /**
     * The entries as BibTeX, each field on its own line indented by {@code indent}, a blank line between entries,
     * line breaks {@code \n}.
     */
    public static String format(List<BibTeXEntry> entries, String indent) {
        BibTeXDatabase database = new BibTeXDatabase();
        entries.forEach(database::addObject);
        BibTeXFormatter formatter = new BibTeXFormatter();
        formatter.setIndent(indent);
        StringWriter out = new StringWriter();
        try {
            formatter.format(database, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString().replace("\r\n", "\n");
    }
}
