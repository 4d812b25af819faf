package org.apparatus.view;

import java.util.List;

import org.apparatus.export.DataFile;

/** What a part makes. */
public record Contents(List<Page> pages, List<DataFile> files) {
    public Contents {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }
}
