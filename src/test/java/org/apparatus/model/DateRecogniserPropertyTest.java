package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apparatus.Mutations;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The date recogniser ({@link CitationParser#isoDate}) reads the dates periodicals are cited by. Whatever it is given,
 * it never throws, and what it returns is an ISO date ({@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}) that exists
 * on the calendar; the printed forms of real dates come back as those dates.
 *
 * <p>QuickTheories, not Jazzer: the near-dates are built from month names, day and year numbers and separators, so the
 * generator reaches every branch of the recogniser by construction, and a failure shrinks to a short printed date.
 * Seeded by {@code QT_SEED} (see the pom).
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

    @Test
    void anyTextGivesNothingOrARealDate() {
        qt().withExamples(300).forAll(Mutations.anyText(0, 255)).checkAssert(DateRecogniserPropertyTest::assertRealDate);
    }

    @Test
    void nearDatesGiveNothingOrARealDate() {
        qt().withExamples(500).forAll(nearDates()).checkAssert(DateRecogniserPropertyTest::assertRealDate);
    }

    /** Strings shaped like dates: month names and abbreviations, any day number, years, in any order. */
    private static Gen<String> nearDates() {
        List<Month> months = List.of(Month.values());
        Gen<String> month = Generate.oneOf(
                Generate.pick(months).map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
                Generate.pick(months).map(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "."),
                Generate.pick(List.of("Sept.", "Febr", "Ma", "Mayo", "JULY", "july", "Jun", "Juli", "Dece", "")));
        Gen<String> day = integers().between(0, 99).map(n -> String.valueOf(n));
        Gen<String> year = Generate.oneOf(integers().between(0, 9999).map(y -> String.format(Locale.ROOT, "%04d", y)),
                Generate.pick(List.of("1900", "2000", "2001", "2004")));
        Gen<String> separator = Generate.pick(List.of(" ", ", ", ",", "  ", "\t", "", " ,"));
        Gen<String> date = month.zip(separator, day, separator, year, (m, s1, d, s2, y) -> m + s1 + d + s2 + y);
        return date.zip(lists().of(Mutations.mutation()).ofSizeBetween(0, 2), (d, mutations) -> {
            String out = d;
            for (Mutations.Mutation m : mutations) {
                out = m.apply(out);
            }
            return out;
        }).describedAs(Mutations::escape);
    }

    /** A real date and the three printed forms a note may give it in. */
    record Printed(LocalDate date, String full, String monthYear, String abbreviated) {
    }

    private static Gen<Printed> realDates() {
        return integers().between(1000, 9999).flatMap(year -> integers().between(1, 12)
                .flatMap(month -> integers().between(1, YearMonth.of(year, month).lengthOfMonth())
                        .map(day -> {
                            LocalDate date = LocalDate.of(year, month, day);
                            String name = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                            String abbreviation = date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                            return new Printed(date, name + " " + day + ", " + year, name + " " + year,
                                    abbreviation + ". " + day + ", " + year);
                        })));
    }

    @Test
    void printedDatesRoundTrip() {
        qt().withExamples(300).forAll(realDates()).checkAssert(DateRecogniserPropertyTest::roundTrips);
    }

    private static void roundTrips(Printed printed) {
        String iso = printed.date().toString();
        assertThat(CitationParser.isoDate(printed.full())).contains(iso);
        assertThat(CitationParser.isoDate(printed.abbreviated())).contains(iso);
        assertThat(CitationParser.isoDate(printed.monthYear())).contains(iso.substring(0, 7));
        assertThat(CitationParser.isoDate(String.valueOf(printed.date().getYear()))).contains(iso.substring(0, 4));
        // and as a periodical citation, the date is the one printed
        assertThat(CitationParser.parse("*Newsweek*, " + printed.full() + ", p. 3."))
                .singleElement().isInstanceOfSatisfying(Citation.Periodical.class, p -> assertThat(p.date()).isEqualTo(iso));
    }

    @Test
    void daysPastTheEndOfTheMonthAreNoDate() {
        qt().withExamples(200).forAll(integers().between(1000, 9999), integers().between(1, 12),
                integers().between(1, 10)).checkAssert(DateRecogniserPropertyTest::pastTheEnd);
    }

    private static void pastTheEnd(int year, int month, int past) {
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
