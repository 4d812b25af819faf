package org.apparatus.model;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The Flexmark node of a {@code [[page n]]} marker: the place where print page {@code n} begins. */
public final class PageMarker extends Node implements DoNotDecorate {

    private final int page;

    PageMarker(BasedSequence chars, int page) {
        super(chars);
        this.page = page;
    }

    public int page() {
        return page;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
