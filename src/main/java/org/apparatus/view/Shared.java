package org.apparatus.view;

import java.util.List;

import org.apparatus.model.EditionSettings;
import org.apparatus.model.Registry;
import org.apparatus.model.Work;

/**
 * What any part may read besides its own inputs: the edition's settings, the navigation, the registries, the
 * works (which also fix how each citation is formatted) and every essay's id and title, in edition order. It is
 * taken from the {@link Memo} when equal to the last build's, so that parts compare it at once.
 */
public record Shared(EditionSettings edition, List<Section> sections, Registry registry, List<Work> works,
                     List<Titled> essays) {
    public Shared {
        sections = List.copyOf(sections);
        works = List.copyOf(works);
        essays = List.copyOf(essays);
    }
}
