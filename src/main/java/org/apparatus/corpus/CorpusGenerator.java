package org.apparatus.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a synthetic project: {@code content/essays/essay-NNNNN.md} shaped like the imported seed essays (front
 * matter, {@code ##} sections, about 3,500 words, about 30 {@code [^n]} notes citing journal articles and newspapers
 * with {@code Ibid.} and {@code op. cit.}, print page markers, dense actor and event mentions), plus
 * {@code content/actors.yml}, {@code content/events.yml} and {@code content/site.yml}. The same essay count and seed
 * always give the same bytes; each essay depends only on the seed, its number and the shared pools.
 */
public final class CorpusGenerator {

    /** What a generation wrote. */
    public record Summary(int essays, int actors, int events, int works, long bytes) {
    }

    /** A cited work of the shared pool; {@code authors} is empty for a newspaper. */
    private record PoolWork(List<String> authors, String title, String container, int volume, int issue,
                            String season, int year, boolean seasonal) {
    }

    private final int essays;
    private final long seed;
    private final List<Vocabulary.Actor> actors;
    private final List<Vocabulary.Event> events;
    private final List<PoolWork> articles;

    /**
     * @param essays how many essays, 1 to 100,000
     * @param seed the seed of every random choice
     */
    public CorpusGenerator(int essays, long seed) {
        if (essays < 1 || essays > 100_000) {
            throw new IllegalArgumentException("essays must be between 1 and 100000, not " + essays);
        }
        this.essays = essays;
        this.seed = seed;
        SplittableRandom shared = new SplittableRandom(seed);
        this.actors = actors(shared, 40 + essays / 5);
        this.events = events(shared, 20 + essays / 10);
        this.articles = articles(shared, Math.max(60, essays * 5));
    }

    /** Writes the project into {@code out}, which must not exist or be empty. */
    public Summary write(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(out + " is not empty; expected a new folder for the corpus");
                }
            }
        }
        Path essayDir = out.resolve("content").resolve("essays");
        Files.createDirectories(essayDir);
        long bytes;
        try {
            bytes = IntStream.rangeClosed(1, essays).parallel().mapToLong(n -> {
                byte[] text = essay(n).getBytes(StandardCharsets.UTF_8);
                try {
                    Files.write(essayDir.resolve(id(n) + ".md"), text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return text.length;
            }).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        write(out.resolve("content").resolve("actors.yml"), actorsYaml());
        write(out.resolve("content").resolve("events.yml"), eventsYaml());
        write(out.resolve("content").resolve("site.yml"), "title: \"A Synthetic Edition of " + essays
                + " Essays\"\nintroduction: \"Generated essays for benchmarks (seed " + seed + ").\"\n");
        return new Summary(essays, actors.size(), events.size(), articles.size(), bytes);
    }

    private static void write(Path file, String text) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }

    static String id(int n) {
        return String.format(Locale.ROOT, "essay-%05d", n);
    }

    // ---------------------------------------------------------------- registries

    private static List<Vocabulary.Actor> actors(SplittableRandom r, int count) {
        List<Vocabulary.Actor> list = new ArrayList<>(Vocabulary.ACTORS);
        Set<String> used = new HashSet<>();
        list.forEach(a -> used.add(a.name()));
        while (list.size() < count) {
            String family = name(r, Vocabulary.PERSON_ENDINGS);
            if (r.nextInt(5) == 0) {
                String org = family + " " + pick(r, List.of("Institute", "Foundation", "Corporation", "Commission"));
                if (used.add(org)) {
                    list.add(new Vocabulary.Actor(slug(org), org, "organisation", "A synthetic organisation.",
                            List.of(), List.of(), List.of()));
                }
                continue;
            }
            String full = pick(r, Vocabulary.GIVEN) + " " + family;
            if (used.add(full)) {
                list.add(new Vocabulary.Actor(slug(full), full, "person", "A synthetic person.", List.of(),
                        List.of(family), List.of()));
            }
        }
        return List.copyOf(list);
    }

    private List<Vocabulary.Event> events(SplittableRandom r, int count) {
        List<Vocabulary.Event> list = new ArrayList<>(Vocabulary.EVENTS);
        Set<String> places = new HashSet<>();
        while (list.size() < count) {
            String place = name(r, Vocabulary.PLACE_ENDINGS);
            if (!places.add(place)) {
                continue;
            }
            int year = 1994 + r.nextInt(9);
            String topic = pick(r, Vocabulary.TOPICS);
            String date = String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            List<String> participants = new ArrayList<>();
            for (int i = 0; i < 2 + r.nextInt(3); i++) {
                String id = actors.get(r.nextInt(actors.size())).id();
                if (!participants.contains(id)) {
                    participants.add(id);
                }
            }
            list.add(new Vocabulary.Event(slug(place + " talks " + year), "The " + place + " talks on "
                    + topic.replaceFirst("^the ", ""), date, place, participants,
                    "A synthetic round of talks on " + topic + ".",
                    List.of(place + " talks", place + " round")));
        }
        return List.copyOf(list);
    }

    private static List<PoolWork> articles(SplittableRandom r, int count) {
        List<PoolWork> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> authors = new ArrayList<>();
            int n = r.nextInt(10) < 7 ? 1 : 2;
            for (int a = 0; a < n; a++) {
                authors.add(pick(r, Vocabulary.GIVEN) + " " + name(r, Vocabulary.PERSON_ENDINGS));
            }
            String topic = pick(r, Vocabulary.TOPICS).replaceFirst("^the ", "");
            String title = pick(r, List.of("Russia and ", "Moscow, Pyongyang and ", "Rethinking ",
                    "The Politics of ", "Beyond ", "Korea and ")) + capitalise(titleCase(topic)) + ": "
                    + pick(r, List.of("A Russian View", "The Summit and After", "Prospects and Limits",
                    "A Reassessment", "Old Friends, New Terms", "Between Two Koreas", "Lessons of the 1990s"))
                    + " " + romanish(i);
            list.add(new PoolWork(List.copyOf(authors), title, pick(r, Vocabulary.JOURNALS), 1 + r.nextInt(40),
                    1 + r.nextInt(4), pick(r, Vocabulary.SEASONS), 1995 + r.nextInt(8), r.nextBoolean()));
        }
        return List.copyOf(list);
    }

    /** A word that makes each pooled title distinct, as real titles are. */
    private static String romanish(int i) {
        return "(" + (i + 1) + ")";
    }

    String actorsYaml() {
        StringBuilder y = new StringBuilder("# Synthetic actors for benchmarks.\nactors:\n");
        for (Vocabulary.Actor a : actors) {
            y.append("  - id: ").append(a.id()).append('\n');
            y.append("    name: ").append(quote(a.name())).append('\n');
            y.append("    kind: ").append(a.kind()).append('\n');
            y.append("    description: ").append(quote(a.description())).append('\n');
            list(y, "aliases", a.aliases());
            list(y, "short", a.shorts());
            list(y, "metonyms", a.metonyms());
        }
        y.append("ignore:\n");
        Set<String> ignore = new java.util.TreeSet<>(Vocabulary.IGNORE);
        events.forEach(e -> ignore.add(e.place()));
        ignore.forEach(name -> y.append("  - ").append(quote(name)).append('\n'));
        return y.toString();
    }

    String eventsYaml() {
        StringBuilder y = new StringBuilder("# Synthetic events for benchmarks.\nevents:\n");
        for (Vocabulary.Event e : events) {
            y.append("  - id: ").append(e.id()).append('\n');
            y.append("    title: ").append(quote(e.title())).append('\n');
            y.append("    date: ").append(quote(e.date())).append('\n');
            y.append("    place: ").append(quote(e.place())).append('\n');
            list(y, "participants", e.participants());
            y.append("    description: ").append(quote(e.description())).append('\n');
            list(y, "cues", e.cues());
        }
        return y.toString();
    }

    private static void list(StringBuilder y, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        y.append("    ").append(key).append(": [");
        for (int i = 0; i < values.size(); i++) {
            y.append(i > 0 ? ", " : "").append(quote(values.get(i)));
        }
        y.append("]\n");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---------------------------------------------------------------- essays

    /** The Markdown of essay {@code n} (1-based). */
    String essay(int n) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L);
        String topic = pick(r, Vocabulary.TOPICS);
        String other = pick(r, Vocabulary.TOPICS);
        String title = pick(r, List.of("Russia, North Korea and ", "Moscow's Korean Policy and ",
                "Pyongyang, Moscow and ", "The Kremlin and ")) + titleCase(topic.replaceFirst("^the ", ""))
                + ", " + (1996 + r.nextInt(7)) + "\u2013" + (2000 + r.nextInt(3));
        String author = pick(r, Vocabulary.GIVEN) + " " + name(r, Vocabulary.PERSON_ENDINGS);
        String date = String.format(Locale.ROOT, "%d-%02d-%02d", 2001 + r.nextInt(3), 1 + r.nextInt(12),
                1 + r.nextInt(28));

        // the body: sections of paragraphs of sentences
        List<List<String>> paragraphs = new ArrayList<>();
        Set<String> named = new HashSet<>();
        List<Integer> sectionStarts = new ArrayList<>();
        int words = 0;
        while (words < 3300 + r.nextInt(400)) {
            if (paragraphs.size() % (5 + r.nextInt(3)) == 0) {
                sectionStarts.add(paragraphs.size());
            }
            List<String> sentences = new ArrayList<>();
            int count = 4 + r.nextInt(4);
            for (int s = 0; s < count; s++) {
                String sentence = sentence(r, r.nextInt(3) == 0 ? other : topic, named);
                words += sentence.split(" ").length;
                sentences.add(sentence);
            }
            paragraphs.add(sentences);
        }
        String abstractText = String.join(" ", paragraphs.get(0));

        // where the notes go: distinct sentences, in reading order
        int total = paragraphs.stream().mapToInt(List::size).sum();
        int notes = Math.min(total, 26 + r.nextInt(9));
        boolean[] noted = new boolean[total];
        for (int placed = 0; placed < notes; ) {
            int at = r.nextInt(total);
            if (!noted[at]) {
                noted[at] = true;
                placed++;
            }
        }
        List<String> noteTexts = notes(r, n, notes);

        StringBuilder md = new StringBuilder(32_000);
        md.append("---\n");
        md.append("id: ").append(quote(id(n))).append('\n');
        md.append("title: ").append(quote(title)).append('\n');
        md.append("author: ").append(quote(author)).append('\n');
        md.append("abstract: ").append(quote(abstractText)).append('\n');
        md.append("date: ").append(quote(date)).append('\n');
        md.append("---\n\n");
        int sentenceIndex = 0;
        int note = 0;
        int page = 1;
        int wordsOnPage = 0;
        int section = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            if (sectionStarts.contains(p)) {
                md.append("## ").append(section == 0 ? "Introduction" : sectionTitle(r)).append("\n\n");
                section++;
            }
            List<String> sentences = paragraphs.get(p);
            for (int s = 0; s < sentences.size(); s++) {
                String sentence = sentences.get(s);
                if (s > 0) {
                    md.append(' ');
                }
                wordsOnPage += sentence.split(" ").length;
                if (wordsOnPage > 380 && s > 0) {
                    page++;
                    wordsOnPage = 0;
                    md.append("[[page ").append(page).append("]]");
                }
                md.append(sentence);
                if (noted[sentenceIndex++]) {
                    md.append("[^").append(++note).append(']');
                }
            }
            md.append("\n\n");
        }
        for (int i = 0; i < noteTexts.size(); i++) {
            md.append("[^").append(i + 1).append("]: ").append(noteTexts.get(i)).append("\n\n");
        }
        return md.toString();
    }

    private String sectionTitle(SplittableRandom r) {
        return pick(r, List.of("Changing Russia's Korean Policy", "The Summits and After", "Economic Interests",
                "Security on the Peninsula", "The Railway Question", "Arms and Influence", "Moscow Between Two Koreas",
                "The View from Pyongyang", "Prospects", "Conclusion", "Background", "The Balance of Power"));
    }

    private String sentence(SplittableRandom r, String topic, Set<String> named) {
        String a = actorForm(r, named);
        String b = actorForm(r, named);
        String e = pick(r, pick(r, events).cues());
        int year = 1994 + r.nextInt(9);
        String month = pick(r, Vocabulary.MONTHS);
        return switch (r.nextInt(14)) {
            case 0 -> a + " and " + b + " agreed in " + year + " to expand their cooperation on " + topic + ".";
            case 1 -> "During the " + e + ", " + a + " pressed " + b + " on " + topic + " and on the terms of a"
                    + " longer settlement.";
            case 2 -> "It was broadly conceived in " + metonym(r) + " that " + topic + " was no less important"
                    + " for the region than the questions left open since the end of the Cold War.";
            case 3 -> "In " + month + " " + year + ", " + a + " announced that " + topic + " would be placed at"
                    + " the top of the agenda for talks with " + b + ".";
            case 4 -> "The " + e + " showed that " + a + " could neither ignore " + b + " nor rely on it alone.";
            case 5 -> "Critics argued that " + a + " had gained little from " + topic + ", whereas " + b
                    + " had achieved concrete progress within a few years.";
            case 6 -> "As a result, " + a + " began to examine the possibility of a new framework for " + topic
                    + " that would include " + b + " as well.";
            case 7 -> "Officials in " + metonym(r) + " regarded the " + e + " as evidence that " + topic
                    + " had become a question of security rather than of trade.";
            case 8 -> "Whether " + a + " will keep its promises on " + topic + " remains an open question for "
                    + b + " and for the Korean Peninsula as a whole.";
            case 9 -> "By the mid 1990s, " + a + " had come around to the point of view of " + b + ", at least"
                    + " as far as " + topic + " was concerned.";
            case 10 -> "The talks between " + a + " and " + b + " after the " + e + " turned on " + topic
                    + ", on credits worth several hundred million dollars, and on the debts of the Soviet era.";
            case 11 -> "Such a policy was criticised as \"romantic\" by its opponents, who saw in " + topic
                    + " a concession to " + a + ".";
            case 12 -> a + " has relied heavily on state institutions, namely the bureaucracy and the military"
                    + " establishment, in dealing with " + b + ".";
            default -> "In this respect, " + topic + " was a test of whether " + a + " and " + b
                    + " could move beyond the mutual suspicion of the previous decade.";
        };
    }

    /** A form of a random actor; a short form only once the actor was named in full, as writers do. */
    private String actorForm(SplittableRandom r, Set<String> named) {
        Vocabulary.Actor actor = r.nextInt(3) == 0 ? Vocabulary.ACTORS.get(r.nextInt(Vocabulary.ACTORS.size()))
                : actors.get(r.nextInt(actors.size()));
        List<String> forms = new ArrayList<>();
        forms.add(actor.name());
        forms.addAll(actor.aliases());
        if (named.contains(actor.id())) {
            forms.addAll(actor.shorts());
        }
        named.add(actor.id());
        return pick(r, forms);
    }

    private static String metonym(SplittableRandom r) {
        return pick(r, List.of("Moscow", "Pyongyang", "Seoul", "Washington", "Beijing", "Tokyo"));
    }

    /**
     * The notes of essay {@code n}: first citations in full, later ones as {@code Ibid.} (after a note citing the
     * same single work) or {@code op. cit.}, newspapers cited by date; about 12 works per essay, mostly from a window
     * of the pool near the essay's number so that neighbouring essays share works as real ones do.
     */
    private List<String> notes(SplittableRandom r, int n, int count) {
        List<PoolWork> cited = new ArrayList<>();
        int window = Math.max(0, Math.min(articles.size() - 40, (n - 1) * 5 - 15));
        int kinds = 7 + r.nextInt(4);
        LinkedHashSet<PoolWork> chosen = new LinkedHashSet<>();
        while (chosen.size() < kinds) {
            chosen.add(r.nextInt(6) == 0 ? articles.get(r.nextInt(Math.min(articles.size(), 60)))
                    : articles.get(window + r.nextInt(Math.min(40, articles.size() - window))));
        }
        List<PoolWork> essayWorks = new ArrayList<>(chosen);
        List<String> notes = new ArrayList<>();
        PoolWork previous = null;
        Set<PoolWork> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int pin = 5 + r.nextInt(300);
            String pinText = r.nextInt(6) == 0 ? "pp. " + pin + "-" + (pin + 1 + r.nextInt(9)) : "p. " + pin;
            if (r.nextInt(4) == 0) {
                String paper = pick(r, Vocabulary.NEWSPAPERS);
                notes.add("*" + paper + "*, " + pick(r, Vocabulary.MONTHS) + " " + (1 + r.nextInt(28)) + ", "
                        + (1998 + r.nextInt(5)) + ".");
                previous = null;
                continue;
            }
            PoolWork work = r.nextInt(3) == 0 && previous != null ? previous
                    : essayWorks.get(r.nextInt(essayWorks.size()));
            if (work == previous) {
                notes.add("*Ibid.*, " + pinText + ".");
            } else if (seen.contains(work) && uniqueAuthors(work, cited)) {
                notes.add(String.join(" and ", work.authors()) + ", *op. cit.*, " + pinText + ".");
            } else {
                notes.add(full(work, pinText));
            }
            seen.add(work);
            cited.add(work);
            previous = work;
        }
        return notes;
    }

    /** True when no other work cited so far has exactly these authors, so that op. cit. is unambiguous. */
    private static boolean uniqueAuthors(PoolWork work, List<PoolWork> cited) {
        return cited.stream().noneMatch(w -> w != work && w.authors().equals(work.authors()));
    }

    private static String full(PoolWork w, String pin) {
        String when = w.seasonal() ? " (" + w.season() + ", " + w.year() + ")" : ", " + w.year();
        return String.join(" and ", w.authors()) + ", \"" + w.title() + ",\" *" + w.container() + "*, Vol. "
                + w.volume() + ", No. " + w.issue() + when + ", " + pin + ".";
    }

    // ---------------------------------------------------------------- words

    private static String name(SplittableRandom r, List<String> endings) {
        return pick(r, Vocabulary.ONSETS) + pick(r, Vocabulary.MIDDLES) + pick(r, endings);
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        for (String word : s.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean small = Set.of("of", "and", "the", "in", "at", "on").contains(word) && out.length() > 0;
            out.append(small ? word : capitalise(word));
        }
        return out.toString();
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
