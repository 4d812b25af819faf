package org.apparatus.model;

import java.util.Objects;
import org.apparatus.kernel.Slug;

/**
 * The stable id of an essay: lower-case letters and digits in hyphen-joined words, at most 80 characters. It names
 * the essay's files ({@code essays/<id>.html}), so it can never hold a path, a dot or a capital.
 */
public record EssayId(String value) implements Comparable<EssayId> {


    public EssayId {
        Slug.require(Objects.requireNonNull(value, "value"), 80, "essay id");
    }

    /** True when {@code value} would make a valid id. */
    public static boolean isValid(String value) {
        return Slug.isValid(value, 80);
    }

    @Override
    public int compareTo(EssayId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
