package org.apparatus.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A long list of the site (the essays of the home page, the works of the bibliography, the dated statements of the
 * timeline) cut into pages of at most {@code size} items, so that no page grows with the edition: page 1 keeps the
 * list's own address, page {@code n} is at {@code pathOf(n)} beside it.
 *
 * @param items how many items the list has
 * @param size the most items a page holds
 */
record ListPaging(int items, int size) {

    ListPaging {
        if (items < 0 || size < 1) {
            throw new IllegalArgumentException("a list of " + items + " items in pages of " + size
                    + "; expected items >= 0 and size >= 1");
        }
    }

    /** How many pages: one at least, an empty list's. */
    int pages() {
        return Math.max(1, (items + size - 1) / size);
    }

    /** The items of page {@code page} (from 1). */
    <T> List<T> slice(List<T> all, int page) {
        if (all.size() != items || page < 1 || page > pages()) {
            throw new IllegalArgumentException("page " + page + " of a list of " + all.size() + " items; expected 1 to "
                    + pages() + " of " + items);
        }
        return List.copyOf(all.subList((page - 1) * size, Math.min(items, page * size)));
    }

    /** The page (from 1) holding the item at {@code index} (from 0). */
    int pageOf(int index) {
        if (index < 0 || index >= items) {
            throw new IllegalArgumentException("item " + index + " of " + items);
        }
        return index / size + 1;
    }

    /** The number of the first item of {@code page}, counting from 1, as a reader does. */
    int first(int page) {
        return (page - 1) * size + 1;
    }

    /** The items of {@code page} as a reader writes them: {@code 51–100}, {@code 4,951–4,992}. */
    String range(int page) {
        return String.format(java.util.Locale.ROOT, "%,d\u2013%,d", first(page), last(page));
    }

    /** The number of the last item of {@code page}, counting from 1. */
    int last(int page) {
        return Math.min(items, page * size);
    }

    /**
     * The file of page {@code page} of a list whose first page is {@code first}: {@code index.html},
     * {@code index-2.html}, ...; {@code timeline.html}, {@code timeline-2.html}, ...
     */
    static String pathOf(String first, int page) {
        if (page == 1) {
            return first;
        }
        return first.substring(0, first.length() - ".html".length()) + "-" + page + ".html";
    }

    /** Past this many pages, a page other than the first lists only its neighbours, the first and the last. */
    static final int FULL_LIST = 30;
    /** How many pages either side of the current one such a page lists. */
    static final int NEAR = 5;

    /**
     * The page list shown on page {@code current}: each page labelled, linked by its file name (the pages are in one
     * folder), with the previous and next pages. The first page lists every page (the list's table of contents); past
     * {@link #FULL_LIST} pages the others list the first, the last and those within {@link #NEAR} of their own, with
     * a gap (a link of no address, "…") where pages are left out, so that the page lists do not add up to the square
     * of the pages.
     *
     * @param label what the list is, for the navigation's accessible name ("Pages of the bibliography")
     * @param first the list's first page, its path in the site
     * @param labels what each page holds, one per page ("1–100", "Articles: Abe–Bor")
     */
    Page.Pager pager(String label, String first, int current, IntFunction<String> labels) {
        String name = first.substring(first.lastIndexOf('/') + 1);
        return pager(label, current, labels, page -> pathOf(name, page));
    }

    /**
     * The file of page {@code page} of an entity's passages whose first page is {@code first}: {@code russia.html},
     * {@code russia.2.html}, ... A typed id has no dot, so no page of one entity can take another entity's address.
     */
    static String entityPathOf(String first, int page) {
        if (page == 1) {
            return first;
        }
        return first.substring(0, first.length() - ".html".length()) + "." + page + ".html";
    }

    /** The files of every page of an entity's list whose first page is {@code first}, in order. */
    List<String> entityPaths(String first) {
        List<String> paths = new ArrayList<>();
        for (int page = 1; page <= pages(); page++) {
            paths.add(entityPathOf(first, page));
        }
        return paths;
    }

    /** As {@link #pager(String, String, int, IntFunction)}, with each page's file name given by {@code fileOf}. */
    Page.Pager pager(String label, int current, IntFunction<String> labels, IntFunction<String> fileOf) {
        List<Chrome.Link> links = new ArrayList<>();
        boolean all = current == 1 || pages() <= FULL_LIST;
        for (int page = 1; page <= pages(); page++) {
            if (all || page == 1 || page == pages() || Math.abs(page - current) <= NEAR) {
                links.add(new Chrome.Link(labels.apply(page), fileOf.apply(page), page == current));
            } else if (!links.get(links.size() - 1).href().isEmpty()) {
                links.add(new Chrome.Link("…", "", false));
            }
        }
        return new Page.Pager(label, links, current > 1 ? fileOf.apply(current - 1) : "",
                current < pages() ? fileOf.apply(current + 1) : "");
    }
}
