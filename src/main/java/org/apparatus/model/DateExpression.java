package org.apparatus.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a text states it ("In June 2000", "on April 6", "30 December 1999", "in the mid 1990s", "In August of this
 * year"), found by {@link #find} and normalised to an {@link EventDate}.
 *
 * @param start where it starts in the text searched
 * @param end where it ends
 * @param printed the words as printed
 * @param date what it means, when it could be told
 * @param relative true when the words alone do not say the year ("on April 6", "this year")
 * @param problem why {@code date} is empty or was taken from context, for the maintainers
 */
public record DateExpression(int start, int end, String printed, Optional<EventDate> date, boolean relative,
                             String problem) {

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Oct\\."
            + "|Nov\\.|Dec\\.)";
    /**
     * What a date may begin with: a digit, a month's first letters, "the", "early", "mid", "late", or a space or
     * hyphen before a digit ("the mid-1990s", "the 1990s"); the first character is tested first, so that most places
     * in a text are passed over at once. The dates found are those {@link #BODY} finds at the start of any word.
     */
    static final String FIRST = "(?=[0-9JFMASOND teml-])(?<![\\p{L}\\p{N}])"
            + "(?=\\d|Ja|Fe|Ma|Ap|Ju|Au|Se|Oc|No|De|the\\s|early|mid|late|[- ]\\d)";
    /** The dates themselves, each ending at the end of a word. */
    static final String BODY = "(?:"
                    + "(?<dmy>(?<d1>[0-3]?\\d)\\s+" + MONTH.replace("month", "m1") + ",?\\s+(?<y1>1[6-9]\\d\\d|20\\d\\d))"
                    + "|(?<mdy>" + MONTH.replace("month", "m2") + "\\s+(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+"
                    + "(?<y2>1[6-9]\\d\\d|20\\d\\d))"
                    + "|(?<md>" + MONTH.replace("month", "m3") + "\\s+(?<d3>[0-3]?\\d)(?:st|nd|rd|th)?)(?![\\p{N}])"
                    + "|(?<my>" + MONTH.replace("month", "m4") + ",?\\s+(?:of\\s+)?(?<y4>1[6-9]\\d\\d|20\\d\\d))"
                    + "|(?<mthis>" + MONTH.replace("month", "m5") + "\\s+of\\s+(?<which>this|last|next)\\s+year)"
                    + "|(?<decade>(?:the\\s+)?(?<part>early|mid|late)?[- ]?(?<dec>1[6-9]\\d0|20\\d0)'?s)"
                    + "|(?<m>(?<=\\b(?:in|In|of|since|Since|until|by|By|early|late|mid|mid-|from|From|to|and|or|last|"
                    + "next|this|the|'s|’s)[\\s-])" + MONTH.replace("month", "m6") + ")(?![\\p{L}\\p{N}])"
                    + "|(?<y>(?<y6>1[6-9]\\d\\d|20\\d\\d))"
                    + ")(?![\\p{L}\\p{N}])";
    private static final Pattern DATES = Pattern.compile(FIRST + BODY);

    public DateExpression {
        // the same few forms over and over ("in 2001", "March 2001"): one copy of each for the edition
        printed = Objects.requireNonNull(printed, "printed").intern();
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * Finds the dates a text states, in order. A date without its year ("in July", "on April 6") takes the year of
     * the nearest date before it in {@code text} that is not a year used as an adjective ("the 1961 treaty") or,
     * failing that, {@code contextYear}; without either it is reported with no date.
     *
     * @param contextYear the year of the last month or day the text before states (the previous paragraphs), if any
     */
    public static List<DateExpression> find(String text, Optional<Integer> contextYear) {
        return find(text, contextYear, Optional.empty());
    }

    /**
     * Finds the dates as {@link #find(String, Optional)} does; "this year", "last year" and "next year" are read
     * from the year the text was written in, when it is known.
     *
     * @param writtenIn the year the text was written (the essay's date), if known
     */
    public static List<DateExpression> find(String text, Optional<Integer> contextYear, Optional<Integer> writtenIn) {
        List<DateExpression> found = new ArrayList<>();
        Optional<Integer> year = contextYear;
        Matcher m = DATES.matcher(text);
        while (m.find()) {
            DateExpression e = read(m, year, writtenIn);
            found.add(e);
            if (e.date().isPresent() && !e.relative() && !attributive(text, m)) {
                year = Optional.of(e.date().get().to().getYear());
            }
        }
        return found;
    }

    /** A year used as an adjective ("the 1961 treaty", "Russia's 1995 decision") gives no context to the dates after. */
    private static boolean attributive(String text, Matcher m) {
        if (m.group("y") == null) {
            return false;
        }
        String before = text.substring(Math.max(0, m.start() - 4), m.start());
        return before.endsWith("the ") || before.endsWith("'s ") || before.endsWith("’s ");
    }

    private static DateExpression read(Matcher m, Optional<Integer> year, Optional<Integer> writtenIn) {
        String printed = m.group();
        if (m.group("dmy") != null) {
            return exact(m, day(m.group("y1"), m.group("m1"), m.group("d1")));
        }
        if (m.group("mdy") != null) {
            return exact(m, day(m.group("y2"), m.group("m2"), m.group("d2")));
        }
        if (m.group("md") != null) {
            return fromContext(m, year, y -> day(Integer.toString(y), m.group("m3"), m.group("d3")));
        }
        if (m.group("my") != null) {
            return exact(m, Optional.of(m.group("y4") + "-" + month(m.group("m4"))));
        }
        if (m.group("mthis") != null) {
            if (writtenIn.isEmpty()) {
                return new DateExpression(m.start(), m.end(), printed, Optional.empty(), true,
                        "'" + m.group("which") + " year' needs the essay's date (front matter 'date') to be read");
            }
            int y = writtenIn.get() + switch (m.group("which")) { case "last" -> -1; case "next" -> 1; default -> 0; };
            return new DateExpression(m.start(), m.end(), printed, Optional.of(EventDate.of(y + "-"
                    + month(m.group("m5")))), true, "'" + m.group("which") + " year' read from the essay's date");
        }
        if (m.group("decade") != null) {
            int decade = Integer.parseInt(m.group("dec"));
            String part = m.group("part") == null ? "" : m.group("part").toLowerCase(Locale.ROOT);
            int from = decade + switch (part) { case "mid" -> 3; case "late" -> 7; default -> 0; };
            int to = decade + switch (part) { case "early" -> 3; case "mid" -> 6; default -> 9; };
            return new DateExpression(m.start(), m.end(), printed,
                    Optional.of(new EventDate(Integer.toString(from), Integer.toString(to), !part.isEmpty())), false,
                    "");
        }
        if (m.group("m") != null) {
            return fromContext(m, year, y -> Optional.of(y + "-" + month(m.group("m6"))));
        }
        return exact(m, Optional.of(m.group("y6")));
    }

    private static DateExpression exact(Matcher m, Optional<String> iso) {
        return new DateExpression(m.start(), m.end(), m.group(), iso.map(EventDate::of), false,
                iso.isPresent() ? "" : "not a date on the calendar");
    }

    private static DateExpression fromContext(Matcher m, Optional<Integer> year,
                                              java.util.function.IntFunction<Optional<String>> withYear) {
        if (year.isEmpty()) {
            return new DateExpression(m.start(), m.end(), m.group(), Optional.empty(), true,
                    "no year is given or can be told from the text before it");
        }
        Optional<String> iso = withYear.apply(year.get());
        return new DateExpression(m.start(), m.end(), m.group(), iso.map(EventDate::of), true,
                iso.isPresent() ? "year " + year.get() + " taken from the text before it" : "not a date on the calendar");
    }

    private static Optional<String> day(String year, String month, String day) {
        String iso = year + "-" + month(month) + "-" + (day.length() == 1 ? "0" + day : day);
        return EventDate.valid(iso) ? Optional.of(iso) : Optional.empty();
    }

    private static String month(String name) {
        String key = name.substring(0, 3);
        int n = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec").indexOf(key)
                + 1;
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
