package org.apparatus.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** The stable id of a cited work, naming its page {@code bibliography/<id>.html}: a slug like {@code wuchte-2001-northeast}. */
public record WorkId(String value) implements Comparable<WorkId> {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public WorkId {
        Objects.requireNonNull(value, "value");
        if (value.length() > 80 || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("a work id is lower-case words of a-z and 0-9 joined by hyphens,"
                    + " at most 80 characters: '" + value + "'");
        }
    }

    /** True when {@code value} would make a valid id. */
    public static boolean isValid(String value) {
        return value != null && value.length() <= 80 && SLUG.matcher(value).matches();
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
