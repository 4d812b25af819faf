package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Citations the fuzz properties ({@link DateRecogniserPropertyTest}) found misread, as focused examples. */
class CitationParserFuzzFindingsTest {

    @Test
    void februaryTwentyNinthIsADateInLeapYearsOnly() {
        assertThat(CitationParser.isoDate("February 29, 2000")).contains("2000-02-29");
        assertThat(CitationParser.isoDate("Feb. 29, 2004")).contains("2004-02-29");
        assertThat(CitationParser.isoDate("February 29, 2001")).isEmpty();
        assertThat(CitationParser.isoDate("February 29, 1900")).isEmpty();
        // so a periodical of a day that never was is not read as one
        assertThat(CitationParser.parse("*Newsweek*, February 29, 2001.")).singleElement()
                .isInstanceOf(Citation.Commentary.class);
    }
}
