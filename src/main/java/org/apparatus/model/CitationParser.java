package org.apparatus.model;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the citations of a note's Markdown text. A note is split at semicolons that stand outside quotes and
 * emphasis; each part is an article, a periodical issue, an Ibid., an op. cit., or commentary, in which any article
 * or periodical issue it cites is found and the words around it kept as commentary.
 */
public final class CitationParser {

    private static final String PINPOINT = "(?:pp?\\.|pages?)\\s*(?<pin>\\d+(?:\\s*[-\u2013]\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*[-\u2013]\\s*\\d+)?)*)";
    private static final Pattern IBID = Pattern.compile(
            "^[*_]?\\s*ibid\\.?\\s*[*_]?\\s*(?:,\\s*" + PINPOINT + ")?\\s*\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OP_CIT = Pattern.compile(
            "^(?<authors>[^*\"\u201C\u201D_]+?),\\s*[*_]?\\s*op\\.?\\s*cit\\.?\\s*[*_]?\\s*(?:,\\s*" + PINPOINT
                    + ")?\\s*\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?<authors>[^*\"\u201C\u201D_]+?),\\s*[\"\u201C](?<title>.+?)[,.]?\\s*[\"\u201D],?\\s*[*_](?<journal>[^*_]+)[*_](?<rest>.*)$");
    private static final Pattern PERIODICAL = Pattern.compile(
            "^[*_](?<title>[^*_]+)[*_],?\\s*(?<date>(?:[A-Z][a-z]+\\.?\\s+)?(?:\\d{1,2},?\\s+)?\\d{4})(?:,\\s*" + PINPOINT
                    + ")?\\s*\\.?$");
    /** {@code Author, *Title* (Place: Publisher, 1999), p. 12}: the publication in parentheses makes it a book. */
    private static final String BOOK_TAIL = ",\\s*[*_](?<title>[^*_]+)[*_],?\\s*\\((?<publisher>[^()\\d][^()]*?),?\\s*"
            + "(?<year>(?:1[5-9]|20)\\d{2})\\)(?:,?\\s*" + PINPOINT + ")?";
    private static final Pattern BOOK = Pattern.compile("^(?<authors>[^*\"\u201C\u201D_()]+?)" + BOOK_TAIL
            + "\\s*\\.?$");
    private static final Pattern VOLUME = Pattern.compile("\\bVol(?:ume)?\\.?\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISSUE = Pattern.compile("\\bNo\\.?\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENTHESIS = Pattern.compile("\\((?<season>[^()\\d]*?)[,\\s]*(?<year>\\d{4})\\)");
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d{2}|20\\d{2})\\b");
    private static final Pattern PIN_ANYWHERE = Pattern.compile(PINPOINT);
    /** The marks of a citation: a quoted title before an italic one, a volume, or a page reference. */
    private static final Pattern LOOKS_LIKE_CITATION = Pattern.compile(
            "[\"\u201C][^\"\u201D]+[\"\u201D],?\\s*[*_]|\\bVol\\.\\s*\\d|\\bpp?\\.\\s*\\d|\\bop\\.\\s*cit|\\bibid\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words of prose in a name list: a lowercase word that is no particle of a name ("see", "argues"). */
    private static final Pattern PROSE_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}'\u2019.-])(?!(?:of|the|de|del|della|der|den|van|von|du|da|dos|le|la|al|el|bin|ibn|et|al|y|and|zu)\\b)\\p{Ll}+\\b");
    /** A word that opens a phrase of prose before a citation, never a name: "See Ann Ames, ...". */
    private static final Pattern OPENER = Pattern.compile(
            "^\\s*(?:See|Compare|Cf\\.?|Also|For|In|On|As|According|Quoted|Cited|Note)\\b");
    private static final String MONTH_NAME = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    /** One author's name in prose: capitalised words, initials and particles, not a word that opens a phrase. */
    private static final String NAME = "(?!(?:See|Compare|Cf|Also|For|In|On|As|But|And|According|Quoted|Note|"
            + "Both|The|This|Unlike|Like|Cited|Reported)\\b)\\p{Lu}[\\p{L}\\p{M}'\u2019-]*\\.?"
            + "(?:\\s+(?:(?:de|van|von|der|al|bin|ibn|da|du|le|la)\\s+){0,2}\\p{Lu}[\\p{L}\\p{M}'\u2019-]*\\.?){0,5}";
    /** Up to eight authors, each of up to six words (bounded, so that no run of capitals makes the matcher recurse deep). */
    private static final String AUTHORS = "(?<authors>" + NAME + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)"
            + NAME + "){0,7})";
    /** An article cited inside prose: {@code ... see Ann Ames, "Title," *Journal*, Vol. 2 (1999), p. 4, which ...}. */
    private static final Pattern ARTICLE_IN_PROSE = Pattern.compile("(?<![\\p{L}\\p{N}])" + AUTHORS
            + ",\\s*[\"\u201C](?<title>[^\"\u201C\u201D]+?)[,.]?\\s*[\"\u201D],?\\s*[*_](?<journal>[^*_]+)[*_]"
            + "(?<rest>(?:,?\\s*(?:Vol(?:ume)?\\.?\\s*\\d+|No\\.?\\s*\\d+|\\([^()]*?\\d{4}\\)|(?:1[5-9]|20)\\d{2}(?!\\d)|"
            + PINPOINT.replace("<pin>", "<p2>") + ")){0,8})");
    /** A book cited inside prose: {@code ... see Ann Ames, *Title* (London: Verso, 1999), p. 4, which ...}. */
    private static final Pattern BOOK_IN_PROSE = Pattern.compile("(?<![\\p{L}\\p{N}])" + AUTHORS + BOOK_TAIL);
    /** An issue of a periodical cited inside prose: {@code ... see *Izvestia*, May 4, 2001, which ...}. */
    private static final Pattern PERIODICAL_IN_PROSE = Pattern.compile(
            "(?<![\\p{L}\\p{N}*_])[*_](?<title>\\p{Lu}[^*_]*)[*_],?\\s*\\(?(?<date>" + MONTH_NAME
                    + "\\s+(?:\\d{1,2},?\\s+)?\\d{4})(?!\\d)\\)?(?:,\\s*" + PINPOINT + ")?");
    /** "see", "cf.", an italic title with a month: a note that may cite something its parser could not read. */
    private static final Pattern REFERRING = Pattern.compile("\\b(?:see|cf\\.|compare|quoted in|cited in)\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITALIC = Pattern.compile("[*_][^*_]*\\p{L}[^*_]*[*_]");
    private static final Pattern MONTH_DATE = Pattern.compile("\\b" + MONTH_NAME + "\\s+(?:\\d{1,2},?\\s+)?\\d{4}\\b");
    private static final Pattern DATE = Pattern.compile(
            "^(?:(?<month>[A-Z][a-z]+)\\.?\\s+)?(?:(?<day>\\d{1,2}),?\\s+)?(?<year>\\d{4})$");

    private CitationParser() {
    }

    /** The citations of a note, in order; never empty for a non-blank note. */
    public static List<Citation> parse(String markdown) {
        List<Citation> citations = new ArrayList<>();
        for (String part : split(Text.oneSpaced(markdown).strip())) {
            if (!part.isBlank()) {
                Citation one = parseOne(part.strip());
                citations.addAll(one instanceof Citation.Commentary c ? inProse(c.printed()) : List.of(one));
            }
        }
        return citations;
    }

    static Citation parseOne(String text) {
        String t = text.strip();
        Matcher m = IBID.matcher(t);
        if (m.matches()) {
            return new Citation.Ibid(text, pin(m));
        }
        m = OP_CIT.matcher(t);
        // a name list that is only separators (", ", "&") names nobody: not an op. cit. of any work
        if (m.matches() && !authors(m.group("authors")).isEmpty() && names(m.group("authors"))) {
            return new Citation.OpCit(text, authors(m.group("authors")), pin(m));
        }
        m = ARTICLE.matcher(t);
        // "For the background see Ann Ames, ..." names no author "For the background see Ann Ames": prose, read below
        if (m.matches() && !authors(m.group("authors")).isEmpty() && names(m.group("authors"))) {
            return article(text, m.group("authors"), m.group("title"), m.group("journal"), m.group("rest"));
        }
        m = BOOK.matcher(t);
        if (m.matches() && !authors(m.group("authors")).isEmpty() && names(m.group("authors"))) {
            return book(text, m);
        }
        m = PERIODICAL.matcher(t);
        if (m.matches()) {
            Optional<String> date = isoDate(m.group("date"));
            if (date.isPresent()) {
                return new Citation.Periodical(text, m.group("title").strip(), date.get(), pin(m));
            }
        }
        return new Citation.Commentary(text, looksLikeCitation(t));
    }

    /** True when a printed author list is names only, not prose ending in names. */
    private static boolean names(String printed) {
        return !PROSE_WORD.matcher(printed).find() && !OPENER.matcher(printed).find();
    }

    private static boolean looksLikeCitation(String t) {
        boolean italic = ITALIC.matcher(t).find();
        boolean referring = REFERRING.matcher(t).find();
        return LOOKS_LIKE_CITATION.matcher(t).find()
                || italic && (YEAR.matcher(t).find() || referring || MONTH_DATE.matcher(t).find())
                || referring && MONTH_DATE.matcher(t).find();
    }

    /**
     * The citations inside commentary ("For the reaction see *Izvestia*, May 4, 2001, which ..."): each article and
     * periodical issue it cites in the shapes above, in order, with the commentary around them kept as commentary.
     */
    static List<Citation> inProse(String text) {
        List<int[]> spans = new ArrayList<>();
        List<Citation> found = new ArrayList<>();
        Matcher a = ARTICLE_IN_PROSE.matcher(text);
        while (a.find()) {
            if (!authors(a.group("authors")).isEmpty()) {
                spans.add(new int[] {a.start(), a.end()});
                found.add(article(a.group().strip(), a.group("authors"), a.group("title"), a.group("journal"),
                        a.group("rest")));
            }
        }
        Matcher b = BOOK_IN_PROSE.matcher(text);
        while (b.find()) {
            int s = b.start();
            int e = b.end();
            if (!authors(b.group("authors")).isEmpty() && spans.stream().noneMatch(x -> x[0] < e && s < x[1])) {
                spans.add(new int[] {s, e});
                found.add(book(b.group().strip(), b));
            }
        }
        Matcher p = PERIODICAL_IN_PROSE.matcher(text);
        while (p.find()) {
            int s = p.start();
            int e = p.end();
            Optional<String> date = isoDate(p.group("date").replace(".", ""));
            if (date.isPresent() && spans.stream().noneMatch(x -> x[0] < e && s < x[1])) {
                spans.add(new int[] {s, e});
                found.add(new Citation.Periodical(p.group().strip(), p.group("title").strip(), date.get(), pin(p)));
            }
        }
        if (found.isEmpty()) {
            return List.of(new Citation.Commentary(text, looksLikeCitation(text)));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt(i -> spans.get(i)[0]));
        List<Citation> citations = new ArrayList<>();
        int at = 0;
        for (int i : order) {
            commentary(text.substring(at, spans.get(i)[0])).ifPresent(citations::add);
            citations.add(found.get(i));
            at = spans.get(i)[1];
        }
        commentary(text.substring(at)).ifPresent(citations::add);
        return citations;
    }

    /** The words of commentary between citations, if it has any. */
    private static Optional<Citation> commentary(String words) {
        String w = words.strip();
        return w.codePoints().anyMatch(Character::isLetter)
                ? Optional.of(new Citation.Commentary(w, looksLikeCitation(w))) : Optional.empty();
    }

    private static Citation.Book book(String printed, Matcher m) {
        return new Citation.Book(printed, authors(m.group("authors")), m.group("title").strip(),
                m.group("publisher").strip(), m.group("year"), pin(m));
    }

    private static Citation.Article article(String printed, String authors, String title, String journal,
                                            String rest) {
        String volume = first(VOLUME, rest);
        String issue = first(ISSUE, rest);
        String season = "";
        String year;
        Matcher paren = PARENTHESIS.matcher(rest);
        if (paren.find()) {
            season = paren.group("season").replaceAll("[,\\s]+$", "").strip();
            year = paren.group("year");
        } else {
            Matcher y = YEAR.matcher(rest.replaceAll(PINPOINT, ""));
            year = y.find() ? y.group(1) : "";
        }
        Matcher pin = PIN_ANYWHERE.matcher(rest);
        Optional<String> pinpoint = pin.find() ? Optional.of(normalisePin(pin.group("pin"))) : Optional.empty();
        return new Citation.Article(printed, authors(authors), title.strip(), journal.strip(), volume, issue, season,
                year, pinpoint);
    }

    /** {@code July 20, 2000} as {@code 2000-07-20}; {@code July 2001} as {@code 2001-07}; {@code 2001}. */
    static Optional<String> isoDate(String printed) {
        Matcher m = DATE.matcher(printed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String year = m.group("year");
        if (m.group("month") == null) {
            return m.group("day") == null ? Optional.of(year) : Optional.empty();
        }
        Optional<Month> month = month(m.group("month"));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        String ym = year + "-" + String.format(Locale.ROOT, "%02d", month.get().getValue());
        if (m.group("day") == null) {
            return Optional.of(ym);
        }
        int day = Integer.parseInt(m.group("day"));
        if (day < 1 || day > YearMonth.of(Integer.parseInt(year), month.get()).lengthOfMonth()) { // 29 Feb: leap years only
            return Optional.empty();
        }
        return Optional.of(ym + "-" + String.format(Locale.ROOT, "%02d", day));
    }

    private static Optional<Month> month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    /** {@code Ian Bremmer and Alexander Zaslavsky} as two names; {@code A, B, and C} as three. */
    static List<String> authors(String printed) {
        List<String> names = new ArrayList<>();
        for (String part : printed.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }

    private static Optional<String> pin(Matcher m) {
        String pin = m.group("pin");
        return pin == null ? Optional.empty() : Optional.of(normalisePin(pin));
    }

    private static String normalisePin(String pin) {
        return pin.replaceAll("\\s*[-\u2013]\\s*", "\u2013").replaceAll("\\s*,\\s*", ", ");
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** Splits at semicolons outside double quotes and emphasis. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean emphasis = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\u201C') {
                quoted = true;
            } else if (c == '\u201D') {
                quoted = false;
            } else if (c == '*') {
                emphasis = !emphasis;
            }
            if (c == ';' && !quoted && !emphasis) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
