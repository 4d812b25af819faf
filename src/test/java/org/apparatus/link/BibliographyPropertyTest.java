package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apparatus.Diagnostics;
import org.apparatus.link.Bibliography.Problem;
import org.apparatus.link.Bibliography.Reference;
import org.apparatus.link.Bibliography.Via;
import org.apparatus.model.Citation;
import org.apparatus.model.CitationParser;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Markup;
import org.apparatus.model.Note;
import org.apparatus.model.Text;
import org.apparatus.model.Work;
import org.apparatus.model.WorkId;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random runs of notes citing articles and periodicals, with {@code Ibid.} and {@code op. cit.} among them (named
 * with random author lists), resolved against a model of the rules: an Ibid. is the one work of what it follows (the
 * citation before it in its note, or else the whole previous note) and an op. cit. the one earlier work of the
 * essay by exactly its authors (with several, it is ambiguous); anything else is a problem, never a guess. The same article is one work with one id.
 */
class BibliographyPropertyTest {

    private static final List<List<String>> AUTHORS = List.of(List.of("Seung-Ho Joo"), List.of("Tom Wuchte"),
            List.of("Seung-Ho Joo", "Tae-Hwan Kwak"), List.of("Tae-Hwan Kwak", "Seung-Ho Joo"),
            List.of("Ian Bremmer", "Alexander Zaslavsky", "Vasily Mikheev"), List.of("Joo"), List.of("Sangtu Ko"),
            List.of("Ko"), List.of("Jose Nunez"));
    private static final List<String> TITLE_WORDS = List.of("Russia", "Korea", "the", "Summit", "and", "After",
            "Policy", "of", "Northeast", "Asia's", "Forgotten", "Worry", "Treaty", "Far", "East", "Putin");
    private static final List<String> PERIODICALS = List.of("Newsweek", "The New York Times", "ITAR-TASS",
            "Korea Herald", "Izvestia");

    /** An article as a note prints it. */
    record Article(List<String> authors, String title, String journal, int volume, int year) {
        String printed(Optional<Integer> page) {
            return names(authors) + ", \"" + title + ",\" *" + journal + "*, Vol. " + volume + ", No. 2 (Fall, " + year
                    + ")" + page.map(p -> ", p. " + p).orElse("") + ".";
        }
    }

    static String names(List<String> authors) {
        return switch (authors.size()) {
            case 1 -> authors.get(0);
            case 2 -> authors.get(0) + " and " + authors.get(1);
            default -> String.join(", ", authors.subList(0, authors.size() - 1)) + ", and "
                    + authors.get(authors.size() - 1);
        };
    }

    // ---------------------------------------------------------------------------------------------- generators

    private static Arbitrary<Article> article() {
        Arbitrary<String> title = Arbitraries.of(TITLE_WORDS).list().ofMinSize(1).ofMaxSize(5)
                .map(ws -> String.join(" ", ws));
        return Combinators.combine(Arbitraries.of(AUTHORS), title, Arbitraries.of("Asian Survey", "Pacific Focus"),
                Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1990, 2003)).as(Article::new);
    }

    private static Arbitrary<String> citation(List<Article> pool) {
        Arbitrary<Optional<Integer>> page = Arbitraries.integers().between(1, 400).optional(0.6);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Combinators.combine(Arbitraries.of(pool), page).as(Article::printed)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of(PERIODICALS),
                        Arbitraries.of("August 13, 2001", "July 2001", "2002", "April 19, 2002", "Feb. 3, 2000"))
                        .as((p, d) -> "*" + p + "*, " + d + ".")),
                net.jqwik.api.Tuple.of(4, Combinators.combine(Arbitraries.of("*Ibid.*", "Ibid", "*Ibid*", "IBID"),
                        page).as((i, p) -> i + p.map(n -> ", p. " + n).orElse("") + ".")),
                net.jqwik.api.Tuple.of(4, Combinators.combine(Arbitraries.of(AUTHORS), page)
                        .as((a, p) -> names(a) + ", *op. cit.*" + p.map(n -> ", p. " + n).orElse("") + ".")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("See the discussion above.", "Interview in Seoul.",
                        "Smith, *Something Unreadable* 2001", "\"A Talk,\" delivered in Moscow, p. 4")));
    }

    @Provide
    Arbitrary<List<List<List<String>>>> essays() {
        return article().list().ofMinSize(1).ofMaxSize(5).flatMap(pool -> citation(pool).list().ofMinSize(1)
                .ofMaxSize(3).list().ofMinSize(1).ofMaxSize(9).list().ofMinSize(1).ofMaxSize(3));
    }

    private static List<Essay> build(List<List<List<String>>> printed) {
        List<Essay> essays = new ArrayList<>();
        for (int e = 0; e < printed.size(); e++) {
            List<Note> notes = new ArrayList<>();
            for (int n = 0; n < printed.get(e).size(); n++) {
                String text = String.join("; ", printed.get(e).get(n));
                notes.add(new Note(n + 1, new Text(text, new Markup(text), 10 + 2 * n), CitationParser.parse(text)));
            }
            Text title = new Text("Essay " + e, new Markup("Essay " + e), 2);
            essays.add(new Essay(new EssayId("essay-" + e), "content/essays/essay-" + e + ".md", Essay.Origin.CURATED,
                    title, title, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), notes));
        }
        return essays;
    }

    // ---------------------------------------------------------------------------------------------- the model

    /** What the model expects of one citation: the work it resolves to (by its key), or none (a problem). */
    private record Expected(Via via, Optional<String> work) {
    }

    private static String key(Citation c) {
        if (c instanceof Citation.Article a) {
            return "a|" + String.join("|", a.authors()) + "|" + a.title().toLowerCase(java.util.Locale.ROOT);
        }
        Citation.Periodical p = (Citation.Periodical) c;
        return "p|" + p.title().toLowerCase(java.util.Locale.ROOT) + "|" + p.date();
    }

    private static List<String> authorsOf(String key) {
        return key.startsWith("a|") ? List.of(key.substring(2, key.lastIndexOf('|')).split("\\|")) : List.of();
    }

    /** True for what names a work, readable or not: everything but plain commentary. */
    private static boolean namesAWork(Citation c) {
        return !(c instanceof Citation.Commentary commentary) || commentary.looksLikeCitation();
    }

    // ---------------------------------------------------------------------------------------------- properties

    @Property(tries = 300)
    void ibidAndOpCitResolveToEarlierWorksOrAreReported(@ForAll("essays") List<List<List<String>>> printed) {
        List<Essay> essays = build(printed);
        Diagnostics diagnostics = new Diagnostics();
        Bibliography bibliography = Bibliography.resolve(essays, WorkCorrections.none(), diagnostics);

        Map<String, WorkId> idOfKey = new HashMap<>();
        Map<WorkId, String> keyOfId = new HashMap<>();
        Set<WorkId> listed = new HashSet<>();
        for (Work work : bibliography.works()) {
            assertThat(WorkId.isValid(work.id().value())).as(work.id().value()).isTrue();
            assertThat(listed.add(work.id())).as("%s listed once", work.id()).isTrue();
        }
        int ibids = 0;
        int ibidsResolved = 0;
        for (Essay essay : essays) {
            List<String> history = new ArrayList<>(); // work keys in the order this essay cites them
            List<Optional<String>> previousNote = List.of(); // what each work-naming citation of the last note named
            for (Note note : essay.notes()) {
                List<Reference> actual = bibliography.of(essay.id(), note.number());
                List<Expected> expected = new ArrayList<>();
                List<Optional<String>> thisNote = new ArrayList<>();
                for (Citation c : note.citations()) {
                    Optional<String> work = Optional.empty();
                    if (c instanceof Citation.Article || c instanceof Citation.Periodical) {
                        work = Optional.of(key(c));
                        expected.add(new Expected(Via.CITED, work));
                    } else if (c instanceof Citation.Ibid) {
                        List<Optional<String>> antecedent = thisNote.isEmpty() ? previousNote
                                : List.of(thisNote.get(thisNote.size() - 1));
                        Set<String> works = new HashSet<>();
                        antecedent.forEach(w -> w.ifPresent(works::add));
                        boolean resolvable = !antecedent.isEmpty() && antecedent.stream().allMatch(Optional::isPresent)
                                && works.size() == 1;
                        work = resolvable ? Optional.of(works.iterator().next()) : Optional.empty();
                        expected.add(new Expected(Via.IBID, work));
                        ibids++;
                        ibidsResolved += resolvable ? 1 : 0;
                    } else if (c instanceof Citation.OpCit o) {
                        // one earlier work by exactly these authors is the work; several are a question, not a guess
                        Set<String> candidates = new HashSet<>();
                        history.stream().filter(k -> authorsOf(k).equals(o.authors())).forEach(candidates::add);
                        work = candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
                        expected.add(new Expected(Via.OP_CIT, work));
                    }
                    if (namesAWork(c)) {
                        thisNote.add(work);
                    }
                    work.ifPresent(history::add);
                }
                List<Expected> resolved = expected.stream().filter(x -> x.work().isPresent()).toList();
                String where = essay.id() + " note " + note.number() + ": " + note.text().plain();
                assertThat(actual).as(where).hasSameSizeAs(resolved);
                for (int i = 0; i < resolved.size(); i++) {
                    Reference r = actual.get(i);
                    String key = resolved.get(i).work().orElseThrow();
                    assertThat(r.via()).as(where).isEqualTo(resolved.get(i).via());
                    assertThat(listed).as(where).contains(r.work().id());
                    // the same printed work is always the same id, and different works never share one
                    assertThat(idOfKey.computeIfAbsent(key, k -> r.work().id())).as(where + " -> " + key)
                            .isEqualTo(r.work().id());
                    assertThat(keyOfId.computeIfAbsent(r.work().id(), k -> key)).as(where + " -> " + r.work().id())
                            .isEqualTo(key);
                }
                // what did not resolve is a problem of this note, printed as the note printed it
                for (int i = 0; i < note.citations().size(); i++) {
                    Citation c = note.citations().get(i);
                    if ((c instanceof Citation.Ibid || c instanceof Citation.OpCit)) {
                        long unresolved = countUnresolved(note.citations(), expected, c.printed());
                        long reported = bibliography.problems().stream().filter(p -> p.essay().equals(essay.id())
                                && p.note() == note.number() && p.printed().equals(c.printed())).count();
                        assertThat(reported).as(where + ": problems for " + c.printed()).isEqualTo(unresolved);
                    }
                }
                previousNote = thisNote;
            }
        }
        assertThat(bibliography.problems()).extracting(Problem::where).allSatisfy(w -> assertThat(w).matches(".+:\\d+"));
        assertThat(diagnostics.all()).hasSize((int) bibliography.problems().stream().distinct().count());
        Statistics.label("Ibid. resolved").collect(ibids == 0 ? "none" : ibidsResolved == ibids ? "all"
                : ibidsResolved == 0 ? "no" : "some");
    }

    /** How many of the Ibid./op. cit. citations printed {@code printed} in a note the model leaves unresolved. */
    private static long countUnresolved(List<Citation> citations, List<Expected> expected, String printed) {
        long count = 0;
        int e = 0;
        for (Citation c : citations) {
            if (c instanceof Citation.Commentary) {
                continue;
            }
            if (c.printed().equals(printed) && expected.get(e).work().isEmpty()) {
                count++;
            }
            e++;
        }
        return count;
    }

    @Property(tries = 100)
    void resolvingTwiceGivesTheSameBibliography(@ForAll("essays") List<List<List<String>>> printed) {
        Bibliography first = Bibliography.resolve(build(printed), WorkCorrections.none(), new Diagnostics());
        Bibliography second = Bibliography.resolve(build(printed), WorkCorrections.none(), new Diagnostics());
        assertThat(second).isEqualTo(first);
    }
}
