package org.apparatus.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One citation found in a note, as the print gave it. A note holds one or more, in order, with any commentary kept as
 * {@link Commentary}; resolving {@link Ibid} and {@link OpCit} to works happens when the site is cross-referenced.
 */
public sealed interface Citation permits Citation.Article, Citation.Periodical, Citation.Book, Citation.Ibid,
        Citation.OpCit, Citation.Commentary {

    /** The citation's text as the note prints it (Markdown). */
    String printed();

    /** The page or pages cited ({@code 21}, {@code 104-7}), if any. */
    Optional<String> pinpoint();

    /**
     * A journal article: {@code Author and Author, "Title," *Journal*, Vol. 16, No. 2 (Fall, 2001), p. 48.}
     *
     * @param authors full names as printed, in order
     * @param season the season or months printed with the year ({@code Fall}, {@code Sep/Oct.}), or empty
     */
    record Article(String printed, List<String> authors, String title, String journal, String volume, String issue,
                   String season, String year, Optional<String> pinpoint) implements Citation {
        public Article {
            Objects.requireNonNull(printed, "printed");
            authors = List.copyOf(authors);
            if (authors.isEmpty()) {
                throw new IllegalArgumentException("an article citation names at least one author");
            }
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(journal, "journal");
            Objects.requireNonNull(volume, "volume");
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(season, "season");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(pinpoint, "pinpoint");
        }
    }

    /**
     * An issue of a newspaper, magazine or news agency: {@code *Newsweek*, August 13, 2001.}
     *
     * @param date the date in ISO form as far as printed: {@code 2001-08-13}, {@code 2001-07} or {@code 2001}
     */
    record Periodical(String printed, String title, String date, Optional<String> pinpoint) implements Citation {
        public Periodical {
            Objects.requireNonNull(printed, "printed");
            Objects.requireNonNull(title, "title");
            if (!Objects.requireNonNull(date, "date").matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new IllegalArgumentException("a periodical's date is yyyy[-mm[-dd]]: " + date);
            }
            Objects.requireNonNull(pinpoint, "pinpoint");
        }
    }

    /**
     * A book: {@code Author, *Title* (Place: Publisher, 1999), p. 12.}
     *
     * @param publisher the place and publisher as printed ({@code London: Verso}), never blank
     */
    record Book(String printed, List<String> authors, String title, String publisher, String year,
                Optional<String> pinpoint) implements Citation {
        public Book {
            Objects.requireNonNull(printed, "printed");
            authors = List.copyOf(authors);
            if (authors.isEmpty()) {
                throw new IllegalArgumentException("a book citation names at least one author");
            }
            Objects.requireNonNull(title, "title");
            if (Objects.requireNonNull(publisher, "publisher").isBlank()) {
                throw new IllegalArgumentException("a book citation names its publisher");
            }
            if (!Objects.requireNonNull(year, "year").matches("\\d{4}")) {
                throw new IllegalArgumentException("a book's year is yyyy: " + year);
            }
            Objects.requireNonNull(pinpoint, "pinpoint");
        }
    }

    /** {@code *Ibid.*, p. 21}: the work of the previous note, with a new pinpoint or the same one. */
    record Ibid(String printed, Optional<String> pinpoint) implements Citation {
        public Ibid {
            Objects.requireNonNull(printed, "printed");
            Objects.requireNonNull(pinpoint, "pinpoint");
        }
    }

    /** {@code Author, *op. cit.*, p. 28}: the earlier work by exactly these authors (ambiguous when they have several). */
    record OpCit(String printed, List<String> authors, Optional<String> pinpoint) implements Citation {
        public OpCit {
            Objects.requireNonNull(printed, "printed");
            authors = List.copyOf(authors);
            Objects.requireNonNull(pinpoint, "pinpoint");
        }
    }

    /**
     * Text of a note that is not a citation this parser knows.
     *
     * @param looksLikeCitation true when it has the marks of one (a quoted or italic title with a year or a month, an
     *                          italic title after "see", a page or volume number), so a maintainer should look at it
     */
    record Commentary(String printed, boolean looksLikeCitation) implements Citation {
        public Commentary {
            Objects.requireNonNull(printed, "printed");
        }

        @Override
        public Optional<String> pinpoint() {
            return Optional.empty();
        }
    }
}
