package org.apparatus.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apparatus.model.Event;

/**
 * The words an event's cue may have between its own words: a date ("Putin's July 2000 visit to Pyongyang"), an
 * ordinal the event's own record uses ("the first inter-Korean summit", when the event is described as the first),
 * or one of a few adjectives that never make an occasion another one ("historic", "official"). At most
 * {@value #MAX_WORDS} such words in one gap, and never a full stop, so a cue never reaches across a sentence end.
 * Words that do name another occasion ("second", "next", "planned", "return") are never in a gap.
 */
final class CueGap {

    static final int MAX_WORDS = 4;

    private static final String MONTHS = "(?-i:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String DAY = "[0-3]?\\d(?:[-\u2013][0-3]?\\d)?(?:st|nd|rd|th)?,?";
    private static final String YEAR = "(?:1[6-9]|20)\\d{2},?";
    private static final String ADJECTIVES = "(?-i:historic|historical|official|unofficial|formal|informal|state|"
            + "brief|landmark|long-awaited|much-awaited|much-publicized|much-publicised|highly-publicized|"
            + "unprecedented|celebrated|controversial|important|major|recent|(?:one|two|three|four|five|six|seven|\\d+)"
            + "-day)";
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private CueGap() {
    }

    /** The pattern of one gap word for this event: dates, adjectives, and the ordinals its title or description uses. */
    static String of(Event event) {
        String record = (event.title() + " " + event.description()).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(List.of(MONTHS, DAY, YEAR, ADJECTIVES));
        for (int i = 0; i < ORDINALS.size(); i++) {
            String ordinal = ORDINALS.get(i);
            if (Pattern.compile("\\b" + ordinal + "\\b").matcher(record).find()) {
                int n = i + 1;
                String suffix = n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th";
                words.add("(?-i:" + ordinal + "|" + n + suffix + ")");
            }
        }
        return "(?:" + String.join("|", words) + ")";
    }

    /**
     * The cue as a pattern whose words may stand apart by up to {@value #MAX_WORDS} gap words, each gap a capturing
     * group (empty where the words stand together), so the caller can read the dates in them.
     */
    static String spread(String cue, String gapWord) {
        String[] words = SPACE.split(cue.strip());
        StringBuilder pattern = new StringBuilder(Pattern.quote(words[0]));
        for (int i = 1; i < words.length; i++) {
            pattern.append("\\s+((?:").append(gapWord).append("\\s+){0,").append(MAX_WORDS).append("})")
                    .append(Pattern.quote(words[i]));
        }
        return pattern.toString();
    }
}
