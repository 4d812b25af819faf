package org.apparatus.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class PartTest {

    @Test
    void sharedInputsAreMadeOnceForBothPartsAndOnlyWhenAsked() {
        AtomicInteger made = new AtomicInteger();
        Supplier<Object> inputs = Part.shared(() -> List.of("inputs", made.incrementAndGet()));
        Part essay = new Part(List.of("essays/e.html"), inputs, () -> new Contents(List.of(), List.of()));
        Part notes = new Part(List.of("notes/e/1.html"), inputs, () -> new Contents(List.of(), List.of()));
        assertThat(made).hasValue(0); // a build of its own never asks

        Object first = essay.inputs().get();
        assertThat(notes.inputs().get()).isSameAs(first);
        assertThat(made).hasValue(1);
    }

    @Test
    void sharedInputsFromManyThreadsAreOneObject() {
        AtomicInteger made = new AtomicInteger();
        Supplier<Object> inputs = Part.shared(() -> List.of(made.incrementAndGet()));
        List<Object> seen = java.util.stream.IntStream.range(0, 64).parallel().mapToObj(i -> inputs.get()).toList();
        assertThat(seen).allSatisfy(o -> assertThat(o).isSameAs(seen.get(0)));
        assertThat(made).hasValue(1);
    }

    @Test
    void sharedInputsMustBeSomething() {
        assertThatThrownBy(() -> Part.shared(() -> null).get()).isInstanceOf(NullPointerException.class)
                .hasMessage("inputs");
    }
}
