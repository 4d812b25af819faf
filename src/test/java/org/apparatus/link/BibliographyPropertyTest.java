package org.apparatus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.link.Bibliography.Problem;
import org.apparatus.link.Bibliography.Reference;
import org.apparatus.link.Bibliography.Via;
import org.apparatus.model.SlugId;
import org.apparatus.model.Citation;
import org.apparatus.model.CitationParser;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayId;
import org.apparatus.model.Markup;
import org.apparatus.model.Note;
import org.apparatus.model.Text;
import org.apparatus.model.Work;
import org.apparatus.model.WorkId;

import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random runs of notes citing articles and periodicals, with {@code Ibid.} and {@code op. cit.} among them (named
 * with random author lists), resolved against a model of the rules: an Ibid. is the one work of what it follows (the
 * citation before it in its note, or else the whole previous note) and an op. cit. the one earlier work of the
 * essay by exactly its authors (with several, it is ambiguous); anything else is a problem, never a guess. The same
 * article is one work with one id.
 *
 * <p>QuickTheories, not Jazzer: the input is essays of notes of printed citations drawn from small pools (so that
 * works repeat and Ibid. and op. cit. find, or miss, their antecedents), which the generator reaches by construction;
 * a failure shrinks to a few short notes. Seeded by {@code QT_SEED} (see the pom).
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

    private static Gen<Article> article() {
        Gen<String> title = lists().of(Generate.pick(TITLE_WORDS)).ofSizeBetween(1, 5).map(ws -> String.join(" ", ws));
        return Generate.pick(AUTHORS).zip(title, Generate.pick(List.of("Asian Survey", "Pacific Focus")),
                integers().between(1, 40), integers().between(1990, 2003), Article::new);
    }

    private static Gen<String> citation(List<Article> pool) {
        Gen<Optional<Integer>> page = integers().between(1, 400).toOptionals(40);
        return Generate.frequency(List.of(
                Pair.of(5, Generate.pick(pool).zip(page, Article::printed)),
                Pair.of(2, Generate.pick(PERIODICALS).zip(Generate.pick(List.of("August 13, 2001", "July 2001", "2002",
                        "April 19, 2002", "Feb. 3, 2000")), (p, d) -> "*" + p + "*, " + d + ".")),
                Pair.of(4, Generate.pick(List.of("*Ibid.*", "Ibid", "*Ibid*", "IBID"))
                        .zip(page, (i, p) -> i + p.map(n -> ", p. " + n).orElse("") + ".")),
                Pair.of(4, Generate.pick(AUTHORS)
                        .zip(page, (a, p) -> names(a) + ", *op. cit.*" + p.map(n -> ", p. " + n).orElse("") + ".")),
                Pair.of(1, Generate.pick(List.of("See the discussion above.", "Interview in Seoul.",
                        "Smith, *Something Unreadable* 2001", "\"A Talk,\" delivered in Moscow, p. 4")))));
    }

    /** Essays of notes of printed citations: {@code printed.get(essay).get(note)} are a note's citations. */
    private static Gen<List<List<List<String>>>> essays() {
        return lists().of(article()).ofSizeBetween(1, 5).flatMap(pool -> lists().of(lists().of(lists()
                .of(citation(pool)).ofSizeBetween(1, 3)).ofSizeBetween(1, 9)).ofSizeBetween(1, 3));
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
                    Optional.empty(), List.of(), notes, Optional.empty()));
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

    @Test
    void ibidAndOpCitResolveToEarlierWorksOrAreReported() {
        qt().withExamples(300).forAll(essays()).checkAssert(BibliographyPropertyTest::resolvesOrReports);
    }

    private static void resolvesOrReports(List<List<List<String>>> printed) {
        List<Essay> essays = build(printed);
        Diagnostics diagnostics = new Diagnostics();
        Bibliography bibliography = Bibliography.resolve(essays, WorkCorrections.none(), diagnostics);

        Map<String, WorkId> idOfKey = new HashMap<>();
        Map<WorkId, String> keyOfId = new HashMap<>();
        Set<WorkId> listed = new HashSet<>();
        for (Work work : bibliography.works()) {
            assertThat(SlugId.isValid(work.id().value())).as(work.id().value()).isTrue();
            assertThat(listed.add(work.id())).as("%s listed once", work.id()).isTrue();
        }
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

    @Test
    void resolvingTwiceGivesTheSameBibliography() {
        qt().withExamples(100).forAll(essays()).checkAssert(printed -> {
            Bibliography first = Bibliography.resolve(build(printed), WorkCorrections.none(), new Diagnostics());
            Bibliography second = Bibliography.resolve(build(printed), WorkCorrections.none(), new Diagnostics());
            assertThat(second).isEqualTo(first);
        });
    }
}
