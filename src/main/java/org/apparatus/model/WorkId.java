package org.apparatus.model;

import java.util.Objects;
import org.apparatus.kernel.Slug;

/** The stable id of a cited work, naming its page {@code bibliography/<id>.html}: a slug like {@code wuchte-2001-northeast}. */
public record WorkId(String value) implements Comparable<WorkId> {


    public WorkId {
        Slug.require(Objects.requireNonNull(value, "value"), 80, "work id");
    }

    /** True when {@code value} would make a valid id. */
    public static boolean isValid(String value) {
        return Slug.isValid(value, 80);
    }

    @Override
    public int compareTo(WorkId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
