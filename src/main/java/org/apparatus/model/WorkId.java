package org.apparatus.model;

/** The stable id of a work, a slug that names its page ({@code bibliography/<id>.html}). */
public record WorkId(String value) implements SlugId<WorkId> {

    public WorkId {
        SlugId.require(value, "work id");
    }

    @Override
    public String toString() {
        return value;
    }
}
