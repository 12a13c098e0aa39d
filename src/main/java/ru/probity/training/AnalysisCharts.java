package ru.probity.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the analysis charts, drawn by the page as inline SVG (no script): the facility
 * of every question as bars, facility against discrimination as dots, and the distribution of the
 * examinees' best scores. Coordinates are in the units of each chart's view box.
 */
final class AnalysisCharts {

    private static final double LEFT = 48;
    private static final double TOP = 12;

    /** The plot area of a view box: axes on the left and at the bottom. */
    private record Frame(int width, int height) {
        double right() {
            return width - 24;
        }

        double bottom() {
            return height - 36;
        }

        double x(double value, double from, double to) {
            return LEFT + (value - from) / (to - from) * (right() - LEFT);
        }

        double y(double value, double from, double to) {
            return bottom() - (value - from) / (to - from) * (bottom() - TOP);
        }

        List<Tick> yTicks(double from, double to, double step) {
            List<Tick> ticks = new ArrayList<>();
            for (double v = from; v <= to + 1e-9; v += step) {
                ticks.add(new Tick(LEFT - 6, r(y(v, from, to) + 4), decimal(v)));
            }
            return ticks;
        }

        Chart chart(
                List<Box> bars, List<Dot> dots, List<Tick> xTicks, List<Tick> yTicks, List<Guide> guides, Box zone) {
            return new Chart(width, height, bars, dots, xTicks, yTicks, guides, zone, LEFT, right(), TOP, bottom());
        }
    }

    private static final Frame WIDE = new Frame(1280, 280);
    private static final Frame HALF = new Frame(640, 300);

    private AnalysisCharts() {}

    /** A bar (or the shaded area of good questions); hint is its tooltip. */
    public record Box(double x, double y, double width, double height, String hint, boolean flagged) {}

    /** A dot with its label beside it (moved inwards near the right and the top edges). */
    public record Dot(double x, double y, double labelX, double labelY, String label, String hint, boolean flagged) {}

    public record Tick(double x, double y, String label) {}

    public record Guide(double x1, double y1, double x2, double y2) {}

    /** One chart: what to draw and the axes' ticks; {@code zone} may be null. */
    public record Chart(
            int width,
            int height,
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
            return "0 0 " + width + " " + height;
        }
    }

    /** The facility of every question, with the limits of a too hard and a too easy one. */
    static Chart facility(List<ExamAnalysis.Item> items) {
        Frame f = WIDE;
        List<Box> bars = new ArrayList<>();
        List<Tick> xTicks = new ArrayList<>();
        double slot = (f.right() - LEFT) / Math.max(1, items.size());
        int every = Math.max(1, (int) Math.ceil(items.size() / 40.0));
        for (int i = 0; i < items.size(); i++) {
            ExamAnalysis.Item item = items.get(i);
            double x = LEFT + i * slot;
            double top = f.y(item.facility(), 0, 1);
            double width = Math.min(slot * 0.7, 48);
            bars.add(new Box(
                    r(x + (slot - width) / 2),
                    r(top),
                    r(width),
                    r(f.bottom() - top),
                    item.number() + ": " + decimal(item.facility()),
                    item.tooHard() || item.tooEasy()));
            if (i % every == 0) {
                xTicks.add(new Tick(r(x + slot / 2), f.bottom() + 18, Integer.toString(item.number())));
            }
        }
        double hard = r(f.y(ExamAnalysis.HARD, 0, 1));
        double easy = r(f.y(ExamAnalysis.EASY, 0, 1));
        List<Guide> guides = List.of(new Guide(LEFT, hard, f.right(), hard), new Guide(LEFT, easy, f.right(), easy));
        return f.chart(bars, List.of(), xTicks, f.yTicks(0, 1, 0.2), guides, null);
    }

    /** Facility (across) against discrimination (up); the shaded area holds the good questions. */
    static Chart scatter(List<ExamAnalysis.Item> items) {
        Frame f = HALF;
        List<Dot> dots = new ArrayList<>();
        for (ExamAnalysis.Item item : items) {
            if (item.discrimination() != null) {
                double x = f.x(item.facility(), 0, 1);
                double y = f.y(item.discrimination(), -1, 1);
                dots.add(new Dot(
                        r(x),
                        r(y),
                        r(x > f.right() - 30 ? x - 24 : x + 7),
                        r(y < TOP + 16 ? y + 18 : y - 7),
                        Integer.toString(item.number()),
                        item.number() + ": " + decimal(item.facility()) + " × " + decimal(item.discrimination()),
                        item.flagged()));
            }
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            xTicks.add(new Tick(r(f.x(i * 0.2, 0, 1)), f.bottom() + 18, decimal(i * 0.2)));
        }
        double zoneLeft = f.x(ExamAnalysis.HARD, 0, 1);
        double zoneTop = f.y(1, -1, 1);
        Box zone = new Box(
                r(zoneLeft),
                r(zoneTop),
                r(f.x(ExamAnalysis.EASY, 0, 1) - zoneLeft),
                r(f.y(ExamAnalysis.WEAK, -1, 1) - zoneTop),
                "",
                false);
        double zero = r(f.y(0, -1, 1));
        List<Guide> guides = List.of(new Guide(LEFT, zero, f.right(), zero));
        return f.chart(List.of(), dots, xTicks, f.yTicks(-1, 1, 0.5), guides, zone);
    }

    /** How many examinees have their best score in each tenth of the scale; the pass mark as a line. */
    static Chart scores(List<ExamAnalysis.Examinee> examinees, int passPercent) {
        Frame f = HALF;
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
        double slot = (f.right() - LEFT) / 10;
        List<Box> bars = new ArrayList<>();
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double y = f.y(bins[i], 0, top);
            String range = (i * 10) + "–" + (i == 9 ? 100 : i * 10 + 9);
            bars.add(new Box(
                    r(LEFT + i * slot + 2), r(y), r(slot - 4), r(f.bottom() - y), range + " %: " + bins[i], false));
            xTicks.add(new Tick(r(LEFT + i * slot + slot / 2), f.bottom() + 18, range));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            yTicks.add(new Tick(LEFT - 6, r(f.y(v, 0, top) + 4), Integer.toString(v)));
        }
        double pass = r(f.x(passPercent, 0, 100));
        List<Guide> guides = List.of(new Guide(pass, TOP, pass, f.bottom()));
        return f.chart(bars, List.of(), xTicks, yTicks, guides, null);
    }

    private static double r(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A value as Russian writes it: 0,45. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value + 0.0).replace('.', ',');
    }
}
