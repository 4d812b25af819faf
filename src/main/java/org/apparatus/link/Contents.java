package org.apparatus.link;

import java.util.List;

/** What a part makes. */
public record Contents(List<Page> pages, List<DataFile> files) {
    public Contents {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }
}
