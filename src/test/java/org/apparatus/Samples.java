package org.apparatus;

/** Small project texts shared by the end-to-end tests. */
final class Samples {

    private Samples() {
    }

    /** A curated essay with two headings, three paragraphs, three notes and a page marker (page 2 begins in p2). */
    static final String ESSAY = """
            ---
            id: "sample-essay"
            title: "A Sample Essay"
            author: "Ada Author"
            abstract: "An abstract of the sample, short and plain."
            bio: "Ada Author writes samples."
            ---

            ## First Section

            The first paragraph says something.[^1]

            The second paragraph has another note[^2] and runs on [[page 2]]onto the second printed page.

            ### A Subsection

            The third paragraph closes the essay.[^3]

            [^1]: The first note.
            [^2]: The second note, with *emphasis*.
            [^3]: The third note.
            """;

    /** A raw text as it comes out of print: title and author on the first line, a note block after a rule. */
    static final String RAW_SEED = """
            A Raw Seed Essay by Rhea Writer

            The first paragraph of the raw text has a note.<sup>1</sup>

            The second paragraph ends here.

            ---

            1 The only note of the raw text.
            """;

    /** A small curated essay with one note, for projects that need one more essay. */
    static String essay(String id, String body) {
        return """
                ---
                id: "%s"
                title: "Essay %s"
                author: "Some Author"
                ---

                %s
                """.formatted(id, id, body);
    }

    /**
     * An actor registry: two persons who share a short name, a state with an alias, a metonym and a Wikidata id, an
     * actor no essay names, and a phrase to ignore.
     */
    static final String ACTORS = """
            actors:
              - id: li-peng
                name: Li Peng
                kind: person
                description: Chinese premier.
                short: [Li]
              - id: li-na
                name: Li Na
                kind: person
                short: [Li]
              - id: china
                name: China
                kind: state
                wikidata: Q148
                aliases: [PRC]
                metonyms: [Beijing]
              - id: unused
                name: Nobody Atall
                kind: organisation
            ignore: [Great Wall]
            """;

    /** An event registry: a summit with a place and a cue, and an event with only a date and a participant. */
    static final String EVENTS = """
            events:
              - id: summit
                title: The Beijing summit
                date: 1999-05-04/1999-05-05
                place: Beijing
                participants: [li-peng, china]
                description: A summit.
                cues: [Beijing summit]
              - id: founding
                title: The founding
                date: 1949-10-01
                participants: [china]
            """;
}
