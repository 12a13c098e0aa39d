package ru.probity.redflags.generator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ru.probity.redflags.indicators.Flag;
import ru.probity.redflags.indicators.IndicatorInfo;
import ru.probity.redflags.indicators.RedFlags;

/**
 * Precision and recall per indicator of the engine's flags against the planted truth. A flag
 * matches a planted one by indicator and contract (for a contract flag), customer–supplier pair, or
 * supplier; several flags of one key count once. An indicator of the truth the engine does not have
 * is reported as missing, not as a failure of the others.
 */
public final class RedFlagEvaluation {

    /** The target of issue 22 for both precision and recall. */
    public static final double TARGET = 0.95;

    /** The score of one indicator. */
    public record Score(String indicator, boolean inEngine, int planted, int flagged, int truePositives) {

        public double precision() {
            return flagged == 0 ? (planted == 0 ? 1 : 0) : (double) truePositives / flagged;
        }

        public double recall() {
            return planted == 0 ? 1 : (double) truePositives / planted;
        }

        public boolean meetsTarget() {
            return precision() >= TARGET && recall() >= TARGET;
        }
    }

    /** The scores in catalogue order, then the truth's indicators the engine lacks. */
    public static List<Score> score(Collection<Flag> flags, Collection<Expected> truth) {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Expected e : truth) {
            expected.computeIfAbsent(e.indicator(), k -> new HashSet<>()).add(e.key());
        }
        Map<String, Set<String>> raised = new TreeMap<>();
        for (Flag f : flags) {
            raised.computeIfAbsent(f.indicator(), k -> new HashSet<>())
                    .add(Expected.key(f.indicator(), f.contract(), f.customerInn(), f.supplierInn()));
        }
        Map<String, Boolean> ids = new LinkedHashMap<>();
        for (IndicatorInfo info : RedFlags.catalogue()) {
            ids.put(info.id(), true);
        }
        for (String id : expected.keySet()) {
            ids.putIfAbsent(id, false);
        }
        for (String id : raised.keySet()) {
            ids.putIfAbsent(id, true);
        }
        List<Score> scores = new ArrayList<>();
        ids.forEach((id, inEngine) -> {
            Set<String> want = expected.getOrDefault(id, Set.of());
            Set<String> got = raised.getOrDefault(id, Set.of());
            int tp = 0;
            for (String k : got) {
                if (want.contains(k)) {
                    tp++;
                }
            }
            scores.add(new Score(id, inEngine, want.size(), got.size(), tp));
        });
        return scores;
    }

    /** The table as printed by {@code redflags-evaluate}. */
    public static String table(List<Score> scores) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "%-36s %8s %8s %8s %9s %7s  %s%n",
                "indicator",
                "planted",
                "flagged",
                "matched",
                "precision",
                "recall",
                "result"));
        for (Score s : scores) {
            if (!s.inEngine()) {
                b.append(String.format(
                        Locale.ROOT,
                        "%-36s %8d %8s %8s %9s %7s  %s%n",
                        s.indicator(),
                        s.planted(),
                        "-",
                        "-",
                        "-",
                        "-",
                        "нет в движке"));
                continue;
            }
            b.append(String.format(
                    Locale.ROOT,
                    "%-36s %8d %8d %8d %9.3f %7.3f  %s%n",
                    s.indicator(),
                    s.planted(),
                    s.flagged(),
                    s.truePositives(),
                    s.precision(),
                    s.recall(),
                    s.meetsTarget() ? "ок" : "НИЖЕ ЦЕЛИ"));
        }
        return b.toString();
    }

    /** Every indicator the engine has meets the target. */
    public static boolean allMeetTarget(List<Score> scores) {
        return scores.stream().filter(Score::inEngine).allMatch(Score::meetsTarget);
    }

    private RedFlagEvaluation() {}
}
