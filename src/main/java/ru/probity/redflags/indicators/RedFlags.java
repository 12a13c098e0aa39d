package ru.probity.redflags.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The red-flag engine: every indicator of the catalogue over a {@link Dataset}, in parallel. Plain
 * Java, used by the web application and the {@code flags} command alike.
 */
public final class RedFlags {

    private static final List<Indicator> INDICATORS = List.of(
            new SingleBid(),
            new SingleAdmitted(),
            new AllButWinnerRejected(),
            new LowestBidRejected(),
            new IdenticalOffers(),
            new HeavyDiscountWin(),
            new LowPriceReduction(),
            new ShortSubmissionPeriod(),
            new BiddersSharedContact(),
            new BiddersSharedPerson(),
            new WinnerRotation());

    private RedFlags() {}

    /** The catalogue, in the order of docs/red-flags.md. */
    public static List<IndicatorInfo> catalogue() {
        return INDICATORS.stream().map(Indicator::info).toList();
    }

    /** Every flag of every indicator, grouped by indicator in catalogue order. */
    public static List<Flag> run(Dataset data, Thresholds thresholds) {
        List<List<Flag>> results = INDICATORS.parallelStream()
                .map(indicator -> {
                    List<Flag> flags = new ArrayList<>();
                    indicator.evaluate(data, thresholds.of(indicator.info()), flags::add);
                    return flags;
                })
                .toList();
        List<Flag> all = new ArrayList<>();
        results.forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }

    /**
     * The risk score of a set of flags (of one contract, or one customer): {@code 1 − Π(1 − weight)}
     * over its distinct indicators, 0..1.
     */
    public static double risk(List<Flag> flags) {
        double clear = 1;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Flag flag : flags) {
            if (seen.add(flag.indicator())) {
                clear *= 1 - weight(flag.indicator());
            }
        }
        return 1 - clear;
    }

    private static double weight(String indicator) {
        for (Indicator i : INDICATORS) {
            if (i.info().id().equals(indicator)) {
                return i.info().weight();
            }
        }
        return 0;
    }
}
