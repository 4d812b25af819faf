package org.apparatus.view;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The timeline drawn to scale, computed once for a drawing of a given width: a vertical axis of time with each event
 * a dot (and a bar over the days it spans) and its full label to the right, wrapped over as many lines as it needs.
 * Events less than {@link #BREAK_DAYS} apart share a segment of the axis with one linear scale of its own (sized to
 * hold its labels); a longer empty stretch is left out and drawn as a labelled break mark. A label that cannot stand
 * level with its dot (events close together) stands below the one before, tied to its dot by a leader line.
 */
final class Timeline {

    /** An empty stretch longer than this (two years) is a break in the scale. */
    static final long BREAK_DAYS = 730;
    /** The height of a line of a label, in the drawing's units (its text is 16 units high). */
    static final int LINE = 20;
    /** A conservative width of one character of a label, so that wrapped lines stay inside the drawing. */
    static final double CHAR = 9.5;
    private static final int GAP = 10;
    private static final int TOP = 24;
    private static final int BREAK = 56;
    private static final int MIN_SEGMENT = 40;
    /** How far a label may stand from its dot, where a larger scale (up to {@link #MOST}) can bring it nearer. */
    static final int DRIFT = 3 * LINE;
    /** The largest scale, in units a day: a stretch of days crowded with events is drawn no longer than this. */
    private static final double MOST = 2.5;

    /** An event to draw: its dates, label and link, and what the filters match it by. */
    record Item(String title, String when, LocalDate from, LocalDate to, String href, String number, String actors) {
    }

    private Timeline() {
    }

    /**
     * Lays out {@code items} (in any order; drawn in date order) in a drawing {@code width} units wide.
     *
     * @param axis the x of the time axis; years stand to its left, labels to its right
     */
    static Page.Svg draw(List<Item> items, int width, int axis, String title, String description) {
        List<Item> sorted = items.stream().sorted(Comparator.comparing(Item::from).thenComparing(Item::to)).toList();
        int labelX = axis + 22;
        int chars = Math.max(12, (int) ((width - labelX - 4) / CHAR));
        List<List<Item>> segments = new ArrayList<>();
        LocalDate end = null;
        for (Item item : sorted) {
            if (end == null || ChronoUnit.DAYS.between(end, item.from()) > BREAK_DAYS) {
                segments.add(new ArrayList<>());
            }
            segments.get(segments.size() - 1).add(item);
            end = end == null || item.to().isAfter(end) ? item.to() : end;
        }
        List<Page.Axis> axes = new ArrayList<>();
        List<Page.Tick> ticks = new ArrayList<>();
        List<Page.Break> breaks = new ArrayList<>();
        List<Page.Mark> marks = new ArrayList<>();
        int top = TOP;
        LocalDate lastEnd = null;
        for (List<Item> segment : segments) {
            LocalDate start = segment.get(0).from();
            LocalDate stop = segment.stream().map(Item::to).max(Comparator.naturalOrder()).orElseThrow();
            if (lastEnd != null) {
                int y = top + 8;
                List<String> lines = wrap(gap(lastEnd, start), chars);
                breaks.add(new Page.Break(y + 10, "M" + (axis - 9) + " " + (y + 14) + "L" + (axis + 9) + " " + (y + 6)
                        + "M" + (axis - 9) + " " + (y + 20) + "L" + (axis + 9) + " " + (y + 12), labelX,
                        lines(lines, y + 18, false)));
                top += BREAK + (lines.size() - 1) * LINE;
            }
            lastEnd = stop;
            long span = Math.max(1, ChronoUnit.DAYS.between(start, stop) + 1);
            int[] days = new int[segment.size()];
            int[] heights = new int[segment.size()];
            for (int i = 0; i < segment.size(); i++) {
                days[i] = (int) ChronoUnit.DAYS.between(start, segment.get(i).from());
                heights[i] = (wrap(segment.get(i).when(), chars).size() + wrap(segment.get(i).title(), chars).size())
                        * LINE + GAP;
            }
            double scale = scale(days, heights, span);
            int lastTick = -LINE * 10;
            for (int year = start.getYear(); year <= stop.getYear(); year++) {
                int y = Math.max(top, at(top, start, scale, LocalDate.of(year, 1, 1)));
                if (y - lastTick >= LINE + 4) {
                    ticks.add(new Page.Tick(y, y + 5, Integer.toString(year)));
                    lastTick = y;
                }
            }
            int bottom = at(top, start, scale, stop.plusDays(1));
            int[] dots = new int[segment.size()];
            int[] wanted = new int[segment.size()];
            for (int i = 0; i < segment.size(); i++) {
                dots[i] = at(top, start, scale, segment.get(i).from());
                wanted[i] = dots[i] + 5;
            }
            int[] firsts = place(wanted, heights, top + 5);
            for (int i = 0; i < segment.size(); i++) {
                Item item = segment.get(i);
                int y = dots[i];
                int barEnd = Math.max(y, at(top, start, scale, item.to().plusDays(1)));
                int first = firsts[i];
                List<String> when = wrap(item.when(), chars);
                List<String> words = wrap(item.title(), chars);
                List<Page.Line> lines = new ArrayList<>(lines(when, first, true));
                lines.addAll(lines(words, first + when.size() * LINE, false));
                int baseline = first + (when.size() + words.size() - 1) * LINE;
                String leader = "M" + (axis + 6) + " " + y + "L" + (axis + 12) + " " + y + "L" + (labelX - 4) + " "
                        + (first - 5);
                marks.add(new Page.Mark(item.href(), item.number(), item.actors(), y, barEnd - y, leader,
                        labelX, lines));
                bottom = Math.max(bottom, baseline + 6);
            }
            axes.add(new Page.Axis(top - 6, bottom));
            top = bottom;
        }
        return new Page.Svg(width, top + TOP, axis, title, description, axes, ticks, breaks, marks);
    }

    /**
     * The scale of a segment of {@code span} days, in units a day, for events on the given {@code days} from its start
     * with labels the given {@code heights}: at least long enough to hold the labels, and as much longer (up to
     * {@link #MOST} a day) as brings every label within {@link #DRIFT} of its dot.
     */
    static double scale(int[] days, int[] heights, long span) {
        double low = Math.max(java.util.Arrays.stream(heights).sum(), MIN_SEGMENT) / (double) span;
        if (low >= MOST || drift(days, heights, low) <= DRIFT) {
            return low;
        }
        double high = MOST;
        if (drift(days, heights, high) > DRIFT) {
            return high;
        }
        for (int i = 0; i < 40; i++) {
            double middle = (low + high) / 2;
            if (drift(days, heights, middle) <= DRIFT) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    /** The farthest any label stands from its dot at a scale. */
    private static int drift(int[] days, int[] heights, double scale) {
        int[] wanted = new int[days.length];
        for (int i = 0; i < days.length; i++) {
            wanted[i] = (int) Math.round(days[i] * scale);
        }
        int[] firsts = place(wanted, heights, 0);
        int most = 0;
        for (int i = 0; i < days.length; i++) {
            most = Math.max(most, Math.abs(firsts[i] - wanted[i]));
        }
        return most;
    }

    /**
     * Where each label's first baseline goes: as near as can be to where it is {@code wanted} (level with its dot), in
     * order, each at least the one before's {@code heights} below it and none above {@code lowest}. The least squared
     * displacement: with {@code z[i] = first[i] - (heights before i)} the labels need {@code z} non-decreasing, so a
     * crowded run of labels is centred on its dots (pooling adjacent violators), half above and half below.
     */
    static int[] place(int[] wanted, int[] heights, int lowest) {
        int n = wanted.length;
        double[] means = new double[n];
        int[] sizes = new int[n];
        int blocks = 0;
        int before = 0;
        for (int i = 0; i < n; i++) {
            means[blocks] = wanted[i] - before;
            sizes[blocks] = 1;
            blocks++;
            while (blocks > 1 && means[blocks - 2] > means[blocks - 1]) {
                int size = sizes[blocks - 2] + sizes[blocks - 1];
                means[blocks - 2] = (means[blocks - 2] * sizes[blocks - 2] + means[blocks - 1] * sizes[blocks - 1])
                        / size;
                sizes[blocks - 2] = size;
                blocks--;
            }
            before += heights[i];
        }
        int[] firsts = new int[n];
        int i = 0;
        before = 0;
        int last = Integer.MIN_VALUE;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < sizes[b]; k++, i++) {
                int z = Math.max((int) Math.round(means[b]), lowest);
                z = Math.max(z, last); // rounding never breaks the order
                last = z;
                firsts[i] = z + before;
                before += heights[i];
            }
        }
        return firsts;
    }

    /** The y of a day on a segment starting at {@code top} with {@code start}, at {@code scale} units a day. */
    private static int at(int top, LocalDate start, double scale, LocalDate day) {
        return top + (int) Math.round(ChronoUnit.DAYS.between(start, day) * scale);
    }

    /** What a break leaves out: the whole years between the two dates (there is at least one). */
    static String gap(LocalDate before, LocalDate after) {
        int first = before.getYear() + 1;
        int last = after.getYear() - 1;
        int years = last - first + 1;
        return "Scale break: " + (years == 1 ? first + ", no events (1 year left out)"
                : first + "–" + last + ", no events (" + years + " years left out)");
    }

    private static List<Page.Line> lines(List<String> texts, int first, boolean when) {
        List<Page.Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add(new Page.Line(first + i * LINE, texts.get(i), when));
        }
        return lines;
    }

    /**
     * Text wrapped at spaces into lines of at most {@code max} characters; a word longer than that stands whole on a
     * line of its own. Nothing is ever cut or left out: the lines joined by spaces are the text.
     */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
