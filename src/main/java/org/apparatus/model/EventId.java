package org.apparatus.model;

import java.util.Objects;

import org.apparatus.kernel.Slug;

/** The stable id of an event, a slug that names its page ({@code events/<id>.html}). */
public record EventId(String value) implements Comparable<EventId> {

    public EventId {
        Slug.require(Objects.requireNonNull(value, "value"), 80, "event id");
    }

    /** True when {@code value} would make a valid id. */
    public static boolean isValid(String value) {
        return Slug.isValid(value, 80);
    }

    @Override
    public int compareTo(EventId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
