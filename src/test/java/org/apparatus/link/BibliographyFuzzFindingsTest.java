package org.apparatus.link;

import static org.apparatus.link.BibliographyTest.WUCHTE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apparatus.kernel.Diagnostics;
import org.apparatus.model.Essay;
import org.junit.jupiter.api.Test;

/** Notes the fuzz properties ({@link BibliographyPropertyTest}) found resolved by a guess, as focused examples. */
class BibliographyFuzzFindingsTest {

    private static Bibliography resolve(Essay essay) {
        return Bibliography.resolve(List.of(essay), WorkCorrections.none(), new Diagnostics());
    }

    @Test
    void ibidAfterANoteWithAnUnresolvedOpCitIsAmbiguous() {
        // note 1 cites Wuchte's article and a work by Joo no earlier note names: note 2's Ibid. may mean either
        Essay e = BibliographyTest.essay("unresolved", WUCHTE + "; Seung-Ho Joo, *op. cit.*, p. 3.", "*Ibid.*");
        Bibliography b = resolve(e);
        assertThat(b.of(e.id(), 2)).isEmpty();
        assertThat(b.problems()).extracting(Bibliography.Problem::note, Bibliography.Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "op. cit. names Seung-Ho Joo, but no earlier note of this essay"
                        + " cites a work by exactly these authors"),
                org.assertj.core.groups.Tuple.tuple(2, "Ibid. is ambiguous: the previous note cites 2 works"));
    }

    @Test
    void ibidAfterAnUnreadableCitationInTheSameNoteIsNotResolvedToAnEarlierOne() {
        Essay e = BibliographyTest.essay("unreadable", WUCHTE, "Smith, *Something Unreadable* 2001; *Ibid.*, p. 4.");
        Bibliography b = resolve(e);
        assertThat(b.of(e.id(), 2)).isEmpty();
        assertThat(b.problems()).extracting(Bibliography.Problem::note, Bibliography.Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "could not read this citation; expected Author, \"Title,\""
                        + " *Journal*, Vol. n, No. n (Season Year), p. n, *Periodical*, Month Day, Year, or Author,"
                        + " *Title* (Place: Publisher, Year)"),
                org.assertj.core.groups.Tuple.tuple(2, "Ibid. refers to a citation that could not be read or resolved"));
    }

    @Test
    void ibidAfterPlainCommentaryInItsNoteStillMeansThePreviousNote() {
        Essay e = BibliographyTest.essay("commentary", WUCHTE, "See the discussion above; *Ibid.*, p. 4.");
        Bibliography b = resolve(e);
        assertThat(b.of(e.id(), 2)).singleElement().satisfies(r -> {
            assertThat(r.work().id().value()).isEqualTo("wuchte-2001-northeast-asias");
            assertThat(r.via()).isEqualTo(Bibliography.Via.IBID);
        });
        assertThat(b.problems()).isEmpty();
    }
}
