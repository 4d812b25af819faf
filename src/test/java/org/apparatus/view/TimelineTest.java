package org.apparatus.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The timeline's scale, breaks and labels, computed without a page. */
class TimelineTest {

    private static Timeline.Item item(String title, String from, String to) {
        return new Timeline.Item(title, from, LocalDate.parse(from), LocalDate.parse(to), title + ".html", "", "");
    }

    private static Timeline.Item item(String title, String day) {
        return item(title, day, day);
    }

    private static Page.Mark mark(Page.Svg svg, String title) {
        return svg.marks().stream().filter(m -> m.href().equals(title + ".html")).findFirst().orElseThrow();
    }

    /** The text of a mark's label: its lines but the date's, joined. */
    private static String label(Page.Mark mark) {
        return mark.lines().stream().filter(l -> !l.when()).map(Page.Line::text).collect(Collectors.joining(" "));
    }

    @Test
    void eventsFurtherApartInTimeAreFurtherApartOnTheDrawing() {
        Page.Svg svg = Timeline.draw(List.of(item("a", "2000-01-01"), item("b", "2000-01-10"),
                item("c", "2000-06-01"), item("d", "2001-06-01")), 576, 64, "t", "d");
        int a = mark(svg, "a").y();
        int b = mark(svg, "b").y();
        int c = mark(svg, "c").y();
        int d = mark(svg, "d").y();
        assertThat(b - a).isPositive();
        assertThat(c - a).isGreaterThan(b - a);
        assertThat(d - c).as("a year apart is further than five months").isGreaterThan(c - a);
        assertThat(svg.breaks()).isEmpty();
        // linear: a year is twice half a year, to within rounding
        Page.Svg even = Timeline.draw(List.of(item("a", "2000-01-01"), item("b", "2000-07-01"),
                item("c", "2001-01-01")), 576, 64, "t", "d");
        assertThat(Math.abs((mark(even, "c").y() - mark(even, "b").y()) - (mark(even, "b").y() - mark(even, "a").y())))
                .isLessThanOrEqualTo(2);
    }

    @Test
    void aBreakReplacesAnEmptyStretchAndSaysWhatItLeavesOut() {
        Page.Svg svg = Timeline.draw(List.of(item("a", "1959-01-01", "1959-12-31"), item("b", "1961-07-06"),
                item("c", "1990-09-30"), item("d", "1991-12-26")), 576, 64, "t", "d");
        assertThat(svg.breaks()).hasSize(1);
        Page.Break gap = svg.breaks().get(0);
        assertThat(gap.lines().stream().map(Page.Line::text).collect(Collectors.joining(" ")))
                .isEqualTo("Scale break: 1962–1989, no events (28 years left out)");
        assertThat(gap.y()).isBetween(mark(svg, "b").y(), mark(svg, "c").y());
        assertThat(svg.axes()).hasSize(2);
        assertThat(mark(svg, "c").y() - mark(svg, "b").y()).as("29 years take less room than 1959 to 1961")
                .isLessThan(1000);
        assertThat(mark(svg, "a").span()).as("a year-long event is a bar").isPositive();
        assertThat(svg.ticks().stream().map(Page.Tick::label).toList()).contains("1959", "1960", "1961", "1990")
                .doesNotContain("1975");
    }

    @Test
    void noLabelIsCutAndEveryLineFitsTheDrawing() {
        String longTitle = "Soviet–North Korean Treaty of Friendship, Cooperation and Mutual Assistance";
        Page.Svg svg = Timeline.draw(List.of(item(longTitle, "1961-07-06"), item("b", "1961-07-07")), 320, 50,
                "t", "d");
        Page.Mark mark = mark(svg, longTitle);
        assertThat(label(mark)).isEqualTo(longTitle);
        assertThat(mark.lines()).hasSizeGreaterThan(2);
        for (Page.Line line : mark.lines()) {
            assertThat(line.text()).doesNotContain("…", "...");
            assertThat(mark.labelX() + line.text().length() * Timeline.CHAR).isLessThanOrEqualTo(svg.width());
        }
        assertThat(mark.lines().get(0).text()).isEqualTo("1961-07-06");
        assertThat(mark.lines().get(0).when()).isTrue();
    }

    @Test
    void wrappingKeepsEveryWordAndALongWordWhole() {
        assertThat(Timeline.wrap("a bb ccc dddd", 6)).containsExactly("a bb", "ccc", "dddd");
        assertThat(Timeline.wrap("Internationalisation of it", 8)).containsExactly("Internationalisation", "of it");
        qt().forAll(lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 30)).ofSizeBetween(1, 20),
                integers().between(5, 60)).checkAssert((words, max) -> {
                    List<String> lines = Timeline.wrap(String.join(" ", words), max);
                    assertThat(String.join(" ", lines)).isEqualTo(String.join(" ", words));
                    lines.forEach(l -> assertThat(l.length() <= max || !l.contains(" ")).isTrue());
                });
    }

    /** Labels crowded at one place are centred on it; labels with room stand level with their dots. */
    @Test
    void crowdedLabelsAreCentredOnTheirDotsAndOthersStayLevel() {
        assertThat(Timeline.place(new int[] {100, 100, 100}, new int[] {50, 50, 50}, 0)).containsExactly(50, 100, 150);
        assertThat(Timeline.place(new int[] {10, 100, 300}, new int[] {50, 50, 50}, 0)).containsExactly(10, 100, 300);
        assertThat(Timeline.place(new int[] {10, 20}, new int[] {50, 50}, 5)).containsExactly(5, 55);
    }

    /** Any dates: marks in date order, labels never overlapping. */
    @Test
    void marksKeepDateOrderAndLabelsNeverOverlap() {
        qt().forAll(lists().of(integers().between(0, 20_000)).ofSizeBetween(1, 40), integers().between(280, 700))
                .checkAssert((days, width) -> {
                    List<Timeline.Item> items = new ArrayList<>();
                    for (int i = 0; i < days.size(); i++) {
                        items.add(item("Event number " + i + " with a title of some length",
                                LocalDate.of(1950, 1, 1).plusDays(days.get(i)).toString()));
                    }
                    Page.Svg svg = Timeline.draw(items, width, 50, "t", "d");
                    int lastY = Integer.MIN_VALUE;
                    int lastBaseline = Integer.MIN_VALUE;
                    for (Page.Mark m : svg.marks()) {
                        assertThat(m.y()).isGreaterThanOrEqualTo(lastY);
                        assertThat(m.lines().get(0).y()).isGreaterThan(lastBaseline);
                        lastY = m.y();
                        lastBaseline = m.lines().get(m.lines().size() - 1).y();
                        assertThat(lastBaseline).isLessThan(svg.height());
                    }
                });
    }
}
