package org.apparatus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleCaseTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "THE PUTIN ADMINISTRATION'S NORTH KOREAN POLICY | Russia and Korea.        | The Putin Administration's North Korean Policy",
        "RUSSIA AND THE DPRK                          | The DPRK is small.       | Russia and the DPRK",
        "RUSSIA AND THE DPRK                          | The Dprk is small.       | Russia and the Dprk",
        "A POLICY OF THE WEST                         | -                        | A Policy of the West",
        "WHAT IT IS FOR                               | -                        | What It Is For",
        "POLICY: A VIEW FROM THE EAST                 | -                        | Policy: A View from the East",
        "ANTI-WESTERN IMAGES IN THE 1990S             | -                        | Anti-Western Images in the 1990s",
        "SELF-RELIANCE AND THE STATE                  | -                        | Self-Reliance and the State",
        "PUTIN\u2019S WAY                            | -                        | Putin\u2019s Way",
        "THE US IN ASIA                               | the US said              | The US in Asia",
    })
    void titleCase(String capitals, String body, String expected) {
        assertThat(TitleCase.isAllCapitals(capitals)).isTrue();
        assertThat(TitleCase.of(capitals, body)).isEqualTo(expected);
        assertThat(SeedImporter.properTitle(capitals, body)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"The Title, false", "1990, false", "THE 1990S, true", "'', false", "ÉTUDES, true", "Études, false"})
    void isAllCapitals(String text, boolean capitals) {
        assertThat(TitleCase.isAllCapitals(text)).isEqualTo(capitals);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"The Putin Years | The Putin Years", "russia today | russia today"})
    void mixedCaseTitlesAreKept(String title, String expected) {
        assertThat(SeedImporter.properTitle(title, "body")).isEqualTo(expected);
    }
}
