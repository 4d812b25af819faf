package org.apparatus.model;

import java.util.Objects;

import org.apparatus.kernel.Slug;

/** The stable id of an actor, a slug that names its page ({@code actors/<id>.html}). */
public record ActorId(String value) implements Comparable<ActorId> {

    public ActorId {
        Slug.require(Objects.requireNonNull(value, "value"), 80, "actor id");
    }

    /** True when {@code value} would make a valid id. */
    public static boolean isValid(String value) {
        return Slug.isValid(value, 80);
    }

    @Override
    public int compareTo(ActorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
