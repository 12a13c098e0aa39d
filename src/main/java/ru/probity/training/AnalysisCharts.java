package ru.probity.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the analysis charts, drawn by the page as inline SVG (no script): the facility
 * of every question as bars, facility against discrimination as dots, and the distribution of the
 * examinees' best scores. Coordinates are in the units of a {@value #WIDTH}×{@value #HEIGHT}
 * view box.
 */
final class AnalysisCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final double LEFT = 44;
    private static final double RIGHT = WIDTH - 12;
    private static final double TOP = 12;
    private static final double BOTTOM = HEIGHT - 34;

    private AnalysisCharts() {}

    /** A bar (or the shaded area of good questions); hint is its tooltip. */
    public record Box(double x, double y, double width, double height, String hint, boolean flagged) {}

    public record Dot(double x, double y, String label, String hint, boolean flagged) {}

    public record Tick(double x, double y, String label) {}

    public record Guide(double x1, double y1, double x2, double y2) {}

    /** One chart: what to draw and the axes' ticks; {@code zone} may be null. */
    public record Chart(
            List<Box> bars,
            List<Dot> dots,
            List<Tick> xTicks,
            List<Tick> yTicks,
            List<Guide> guides,
            Box zone,
            double left,
            double right,
            double top,
            double bottom) {
        public String viewBox() {
            return "0 0 " + WIDTH + " " + HEIGHT;
        }
    }

    /** The facility of every question, with the limits of a too hard and a too easy one. */
    static Chart facility(List<ExamAnalysis.Item> items) {
        List<Box> bars = new ArrayList<>();
        List<Tick> xTicks = new ArrayList<>();
        double slot = (RIGHT - LEFT) / Math.max(1, items.size());
        int every = Math.max(1, (int) Math.ceil(items.size() / 30.0));
        for (int i = 0; i < items.size(); i++) {
            ExamAnalysis.Item item = items.get(i);
            double x = LEFT + i * slot;
            double top = y(item.facility(), 0, 1);
            bars.add(new Box(
                    r(x + slot * 0.15),
                    r(top),
                    r(slot * 0.7),
                    r(BOTTOM - top),
                    item.number() + ": " + decimal(item.facility()),
                    item.tooHard() || item.tooEasy()));
            if (i % every == 0) {
                xTicks.add(new Tick(r(x + slot / 2), BOTTOM + 14, Integer.toString(item.number())));
            }
        }
        List<Guide> guides = List.of(
                new Guide(LEFT, r(y(ExamAnalysis.HARD, 0, 1)), RIGHT, r(y(ExamAnalysis.HARD, 0, 1))),
                new Guide(LEFT, r(y(ExamAnalysis.EASY, 0, 1)), RIGHT, r(y(ExamAnalysis.EASY, 0, 1))));
        return new Chart(bars, List.of(), xTicks, yTicks(0, 1, 0.2), guides, null, LEFT, RIGHT, TOP, BOTTOM);
    }

    /** Facility (across) against discrimination (up); the shaded area holds the good questions. */
    static Chart scatter(List<ExamAnalysis.Item> items) {
        List<Dot> dots = new ArrayList<>();
        for (ExamAnalysis.Item item : items) {
            if (item.discrimination() != null) {
                dots.add(new Dot(
                        r(x(item.facility(), 0, 1)),
                        r(y(item.discrimination(), -1, 1)),
                        Integer.toString(item.number()),
                        item.number() + ": " + decimal(item.facility()) + " × " + decimal(item.discrimination()),
                        item.flagged()));
            }
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            xTicks.add(new Tick(r(x(i * 0.2, 0, 1)), BOTTOM + 14, decimal(i * 0.2)));
        }
        double zoneLeft = x(ExamAnalysis.HARD, 0, 1);
        double zoneTop = y(1, -1, 1);
        Box zone = new Box(
                r(zoneLeft),
                r(zoneTop),
                r(x(ExamAnalysis.EASY, 0, 1) - zoneLeft),
                r(y(ExamAnalysis.WEAK, -1, 1) - zoneTop),
                "",
                false);
        List<Guide> guides = List.of(new Guide(LEFT, r(y(0, -1, 1)), RIGHT, r(y(0, -1, 1))));
        return new Chart(List.of(), dots, xTicks, yTicks(-1, 1, 0.5), guides, zone, LEFT, RIGHT, TOP, BOTTOM);
    }

    /** How many examinees have their best score in each tenth of the scale; the pass mark as a line. */
    static Chart scores(List<ExamAnalysis.Examinee> examinees, int passPercent) {
        int[] bins = new int[10];
        for (ExamAnalysis.Examinee e : examinees) {
            if (e.best() != null) {
                bins[Math.min(9, (int) (e.best() / 10))]++;
            }
        }
        int max = 1;
        for (int b : bins) {
            max = Math.max(max, b);
        }
        int step = Math.max(1, (int) Math.ceil(max / 5.0));
        int top = step * (int) Math.ceil((double) max / step);
        double slot = (RIGHT - LEFT) / 10;
        List<Box> bars = new ArrayList<>();
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double y = y(bins[i], 0, top);
            String range = (i * 10) + "–" + (i == 9 ? 100 : i * 10 + 9);
            bars.add(
                    new Box(r(LEFT + i * slot + 2), r(y), r(slot - 4), r(BOTTOM - y), range + " %: " + bins[i], false));
            xTicks.add(new Tick(r(LEFT + i * slot + slot / 2), BOTTOM + 14, range));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            yTicks.add(new Tick(LEFT - 6, r(y(v, 0, top) + 4), Integer.toString(v)));
        }
        double pass = x(passPercent, 0, 100);
        List<Guide> guides = List.of(new Guide(r(pass), TOP, r(pass), BOTTOM));
        return new Chart(bars, List.of(), xTicks, yTicks, guides, null, LEFT, RIGHT, TOP, BOTTOM);
    }

    private static List<Tick> yTicks(double from, double to, double step) {
        List<Tick> ticks = new ArrayList<>();
        for (double v = from; v <= to + 1e-9; v += step) {
            ticks.add(new Tick(LEFT - 6, r(y(v, from, to) + 4), decimal(v)));
        }
        return ticks;
    }

    private static double x(double value, double from, double to) {
        return LEFT + (value - from) / (to - from) * (RIGHT - LEFT);
    }

    private static double y(double value, double from, double to) {
        return BOTTOM - (value - from) / (to - from) * (BOTTOM - TOP);
    }

    private static double r(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A value as Russian writes it: 0,45. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value + 0.0).replace('.', ',');
    }
}
