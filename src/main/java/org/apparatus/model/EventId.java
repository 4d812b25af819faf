package org.apparatus.model;

/** The stable id of an event, a slug that names its page ({@code events/<id>.html}). */
public record EventId(String value) implements SlugId<EventId> {

    public EventId {
        SlugId.require(value, "event id");
    }

    @Override
    public String toString() {
        return value;
    }
}
