package org.apparatus.link;

import org.apparatus.model.Essay;

/**
 * An essay with its annotations: the inputs of what is made from both (its mentions for the exports, its
 * passages for other pages), kept by the {@link Memo} while both are unchanged.
 */
public record Annotated(Essay essay, Annotations annotations) {
}
