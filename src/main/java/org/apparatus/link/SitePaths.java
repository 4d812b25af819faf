package org.apparatus.link;

import org.apparatus.model.EssayId;

/** The addresses, relative to the site's root, that pages and data files give the pages of notes. */
public final class SitePaths {

    private SitePaths() {
    }

    /** The page of note {@code number} of an essay. */
    public static String notePath(EssayId essay, int number) {
        return "notes/" + essay + "/" + number + ".html";
    }
}
