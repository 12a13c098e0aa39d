package ru.probity.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a chart that a page draws as inline SVG without any script (the fragment
 * {@code templates/fragments/chart.html}): bars, dots, the axes' ticks, dashed guides, a shaded
 * zone and value labels. Coordinates are in the units of the chart's view box. The areas compute
 * their own charts with a {@link Frame}; {@link #bars} draws the common case of counts by label.
 */
public final class SvgChart {

    /** Room on the left of the plot for the value axis' labels. */
    public static final double LEFT = 48;

    /** Room above the plot. */
    public static final double TOP = 12;

    private SvgChart() {}

    /** A bar (or a shaded zone); hint is its tooltip; a flagged one is drawn in red. */
    public record Box(double x, double y, double width, double height, String hint, boolean flagged) {}

    /** A dot with its label beside it. */
    public record Dot(double x, double y, double labelX, double labelY, String label, String hint, boolean flagged) {}

    /** A label at a point: an axis tick or a bar's value. */
    public record Tick(double x, double y, String label) {}

    /** A dashed line across the plot, e.g. a limit. */
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
            List<Tick> values,
            String valueAnchor,
            double left,
            double right,
            double top,
            double bottom) {

        public String viewBox() {
            return "0 0 " + width + " " + height;
        }

        /** Whether there is anything to draw at all. */
        public boolean empty() {
            return bars.isEmpty() && dots.isEmpty();
        }
    }

    /** The plot area of a view box: the value axis on the left, the category axis at the bottom. */
    public record Frame(int width, int height) {

        public double right() {
            return width - 24;
        }

        public double bottom() {
            return height - 36;
        }

        public double x(double value, double from, double to) {
            return LEFT + (value - from) / (to - from) * (right() - LEFT);
        }

        public double y(double value, double from, double to) {
            return bottom() - (value - from) / (to - from) * (bottom() - TOP);
        }

        /** Ticks of the value axis from {@code from} to {@code to}, written as decimals. */
        public List<Tick> yTicks(double from, double to, double step) {
            List<Tick> ticks = new ArrayList<>();
            for (double v = from; v <= to + 1e-9; v += step) {
                ticks.add(new Tick(LEFT - 6, round(y(v, from, to) + 4), decimal(v)));
            }
            return ticks;
        }

        public Chart chart(
                List<Box> bars, List<Dot> dots, List<Tick> xTicks, List<Tick> yTicks, List<Guide> guides, Box zone) {
            return chart(bars, dots, xTicks, yTicks, guides, zone, List.of());
        }

        public Chart chart(
                List<Box> bars,
                List<Dot> dots,
                List<Tick> xTicks,
                List<Tick> yTicks,
                List<Guide> guides,
                Box zone,
                List<Tick> values) {
            return new Chart(
                    width, height, bars, dots, xTicks, yTicks, guides, zone, values, "middle", LEFT, right(), TOP,
                    bottom());
        }
    }

    /** One bar of a bar chart of counts: its label under the axis, its value and its tooltip. */
    public record Bar(String label, long value, String hint, boolean flagged) {
        public Bar(String label, long value) {
            this(label, value, label + ": " + value, false);
        }
    }

    /**
     * Counts by label as bars, the value written above each non-zero bar; the value axis has whole
     * steps. Labels under the axis are thinned out when there are many bars.
     */
    public static Chart bars(List<Bar> values, int width, int height) {
        Frame f = new Frame(width, height);
        long max = 1;
        for (Bar b : values) {
            max = Math.max(max, b.value());
        }
        long step = Math.max(1, (long) Math.ceil(max / 5.0));
        long top = step * (long) Math.ceil((double) max / step);
        double scale = top * 1.1; // room above the highest bar for its value
        double slot = (f.right() - LEFT) / Math.max(1, values.size());
        double barWidth = Math.min(slot * 0.7, 64);
        int every = Math.max(1, (int) Math.ceil(values.size() / Math.max(1.0, (f.right() - LEFT) / 90)));
        List<Box> bars = new ArrayList<>();
        List<Tick> xTicks = new ArrayList<>();
        List<Tick> labels = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Bar b = values.get(i);
            double x = LEFT + i * slot;
            double y = f.y(b.value(), 0, scale);
            bars.add(new Box(
                    round(x + (slot - barWidth) / 2),
                    round(y),
                    round(barWidth),
                    round(f.bottom() - y),
                    b.hint(),
                    b.flagged()));
            if (b.value() > 0) {
                labels.add(new Tick(round(x + slot / 2), round(y - 4), Long.toString(b.value())));
            }
            if (i % every == 0) {
                xTicks.add(new Tick(round(x + slot / 2), f.bottom() + 18, b.label()));
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            yTicks.add(new Tick(LEFT - 6, round(f.y(v, 0, scale) + 4), Long.toString(v)));
        }
        return f.chart(bars, List.of(), xTicks, yTicks, List.of(), null, labels);
    }

    /**
     * Counts by label as horizontal bars, for long labels (written left of the axis): one row per
     * label, the value written after each bar; the value axis at the bottom has whole steps.
     */
    public static Chart horizontalBars(List<Bar> values, int width) {
        return horizontalBars(values, width, 1);
    }

    /**
     * The same with the value axis reaching at least {@code scaleTo} (100 for per cents: a share of
     * 6 % is not drawn across the whole width).
     */
    public static Chart horizontalBars(List<Bar> values, int width, long scaleTo) {
        double row = 30;
        int height = (int) Math.ceil(TOP + row * Math.max(1, values.size()) + 36);
        int longest = values.stream().mapToInt(b -> b.label().length()).max().orElse(10);
        double left = Math.min(width * 0.6, 20 + longest * 8.6);
        double right = width - 40;
        double bottom = height - 36;
        long max = Math.max(1, scaleTo);
        for (Bar b : values) {
            max = Math.max(max, b.value());
        }
        long step = Math.max(1, (long) Math.ceil(max / 5.0));
        long top = step * (long) Math.ceil((double) max / step);
        List<Box> bars = new ArrayList<>();
        List<Tick> labels = new ArrayList<>();
        List<Tick> written = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Bar b = values.get(i);
            double y = TOP + i * row;
            double length = b.value() * (right - left) / top;
            bars.add(new Box(round(left), round(y + 5), round(length), row - 10, b.hint(), b.flagged()));
            labels.add(new Tick(left - 8, round(y + row / 2 + 5), b.label()));
            written.add(new Tick(round(left + length + 5), round(y + row / 2 + 5), Long.toString(b.value())));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            xTicks.add(new Tick(round(left + v * (right - left) / top), bottom + 18, Long.toString(v)));
        }
        return new Chart(
                width,
                height,
                bars,
                List.of(),
                xTicks,
                labels,
                List.of(),
                null,
                written,
                "start",
                round(left),
                right,
                TOP,
                bottom);
    }

    /** A coordinate rounded to a tenth: shorter SVG. */
    public static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A value as Russian writes it: 0,45. */
    public static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value + 0.0).replace('.', ',');
    }
}
