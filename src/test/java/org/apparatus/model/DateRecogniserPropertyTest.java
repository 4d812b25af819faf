package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apparatus.Mutations;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The date recogniser ({@link CitationParser#isoDate}) reads the dates periodicals are cited by. Whatever it is given,
 * it never throws, and what it returns is an ISO date ({@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}) that exists
 * on the calendar; the printed forms of real dates come back as those dates.
 */
class DateRecogniserPropertyTest {

    private static void assertRealDate(String printed) {
        Optional<String> iso = CitationParser.isoDate(printed);
        iso.ifPresent(date -> {
            assertThat(date).as("from %s", Mutations.escape(printed)).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            switch (date.length()) {
                case 4 -> { } // any four digits are a year
                case 7 -> YearMonth.parse(date);
                default -> assertThat(LocalDate.parse(date)).as("from %s", printed).isNotNull();
            }
        });
    }

    @Property(tries = 300)
    void anyTextGivesNothingOrARealDate(@ForAll String printed) {
        assertRealDate(printed);
    }

    @Property(tries = 500)
    void nearDatesGiveNothingOrARealDate(@ForAll("nearDates") String printed) {
        assertRealDate(printed);
    }

    /** Strings shaped like dates: month names and abbreviations, any day number, years, in any order. */
    @Provide
    Arbitrary<String> nearDates() {
        Arbitrary<String> month = Arbitraries.oneOf(
                Arbitraries.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
                Arbitraries.of(Month.values()).map(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "."),
                Arbitraries.of("Sept.", "Febr", "Ma", "Mayo", "JULY", "july", "Jun", "Juli", "Dece", ""));
        Arbitrary<String> day = Arbitraries.integers().between(0, 99).map(String::valueOf);
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.integers().between(0, 9999)
                .map(y -> String.format(Locale.ROOT, "%04d", y)), Arbitraries.of("1900", "2000", "2001", "2004"));
        Arbitrary<String> separator = Arbitraries.of(" ", ", ", ",", "  ", "\t", "", " ,");
        Arbitrary<String> date = Combinators.combine(month, separator, day, separator, year)
                .as((m, s1, d, s2, y) -> m + s1 + d + s2 + y);
        return Combinators.combine(date, Mutations.mutation().list().ofMaxSize(2)).as((d, mutations) -> {
            String out = d;
            for (Mutations.Mutation m : mutations) {
                out = m.apply(out);
            }
            return out;
        });
    }

    /** A real date and the three printed forms a note may give it in. */
    record Printed(LocalDate date, String full, String monthYear, String abbreviated) {
    }

    @Provide
    Arbitrary<Printed> realDates() {
        return Arbitraries.integers().between(1000, 9999).flatMap(year -> Arbitraries.integers().between(1, 12)
                .flatMap(month -> Arbitraries.integers().between(1, YearMonth.of(year, month).lengthOfMonth())
                        .map(day -> {
                            LocalDate date = LocalDate.of(year, month, day);
                            String name = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                            String abbreviation = date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                            return new Printed(date, name + " " + day + ", " + year, name + " " + year,
                                    abbreviation + ". " + day + ", " + year);
                        })));
    }

    @Property(tries = 300)
    void printedDatesRoundTrip(@ForAll("realDates") Printed printed) {
        String iso = printed.date().toString();
        assertThat(CitationParser.isoDate(printed.full())).contains(iso);
        assertThat(CitationParser.isoDate(printed.abbreviated())).contains(iso);
        assertThat(CitationParser.isoDate(printed.monthYear())).contains(iso.substring(0, 7));
        assertThat(CitationParser.isoDate(String.valueOf(printed.date().getYear()))).contains(iso.substring(0, 4));
        // and as a periodical citation, the date is the one printed
        assertThat(CitationParser.parse("*Newsweek*, " + printed.full() + ", p. 3."))
                .singleElement().isInstanceOfSatisfying(Citation.Periodical.class, p -> assertThat(p.date()).isEqualTo(iso));
    }

    @Property(tries = 200)
    void daysPastTheEndOfTheMonthAreNoDate(@ForAll @IntRange(min = 1000, max = 9999) int year,
                                          @ForAll @IntRange(min = 1, max = 12) int month,
                                          @ForAll @IntRange(min = 1, max = 10) int past) {
        YearMonth ym = YearMonth.of(year, month);
        int day = ym.lengthOfMonth() + past;
        String name = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (day <= 99) {
            assertThat(CitationParser.isoDate(name + " " + day + ", " + year)).as(name + " " + day + ", " + year)
                    .isEmpty();
        }
        assertThat(List.of(name + " 0, " + year)).allSatisfy(p -> assertThat(CitationParser.isoDate(p)).isEmpty());
    }
}
