package org.apparatus.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apparatus.link.CitationStyle;
import org.apparatus.model.PersonName;
import org.apparatus.model.Work;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;

import com.fasterxml.jackson.core.JsonGenerator;

import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;

/** The works as the files a reference manager imports: BibTeX, RIS and CSL-JSON. */
public final class BibliographyExports {

    /** CSL-JSON's lines: one work a line, indented, each on one line without spaces. */
    private static final JsonText.Layout CSL_JSON = new JsonText.Layout("  ", ":", ",",
            depth -> depth == 0 ? JsonText.Form.LINES : JsonText.Form.INLINE, 0);

    private BibliographyExports() {
    }

    /** The works as a CSL-JSON array. */
    public static String cslJson(List<Work> works) {
        StringBuilder out = new StringBuilder();
        try (JsonGenerator json = JsonText.laidOut(out, JsonText.Escaping.PLAIN, CSL_JSON)) {
            json.writeStartArray();
            for (Work work : works) {
                JsonText.value(json, CitationStyle.item(work).toJson(new MapJsonBuilderFactory().createJsonBuilder()));
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.append('\n').toString();
    }

    /** The works as a BibTeX database. */
    public static String bibtex(List<Work> works) {
        List<BibTeXEntry> entries = new ArrayList<>();
        for (Work work : works) {
            BibTeXEntry entry = new BibTeXEntry(work.type() == Work.Type.ARTICLE ? BibTeXEntry.TYPE_ARTICLE
                    : work.type() == Work.Type.BOOK ? BibTeXEntry.TYPE_BOOK : BibTeXEntry.TYPE_MISC,
                    new Key(work.id().value()));
            BibTeX.add(entry, BibTeXEntry.KEY_AUTHOR, String.join(" and ", work.authors().stream()
                    .map(a -> PersonName.of(a).inverted()).toList()), false);
            if (work.type() == Work.Type.BOOK) {
                entry.addField(BibTeXEntry.KEY_TITLE, BibTeX.text(work.title()));
                entry.addField(BibTeXEntry.KEY_PUBLISHER, BibTeX.text(CitationStyle.publisher(work)));
                CitationStyle.place(work).ifPresent(p -> entry.addField(BibTeXEntry.KEY_ADDRESS, BibTeX.text(p)));
            } else if (!work.title().isEmpty()) {
                entry.addField(BibTeXEntry.KEY_TITLE, BibTeX.text(work.title()));
                entry.addField(BibTeXEntry.KEY_JOURNAL, BibTeX.text(work.container()));
            } else {
                entry.addField(BibTeXEntry.KEY_TITLE, BibTeX.text(work.container()));
                entry.addField(BibTeXEntry.KEY_HOWPUBLISHED, BibTeX.text(work.container()));
            }
            BibTeX.add(entry, BibTeXEntry.KEY_VOLUME, work.volume(), false);
            BibTeX.add(entry, BibTeXEntry.KEY_NUMBER, work.issue(), false);
            BibTeX.add(entry, BibTeXEntry.KEY_YEAR, work.year(), false);
            if (work.date().length() >= 7) {
                BibTeX.add(entry, BibTeXEntry.KEY_MONTH, String.valueOf(Integer.parseInt(work.date().substring(5, 7))),
                        false);
            }
            if (work.date().length() == 10) {
                BibTeX.add(entry, new Key("day"), String.valueOf(Integer.parseInt(work.date().substring(8))), false);
            }
            BibTeX.add(entry, BibTeXEntry.KEY_DOI, work.doi(), true);
            BibTeX.add(entry, BibTeXEntry.KEY_URL, work.url(), true);
            entries.add(entry);
        }
        return BibTeX.format(entries, "\t");
    }

    /** The works as RIS records. */
    public static String ris(List<Work> works) {
        StringBuilder out = new StringBuilder();
        for (Work work : works) {
            line(out, "TY", work.type() == Work.Type.ARTICLE ? "JOUR" : work.type() == Work.Type.BOOK ? "BOOK" : "NEWS");
            line(out, "ID", work.id().value());
            work.authors().forEach(a -> line(out, "AU", PersonName.of(a).inverted()));
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
