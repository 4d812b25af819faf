package org.apparatus.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated event the essays describe, as the maintainers registered it in {@code content/events.yml}.
 *
 * @param label how to say a vague date ("the mid-1990s"), or empty to use the date's own words
 * @param place where it happened, free text, or empty
 * @param participants the actors taking part
 * @param description one editorial line
 * @param cues phrases marking a passage as being about this event, matched without regard to case
 * @param line the registry line it starts on, for diagnostics
 */
public record Event(EventId id, String title, EventDate date, String label, String place, List<ActorId> participants,
                    String description, List<String> cues, int line) {

    public Event {
        Objects.requireNonNull(id, "id");
        if (Objects.requireNonNull(title, "title").isBlank()) {
            throw new IllegalArgumentException("an event needs a title");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(place, "place");
        participants = List.copyOf(participants);
        Objects.requireNonNull(description, "description");
        cues = List.copyOf(cues);
    }

    /** The date as pages print it. */
    public String when() {
        return label.isBlank() ? date.words() : label;
    }
}
