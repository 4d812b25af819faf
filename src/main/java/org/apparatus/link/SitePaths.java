package org.apparatus.link;

import org.apparatus.model.EssayId;

/** The addresses, relative to the site's root, that pages and data files give the pages of notes and the reports. */
public final class SitePaths {

    /**
     * The folder of the maintainers' reports: pages for the edition's makers, not its readers, linked from the About
     * page only, kept out of the sitemap and the search index, and marked {@code noindex}.
     */
    public static final String MAINTAINERS = "maintainers/";
    /** The maintainers' report of the citations the build could not resolve or fully read. */
    public static final String CITATIONS = MAINTAINERS + "citations.html";
    /** The maintainers' report of the name-like words no actor, alias or ignored phrase covers. */
    public static final String UNREGISTERED = MAINTAINERS + "unregistered.html";
    /** The page of the edition's own prose ({@code content/pages/about.md}) that links the maintainers' reports. */
    public static final String ABOUT = "about.html";

    private SitePaths() {
    }

    /** The page of note {@code number} of an essay. */
    public static String notePath(EssayId essay, int number) {
        return "notes/" + essay + "/" + number + ".html";
    }

    /** True for a page of the maintainers' reports, which readers, search engines and the search page do not get. */
    public static boolean forMaintainers(String path) {
        return path.startsWith(MAINTAINERS);
    }
}
