package org.apparatus.view;

import java.util.List;
import java.util.Objects;

import org.apparatus.model.Markup;

/**
 * One page of the site with everything its template prints, already cross-referenced and formatted. Each kind has
 * its own template; none of them queries or computes.
 */
public sealed interface Page permits Page.Home, Page.EssayPage, Page.NotePage, Page.ChangesPage,
        Page.BibliographyPage, Page.WorkPage, Page.ReportPage, Page.ActorIndexPage, Page.ActorPage,
        Page.EventIndexPage, Page.EventPage, Page.TimelinePage, Page.DatesPage, Page.UnregisteredPage, Page.SearchPage,
        Page.TextPage, Page.NotFoundPage {

    /** An ISO 8601 date or interval ({@code 2000-07-19/2000-07-20}) as HTML's {@code datetime} takes it. */
    static String datetime(String iso) {
        int slash = iso.indexOf('/');
        return slash < 0 ? iso : iso.substring(0, slash);
    }

    /** The page's file, relative to the site root, with forward slashes. */
    String path();

    /** The template that prints it. */
    String template();

    /** The shared layout's content. */
    Chrome chrome();

    /**
     * {@code index.html}: the essays with their titles, authors, abstracts and counts, and the ways into the edition.
     *
     * @param waysIn the site's sections other than the essays, each with a line saying what it holds
     */
    record Home(String path, Chrome chrome, String introduction, List<EssayCard> essays, List<WayIn> waysIn,
                String heading, Pager pager) implements Page {
        public Home {
            essays = List.copyOf(essays);
            waysIn = List.copyOf(waysIn);
        }

        @Override
        public String template() {
            return "home.ftlh";
        }
    }

    /**
     * The pages of a list cut into pages ({@link ListPaging}): each labelled with what it holds, the one shown marked
     * current, and the previous and next pages ({@code rel="prev"}, {@code rel="next"}; empty at either end).
     *
     * @param label the navigation's accessible name
     */
    record Pager(String label, List<Chrome.Link> pages, String previous, String next) {
        public Pager {
            Objects.requireNonNull(label, "label");
            pages = List.copyOf(pages);
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(next, "next");
        }

        /** A list that fits on one page, which shows no page list. */
        static Pager single(String label) {
            return new Pager(label, List.of(), "", "");
        }
    }

    /** An essay as listed on the home page, with how many notes, actors and events it has. */
    record EssayCard(String href, Markup title, Markup author, Markup abstractHtml, int paragraphs, int notes,
                     int actors, int events) {
    }

    /** A section of the site as the home page offers it. */
    record WayIn(String label, String href, String description) {
        public WayIn {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * {@code essays/<id>.html}: the full text, its notes and where it comes from.
     *
     * @param mentions true when the text links actors or events ({@code a.mention}): the page offers to hide them
     * @param previous the essay before this one in the edition (an empty href when it is the first)
     * @param next the essay after this one (an empty href when it is the last)
     * @param published where the essay was first printed, after "First published in" (empty when not given)
     */
    record EssayPage(String path, Chrome chrome, Markup title, Markup author, Markup abstractHtml, Markup bio,
                     List<BlockView> blocks, List<NoteItem> notes, String changesHref, int changes,
                     int substantiveChanges, String seedFile, String seedSha256, boolean imported, Cite cite,
                     List<Chrome.Link> exports, boolean mentions, Chrome.Link previous, Chrome.Link next,
                     Markup published)
            implements Page {
        public EssayPage {
            blocks = List.copyOf(blocks);
            notes = List.copyOf(notes);
            exports = List.copyOf(exports);
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(next, "next");
        }

        @Override
        public String template() {
            return "essay.ftlh";
        }

        /**
         * True when the abstract is long enough to fill a phone's screen (more than {@value #FOLDED_ABSTRACT}
         * characters, some six lines at 390 px): on a narrow screen it then shows its first lines and a link that
         * opens the rest, without scripts.
         */
        public boolean abstractFolds() {
            return org.jsoup.Jsoup.parseBodyFragment(abstractHtml.html()).text().length() > FOLDED_ABSTRACT;
        }

        /** The abstract's length, in characters, past which it folds on a phone. */
        static final int FOLDED_ABSTRACT = 320;

        /** The essay's table of contents: its headings of levels 2 and 3, as words and in-page links. */
        public List<ContentsEntry> contents() {
            return blocks.stream().filter(b -> b.level() == 2 || b.level() == 3)
                    .map(b -> new ContentsEntry(org.jsoup.Jsoup.parseBodyFragment(b.html().html()).text(),
                            "#" + b.anchor(), b.level()))
                    .toList();
        }
    }

    /** A line of an essay's table of contents: a heading's words, its anchor, its level (2 or 3). */
    record ContentsEntry(String label, String href, int level) {
    }

    /**
     * A heading or paragraph of an essay page.
     *
     * @param level 0 for a paragraph, 2 to 6 for a heading
     * @param page the print page a paragraph starts on
     * @param cite how to cite a paragraph (empty for a heading)
     * @param events the registered events the paragraph speaks of
     */
    record BlockView(int level, String anchor, Markup html, int page, Cite cite, List<Chrome.Link> events) {
        public BlockView {
            events = List.copyOf(events);
        }
    }

    /** A note in an essay's note list, with its way back to the text, its own page and what it cites. */
    record NoteItem(int number, String anchor, Markup html, String backHref, String pageHref,
                    List<ResolvedReference> references) {
        public NoteItem {
            references = List.copyOf(references);
        }
    }

    /**
     * What a note cites, resolved to a work.
     *
     * @param via how the print named it ({@code Ibid.}, {@code op. cit.}) or empty when it cited it in full
     * @param reference the work as a full note in the house style, with the pinpoint
     * @param otherNotes the other notes citing the same work
     */
    /**
     * A work a note cites, resolved; or an op. cit. that could mean several works, with its candidates.
     *
     * @param otherNotes some of the other notes citing the work, in edition order
     * @param moreNotes how many other notes cite it besides those (the work's page lists every one)
     * @param candidates for an ambiguous op. cit. (then {@code reference} is the print's words and {@code workHref}
     *                   empty), every work it could mean, with its page; else empty
     */
    record ResolvedReference(String via, Markup reference, String workHref, List<Chrome.Link> otherNotes,
                             int moreNotes, List<Chrome.Link> candidates) {
        public ResolvedReference(String via, Markup reference, String workHref, List<Chrome.Link> otherNotes,
                                 int moreNotes) {
            this(via, reference, workHref, otherNotes, moreNotes, List.of());
        }

        public ResolvedReference {
            otherNotes = List.copyOf(otherNotes);
            candidates = List.copyOf(candidates);
            if (moreNotes < 0) {
                throw new IllegalArgumentException("moreNotes must not be negative: " + moreNotes);
            }
        }
    }

    /**
     * How to cite a page or passage: a Chicago note and a BibTeX entry, both with the pinpoint link.
     *
     * @param label what is cited ("this essay", "paragraph 12", "note 4")
     */
    record Cite(String label, String chicago, String bibtex) {
        public static final Cite NONE = new Cite("", "", "");

        /** True when the edition has no {@code url}, so that the address the citation gives is a relative one. */
        public boolean relativeAddress() {
            return bibtex.contains("url = {") && !bibtex.contains("url = {http");
        }
    }

    /** {@code notes/<essay-id>/<n>.html}: one footnote and the passage it annotates. */
    record NotePage(String path, Chrome chrome, int number, Markup note, Markup passage, String passageHref,
                    String essayHref, Markup essayTitle, Markup essayAuthor, String previousHref, String nextHref,
                    int total, List<ResolvedReference> references, Cite cite) implements Page {
        public NotePage {
            references = List.copyOf(references);
        }

        @Override
        public String template() {
            return "note.ftlh";
        }
    }

    /** {@code changes/<essay-id>.html}: every difference between the print and the edition. */
    record ChangesPage(String path, Chrome chrome, Markup essayTitle, String essayHref, String seedFile,
                       String seedSha256, List<ChangeRow> rows, int typographic, int substantive) implements Page {
        public ChangesPage {
            rows = List.copyOf(rows);
        }

        @Override
        public String template() {
            return "changes.ftlh";
        }
    }

    /** One editorial change, ready to print. */
    record ChangeRow(String kind, boolean typographic, String printed, String edition, String seedLocation,
                     String editionLocation, String where, String whereHref) {
        public ChangeRow {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** {@code bibliography/index.html}: every work once, grouped and sorted, with the notes citing it. */
    record BibliographyPage(String path, Chrome chrome, String style, List<WorkGroup> groups, List<Chrome.Link> exports,
                            int works, Pager pager) implements Page {
        public BibliographyPage {
            groups = List.copyOf(groups);
            exports = List.copyOf(exports);
        }

        @Override
        public String template() {
            return "bibliography.ftlh";
        }
    }

    /** A group of the bibliography (journal articles; newspapers, magazines and agencies). */
    record WorkGroup(String label, String anchor, List<WorkEntry> entries) {
        public WorkGroup {
            entries = List.copyOf(entries);
        }
    }

    /**
     * A bibliography entry.
     *
     * @param coins the OpenURL context object Zotero reads from a {@code span.Z3988}
     * @param citedBy the first notes citing the work (at most {@code BibliographyPages.CITED_BY})
     * @param citing how many notes cite it in all (the work's page lists each)
     */
    record WorkEntry(String id, String href, Markup entry, String coins, List<Chrome.Link> citedBy, int citing) {
        public WorkEntry {
            citedBy = List.copyOf(citedBy);
        }
    }

    /**
     * {@code bibliography/<work-id>.html}: one work, every note citing it and the passage each annotates, 50 notes a
     * page ({@code <work-id>.2.html}, ...).
     *
     * @param summary per essay, how many of its notes cite the work and the first (empty when one essay cites it)
     * @param summaryMore the essays citing it that the summary leaves out
     * @param first true on the first page, which holds the summary
     * @param part which notes this page lists ("notes 51–100 of 230"), empty when there is one page
     */
    record WorkPage(String path, Chrome chrome, String id, Markup entry, Markup note, String coins, String doi,
                    String url, List<Citing> citing, int start, String bibtex, List<EssaySummary> summary,
                    int summaryMore, Pager pager, boolean first, String part) implements Page {
        /** {@code start}: the number of the page's first citing note among all of the work's, from 1. */
        public WorkPage {
            if (start < 1) {
                throw new IllegalArgumentException("the first citing note is number 1 or more: " + start);
            }
            citing = List.copyOf(citing);
            summary = List.copyOf(summary);
            Objects.requireNonNull(pager, "pager");
            Objects.requireNonNull(part, "part");
        }

        /** This page with its summary by essay and its place among the work's pages. */
        WorkPage paged(List<EssaySummary> summary, int summaryMore, Pager pager, boolean first, String part) {
            return new WorkPage(path, chrome, id, entry, note, coins, doi, url, citing, start, bibtex, summary,
                    summaryMore, pager, first, part);
        }

        @Override
        public String template() {
            return "work.ftlh";
        }
    }

    /**
     * A note citing a work.
     *
     * @param pages the pages the note cites, with their label ("p. 48", "pp. 104–7"), or empty
     * @param via how the note names the work ({@code Ibid.}, {@code op. cit.}, or empty)
     */
    record Citing(Markup essayTitle, String essayHref, int note, String noteHref, String pages, String via,
                  Markup passage, String passageHref) {
    }

    /** {@code maintainers/citations.html}: what the build could not resolve or fully read, for maintainers. */
    record ReportPage(String path, Chrome chrome, List<ProblemRow> rows) implements Page {
        public ReportPage {
            rows = List.copyOf(rows);
        }

        @Override
        public String template() {
            return "report.ftlh";
        }
    }

    /**
     * {@code search.html}: the search form, which works with the index made at build time.
     *
     * @param indexScript the index ({@code assets/search-index.js}) relative to this page
     * @param searchScript the script that searches it
     * @param entries how many things the index holds
     */
    record SearchPage(String path, Chrome chrome, String indexScript, String searchScript, int entries)
            implements Page {
        @Override
        public String template() {
            return "search.ftlh";
        }
    }

    /**
     * A page of the edition's own prose, from {@code content/pages/<id>.md} (such as the about page).
     *
     * @param maintainers the maintainers' reports, which the About page alone lists; empty on every other page
     */
    record TextPage(String path, Chrome chrome, String title, Markup body, List<Report> maintainers) implements Page {
        public TextPage {
            maintainers = List.copyOf(maintainers);
        }

        /** A page that lists no report. */
        public TextPage(String path, Chrome chrome, String title, Markup body) {
            this(path, chrome, title, body, List.of());
        }

        @Override
        public String template() {
            return "page.ftlh";
        }
    }

    /**
     * A maintainers' report as the About page lists it.
     *
     * @param href its address from the About page
     * @param description what it holds, the rest of a sentence after its title and count
     * @param count how many items it holds in this build
     */
    record Report(String title, String href, String description, int count) {
        public Report {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(description, "description");
        }
    }

    /** One unresolved or partly read citation. */
    record ProblemRow(String where, Markup essayTitle, int note, String noteHref, String printed, String message) {
    }

    /** {@code actors/index.html}: every actor, grouped by kind, with how often the essays name them. */
    record ActorIndexPage(String path, Chrome chrome, List<ActorGroup> groups) implements Page {
        public ActorIndexPage {
            groups = List.copyOf(groups);
        }

        @Override
        public String template() {
            return "actors.ftlh";
        }
    }

    /** The actors of one kind. */
    record ActorGroup(String label, String anchor, List<ActorCard> actors) {
        public ActorGroup {
            actors = List.copyOf(actors);
        }
    }

    /** An actor as listed: its mentions in all and per essay. */
    record ActorCard(String name, String href, String description, int mentions, List<Count> perEssay, int essays) {
        public ActorCard {
            perEssay = List.copyOf(perEssay);
        }
    }

    /** A labelled number, linked when {@code href} is not empty. */
    record Count(String label, String href, int count) {
    }

    /**
     * {@code actors/<id>.html}: who an actor is (editorial), the names the essays use, and every mention in context.
     *
     * @param wikidata the Wikidata item's address, or empty
     * @param forms each name used, with how often
     * @param perEssay mentions per essay, body and notes apart
     * @param companions the actors most often named in the same paragraph or note
     * @param pager the pages of the passages, when they do not fit on one
     * @param first true on the first page, which holds the record and the summary
     * @param part which passages this page quotes ("passages 51–100 of 230"), empty when there is one page
     */
    record ActorPage(String path, Chrome chrome, String name, String kind, String description, String wikidataId,
                     String wikidata, List<Count> forms, List<EssayMentions> perEssay, List<EventRow> events,
                     List<Count> companions, int total, List<EssaySummary> summary, int summaryMore, Pager pager,
                     boolean first, String part) implements Page {
        public ActorPage {
            Objects.requireNonNull(pager, "pager");
            Objects.requireNonNull(part, "part");
            forms = List.copyOf(forms);
            perEssay = List.copyOf(perEssay);
            events = List.copyOf(events);
            companions = List.copyOf(companions);
            summary = List.copyOf(summary);
            if (summaryMore < 0) {
                throw new IllegalArgumentException("the essays left out of a summary are counted from 0");
            }
        }

        @Override
        public String template() {
            return "actor.ftlh";
        }
    }

    /**
     * One row of an entity page's summary: an essay, how many passages in it name the entity, and the first of them.
     *
     * @param firstHref the first passage's place in the essay
     */
    record EssaySummary(Markup essayTitle, String essayHref, int passages, String firstHref, String firstWhere) {
    }

    /**
     * A paragraph or note quoted once, its sentences that name the entity joined, every mention marked.
     *
     * @param pieces the quoted text in order, marked pieces being the mentions
     * @param where the place as a reader says it ("¶ 12", "note 4")
     * @param remark how some of the words were read, when worth saying, or empty
     * @param more the mentions in the paragraph beyond the sentences quoted, reached by its link
     */
    record Passage(List<Piece> pieces, String href, String where, String remark, int more) {
        public Passage {
            pieces = List.copyOf(pieces);
            if (more < 0) {
                throw new IllegalArgumentException("the mentions left unquoted are counted from 0");
            }
        }
    }

    /** A run of quoted text; {@code marked} when it is a mention. */
    record Piece(String text, boolean marked) {
    }

    /** An essay's mentions of an actor, body text and notes apart, one passage per paragraph or note. */
    record EssayMentions(Markup essayTitle, String essayHref, List<Passage> body, List<Passage> notes) {
        public EssayMentions {
            body = List.copyOf(body);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Words in their sentence: {@code before}, the highlighted {@code words}, {@code after}, linked to their place.
     *
     * @param where the place as a reader says it ("¶ 12", "note 4")
     * @param remark how the words were read, when worth saying ("resolved from context"), or empty
     */
    record InContext(String before, String words, String after, String href, String where, String remark) {
    }

    /** {@code events/index.html}: every registered event in date order. */
    record EventIndexPage(String path, Chrome chrome, List<EventRow> events) implements Page {
        public EventIndexPage {
            events = List.copyOf(events);
        }

        @Override
        public String template() {
            return "events.ftlh";
        }
    }

    /** An event as listed: when, where, what, and how many passages speak of it. */
    record EventRow(String title, String href, String when, String iso, String place, int passages) {
        /** The date for a {@code <time datetime>}: HTML has no interval, so an interval gives its first day. */
        public String datetime() {
            return Page.datetime(iso);
        }
    }

    /**
     * {@code events/<id>.html}: the registry's record of an event and what each essay says of it, side by side.
     *
     * @param claims the dates the essays give the event, when they give one
     * @param disagreement a plain statement of how the dates differ, or empty when they agree
     * @param pager the pages of the passages, when they do not fit on one
     * @param first true on the first page, which holds the record and the dates the essays give
     * @param part which passages this page quotes ("passages 51–100 of 230"), empty when there is one page
     */
    record EventPage(String path, Chrome chrome, String title, String when, String iso, String place,
                     String description, List<Chrome.Link> participants, List<EssayPassages> essays,
                     List<DateClaim> claims, String disagreement, Pager pager, boolean first, String part)
            implements Page {
        public EventPage {
            Objects.requireNonNull(pager, "pager");
            Objects.requireNonNull(part, "part");
            participants = List.copyOf(participants);
            essays = List.copyOf(essays);
            claims = List.copyOf(claims);
        }

        /** The date for a {@code <time datetime>}: HTML has no interval, so an interval gives its first day. */
        public String datetime() {
            return Page.datetime(iso);
        }

        @Override
        public String template() {
            return "event.ftlh";
        }
    }

    /** One essay's passages about an event, with the notes they call. */
    record EssayPassages(Markup essayTitle, String essayHref, List<InContext> passages, List<Chrome.Link> notes) {
        public EssayPassages {
            passages = List.copyOf(passages);
            notes = List.copyOf(notes);
        }
    }

    /**
     * A date an essay gives an event.
     *
     * @param stated the date in words as the essay gives it, normalised ("June 2000")
     * @param agrees true when it can mean the registry's date
     */
    record DateClaim(String essayTitle, String href, String where, String stated, String iso, InContext quote,
                     boolean agrees) {
        /** The date for a {@code <time datetime>}: HTML has no interval, so an interval gives its first day. */
        public String datetime() {
            return Page.datetime(iso);
        }
    }

    /**
     * {@code timeline.html}: the events in order, drawn to scale twice (for wide and narrow screens; CSS shows one),
     * the filters by essay and by actor, the list of every event, and the dated statements no event covers.
     *
     * @param essaysScript the script listing the essays that speak of some event, as a filter's choices, each with
     *        the numbers of its events (a list that grows with the essays, so not on the page)
     * @param actors the actors taking part in some event, as a filter's choices
     * @param undated the dates the build could not place (no year can be told), for maintainers
     */
    record TimelinePage(String path, Chrome chrome, Svg wide, Svg narrow, String essaysScript, List<Choice> actors,
                        List<TimelineRow> events, List<Statement> uncovered, List<Statement> undated,
                        int uncoveredCount, Pager pager) implements Page {
        public TimelinePage {
            actors = List.copyOf(actors);
            events = List.copyOf(events);
            uncovered = List.copyOf(uncovered);
            undated = List.copyOf(undated);
        }

        @Override
        public String template() {
            return "timeline.ftlh";
        }
    }

    /** A choice of a filter: the value the build writes in {@code data-*} attributes, and its label. */
    record Choice(String value, String label) {
    }

    /**
     * {@code timeline-<n>.html}: a further page of the dated statements no event covers, in date order.
     *
     * @param first the number of its first statement among all, counting from 1
     * @param count how many statements there are in all
     */
    record DatesPage(String path, Chrome chrome, List<Statement> statements, int first, int count, Pager pager)
            implements Page {
        public DatesPage {
            statements = List.copyOf(statements);
        }

        @Override
        public String template() {
            return "dates.ftlh";
        }
    }

    /**
     * An event as the timeline lists it, with what the filters match it by.
     *
     * @param number its number in the timeline, which the essay filter's choices list (in the essays' script)
     * @param actors the ids of the actors taking part, space-separated
     */
    record TimelineRow(EventRow event, String number, String actors) {
    }

    /**
     * A drawing with every coordinate computed: a vertical axis of time in segments, each at a linear scale of its
     * own, with the empty stretches between them drawn as labelled breaks, and one labelled mark per event.
     *
     * @param axis the x of the axis
     */
    record Svg(int width, int height, int axis, String title, String description, List<Axis> axes, List<Tick> ticks,
               List<Break> breaks, List<Mark> marks) {
        public Svg {
            axes = List.copyOf(axes);
            ticks = List.copyOf(ticks);
            breaks = List.copyOf(breaks);
            marks = List.copyOf(marks);
        }
    }

    /** One segment of the axis, from {@code y1} down to {@code y2}. */
    record Axis(int y1, int y2) {
    }

    /** A year on the axis: its tick at {@code y}, its label's baseline at {@code labelY}. */
    record Tick(int y, int labelY, String label) {
    }

    /** A break in the scale: its mark (a path) centred at {@code y}, and the label saying what it leaves out. */
    record Break(int y, String path, int labelX, List<Line> lines) {
        public Break {
            lines = List.copyOf(lines);
        }
    }

    /**
     * An event on the drawing: a dot at {@code y} on the axis, a bar {@code span} long over the days it lasts, a
     * leader line ({@code leader}, a path) from the dot to its label, and the label's lines, linked to its page.
     */
    record Mark(String href, String number, String actors, int y, int span, String leader, int labelX,
                List<Line> lines) {
        public Mark {
            lines = List.copyOf(lines);
        }
    }

    /** A line of a label at baseline {@code y}; {@code when} for the lines of its date. */
    record Line(int y, String text, boolean when) {
    }

    /** A date the essays state, in its sentence. */
    record Statement(String when, String iso, Markup essayTitle, InContext sentence) {
        /** The date for a {@code <time datetime>}: HTML has no interval, so an interval gives its first day. */
        public String datetime() {
            return Page.datetime(iso);
        }
    }

    /** {@code maintainers/unregistered.html}: name-like words no registry entry covers, for maintainers. */
    record UnregisteredPage(String path, Chrome chrome, List<NameRow> names) implements Page {
        public UnregisteredPage {
            names = List.copyOf(names);
        }

        @Override
        public String template() {
            return "unregistered.ftlh";
        }
    }

    /** One unregistered name with every place it occurs. */
    record NameRow(String name, int count, List<InContext> places, int shown) {
        public NameRow {
            places = List.copyOf(places);
        }
    }

    /**
     * {@code 404.html}: what a web server shows for an address the site does not have, at whatever depth. With the
     * edition's {@code url} its relative links and assets start from there (a {@code <base>}); without it, the page
     * cannot know where the site's root is, so it stands alone: no links, and its own few rules inline, allowed by
     * their hash in its Content-Security-Policy.
     *
     * @param baseHref the edition's {@code url}, or empty
     */
    record NotFoundPage(String path, Chrome chrome, String homeHref, String baseHref) implements Page {
        /** The self-contained page's style: the stylesheet's column, type and colours, light and dark. */
        public static final String STYLE = "body{margin:0 auto;max-width:38rem;padding:1rem;font:1.0625rem/1.6 "
                + "Charter,Georgia,\"DejaVu Serif\",serif;color:#1d1d1b;background:#fdfcf8}h1{font-weight:normal;"
                + "font-size:1.75rem;line-height:1.2}p.site-title{font-variant:small-caps;letter-spacing:.04em;"
                + "border-bottom:1px solid #d9d4c7;padding-bottom:.6rem}@media (prefers-color-scheme:dark){body{"
                + "color:#e9e6de;background:#1a1917}p.site-title{border-color:#4a463f}}";

        @Override
        public String template() {
            return "404.ftlh";
        }

        /** The Content-Security-Policy source that allows {@link #STYLE} inline, and nothing else. */
        public String styleSource() {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(STYLE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        public String style() {
            return STYLE;
        }

        /** True when the edition has no {@code url}. */
        public boolean selfContained() {
            return baseHref.isEmpty();
        }
    }
}
