package org.apparatus.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apparatus.link.Bibliography;
import org.apparatus.link.CitationStyle;
import org.apparatus.model.Work;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;

/** The works as the files a reference manager imports: BibTeX, RIS and CSL-JSON. */
public final class BibliographyExports {

    private BibliographyExports() {
    }

    /** The works as a CSL-JSON array. */
    public static String cslJson(List<Work> works) {
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < works.size(); i++) {
            Object json = CitationStyle.item(works.get(i)).toJson(new StringJsonBuilderFactory().createJsonBuilder());
            out.append("  ").append(json).append(i + 1 < works.size() ? ",\n" : "\n");
        }
        return out.append("]\n").toString();
    }

    /** The works as a BibTeX database. */
    public static String bibtex(List<Work> works) {
        BibTeXDatabase database = new BibTeXDatabase();
        for (Work work : works) {
            BibTeXEntry entry = new BibTeXEntry(work.type() == Work.Type.ARTICLE ? BibTeXEntry.TYPE_ARTICLE
                    : work.type() == Work.Type.BOOK ? BibTeXEntry.TYPE_BOOK : BibTeXEntry.TYPE_MISC,
                    new Key(work.id().value()));
            if (!work.authors().isEmpty()) {
                entry.addField(BibTeXEntry.KEY_AUTHOR, new StringValue(String.join(" and ", work.authors().stream()
                        .map(a -> Bibliography.family(a) + ", " + a.substring(0, a.length()
                                - Bibliography.family(a).length()).strip()).toList()), StringValue.Style.BRACED));
            }
            if (work.type() == Work.Type.BOOK) {
                entry.addField(BibTeXEntry.KEY_TITLE, braced(work.title()));
                entry.addField(BibTeXEntry.KEY_PUBLISHER, braced(CitationStyle.publisher(work)));
                CitationStyle.place(work).ifPresent(p -> entry.addField(BibTeXEntry.KEY_ADDRESS, braced(p)));
            } else if (!work.title().isEmpty()) {
                entry.addField(BibTeXEntry.KEY_TITLE, braced(work.title()));
                entry.addField(BibTeXEntry.KEY_JOURNAL, braced(work.container()));
            } else {
                entry.addField(BibTeXEntry.KEY_TITLE, braced(work.container()));
                entry.addField(BibTeXEntry.KEY_HOWPUBLISHED, braced(work.container()));
            }
            if (!work.volume().isEmpty()) {
                entry.addField(BibTeXEntry.KEY_VOLUME, braced(work.volume()));
            }
            if (!work.issue().isEmpty()) {
                entry.addField(BibTeXEntry.KEY_NUMBER, braced(work.issue()));
            }
            if (!work.year().isEmpty()) {
                entry.addField(BibTeXEntry.KEY_YEAR, braced(work.year()));
            }
            if (work.date().length() >= 7) {
                entry.addField(BibTeXEntry.KEY_MONTH, braced(String.valueOf(Integer.parseInt(work.date().substring(5, 7)))));
            }
            if (work.date().length() == 10) {
                entry.addField(new Key("day"), braced(String.valueOf(Integer.parseInt(work.date().substring(8)))));
            }
            if (!work.doi().isEmpty()) {
                entry.addField(BibTeXEntry.KEY_DOI, braced(work.doi()));
            }
            if (!work.url().isEmpty()) {
                entry.addField(BibTeXEntry.KEY_URL, braced(work.url()));
            }
            database.addObject(entry);
        }
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(database, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replace("\r\n", "\n");
    }

    private static StringValue braced(String text) {
        return new StringValue(text.replace("{", "").replace("}", ""), StringValue.Style.BRACED);
    }

    /** The works as RIS records. */
    public static String ris(List<Work> works) {
        StringBuilder out = new StringBuilder();
        for (Work work : works) {
            line(out, "TY", work.type() == Work.Type.ARTICLE ? "JOUR" : work.type() == Work.Type.BOOK ? "BOOK" : "NEWS");
            line(out, "ID", work.id().value());
            work.authors().forEach(a -> line(out, "AU", Bibliography.family(a) + ", "
                    + a.substring(0, a.length() - Bibliography.family(a).length()).strip()));
            line(out, "TI", work.title().isEmpty() ? work.container() : work.title());
            if (work.type() == Work.Type.BOOK) {
                line(out, "PB", CitationStyle.publisher(work));
                line(out, "CY", CitationStyle.place(work).orElse(""));
            } else {
                line(out, work.type() == Work.Type.ARTICLE ? "JO" : "T2", work.container());
            }
            line(out, "VL", work.volume());
            line(out, "IS", work.issue());
            line(out, "PY", work.year());
            if (work.date().length() > 4) {
                line(out, "DA", work.date().replace('-', '/'));
            }
            line(out, "DO", work.doi());
            line(out, "UR", work.url());
            out.append("ER  - \n\n");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String tag, String value) {
        if (!value.isEmpty()) {
            out.append(tag).append("  - ").append(value.replace('\n', ' ')).append('\n');
        }
    }
}
