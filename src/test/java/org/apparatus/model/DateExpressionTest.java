package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apparatus.Mutations;
import org.junit.jupiter.api.Test;

/**
 * The forms of dates the essays use. The property is QuickTheories (seeded by {@code QT_SEED}, see the pom), not
 * Jazzer: it checks any text, of every kind of character, and a failure shrinks to the few characters that break it.
 */
class DateExpressionTest {

    private static List<String> isos(String text, Integer contextYear) {
        return DateExpression.find(text, Optional.ofNullable(contextYear)).stream()
                .map(d -> d.printed() + "=" + d.date().map(EventDate::iso).orElse("?")).toList();
    }

    @Test
    void readsTheFormsTheEssaysUse() {
        assertThat(isos("In June 2000, Putin visited Pyongyang.", null)).containsExactly("June 2000=2000-06");
        assertThat(isos("It was signed on 30 December 1999 in Moscow.", null))
                .containsExactly("30 December 1999=1999-12-30");
        assertThat(isos("Newsweek, August 13, 2001.", null)).containsExactly("August 13, 2001=2001-08-13");
        assertThat(isos("as it was in the mid 1990s and the late 1980s", null))
                .containsExactly("the mid 1990s=1993/1996", "the late 1980s=1987/1989");
        assertThat(isos("in the 1990s", null)).containsExactly("the 1990s=1990/1999");
    }

    @Test
    void aDateWithoutItsYearTakesItFromTheTextBefore() {
        assertThat(isos("The treaty was ratified in 2000: by Pyongyang on April 6, by Moscow on July 19.", null))
                .containsExactly("2000=2000", "April 6=2000-04-06", "July 19=2000-07-19");
        assertThat(isos("Ratified on April 6, as planned.", 2000)).containsExactly("April 6=2000-04-06");
        List<DateExpression> found = DateExpression.find("ratified on April 6", Optional.empty());
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.date()).isEmpty();
            assertThat(d.relative()).isTrue();
            assertThat(d.problem()).contains("no year");
        });
    }

    @Test
    void aYearUsedAsAnAdjectiveGivesNoContext() {
        assertThat(isos("Two events occurred in 2000, the February signing of a treaty replacing the 1961 treaty,"
                + " and Putin's July visit to Pyongyang.", null))
                .containsExactly("2000=2000", "February=2000-02", "1961=1961", "July=2000-07");
    }

    @Test
    void thisYearIsFlaggedWithoutTheEssaysDate() {
        List<DateExpression> found = DateExpression.find("In August of this year Putin and Kim met.", Optional.empty());
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.printed()).isEqualTo("August of this year");
            assertThat(d.date()).isEmpty();
            assertThat(d.relative()).isTrue();
        });
    }

    @Test
    void thisYearIsReadFromTheEssaysDate() {
        assertThat(DateExpression.find("In August of this year they met; in May of last year not.", Optional.empty(),
                Optional.of(2002))).extracting(d -> d.date().map(EventDate::iso).orElse("?"))
                .containsExactly("2002-08", "2001-05");
    }

    @Test
    void theModalMayAndNumbersAreNotDates() {
        assertThat(isos("Russia may act. It has 1,000 troops and 20 tanks; page 104-7.", null)).isEmpty();
        assertThat(isos("by May 1999 it was late", null)).containsExactly("May 1999=1999-05");
    }

    @Test
    void impossibleDaysAreNotDates() {
        assertThat(isos("on 31 February 2000", null)).containsExactly("31 February 2000=?");
    }

    @Test
    void neverThrowsAndGivesOnlyRealDates() {
        qt().withExamples(300).forAll(Mutations.anyText(0, 255)).checkAssert(text -> {
            for (DateExpression d : DateExpression.find(text, Optional.of(2000))) {
                assertThat(d.start()).isBetween(0, text.length());
                assertThat(text.substring(d.start(), d.end())).isEqualTo(d.printed());
                d.date().ifPresent(date -> assertThat(EventDate.valid(date.start())).isTrue());
            }
        });
    }

    /** Every match of a pattern in a text: where, and every group. */
    private static List<String> matches(Pattern pattern, String text) {
        List<String> all = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            StringBuilder match = new StringBuilder(m.start() + "-" + m.end());
            for (int group = 1; group <= m.groupCount(); group++) {
                match.append('|').append(m.group(group));
            }
            all.add(match.toString());
        }
        return all;
    }

    /** The pieces texts are made of: the words and characters dates begin and end with, and others. */
    private static final List<String> PIECES = List.of("January", "Jan.", "June", "Jul.", "May", "Mar.", "March",
            "Sept.", "Sep.", "September", "Dec.", "December", "Ma", "Ju", "the", "The", "early", "mid", "mid-",
            "late", "in", "In", "of", "this", "last", "year", "since", "by", "’s", "'s", "s", "st", "th", ",", ".",
            " ", " ", " ", "\n", "-", "—", "1", "0", "9", "19", "20", "1990", "2000", "1995", "1990s", "2000s",
            "30", "6", "31", "x", "t", "e", "é", "Korea", "1600", "2099", "1599");

    @Test
    void theQuickFirstTestFindsTheSameDatesAsThePatternAlone() {
        Pattern quick = Pattern.compile(DateExpression.FIRST + DateExpression.BODY);
        // the oracle: the dates at the start of any word, every place tried
        Pattern plain = Pattern.compile("(?<![\\p{L}\\p{N}])" + DateExpression.BODY);
        qt().withExamples(3000).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 14))
                .checkAssert(pieces -> {
                    StringBuilder text = new StringBuilder();
                    pieces.forEach(i -> text.append(PIECES.get(i).replace("\\n", "\n")));
                    assertThat(matches(quick, text.toString())).as(text.toString())
                            .isEqualTo(matches(plain, text.toString()));
                });
        qt().withExamples(500).forAll(Mutations.anyText(0, 255)).checkAssert(text ->
                assertThat(matches(quick, text)).as(text).isEqualTo(matches(plain, text)));
        assertThat(matches(quick, "in the mid-1990s, in May 2000 and on 30 December 1999")).hasSize(3);
    }
}
