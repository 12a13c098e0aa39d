package ru.probity.training;

import static ru.probity.platform.SvgChart.LEFT;
import static ru.probity.platform.SvgChart.TOP;
import static ru.probity.platform.SvgChart.decimal;
import static ru.probity.platform.SvgChart.round;

import java.util.ArrayList;
import java.util.List;
import ru.probity.platform.SvgChart.Box;
import ru.probity.platform.SvgChart.Chart;
import ru.probity.platform.SvgChart.Dot;
import ru.probity.platform.SvgChart.Frame;
import ru.probity.platform.SvgChart.Guide;
import ru.probity.platform.SvgChart.Tick;

/**
 * The geometry of the analysis charts, drawn by the page as inline SVG (no script, the fragment
 * {@code fragments/chart.html}): the facility of every question as bars, facility against
 * discrimination as dots, and the distribution of the examinees' best scores. Coordinates are in
 * the units of each chart's view box.
 */
final class AnalysisCharts {

    private static final Frame WIDE = new Frame(1280, 280);
    private static final Frame HALF = new Frame(640, 300);

    private AnalysisCharts() {}

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
                    round(x + (slot - width) / 2),
                    round(top),
                    round(width),
                    round(f.bottom() - top),
                    item.number() + ": " + decimal(item.facility()),
                    item.tooHard() || item.tooEasy()));
            if (i % every == 0) {
                xTicks.add(new Tick(round(x + slot / 2), f.bottom() + 18, Integer.toString(item.number())));
            }
        }
        double hard = round(f.y(ExamAnalysis.HARD, 0, 1));
        double easy = round(f.y(ExamAnalysis.EASY, 0, 1));
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
                        round(x),
                        round(y),
                        round(x > f.right() - 30 ? x - 24 : x + 7),
                        round(y < TOP + 16 ? y + 18 : y - 7),
                        Integer.toString(item.number()),
                        item.number() + ": " + decimal(item.facility()) + " × " + decimal(item.discrimination()),
                        item.flagged()));
            }
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            xTicks.add(new Tick(round(f.x(i * 0.2, 0, 1)), f.bottom() + 18, decimal(i * 0.2)));
        }
        double zoneLeft = f.x(ExamAnalysis.HARD, 0, 1);
        double zoneTop = f.y(1, -1, 1);
        Box zone = new Box(
                round(zoneLeft),
                round(zoneTop),
                round(f.x(ExamAnalysis.EASY, 0, 1) - zoneLeft),
                round(f.y(ExamAnalysis.WEAK, -1, 1) - zoneTop),
                "",
                false);
        double zero = round(f.y(0, -1, 1));
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
                    round(LEFT + i * slot + 2),
                    round(y),
                    round(slot - 4),
                    round(f.bottom() - y),
                    range + " %: " + bins[i],
                    false));
            xTicks.add(new Tick(round(LEFT + i * slot + slot / 2), f.bottom() + 18, range));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            yTicks.add(new Tick(LEFT - 6, round(f.y(v, 0, top) + 4), Integer.toString(v)));
        }
        double pass = round(f.x(passPercent, 0, 100));
        List<Guide> guides = List.of(new Guide(pass, TOP, pass, f.bottom()));
        return f.chart(bars, List.of(), xTicks, yTicks, guides, null);
    }
}
