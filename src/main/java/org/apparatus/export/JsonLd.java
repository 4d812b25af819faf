package org.apparatus.export;

import java.util.List;

import org.apparatus.model.EditionSettings;
import org.apparatus.model.Essay;
import org.apparatus.model.Publication;
import org.apparatus.model.Work;

/**
 * An essay page's schema.org metadata, as JSON-LD for its {@code <script type="application/ld+json">}: a
 * ScholarlyArticle, part of the edition, with the works it cites. Compact and script-safe (no text can end the
 * script).
 */
public final class JsonLd {

    private JsonLd() {
    }

    /** An issue's periodical, through its volume when the volume is known. */
    private static void periodical(com.fasterxml.jackson.core.JsonGenerator json, Publication p)
            throws java.io.IOException {
        json.writeObjectFieldStart("isPartOf");
        volumeOrPeriodical(json, p);
        json.writeEndObject();
    }

    /** The periodical's type, name and publisher (a journal's publisher is the periodical's, not its issue's). */
    private static void periodicalFields(com.fasterxml.jackson.core.JsonGenerator json, Publication p)
            throws java.io.IOException {
        json.writeStringField("@type", "Periodical");
        json.writeStringField("name", p.in());
        publisher(json, p);
    }

    /** The publisher, as an organization, if the front matter names one. */
    private static void publisher(com.fasterxml.jackson.core.JsonGenerator json, Publication p)
            throws java.io.IOException {
        if (p.publisher().isPresent()) {
            json.writeObjectFieldStart("publisher");
            json.writeStringField("@type", "Organization");
            json.writeStringField("name", p.publisher().get());
            json.writeEndObject();
        }
    }

    /** The fields of the volume (and within it the periodical), or of the periodical when no volume is known. */
    private static void volumeOrPeriodical(com.fasterxml.jackson.core.JsonGenerator json, Publication p)
            throws java.io.IOException {
        if (p.volume().isPresent()) {
            json.writeStringField("@type", "PublicationVolume");
            json.writeStringField("volumeNumber", p.volume().get());
            json.writeObjectFieldStart("isPartOf");
            periodicalFields(json, p);
            json.writeEndObject();
        } else {
            periodicalFields(json, p);
        }
    }

    /**
     * @param path the essay page's path in the site, which with the edition's address (if it has one) is its url
     * @param works the works the essay cites, in the order it first cites them
     */
    public static String article(Essay essay, EditionSettings edition, String path, List<Work> works) {
        return JsonText.compact(JsonText.Escaping.SCRIPT_SAFE, json -> {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "ScholarlyArticle");
            json.writeStringField("headline", essay.title().plain());
            if (!essay.author().plain().isEmpty()) {
                json.writeObjectFieldStart("author");
                json.writeStringField("@type", "Person");
                json.writeStringField("name", essay.author().plain());
                json.writeEndObject();
            }
            json.writeObjectFieldStart("isPartOf");
            json.writeStringField("@type", "Book");
            json.writeStringField("name", edition.title());
            json.writeEndObject();
            if (essay.date().isPresent()) {
                json.writeStringField("datePublished", essay.date().get());
            }
            if (essay.published().isPresent()) {
                Publication p = essay.published().get();
                json.writeObjectFieldStart("isBasedOn");
                json.writeStringField("@type", p.kind() == Publication.Kind.JOURNAL ? "ScholarlyArticle" : "Chapter");
                json.writeStringField("headline", essay.title().plain());
                json.writeStringField("datePublished", p.year());
                if (p.firstPage().isPresent()) {
                    json.writeStringField("pageStart", p.firstPage().get());
                }
                if (p.lastPage().isPresent()) {
                    json.writeStringField("pageEnd", p.lastPage().get());
                }
                json.writeObjectFieldStart("isPartOf");
                if (p.kind() == Publication.Kind.BOOK) {
                    json.writeStringField("@type", "Book");
                    json.writeStringField("name", p.in());
                    if (p.volume().isPresent()) {
                        json.writeStringField("volumeNumber", p.volume().get());
                    }
                } else if (p.issue().isPresent()) {
                    json.writeStringField("@type", "PublicationIssue");
                    json.writeStringField("issueNumber", p.issue().get());
                    periodical(json, p);
                } else {
                    volumeOrPeriodical(json, p);
                }
                if (p.kind() == Publication.Kind.BOOK) {
                    publisher(json, p);
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            if (!edition.url().isEmpty()) {
                json.writeStringField("url", edition.url() + path);
            }
            json.writeArrayFieldStart("citation");
            for (Work w : works) {
                json.writeStartObject();
                json.writeStringField("@type", w.type() == Work.Type.ARTICLE ? "ScholarlyArticle"
                        : w.type() == Work.Type.BOOK ? "Book" : "NewsArticle");
                json.writeStringField("name", w.title().isEmpty() ? w.container() : w.title());
                if (!w.authors().isEmpty()) {
                    json.writeArrayFieldStart("author");
                    for (String author : w.authors()) {
                        json.writeStartObject();
                        json.writeStringField("@type", "Person");
                        json.writeStringField("name", author);
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                }
                json.writeObjectFieldStart("isPartOf");
                json.writeStringField("@type", "Periodical");
                json.writeStringField("name", w.container());
                json.writeEndObject();
                if (!w.date().isEmpty()) {
                    json.writeStringField("datePublished", w.date());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
