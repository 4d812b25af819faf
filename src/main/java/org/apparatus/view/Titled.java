package org.apparatus.view;

import org.apparatus.model.EssayId;
import org.apparatus.model.Text;

/** An essay's id and title, as other pages link to it. */
public record Titled(EssayId id, Text title) {
}
