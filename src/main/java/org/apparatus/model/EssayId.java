package org.apparatus.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable id of an essay: lower-case letters and digits in hyphen-joined words, at most 80 characters. It names
 * the essay's files ({@code essays/<id>.html}), so it can never hold a path, a dot or a capital.
 */
public record EssayId(String value) implements Comparable<EssayId> {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public EssayId {
        Objects.requireNonNull(value, "value");
        if (value.length() > 80 || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("an essay id is lower-case words of a-z and 0-9 joined by single"
                    + " hyphens, at most 80 characters: '" + value + "'");
        }
    }

    /** True when {@code value} would make a valid id. */
    public static boolean isValid(String value) {
        return value != null && value.length() <= 80 && SLUG.matcher(value).matches();
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
