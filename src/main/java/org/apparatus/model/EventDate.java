package org.apparatus.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as precisely as it is known: a year, a month or a day, or a range of two such, possibly approximate.
 *
 * @param start the first day, month or year, ISO ({@code 2000}, {@code 2000-07}, {@code 2000-07-19})
 * @param end the last, in the same form, or equal to {@code start} for a single date
 * @param approximate true when it is only roughly known ("the mid-1990s")
 */
public record EventDate(String start, String end, boolean approximate) implements Comparable<EventDate> {

    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /** How precise a date is. */
    public enum Precision { YEAR, MONTH, DAY }

    public EventDate {
        // an edition's statements give a few thousand dates, each many times: one copy of each
        start = Objects.requireNonNull(start, "start").intern();
        end = Objects.requireNonNull(end, "end").intern();
        if (!valid(start) || !valid(end)) {
            throw new IllegalArgumentException("expected yyyy, yyyy-mm or yyyy-mm-dd: " + start + "/" + end);
        }
        if (first(end).isBefore(first(start))) {
            throw new IllegalArgumentException("a range ends after it starts: " + start + "/" + end);
        }
    }

    /** A single date. */
    public static EventDate of(String iso) {
        return new EventDate(iso, iso, false);
    }

    /** Reads {@code yyyy[-mm[-dd]]} or {@code start/end}, if it is a date on the calendar. */
    public static Optional<EventDate> parse(String text, boolean approximate) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length > 2 || !valid(parts[0]) || !valid(parts[parts.length - 1])) {
            return Optional.empty();
        }
        String end = parts[parts.length - 1];
        if (first(end).isBefore(first(parts[0]))) {
            return Optional.empty();
        }
        return Optional.of(new EventDate(parts[0], end, approximate));
    }

    /**
     * True for {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd} naming a real date: the one check of a date's form
     * in the build (events, essays, and the {@code when} of the TEI exports, which accepts the same three forms).
     */
    public static boolean valid(String iso) {
        if (!ISO.matcher(iso).matches()) {
            return false;
        }
        try {
            first(iso);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static LocalDate first(String iso) {
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
            case 7 -> YearMonth.parse(iso).atDay(1);
            default -> LocalDate.parse(iso);
        };
    }

    private static LocalDate last(String iso) {
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 12, 31);
            case 7 -> YearMonth.parse(iso).atEndOfMonth();
            default -> LocalDate.parse(iso);
        };
    }

    /** The first day the date can mean. */
    public LocalDate from() {
        return first(start);
    }

    /** The last day the date can mean. */
    public LocalDate to() {
        return last(end);
    }

    /** The precision of the start. */
    public Precision precision() {
        return switch (start.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        };
    }

    /** True when the two dates can mean a common day. */
    public boolean overlaps(EventDate other) {
        return !to().isBefore(other.from()) && !other.to().isBefore(from());
    }

    /** The ISO form: {@code start} or {@code start/end}. */
    public String iso() {
        return start.equals(end) ? start : start + "/" + end;
    }

    /** The date in words: "19–20 July 2000", "July 2000", "about 1995". */
    public String words() {
        String words;
        if (start.equals(end)) {
            words = words(start);
        } else if (start.length() == 10 && end.length() == 10 && start.substring(0, 7).equals(end.substring(0, 7))) {
            words = Integer.parseInt(start.substring(8)) + "–" + words(end);
        } else {
            words = words(start) + " – " + words(end);
        }
        return approximate ? "about " + words : words;
    }

    private static String words(String iso) {
        return switch (iso.length()) {
            case 4 -> iso;
            case 7 -> MONTHS[Integer.parseInt(iso.substring(5)) - 1] + " " + iso.substring(0, 4);
            default -> Integer.parseInt(iso.substring(8)) + " " + MONTHS[Integer.parseInt(iso.substring(5, 7)) - 1]
                    + " " + iso.substring(0, 4);
        };
    }

    @Override
    public int compareTo(EventDate other) {
        int c = from().compareTo(other.from());
        return c != 0 ? c : to().compareTo(other.to());
    }
}
