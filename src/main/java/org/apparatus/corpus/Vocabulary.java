package org.apparatus.corpus;

import java.util.List;

/** The fixed words the generator draws from: real actors and events of the seed essays, topics, journals, names. */
final class Vocabulary {

    private Vocabulary() {
    }

    /**
     * A registered actor as the generator writes it.
     *
     * @param forms the forms body text may use for it (name, aliases, short forms, metonyms), in that order
     */
    record Actor(String id, String name, String kind, String description, List<String> aliases, List<String> shorts,
                 List<String> metonyms) {
    }

    /** A registered event; {@code cues} are the phrases that mark a passage as being about it. */
    record Event(String id, String title, String date, String place, List<String> participants, String description,
                 List<String> cues) {
    }

    static final List<Actor> ACTORS = List.of(
            new Actor("russia", "Russia", "state", "The Russian Federation.", List.of("Russian Federation"),
                    List.of(), List.of("Moscow", "the Kremlin")),
            new Actor("north-korea", "North Korea", "state", "The Democratic People's Republic of Korea (DPRK).",
                    List.of("DPRK", "Democratic People's Republic of Korea"), List.of(), List.of("Pyongyang")),
            new Actor("south-korea", "South Korea", "state", "The Republic of Korea (ROK).",
                    List.of("Republic of Korea", "ROK"), List.of(), List.of("Seoul")),
            new Actor("united-states", "United States", "state", "The United States of America.",
                    List.of("USA", "United States of America"), List.of(), List.of("Washington")),
            new Actor("japan", "Japan", "state", "Japan.", List.of(), List.of(), List.of("Tokyo")),
            new Actor("china", "China", "state", "The People's Republic of China.",
                    List.of("People's Republic of China", "PRC"), List.of(), List.of("Beijing")),
            new Actor("vladimir-putin", "Vladimir Putin", "person", "President of Russia from 2000.",
                    List.of("President Putin"), List.of("Putin"), List.of()),
            new Actor("kim-jong-il", "Kim Jong-il", "person", "Leader of North Korea from 1994 to 2011.",
                    List.of("Kim Jong Il", "Chairman Kim"), List.of("Kim"), List.of()),
            new Actor("kim-dae-jung", "Kim Dae-jung", "person", "President of South Korea from 1998 to 2003.",
                    List.of("President Kim Dae-jung"), List.of("Kim"), List.of()),
            new Actor("boris-yeltsin", "Boris Yeltsin", "person", "President of Russia from 1991 to 1999.",
                    List.of("President Yeltsin"), List.of("Yeltsin"), List.of()),
            new Actor("igor-ivanov", "Igor Ivanov", "person", "Foreign Minister of Russia from 1998 to 2004.",
                    List.of("Foreign Minister Ivanov"), List.of("Ivanov"), List.of()),
            new Actor("yevgeni-primakov", "Yevgeni Primakov", "person",
                    "Foreign Minister, then Prime Minister of Russia, 1996 to 1999.", List.of("Yevgeny Primakov"),
                    List.of("Primakov"), List.of()),
            new Actor("george-w-bush", "George W. Bush", "person", "President of the United States from 2001.",
                    List.of("President Bush"), List.of("Bush"), List.of()),
            new Actor("andrei-kozyrev", "Andrei Kozyrev", "person", "Foreign Minister of Russia from 1990 to 1996.",
                    List.of(), List.of("Kozyrev"), List.of()),
            new Actor("jiang-zemin", "Jiang Zemin", "person", "President of China from 1993 to 2003.", List.of(),
                    List.of("Jiang"), List.of()),
            new Actor("nato", "NATO", "organisation", "The North Atlantic Treaty Organization.",
                    List.of("North Atlantic Treaty Organization"), List.of(), List.of()),
            new Actor("kedo", "KEDO", "organisation", "The Korean Peninsula Energy Development Organization.",
                    List.of("Korean Peninsula Energy Development Organization"), List.of(), List.of()),
            new Actor("iaea", "IAEA", "organisation", "The International Atomic Energy Agency.",
                    List.of("International Atomic Energy Agency"), List.of(), List.of()));

    static final List<Event> EVENTS = List.of(
            new Event("putin-visits-pyongyang-2000", "Putin's visit to Pyongyang", "2000-07-19/2000-07-20",
                    "Pyongyang", List.of("vladimir-putin", "kim-jong-il", "russia", "north-korea"),
                    "The first visit of a Russian or Soviet leader to North Korea.",
                    List.of("visit to Pyongyang", "Pyongyang summit")),
            new Event("friendship-treaty-2000", "The Treaty of Friendship, Good-Neighbourliness and Cooperation",
                    "2000-02-09", "Pyongyang", List.of("russia", "north-korea"),
                    "The treaty that replaced the alliance treaty of 1961.",
                    List.of("Friendship Treaty", "Treaty of Friendship")),
            new Event("moscow-summit-2001", "The Moscow summit", "2001-08-04", "Moscow",
                    List.of("vladimir-putin", "kim-jong-il"), "Kim Jong-il's talks with Putin in Moscow.",
                    List.of("Moscow summit", "Moscow Declaration")),
            new Event("vladivostok-summit-2002", "The Vladivostok summit", "2002-08-23", "Vladivostok",
                    List.of("vladimir-putin", "kim-jong-il"), "Talks on the railway link, held in Vladivostok.",
                    List.of("Vladivostok summit", "talks in Vladivostok")),
            new Event("inter-korean-summit-2000", "The inter-Korean summit", "2000-06-13/2000-06-15", "Pyongyang",
                    List.of("kim-jong-il", "kim-dae-jung", "north-korea", "south-korea"),
                    "The first meeting of the leaders of the two Koreas.",
                    List.of("inter-Korean summit", "June 15 Joint Declaration")),
            new Event("agreed-framework-1994", "The Agreed Framework", "1994-10-21", "Geneva",
                    List.of("united-states", "north-korea", "kedo"), "The nuclear freeze agreement of 1994.",
                    List.of("Agreed Framework")),
            new Event("axis-of-evil-speech-2002", "The \"axis of evil\" speech", "2002-01-29", "Washington",
                    List.of("george-w-bush", "united-states", "north-korea"),
                    "The State of the Union address that named North Korea.",
                    List.of("axis of evil", "State of the Union address")));

    /** Name-like phrases of the generated text that are not actors. */
    static final List<String> IGNORE = List.of("Cold War", "Korean Peninsula", "Korea", "Korean", "Soviet",
            "Soviet Union", "Far East", "Northeast Asia", "Friendship Treaty", "Treaty of Friendship",
            "Agreed Framework", "Joint Declaration", "June 15 Joint Declaration", "State of the Union",
            "Moscow Declaration", "View", "Pyongyang", "Vladivostok", "Geneva", "Rajin", "Tumen River",
            "Trans-Korean Railway", "Trans-Siberian Railway", "Introduction", "Conclusion", "Economic Interests",
            "Summits", "Balance of Power", "Railway Question", "Arms", "Influence", "Koreas", "Two Koreas",
            "Peninsula", "Security", "Prospects", "Background", "Korean Policy", "Changing Russia");

    static final List<String> TOPICS = List.of("the Trans-Korean Railway", "the Trans-Siberian Railway",
            "arms transfers", "the nuclear question", "energy cooperation", "the gas pipeline", "debt rescheduling",
            "fisheries", "the timber trade", "labour migration", "border security", "the missile programme",
            "economic reform", "humanitarian aid", "port access at Rajin", "the electricity grid",
            "military cooperation", "the balance of power in Northeast Asia", "multilateral security dialogue",
            "the reunification of Korea", "trade credits", "the Far Eastern economy", "refugee flows",
            "the six-party format", "nuclear power reactors", "oil deliveries", "the Tumen River project",
            "technical assistance", "arms control", "regional stability");

    static final List<String> JOURNALS = List.of("Pacific Focus", "The Korean Journal of Defense Analysis",
            "World Policy Journal", "East Asian Review", "The Journal of East Asian Affairs", "Review of Politics",
            "Asian Survey", "Korea and World Affairs", "Far Eastern Affairs", "International Affairs",
            "Problems of Post-Communism", "Europe-Asia Studies", "The Pacific Review", "Security Dialogue",
            "Comparative Strategy", "Survival", "Orbis", "Korea Observer", "Asian Perspective",
            "Journal of Northeast Asian Studies", "Post-Soviet Affairs", "The Washington Quarterly",
            "Global Asia", "Eurasian Geography and Economics");

    static final List<String> NEWSPAPERS = List.of("Newsweek", "ITAR TASS", "Donga Ilbo", "Chosun Ilbo",
            "Kukmin Ilbo", "Korea Herald", "Izvestia", "Kommersant", "Nezavisimaya Gazeta", "Rossiiskaya Gazeta",
            "The Korea Times", "Journal of Electronic Defense", "Far Eastern Economic Review", "Yonhap");

    static final List<String> SEASONS = List.of("Spring", "Summer", "Fall", "Winter", "Autumn", "Fall/Winter");

    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    static final List<String> GIVEN = List.of("Alexei", "Sergei", "Dmitri", "Natalia", "Yuri", "Irina", "Oleg",
            "Vadim", "Elena", "Mikhail", "Georgy", "Anatoly", "Seung-Ho", "Jae-nam", "Hyun-sik", "Min-jung",
            "Dong-ju", "Tae-hwan", "Young-sun", "Eun-mi", "Hiroshi", "Kenji", "Li", "Wei", "Thomas", "Sarah",
            "Daniel", "Laura", "Peter", "Anne");

    /** Syllables of invented family and place names: many, so that names rarely collide. */
    static final List<String> ONSETS = List.of("Bel", "Vor", "Kar", "Dor", "Lev", "Mar", "Nik", "Pol", "Ros",
            "Sav", "Tol", "Zar", "Gor", "Kuz", "Ob", "Sel", "Tar", "Yar", "Chon", "Han", "Kwon", "Pak", "Seo", "Yun",
            "Ber", "Dal", "Fed", "Gla", "Kol", "Mel", "Nov", "Orl", "Pet", "Rud", "Sok", "Vol");
    static final List<String> MIDDLES = List.of("a", "e", "i", "o", "u", "an", "en", "in", "or", "ov", "ich",
            "ash", "un", "ar", "el", "im");
    static final List<String> PERSON_ENDINGS = List.of("ov", "ev", "in", "sky", "enko", "ova", "eva", "kin",
            "ik", "yan", "ung", "son");
    static final List<String> PLACE_ENDINGS = List.of("sk", "grad", "ovo", "insk", "ino", "burg", "pol",
            "gorsk", "yarsk", "dong", "ni");

    static final List<String> OFFICES = List.of("Deputy Foreign Minister", "Ambassador", "General",
            "Governor", "Vice-Premier", "Envoy", "Minister", "Senator");
}
