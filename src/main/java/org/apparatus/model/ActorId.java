package org.apparatus.model;

/** The stable id of an actor, a slug that names its page ({@code actors/<id>.html}). */
public record ActorId(String value) implements SlugId<ActorId> {

    public ActorId {
        SlugId.require(value, "actor id");
    }

    @Override
    public String toString() {
        return value;
    }
}
