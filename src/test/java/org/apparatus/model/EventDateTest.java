package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventDateTest {

    @Test
    void parsesEachPrecisionAndRanges() {
        assertThat(EventDate.parse("2000", false)).get().extracting(EventDate::precision)
                .isEqualTo(EventDate.Precision.YEAR);
        assertThat(EventDate.parse("2000-07", false).orElseThrow().words()).isEqualTo("July 2000");
        assertThat(EventDate.parse("2000-07-19/2000-07-20", false).orElseThrow().words()).isEqualTo("19–20 July 2000");
        assertThat(EventDate.parse("1994/1996", true).orElseThrow().words()).isEqualTo("about 1994 – 1996");
        assertThat(EventDate.parse("2000-02-30", false)).isEmpty();
        assertThat(EventDate.parse("2001/2000", false)).isEmpty();
        assertThat(EventDate.parse("July 2000", false)).isEmpty();
        assertThatThrownBy(() -> EventDate.of("2000-13")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validIsYearMonthOrDayOnTheCalendarAndNothingElse() {
        assertThat(EventDate.valid("2000")).isTrue();
        assertThat(EventDate.valid("2000-12")).isTrue();
        assertThat(EventDate.valid("2000-02-29")).isTrue();
        assertThat(EventDate.valid("2001-02-29")).isFalse();
        assertThat(EventDate.valid("2000-13")).isFalse();
        assertThat(EventDate.valid("2000-00")).isFalse();
        assertThat(EventDate.valid("2000-7")).isFalse();
        assertThat(EventDate.valid(" 2000")).isFalse();
        assertThat(EventDate.valid("20000")).isFalse();
        assertThat(EventDate.valid("2000/2001")).isFalse();
        assertThat(EventDate.valid("")).isFalse();
    }

    @Test
    void overlapsByTheDaysItCanMean() {
        EventDate visit = EventDate.parse("2000-07-19/2000-07-20", false).orElseThrow();
        assertThat(visit.overlaps(EventDate.of("2000-07"))).isTrue();
        assertThat(visit.overlaps(EventDate.of("2000"))).isTrue();
        assertThat(visit.overlaps(EventDate.of("2000-06"))).isFalse();
        assertThat(EventDate.of("1999").compareTo(EventDate.of("2000-01-01"))).isNegative();
        assertThat(EventDate.of("1999-01-01").compareTo(EventDate.of("1999"))).isNegative();
    }
}
