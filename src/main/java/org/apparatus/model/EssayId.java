package org.apparatus.model;

/** The stable id of an essay, a slug that names its files ({@code essays/<id>.html}). */
public record EssayId(String value) implements SlugId<EssayId> {

    public EssayId {
        SlugId.require(value, "essay id");
    }

    @Override
    public String toString() {
        return value;
    }
}
