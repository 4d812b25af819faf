package org.apparatus.link;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.model.SlugId;
import org.apparatus.model.Actor;
import org.apparatus.model.ActorId;
import org.apparatus.model.Block;
import org.apparatus.model.Citation;
import org.apparatus.model.DateExpression;
import org.apparatus.model.EssayId;
import org.apparatus.model.Essay;
import org.apparatus.model.Event;
import org.apparatus.model.EventDate;
import org.apparatus.model.EventId;
import org.apparatus.model.Excerpt;
import org.apparatus.model.Markup;
import org.apparatus.model.Mention;
import org.apparatus.model.Note;
import org.apparatus.model.Registry;
import org.apparatus.model.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the actors, events and dates in the essays' text and links them.
 *
 * <p>Names are matched on word boundaries, longest first, case as registered, possessives included ("Putin's"). A name
 * or alias always means its actor. A short form only one actor has means that actor; one several actors share
 * ("Kim") means the one whose name or alias came nearest before it in the essay: before it in the same paragraph or
 * note, else in the text before (for a note, the text before the paragraph that calls it). A metonym ("Pyongyang")
 * means its government unless a word of movement or place comes just before it ("a visit to Pyongyang", "talks in
 * Moscow"): then it is the place and is not linked. A maintainer overrides any single mention with
 * {@code [Kim](actor:kim-il-sung)} and marks words as no actor with {@code [Kim](actor:-)}. In notes, the authors,
 * titles and periodicals of cited works are never mentions.
 */
public final class Annotator {

    /** The most names (registered or not) and dates one paragraph or note may hold; far above any real essay. */
    public static final int MAX_NAMES_PER_PARAGRAPH = 30_000;
    /** The most names and dates one essay may hold. */
    public static final int MAX_NAMES_PER_ESSAY = 100_000;

    private static final Set<String> PLACE_WORDS = Set.of("to", "in", "at", "from", "into", "near", "via", "visit", "visited", "visiting", "visits", "reached", "left", "leave", "arrived",
            "around", "outside", "inside", "across", "through", "return", "returned", "flew", "travelled", "traveled");
    private static final Set<String> NOT_NAMES = Set.of("I", "A", "An", "The", "Ibid", "Vol", "No", "Nos", "Mr", "Mrs",
            "Ms", "Dr", "Prof", "P", "Pp", "Op", "Cit", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Spring", "Summer", "Fall", "Autumn", "Winter");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "de");
    /** Words of offices and titles: a phrase naming one before any "of" is an office, not a name. */
    private static final Set<String> OFFICES = Set.of("Minister", "Ministers", "President", "Presidents",
            "Vice-President", "Director", "Directors", "Secretary", "Secretaries", "Chairman", "Chairmen",
            "Chairwoman", "Chairperson", "Ambassador", "Ambassadors", "Governor", "Governors", "Envoy", "Envoys",
            "Spokesman", "Spokeswoman", "Spokesperson", "Premier", "Chancellor", "Commander", "Mayor", "Senator",
            "Deputy", "Adviser", "Advisor", "Representative", "Chief", "Marshal", "Undersecretary",
            "Under-Secretary", "Consul", "Attaché", "Prosecutor", "Speaker");
    private static final Pattern LETTER_AND_WORD = Pattern.compile("\\p{Lu}-\\p{Ll}+");
    /**
     * Gives each word of {@code text} that begins with a lower-case letter, a word being a run of letters, marks,
     * apostrophes and hyphens: what splitting at {@code [^\p{L}\p{M}’'-]+} gives, found in one pass over the code
     * points (done once per essay over all its text, the split took 2 % of a build).
     */
    static void lowerCaseWords(String text, java.util.function.Consumer<String> words) {
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            boolean inWord = i < text.length() && (Character.isLetter(c) || isMark(c) || c == '’' || c == '\''
                    || c == '-');
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (Character.isLowerCase(text.charAt(start))) {
                    words.accept(text.substring(start, i));
                }
                start = -1;
            }
            i += i < text.length() ? Character.charCount(c) : 1;
        }
    }

    /** True for a mark, as {@code \p{M}} has it. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
    /** Words that start sentences in capitals without being names. */
    private static final Set<String> STARTERS = Set.of("a", "after", "again", "all", "also", "although", "an", "and",
            "another", "any", "as", "at", "because", "before", "both", "but", "by", "consequently", "despite", "during",
            "each", "even", "finally", "first", "following", "for", "from", "furthermore", "given", "he", "her", "his",
            "however", "if", "in", "indeed", "instead", "it", "its", "last", "later", "meanwhile", "moreover", "most",
            "nevertheless", "no", "nor", "not", "now", "of", "on", "once", "one", "only", "or", "other", "our",
            "second", "secondly", "she", "since", "so", "some", "such", "that", "the", "their", "then", "there",
            "therefore", "these", "they", "third", "this", "those", "though", "thus", "to", "under", "unlike", "until",
            "we", "what", "when", "where", "whether", "which", "while", "with", "within", "without", "yet", "who",
            "whom", "whose", "why", "how");
    private static final String CAP = "\\p{Lu}[\\p{L}\\p{M}]*(?:[-’'][\\p{L}\\p{M}\\p{N}]+)*";
    private static final Pattern NAME_LIKE = Pattern.compile("(?<![\\p{L}\\p{N}’'-])" + CAP
            + "(?:\\s+(?:(?:of|the|de)\\s+)*" + CAP + ")*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A hyphen between letters, a small one after it: "Jong-il", which the import makes "Jongil" across a page. */
    private static final Pattern REJOINABLE = Pattern.compile("(?<=\\p{L})-(\\p{Ll})");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}]+)\\W*$");
    /** "set out for Moscow", "left for Seoul": a destination. */
    private static final Pattern BOUND_FOR = Pattern.compile("\\b(?:out|left|leave|leaving|headed|bound|departed|"
            + "set off)\\s+for\\s+$");
    /** "the leaders in Pyongyang", "circles in Moscow": the government, though after "in". */
    private static final Pattern PEOPLE_IN = Pattern.compile("\\b(?:leaders|leadership|officials|authorities|"
            + "government|circles|politicians|diplomats)\\s+in\\s+$");
    /** "the Pyongyang summit", "Kim's Moscow trip": where something took place. */
    private static final Pattern OCCASION_AFTER = Pattern.compile("^[’']?s?\\s+(?:summit|trip|visit|talks|meeting|"
            + "conference|declaration)\\b");

    private final Registry registry;
    private final Map<String, ActorId> names = new HashMap<>();
    private final Map<String, ActorId> metonyms = new HashMap<>();
    private final Map<String, List<ActorId>> shortForms = new HashMap<>();
    private final Map<ActorId, Actor> actors = new HashMap<>();
    private final FormMatcher forms;
    private final Map<EventId, Pattern> cues = new LinkedHashMap<>();
    /**
     * Each event's cues, case-folded, as the numbers of their words in {@link #cueWords}: an event none of whose cues
     * has all its words in a text is not searched for there.
     */
    private final Map<EventId, List<int[]>> foldedCues = new HashMap<>();
    /** Every word of every event's cues, case-folded, found in a text in one pass. */
    private final Substrings cueWords;
    /**
     * One copy of each form printed, shared by all its mentions: an edition names its actors in a few hundred forms
     * and hundreds of thousands of mentions, which would otherwise each hold a copy.
     */
    private final Map<String, String> printed = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<EventId, String> titles = new HashMap<>();
    private final Map<EventId, EventDate> eventDates = new HashMap<>();
    private final Set<String> ignored;
    private final Set<String> ignoredForms;

    public Annotator(Registry registry) {
        this.registry = registry;
        List<String> all = new ArrayList<>();
        for (Actor actor : registry.actors()) {
            actors.put(actor.id(), actor);
            names.putIfAbsent(actor.name(), actor.id());
            actor.aliases().forEach(a -> names.putIfAbsent(a, actor.id()));
            actor.metonyms().forEach(m -> metonyms.putIfAbsent(m, actor.id()));
            actor.shortForms().forEach(s -> shortForms.computeIfAbsent(s, k -> new ArrayList<>()).add(actor.id()));
            all.addAll(actor.forms());
        }
        all.addAll(registry.ignored()); // matched too, so "North Korean" is never "North" and a word
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.forms = new FormMatcher(all.stream().distinct().toList());
        Map<String, Integer> words = new LinkedHashMap<>();
        for (Event event : registry.events()) {
            titles.putIfAbsent(event.id(), event.title());
            eventDates.putIfAbsent(event.id(), event.date());
            if (!event.cues().isEmpty()) {
                foldedCues.put(event.id(), event.cues().stream().map(Annotator::fold)
                        .map(c -> Arrays.stream(SPACES.split(c)).mapToInt(w -> words.computeIfAbsent(w,
                                k -> words.size())).toArray()).toList());
                String gap = CueGap.of(event);
                cues.put(event.id(), Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", event.cues().stream()
                        .sorted(Comparator.comparingInt(String::length).reversed()).map(c -> CueGap.spread(c, gap))
                        .toList()) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        this.cueWords = new Substrings(List.copyOf(words.keySet()));
        Set<String> ig = new java.util.HashSet<>();
        registry.ignored().forEach(i -> ig.add(i.toLowerCase(Locale.ROOT)));
        this.ignored = ig;
        Set<String> forms = new java.util.HashSet<>();
        registry.actors().forEach(a -> forms.addAll(a.forms()));
        this.ignoredForms = registry.ignored().stream().filter(i -> !forms.contains(i)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** True when the project keeps an actor registry: only then are unregistered names reported. */
    public boolean curating() {
        return !registry.actors().isEmpty();
    }

    /** Annotates one essay; problems (unknown overrides, unresolvable short forms) go to the diagnostics. */
    public Annotations annotate(Essay essay, Diagnostics diagnostics) {
        return new Pass(essay, diagnostics).run();
    }

    /** One essay's annotation, in reading order. */
    private final class Pass {
        private final Essay essay;
        private final Diagnostics diagnostics;
        private final Map<String, Markup> linked = new LinkedHashMap<>();
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Annotations.EventPassage> passages = new ArrayList<>();
        private final List<Annotations.DatedStatement> dated = new ArrayList<>();
        private final List<Annotations.Unregistered> unregistered = new ArrayList<>();
        /** For each actor, the position of its last full mention: the order of reading. */
        private Map<ActorId, Integer> lastSeen = new HashMap<>();
        private final Map<Integer, Map<ActorId, Integer>> beforeNote = new HashMap<>();
        private int clock;
        /** Where the last capital read as a place ended in the text being annotated, or -1. */
        private int lastPlaceEnd = -1;
        private Optional<Integer> year = Optional.empty();
        /** The words the essay prints in small letters, read when first needed. */
        private Set<String> lowerCaseWords;
        /** True once a limit is exceeded: the rest of the essay is not read, and the build fails. */
        private boolean refused;

        Pass(Essay essay, Diagnostics diagnostics) {
            this.essay = essay;
            this.diagnostics = diagnostics;
        }

        Annotations run() {
            for (Block block : essay.blocks()) {
                if (block instanceof Block.Paragraph p) {
                    p.notes().forEach(n -> beforeNote.putIfAbsent(n, new HashMap<>(lastSeen)));
                }
                if (!refused) {
                    annotate(block.anchor(), 0, block.text(), List.of(), block instanceof Block.Paragraph);
                }
            }
            Map<ActorId, Integer> afterBody = lastSeen;
            for (Note note : essay.notes()) {
                if (refused) {
                    break;
                }
                lastSeen = new HashMap<>(beforeNote.getOrDefault(note.number(), afterBody));
                annotate(note.anchor(), note.number(), note.text(), citedParts(note), false);
            }
            return new Annotations(essay.id(), linked, mentions, passages, dated,
                    unregistered);
        }

        private void annotate(String anchor, int note, Text text, List<String> cited, boolean body) {
            org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(text.markup().html());
            document.outputSettings().prettyPrint(false);
            Element root = document.body();
            StringBuilder flat = new StringBuilder();
            List<Piece> pieces = new ArrayList<>();
            List<Integer> pageBreaks = new ArrayList<>();
            collect(root, flat, pieces, pageBreaks);
            // the same words as the model's plain text, as a rule: then the quotations share the model's string
            String sentenceText = flat.toString();
            if (sentenceText.equals(text.plain())) {
                sentenceText = text.plain();
            }
            Sentences sentences = new Sentences(sentenceText);
            List<Span> excluded = excluded(sentenceText, cited);
            lastPlaceEnd = -1;
            List<Span> taken = new ArrayList<>();
            int foundBefore = found();
            // names are found in the whole text, page markers and rejoined words seen through, then linked piece by
            // piece: a name a page break cuts is linked on both sides of its marker
            Map<Piece, List<Replacement>> named = new java.util.IdentityHashMap<>();
            pieces.forEach(piece -> named.put(piece, new ArrayList<>()));
            int nextOverride = 0;
            for (int[] found : forms.find(sentenceText)) {
                if (found() - foundBefore > MAX_NAMES_PER_PARAGRAPH) {
                    break;
                }
                int s = found[0];
                int e = found[1];
                for (; nextOverride < pieces.size() && pieces.get(nextOverride).offset() < s; nextOverride++) {
                    if (pieces.get(nextOverride).override() != null) {
                        override(pieces.get(nextOverride), anchor, note, text, sentences, taken);
                    }
                }
                String form = sentenceText.substring(s, e);
                String registered = forms.registered(form);
                List<int[]> parts = textPieces(pieces, s, e);
                if (parts.isEmpty() || !registered.equals(form) && !beforePageBreak(sentenceText, e, pageBreaks)) {
                    continue; // in a link or code, or a word rejoined nowhere near a page break
                }
                taken.add(new Span(s, e));
                if (excluded.stream().anyMatch(x -> x.overlaps(s, e))) {
                    continue;
                }
                resolve(registered, sentenceText, s, anchor, text).ifPresent(r -> {
                    for (int[] part : parts) {
                        named.get(pieces.get(part[0])).add(new Replacement(part[1], part[2], "mention actor",
                                "../actors/" + r.actor() + ".html", actors.get(r.actor()).name()));
                    }
                    mentions.add(mention(r.actor(), anchor, note, form, r.how(), sentences, s, e, text));
                });
            }
            for (; nextOverride < pieces.size(); nextOverride++) {
                if (pieces.get(nextOverride).override() != null) {
                    override(pieces.get(nextOverride), anchor, note, text, sentences, taken);
                }
            }
            for (Piece piece : pieces) {
                if (exceeds(foundBefore, text)) {
                    return;
                }
                if (piece.override() != null) {
                    continue;
                }
                List<Replacement> replacements = named.get(piece);
                String words = piece.node().getWholeText();
                boolean[] present = cueWords.found(fold(words));
                TreeMap<Integer, Replacement> linkedHere = new TreeMap<>();
                replacements.forEach(r -> linkedHere.put(r.start(), r));
                for (Map.Entry<EventId, Pattern> cue : cues.entrySet()) {
                    if (!mayContain(present, cue.getKey())) {
                        continue;
                    }
                    Matcher m = cue.getValue().matcher(words);
                    while (m.find()) {
                        int start = m.start();
                        int end = m.end();
                        if (!agrees(cue.getKey(), m, anchor, text)) {
                            continue;
                        }
                        if (!overlaps(linkedHere, start, end)) {
                            Replacement r = new Replacement(start, end, "mention event",
                                    "../events/" + cue.getKey() + ".html", title(cue.getKey()));
                            replacements.add(r);
                            linkedHere.put(start, r);
                        }
                    }
                }
                replace(piece.node(), replacements);
            }
            // the dates are read with the year known before this text; dates() then moves it on
            List<DateExpression> dates = note == 0 && (body || !cues.isEmpty())
                    ? DateExpression.find(sentenceText, year, writtenIn()) : List.of();
            String folded = cues.isEmpty() ? "" : fold(sentenceText);
            if (!cues.isEmpty()) {
                passages(anchor, note, text, sentences, folded, excluded, dates);
            }
            if (body && !exceeds(foundBefore, text)) {
                dates(anchor, text, sentences, dates.subList(0, Math.min(dates.size(), MAX_NAMES_PER_PARAGRAPH + 1)));
            }
            if (curating()) {
                if (note != 0 || body) { // a heading's words are capitalised as a title's: never names for it
                    unregistered(anchor, text, sentences, excluded, taken, foundBefore);
                }
            }
            if (exceeds(foundBefore, text)) {
                return;
            }
            boolean changed = root.select("a.mention").size() > 0 || text.markup().html().contains("actor:");
            linked.put(anchor, changed
                    ? Markup.inserting(text.markup(), root.html(), String::intern) // a tag held once, as the parser's
                    : text.markup());
        }

        /** How many names and dates the essay holds so far. */
        private int found() {
            return mentions.size() + dated.size() + unregistered.size();
        }

        /**
         * True, with an error at the text's line, when the text or the essay holds more names and dates than a limit
         * allows since {@code from} names were found before the text: its annotation stops, so that no input can
         * make it hold more than the limits.
         */
        private boolean exceeds(int from, Text text) {
            if (refused) {
                return true;
            }
            int here = found() - from;
            if (here > MAX_NAMES_PER_PARAGRAPH) {
                diagnostics.error(essay.source(), text.line(), 0, String.format(Locale.ROOT, "the paragraph or note"
                        + " holds more than %,d names and dates, which exceeds the limit of a paragraph; expected at"
                        + " most %,d (split the paragraph)", MAX_NAMES_PER_PARAGRAPH, MAX_NAMES_PER_PARAGRAPH));
                refused = true;
            } else if (found() > MAX_NAMES_PER_ESSAY) {
                diagnostics.error(essay.source(), text.line(), 0, String.format(Locale.ROOT, "the essay holds more"
                        + " than %,d names and dates by this paragraph, which exceeds the limit of an essay; expected"
                        + " at most %,d (split the essay)", MAX_NAMES_PER_ESSAY, MAX_NAMES_PER_ESSAY));
                refused = true;
            }
            return refused;
        }

        private String title(EventId id) {
            return titles.getOrDefault(id, "");
        }

        /**
         * The text nodes to search, each with its offset in the flat text; footnote calls and page markers left out,
         * the places of the markers kept.
         */
        private void collect(Node node, StringBuilder flat, List<Piece> pieces, List<Integer> pageBreaks) {
            for (Node child : new ArrayList<>(node.childNodes())) {
                if (child instanceof TextNode t) {
                    pieces.add(new Piece(t, flat.length(), null));
                    flat.append(t.getWholeText());
                } else if (child instanceof Element e) {
                    if (e.hasClass("pb")) {
                        pageBreaks.add(flat.length());
                        continue;
                    }
                    if (e.tagName().equals("sup")) {
                        continue;
                    }
                    if (e.tagName().equals("a") && e.attr("href").startsWith("actor:")) {
                        pieces.add(new Piece(null, flat.length(), e));
                        flat.append(e.text());
                    } else if (e.tagName().equals("a") || e.tagName().equals("code")) {
                        flat.append(e.text());
                    } else {
                        collect(e, flat, pieces, pageBreaks);
                    }
                }
            }
        }

        private void override(Piece piece, String anchor, int note, Text text, Sentences flat, List<Span> taken) {
            Element a = piece.override();
            String id = a.attr("href").substring("actor:".length()).strip();
            String words = a.text();
            taken.add(new Span(piece.offset(), piece.offset() + words.length()));
            if (id.isEmpty() || id.equals("-")) {
                a.unwrap();
                return;
            }
            if (!SlugId.isValid(id) || !actors.containsKey(new ActorId(id))) {
                diagnostics.error(essay.source(), text.line(), 1, "[" + words + "](actor:" + id + ") names no actor of"
                        + " content/actors.yml; expected a registered actor id, or actor:- for no actor");
                a.unwrap();
                return;
            }
            ActorId actor = new ActorId(id);
            a.attr("href", "../actors/" + id + ".html").attr("class", "mention actor")
                    .attr("title", actors.get(actor).name());
            lastSeen.put(actor, ++clock);
            mentions.add(mention(actor, anchor, note, words, Mention.How.OVERRIDE, flat, piece.offset(),
                    piece.offset() + words.length(), text));
        }

        private record Resolved(ActorId actor, Mention.How how) {
        }

        private Optional<Resolved> resolve(String form, String flat, int start, String anchor, Text text) {
            if (ignoredForms.contains(form)) {
                return Optional.empty();
            }
            ActorId named = names.get(form);
            if (named != null) {
                lastSeen.put(named, ++clock);
                return Optional.of(new Resolved(named, Mention.How.NAME));
            }
            ActorId metonym = metonyms.get(form);
            if (metonym != null) {
                return place(flat, start, start + form.length()) ? Optional.empty()
                        : Optional.of(new Resolved(metonym, Mention.How.METONYM));
            }
            List<ActorId> candidates = shortForms.getOrDefault(form, List.of());
            if (candidates.size() == 1) {
                return Optional.of(new Resolved(candidates.get(0), Mention.How.SHORT));
            }
            Optional<ActorId> nearest = candidates.stream().filter(lastSeen::containsKey)
                    .max(Comparator.comparing(lastSeen::get));
            if (nearest.isEmpty()) {
                diagnostics.warning(essay.source(), text.line(), 1, "'" + form + "' (" + anchor + ") could be "
                        + String.join(" or ", candidates.stream().map(ActorId::value).sorted().toList())
                        + " and none of them is named before it; write [" + form + "](actor:ID) to say which");
                return Optional.empty();
            }
            return Optional.of(new Resolved(nearest.get(), Mention.How.CONTEXT));
        }

        /**
         * True when a capital is a place rather than its government: after a word of movement or place ("a visit
         * to Pyongyang", "set out for Moscow"), before an occasion ("the Pyongyang summit"), or in a list after
         * another place ("to Beijing, Pyongyang and Okinawa"); but "the leaders in Pyongyang" and "Moscow-Pyongyang
         * relations" are governments.
         */
        private boolean place(String flat, int start, int end) {
            String before = flat.substring(Math.max(0, start - 40), start);
            String after = flat.substring(end, Math.min(flat.length(), end + 20));
            if (before.endsWith("-") || after.startsWith("-") || PEOPLE_IN.matcher(before).find()) {
                return false;
            }
            if (OCCASION_AFTER.matcher(after).find() || BOUND_FOR.matcher(before).find()) {
                return true;
            }
            if (lastPlaceEnd >= 0 && flat.substring(lastPlaceEnd, start).matches(",?\\s*(?:and\\s+)?")) {
                lastPlaceEnd = end;
                return true;
            }
            Matcher word = WORD_BEFORE.matcher(before);
            if (word.find() && PLACE_WORDS.contains(word.group(1).toLowerCase(Locale.ROOT))) {
                lastPlaceEnd = end;
                return true;
            }
            return false;
        }

        private Mention mention(ActorId actor, String anchor, int note, String form, Mention.How how,
                                Sentences sentences, int start, int end, Text text) {
            String flat = sentences.text();
            int[] sentence = sentences.around(start);
            // a form with a full stop inside ("George W. Bush") may end past the sentence break it contains
            return new Mention(actor, essay.id(), anchor, note, printed.computeIfAbsent(form, f -> f), how,
                    Excerpt.of(flat, sentence[0], start, end, sentence[1]), text.line());
        }

        private void passages(String anchor, int note, Text text, Sentences sentences, String folded,
                              List<Span> excluded, List<DateExpression> dates) {
            String flat = sentences.text();
            boolean[] present = cueWords.found(folded);
            for (Map.Entry<EventId, Pattern> cue : cues.entrySet()) {
                if (!mayContain(present, cue.getKey())) {
                    continue;
                }
                Matcher m = cue.getValue().matcher(flat);
                Annotations.EventPassage best = null;
                while (m.find()) {
                    int s = m.start();
                    int e = m.end();
                    if (excluded.stream().anyMatch(x -> x.overlaps(s, e)) || !agrees(cue.getKey(), m, "", text)) {
                        continue;
                    }
                    int[] sentence = sentences.around(s);
                    Optional<DateExpression> date = dates.stream()
                            .filter(d -> d.start() >= sentence[0] && d.end() <= sentence[1])
                            .min(Comparator.comparingInt(d -> distance(d, s, e)));
                    Annotations.EventPassage passage = new Annotations.EventPassage(cue.getKey(), essay.id(), anchor,
                            note, text.line(), Excerpt.of(flat, sentence[0], s, e, sentence[1]), date);
                    if (best == null || best.date().isEmpty() && date.isPresent()) {
                        best = passage;
                    }
                }
                if (best != null) {
                    passages.add(best);
                }
            }
        }

        /** True when a cue of the event occurs in the words with no year in its gaps the event cannot have. */
        private boolean found(Map.Entry<EventId, Pattern> cue, String words, Text text) {
            Matcher m = cue.getValue().matcher(words);
            while (m.find()) {
                if (agrees(cue.getKey(), m, "", text)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True unless a year written in the gaps of a cue ("Putin's 2001 visit to Pyongyang") cannot be the event's:
         * then the phrase is about another occasion, and is not linked (warned once, at the link, so that a
         * maintainer sees the near miss). A month or day that disagrees within the year is the essay's dating of the
         * event, which the event's page shows beside the registry's.
         */
        private boolean agrees(EventId event, Matcher m, String anchor, Text text) {
            EventDate registered = eventDates.get(event);
            for (int g = 1; g <= m.groupCount() && registered != null; g++) {
                String gap = m.group(g);
                if (gap == null || gap.isBlank()) {
                    continue;
                }
                for (DateExpression d : DateExpression.find(gap, Optional.empty())) {
                    if (d.date().isPresent() && !d.relative()
                            && (d.date().get().to().getYear() < registered.from().getYear()
                            || d.date().get().from().getYear() > registered.to().getYear())) {
                        if (!anchor.isEmpty()) {
                            diagnostics.warning(essay.source(), text.line(), 1, "'" + m.group() + "' (" + anchor
                                    + ") reads like a cue of the event '" + event + "', but " + d.printed()
                                    + " cannot be its date (" + registered.words() + "): not linked; add the phrase"
                                    + " to the cues of the event it names");
                        }
                        return false;
                    }
                }
            }
            return true;
        }

        private Optional<Integer> writtenIn() {
            return essay.date().map(d -> Integer.parseInt(d.substring(0, 4)));
        }

        private static int distance(DateExpression d, int start, int end) {
            if (d.end() <= start) {
                return start - d.end();
            }
            return d.start() >= end ? d.start() - end : 0;
        }

        private void dates(String anchor, Text text, Sentences sentences, List<DateExpression> found) {
            String flat = sentences.text();
            for (DateExpression d : found) {
                int[] sentence = sentences.around(d.start());
                Excerpt excerpt = Excerpt.of(flat, sentence[0], d.start(), d.end(), sentence[1]);
                String words = excerpt.sentence().strip();
                boolean[] present = cueWords.found(fold(words));
                boolean covered = cues.entrySet().stream()
                        .anyMatch(c -> mayContain(present, c.getKey()) && found(c, words, text));
                dated.add(new Annotations.DatedStatement(essay.id(), anchor, text.line(), d, excerpt, covered));
                if (d.date().isPresent() && !d.relative()
                        && d.date().get().precision() != org.apparatus.model.EventDate.Precision.YEAR) {
                    year = Optional.of(d.date().get().to().getYear());
                }
            }
        }

        private void unregistered(String anchor, Text text, Sentences sentences, List<Span> excluded,
                                  List<Span> taken, int found) {
            String flat = sentences.text();
            Matcher m = NAME_LIKE.matcher(flat);
            while (m.find() && found() - found <= MAX_NAMES_PER_PARAGRAPH) {
                String name = trim(m.group());
                int s = m.start();
                String[] words = SPACES.split(name, 2);
                while (words.length == 2 && (STARTERS.contains(words[0].toLowerCase(Locale.ROOT))
                        || NOT_NAMES.contains(words[0]) || CONNECTORS.contains(words[0])
                        || sentenceOpens(flat, s) && commonWord(words[0]))) {
                    s += name.indexOf(words[1], words[0].length());
                    name = trim(words[1]);
                    words = SPACES.split(name, 2);
                }
                if (STARTERS.contains(name.toLowerCase(Locale.ROOT)) || office(name)) {
                    continue;
                }
                int start = s;
                int e = s + name.length();
                if (name.isEmpty() || covered(taken, start, e)
                        || excluded.stream().anyMatch(x -> x.overlaps(start, e)) || !nameLike(name, flat, start)) {
                    continue;
                }
                int[] sentence = sentences.around(start);
                unregistered.add(new Annotations.Unregistered(name, essay.id(), anchor, text.line(),
                        Excerpt.of(flat, sentence[0], start, e, sentence[1])));
            }
        }

        private boolean nameLike(String name, String flat, int start) {
            String bare = name.startsWith("The ") ? name.substring(4) : name;
            if (ignored.contains(name.toLowerCase(Locale.ROOT)) || ignored.contains(bare.toLowerCase(Locale.ROOT))) {
                return false;
            }
            String[] words = SPACES.split(bare);
            if (java.util.Arrays.stream(words).allMatch(w -> NOT_NAMES.contains(w) || CONNECTORS.contains(w))) {
                return false;
            }
            if (words.length == 1 && LETTER_AND_WORD.matcher(bare).matches()) {
                return false; // "U-turn", "X-ray": a common noun
            }
            if (words.length == 1) {
                boolean acronym = bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT));
                return acronym || !sentenceStart(flat, start);
            }
            return true;
        }

        /** True when the words at {@code start} open a sentence (or a quotation, or a clause after a colon). */
        private static boolean sentenceStart(String flat, int start) {
            int end = start;
            while (end > 0 && Character.isWhitespace(flat.charAt(end - 1))) {
                end--;
            }
            return end == 0 || ".!?:;\"“‘(—–".indexOf(flat.charAt(end - 1)) >= 0;
        }

        /** True when the words at {@code start} open the text or a sentence after its full stop, "?" or "!". */
        private static boolean sentenceOpens(String flat, int start) {
            int end = start;
            while (end > 0 && Character.isWhitespace(flat.charAt(end - 1))) {
                end--;
            }
            return end == 0 || ".!?".indexOf(flat.charAt(end - 1)) >= 0;
        }

        /** True for a word the essay also prints in small letters: a common word, capitalised to open a sentence. */
        private boolean commonWord(String word) {
            if (lowerCaseWords == null) {
                lowerCaseWords = new java.util.HashSet<>();
                List<Text> texts = new ArrayList<>();
                essay.blocks().forEach(b -> texts.add(b.text()));
                essay.notes().forEach(n -> texts.add(n.text()));
                texts.forEach(t -> lowerCaseWords(t.plain(), lowerCaseWords::add));
            }
            return lowerCaseWords.contains(word.toLowerCase(Locale.ROOT));
        }

        /**
         * True for an office or title ("Prime Minister", "Minister of Transport", "Director of the Federal Security
         * Bureau"): the people who hold it are the actors, so it is no name to register.
         */
        private static boolean office(String name) {
            String head = name.split("\\s+of\\s+", 2)[0];
            for (String word : SPACES.split(head)) {
                if (OFFICES.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        private static String trim(String name) {
            String n = POSSESSIVE.matcher(name).replaceAll("");
            String[] words = SPACES.split(n);
            int last = words.length;
            while (last > 1 && CONNECTORS.contains(words[last - 1])) {
                last--;
            }
            return String.join(" ", java.util.Arrays.copyOf(words, last));
        }
    }

    /** The parts of a note that cite works (authors, titles, periodicals): never mentions. */
    private static List<String> citedParts(Note note) {
        List<String> parts = new ArrayList<>();
        for (Citation c : note.citations()) {
            if (c instanceof Citation.Article a) {
                parts.addAll(a.authors());
                parts.add(a.title());
                parts.add(a.journal());
            } else if (c instanceof Citation.Periodical p) {
                parts.add(p.title());
            } else if (c instanceof Citation.Book b) {
                parts.addAll(b.authors());
                parts.add(b.title());
                parts.add(b.publisher());
            } else if (c instanceof Citation.OpCit o) {
                parts.addAll(o.authors());
            }
        }
        parts.removeIf(String::isBlank);
        return parts;
    }

    private static List<Span> excluded(String flat, List<String> cited) {
        List<Span> spans = new ArrayList<>();
        for (String part : cited) {
            String plain = part.replace("*", "").replace("_", "");
            int at = flat.indexOf(plain);
            while (at >= 0) {
                spans.add(new Span(at, at + plain.length()));
                at = flat.indexOf(plain, at + 1);
            }
        }
        return spans;
    }

    /**
     * True unless, for each of the event's cues, some word of it is absent from the case-folded text, in which case
     * its pattern cannot match (a cue may have words between its own: {@link CueGap}).
     *
     * @param present which of {@link #cueWords} the case-folded text contains
     */
    private boolean mayContain(boolean[] present, EventId event) {
        for (int[] cue : foldedCues.getOrDefault(event, List.of())) {
            if (containsAll(present, cue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAll(boolean[] present, int[] words) {
        for (int word : words) {
            if (!present[word]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text with each character case-folded as a case-insensitive Unicode pattern compares characters (their
     * upper case, then its lower case), one for one: a cue the pattern finds in a text is a substring of the folded
     * text, so a cue missing from it spares the pattern.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }

    /**
     * Finds the registered forms in a text as the pattern {@code (?<![\p{L}\p{N}])(?:form1|form2|...)(?![\p{L}\p{N}])}
     * would, forms in the given order, but trying at each word start only the forms that begin with its character, not
     * every form of the registry.
     */
    static final class FormMatcher {
        private final Map<Character, List<String>> byFirst = new HashMap<>();
        /** Each form with a hyphen before a small letter ("Kim Jong-il") as the import rejoins it across a page. */
        private final Map<String, String> rejoined = new HashMap<>();

        FormMatcher(List<String> forms) {
            Set<String> registered = new java.util.HashSet<>(forms);
            for (String form : forms) {
                String joined = REJOINABLE.matcher(form).replaceAll("$1");
                if (!joined.equals(form) && !registered.contains(joined)) {
                    rejoined.putIfAbsent(joined, form);
                }
            }
            List<String> all = new ArrayList<>(forms);
            rejoined.keySet().stream().sorted().forEach(all::add);
            all.sort(Comparator.comparingInt(String::length).reversed()); // stable: the given order among equals
            for (String form : all) {
                if (!form.isEmpty()) {
                    byFirst.computeIfAbsent(form.charAt(0), k -> new ArrayList<>()).add(form);
                }
            }
        }

        /** The registered form a found one stands for: itself, or the hyphenated form a rejoined word was. */
        String registered(String found) {
            return rejoined.getOrDefault(found, found);
        }

        /** Start and end of each form found, left to right, none overlapping. */
        List<int[]> find(String text) {
            List<int[]> found = new ArrayList<>();
            int at = 0;
            search:
            while (at < text.length()) {
                List<String> candidates = byFirst.get(text.charAt(at));
                if (candidates != null && (at == 0 || !wordCharacter(text.charAt(at - 1)))) {
                    for (String form : candidates) {
                        int end = at + form.length();
                        if (text.startsWith(form, at) && (end == text.length() || !wordCharacter(text.codePointAt(end)))) {
                            found.add(new int[] {at, end});
                            at = end;
                            continue search;
                        }
                    }
                }
                at++;
            }
            return found;
        }

        /**
         * A letter or a number, as {@code [\p{L}\p{N}]} says. Like the pattern's look-behind, the check before a
         * form reads one char (half of a surrogate pair is neither); the check after it reads a code point.
         */
        private static boolean wordCharacter(int c) {
            int type = Character.getType(c);
            return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }
    }

    /**
     * The sentences of one text: its sentence boundaries found once, in one pass of a sentence iterator, and each
     * look-up a binary search among them.
     */
    static final class Sentences {
        private final String text;
        private int[] boundaries;

        Sentences(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }

        /**
         * Start and end of the sentence around {@code at}: from the last boundary at or before it to the first after
         * it, as the iterator walks the text from its start (its random-access methods can disagree with its walk).
         */
        int[] around(int at) {
            if (text.isEmpty()) {
                return new int[] {0, 0};
            }
            if (boundaries == null) {
                BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
                it.setText(text);
                java.util.stream.IntStream.Builder all = java.util.stream.IntStream.builder();
                for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
                    all.add(b);
                }
                boundaries = all.build().toArray();
            }
            int position = Math.max(0, Math.min(at, text.length() - 1));
            int found = java.util.Arrays.binarySearch(boundaries, position);
            // not found: -(insertion point) - 1, the insertion point being the first boundary after the position
            int after = found >= 0 ? found + 1 : -found - 1;
            int start = found >= 0 ? position : after > 0 ? boundaries[after - 1] : BreakIterator.DONE;
            int end = after < boundaries.length ? boundaries[after] : BreakIterator.DONE;
            start = start == BreakIterator.DONE ? 0 : Math.min(start, at);
            end = end == BreakIterator.DONE ? text.length() : Math.max(end, Math.min(at, text.length()));
            return new int[] {start, end};
        }
    }

    /**
     * Where [start, end) of the flat text lies in its text nodes, as {piece, start, end in the piece} for each; empty
     * unless text nodes that follow each other with nothing but footnote calls and page markers between them hold
     * all of it (words in a link or code are never names).
     */
    private static List<int[]> textPieces(List<Piece> pieces, int start, int end) {
        int low = 0;
        int high = pieces.size() - 1;
        int first = -1; // the last piece starting at or before start
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (pieces.get(middle).offset() <= start) {
                first = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        List<int[]> parts = new ArrayList<>();
        int at = start;
        for (int i = Math.max(first, 0); i < pieces.size() && at < end; i++) {
            Piece piece = pieces.get(i);
            int length = piece.node() == null ? 0 : piece.node().getWholeText().length();
            if (piece.offset() + length <= at && !(length == 0 && piece.offset() == at)) {
                continue; // ends before: an empty node, or the piece before start
            }
            if (piece.node() == null || piece.offset() > at) {
                return List.of();
            }
            int to = Math.min(end, piece.offset() + length);
            if (to > at) {
                parts.add(new int[] {i, at - piece.offset(), to - piece.offset()});
            }
            at = to;
        }
        return at == end ? parts : List.of();
    }

    /** True when only spaces stand between {@code at} and a page marker: where the import rejoins a word. */
    private static boolean beforePageBreak(String flat, int at, List<Integer> pageBreaks) {
        int next = at;
        while (next < flat.length() && Character.isWhitespace(flat.charAt(next))) {
            next++;
        }
        return java.util.Collections.binarySearch(pageBreaks, next) >= 0
                || java.util.Collections.binarySearch(pageBreaks, at) >= 0;
    }

    /** A text node to search, or an override link, at an offset of the flat text. */
    private record Piece(TextNode node, int offset, Element override) {
    }

    /** True when [start, end) overlaps one of the spans, which are in order and overlap none of each other. */
    private static boolean covered(List<Span> spans, int start, int end) {
        int low = 0;
        int high = spans.size() - 1;
        int last = -1; // the last span starting before end
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (spans.get(middle).start() < end) {
                last = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return last >= 0 && spans.get(last).end() > start;
    }

    private record Span(int start, int end) {
        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    private record Replacement(int start, int end, String cssClass, String href, String title) {
    }

    /**
     * The markup an essay's page shows: each actor or event linked at its first mention in each section (a heading
     * opens a section; the paragraphs before the first heading are one), as Wikipedia and the Stanford Encyclopedia
     * of Philosophy do. A note is read on its own (in the margin, under its paragraph or on its page), so each note
     * is a section of its own. A later mention in the same section becomes {@code <span class="mention ..."
     * data-href="...">}: plain text, no tab stop, with what the reader's "show every name" switch needs. Only the
     * texts that change are kept; the rest read as {@code linked}.
     */
    static Map<String, Markup> reading(Essay essay, Map<String, Markup> linked) {
        Map<String, Markup> reading = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Block block : essay.blocks()) {
            if (block instanceof Block.Heading) {
                seen.clear();
            }
            firstOnly(block.anchor(), linked, seen, reading);
        }
        for (Note note : essay.notes()) {
            firstOnly(note.anchor(), linked, new java.util.HashSet<>(), reading);
        }
        return reading;
    }

    private static void firstOnly(String anchor, Map<String, Markup> linked, Set<String> seen,
                                  Map<String, Markup> reading) {
        Markup markup = linked.get(anchor);
        if (markup == null || !markup.html().contains("mention")) {
            return;
        }
        org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(markup.html());
        document.outputSettings().prettyPrint(false);
        boolean changed = false;
        Element last = null;
        for (Element a : document.body().select("a.mention[href]")) {
            String href = a.attr("href");
            Element before = a.previousElementSibling();
            // a name a page break cuts is one mention in two links: its second part goes as its first went
            boolean secondPart = last != null && before != null && before.hasClass("pb")
                    && before.previousElementSibling() == last && href.equals(last.attr(last.is("a") ? "href"
                    : "data-href"));
            boolean first = secondPart ? last.is("a") : seen.add(href);
            last = a;
            if (first) {
                continue;
            }
            Element span = new Element("span").attr("class", a.attr("class")).attr("data-href", href);
            span.insertChildren(0, a.childNodes());
            a.replaceWith(span);
            last = span;
            changed = true;
        }
        if (changed) {
            reading.put(anchor, new Markup(document.body().html()));
        }
    }

    /** Splits a text node around the replacements, each becoming a link; overlapping ones keep the first. */
    private static void replace(TextNode node, List<Replacement> replacements) {
        if (replacements.isEmpty()) {
            return;
        }
        String text = node.getWholeText();
        TreeMap<Integer, Replacement> ordered = new TreeMap<>();
        for (Replacement r : replacements) {
            if (!overlaps(ordered, r.start(), r.end())) {
                ordered.put(r.start(), r);
            }
        }
        List<Node> nodes = new ArrayList<>();
        int at = 0;
        for (Replacement r : ordered.values()) {
            if (r.start() > at) {
                nodes.add(new TextNode(text.substring(at, r.start())));
            }
            Element a = new Element("a").attr("class", r.cssClass()).attr("href", r.href());
            if (!r.title().isEmpty()) {
                a.attr("title", r.title());
            }
            a.appendText(text.substring(r.start(), r.end()));
            nodes.add(a);
            at = r.end();
        }
        if (at < text.length()) {
            nodes.add(new TextNode(text.substring(at)));
        }
        // all at once: inserting them one by one would move the parent's later children once for each
        ((Element) node.parentNode()).insertChildren(node.siblingIndex(), nodes);
        node.remove();
    }

    /** One warning per name-like phrase no registry entry covers, at its first place. */
    public static void reportUnregistered(List<Essay> essays, Map<EssayId, Annotations> annotations,
                                           Diagnostics diagnostics) {
        Map<String, List<Annotations.Unregistered>> byName = new java.util.TreeMap<>();
        Map<EssayId, String> sources = new HashMap<>();
        for (Essay essay : essays) {
            sources.put(essay.id(), essay.source());
            annotations.get(essay.id()).unregistered()
                    .forEach(u -> byName.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u));
        }
        byName.forEach((name, places) -> {
            Annotations.Unregistered first = places.get(0);
            diagnostics.warning(sources.get(first.essay()), first.line(), 1, "'" + name + "' looks like a name that no"
                    + " actor covers (" + places.size() + (places.size() == 1 ? " time" : " times") + ", listed on"
                    + " " + SitePaths.UNREGISTERED + "); expected it in content/actors.yml, as an actor, an alias,"
                    + " or under 'ignore'");
        });
    }

    /** True when [start, end) overlaps one of the spans, which overlap none of each other, keyed by their start. */
    private static boolean overlaps(TreeMap<Integer, Replacement> spans, int start, int end) {
        Map.Entry<Integer, Replacement> last = spans.lowerEntry(end);
        return last != null && last.getValue().end() > start;
    }
}
