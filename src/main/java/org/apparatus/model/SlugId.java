package org.apparatus.model;

import java.util.Objects;

import org.apparatus.kernel.Slug;

/**
 * What every typed id shares ({@link EssayId}, {@link WorkId}, {@link ActorId}, {@link EventId}): a slug of at most
 * {@value #MAX} characters that names the id's page, so it can never hold a path, a dot or a capital; ids compare by
 * their value.
 *
 * @param <T> the id's own type
 */
public interface SlugId<T extends SlugId<T>> extends Comparable<T> {

    /** The longest an id may be. */
    int MAX = 80;

    /** The id as written. */
    String value();

    /** True when {@code value} would make a valid id of any kind. */
    static boolean isValid(String value) {
        return Slug.isValid(value, MAX);
    }

    /** The value, if it makes a valid id; otherwise an exception naming {@code what} (such as "actor id"). */
    static String require(String value, String what) {
        return Slug.require(Objects.requireNonNull(value, "value"), MAX, what);
    }

    @Override
    default int compareTo(T other) {
        return value().compareTo(other.value());
    }
}
