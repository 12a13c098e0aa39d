package ru.probity.redflags.indicators;

import java.util.Arrays;

/**
 * The interquartile fence of a set of values, {@code Q3 + 1.5 × (Q3 − Q1)} (Tukey's outer limit for
 * «far» values as DOZORRO and Open Contracting's Cardinal compute their outlier thresholds from the
 * data). Quartiles by linear interpolation between order statistics (type 7, as R and NumPy).
 */
final class Fences {

    private Fences() {}

    /** The upper fence of the values; {@link Double#NaN} when there are none. The array is not changed. */
    static double upper(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double q1 = quantile(sorted, 0.25);
        double q3 = quantile(sorted, 0.75);
        return q3 + 1.5 * (q3 - q1);
    }

    /** The quantile {@code p} (0..1) of sorted values, interpolated linearly. */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
