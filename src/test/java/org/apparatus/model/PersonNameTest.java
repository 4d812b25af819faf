package org.apparatus.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void theFamilyNameIsTheLastWordAndTheGivenNamesAllBefore() {
        assertThat(PersonName.of("Seung-Ho Joo")).isEqualTo(new PersonName("Joo", "Seung-Ho"));
        assertThat(PersonName.of("Evgeny V. Afanasiev")).isEqualTo(new PersonName("Afanasiev", "Evgeny V."));
        assertThat(PersonName.of("  Ian  Bremmer ")).isEqualTo(new PersonName("Bremmer", "Ian"));
    }

    @Test
    void aOneWordNameIsAllFamily() {
        assertThat(PersonName.of("Xinhua")).isEqualTo(new PersonName("Xinhua", ""));
        assertThat(PersonName.of("Xinhua").inverted()).isEqualTo("Xinhua");
    }

    @Test
    void invertedIsFamilyCommaGiven() {
        assertThat(PersonName.of("Evgeny V. Afanasiev").inverted()).isEqualTo("Afanasiev, Evgeny V.");
    }
}
