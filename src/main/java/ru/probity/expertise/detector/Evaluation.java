package ru.probity.expertise.detector;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of the detector on labelled fragments, per factor and overall (micro
 * average over factors). A fragment counts as detected for a factor when a hint of that factor lies
 * in it; precision of a factor = fragments with a hint of it that are labelled with it / fragments
 * with a hint of it; recall = fragments labelled with it that have a hint of it / fragments
 * labelled with it.
 */
public final class Evaluation {

    /** The counts of one factor: true positives, false positives, false negatives. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {

        public int labelled() {
            return truePositives + falseNegatives;
        }

        public int flagged() {
            return truePositives + falsePositives;
        }

        /** NaN when nothing was flagged. */
        public double precision() {
            return flagged() == 0 ? Double.NaN : (double) truePositives / flagged();
        }

        /** NaN when nothing is labelled. */
        public double recall() {
            return labelled() == 0 ? Double.NaN : (double) truePositives / labelled();
        }

        Score plus(Score o) {
            return new Score(
                    truePositives + o.truePositives,
                    falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    /** The scores per factor, the overall score, the number of fragments, and the misses for a report. */
    public record Result(Map<Factor, Score> perFactor, Score overall, int fragments, int clean, List<String> errors) {}

    private Evaluation() {}

    public static Result evaluate(FactorDetector detector, List<Corpus.Fragment> fragments) {
        Map<Factor, int[]> counts = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            counts.put(f, new int[3]);
        }
        List<String> errors = new ArrayList<>();
        int clean = 0;
        for (Corpus.Fragment fragment : fragments) {
            if (fragment.factors().isEmpty()) {
                clean++;
            }
            Set<Factor> found = EnumSet.noneOf(Factor.class);
            detector.scan(fragment.text()).forEach(h -> found.add(h.factor()));
            for (Factor f : Factor.values()) {
                boolean labelled = fragment.factors().contains(f);
                boolean hinted = found.contains(f);
                if (labelled && hinted) {
                    counts.get(f)[0]++;
                } else if (hinted) {
                    counts.get(f)[1]++;
                    errors.add("+" + f.code() + " " + fragment.file() + ": " + abbreviated(fragment.text()));
                } else if (labelled) {
                    counts.get(f)[2]++;
                    errors.add("-" + f.code() + " " + fragment.file() + ": " + abbreviated(fragment.text()));
                }
            }
        }
        Map<Factor, Score> scores = new EnumMap<>(Factor.class);
        Score overall = new Score(0, 0, 0);
        for (Factor f : Factor.values()) {
            int[] c = counts.get(f);
            Score s = new Score(c[0], c[1], c[2]);
            scores.put(f, s);
            overall = overall.plus(s);
        }
        return new Result(scores, overall, fragments.size(), clean, errors);
    }

    private static String abbreviated(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 100 ? line : line.substring(0, 100) + "…";
    }
}
