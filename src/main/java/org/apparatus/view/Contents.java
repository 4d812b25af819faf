package org.apparatus.view;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

import org.apparatus.export.DataFile;

/**
 * What a part makes. A part of many pages may make them {@linkplain #oneByOne one at a time}, as they are written, so
 * that it never holds them all.
 */
public record Contents(List<Page> pages, List<DataFile> files) {
    public Contents {
        pages = pages instanceof OneByOne ? pages : List.copyOf(pages);
        files = List.copyOf(files);
    }

    /**
     * Contents of {@code count} pages, each made by {@code page} from its number (from 0) whenever it is asked for,
     * and not kept: read them once, in order, where their number is large.
     */
    public static Contents oneByOne(int count, IntFunction<Page> page, List<DataFile> files) {
        return new Contents(new OneByOne(count, page), files);
    }

    /** Pages made when asked for. */
    private static final class OneByOne extends AbstractList<Page> implements RandomAccess {
        private final int count;
        private final IntFunction<Page> page;

        OneByOne(int count, IntFunction<Page> page) {
            if (count < 0) {
                throw new IllegalArgumentException("a count of pages is at least 0: " + count);
            }
            this.count = count;
            this.page = Objects.requireNonNull(page, "page");
        }

        @Override
        public Page get(int index) {
            return Objects.requireNonNull(page.apply(Objects.checkIndex(index, count)), "page");
        }

        @Override
        public int size() {
            return count;
        }
    }
}
