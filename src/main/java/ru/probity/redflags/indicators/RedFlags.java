package ru.probity.redflags.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.probity.procurement.model.Contract;

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
            new SplitPurchase(),
            new SmallPurchaseAnnualCap(),
            new NewSupplier(),
            new SupplierLiquidatedAfterContract(),
            new SupplierUnreliableData(),
            new SupplierMassDirector(),
            new SupplierMassAddress(),
            new PriceIncreaseByAmendment(),
            new ManyAmendments(),
            new EarlyAmendment(),
            new BiddersSharedContact(),
            new BiddersSharedPerson(),
            new WinnerRotation(),
            new SupplierConcentration(),
            new HeterogeneousSupplier());

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

    /**
     * The risk score of every contract of the data (docs/red-flags.md «Risk score»): {@code 1 − Π(1 −
     * weight)} over the distinct indicators flagged on the contract, on its customer–supplier pair and
     * on its supplier; contracts without flags are left out.
     */
    public static Map<String, Double> contractRisks(Dataset data, List<Flag> flags) {
        Map<String, List<Flag>> byContract = new HashMap<>();
        Map<String, List<Flag>> byPair = new HashMap<>();
        Map<String, List<Flag>> bySupplier = new HashMap<>();
        for (Flag flag : flags) {
            if (flag.contract() != null) {
                byContract
                        .computeIfAbsent(flag.contract(), k -> new ArrayList<>())
                        .add(flag);
            } else if (flag.customerInn() != null) {
                byPair.computeIfAbsent(flag.customerInn() + '|' + flag.supplierInn(), k -> new ArrayList<>())
                        .add(flag);
            } else if (flag.supplierInn() != null) {
                bySupplier
                        .computeIfAbsent(flag.supplierInn(), k -> new ArrayList<>())
                        .add(flag);
            }
        }
        Map<String, Double> risks = new HashMap<>();
        for (Contract c : data.contracts()) {
            String supplier = Dataset.supplierInn(c);
            List<Flag> own = byContract.getOrDefault(c.regNum(), List.of());
            List<Flag> pair = byPair.getOrDefault(c.customerInn() + "|" + supplier, List.of());
            List<Flag> ofSupplier = supplier == null ? List.of() : bySupplier.getOrDefault(supplier, List.of());
            if (own.isEmpty() && pair.isEmpty() && ofSupplier.isEmpty()) {
                continue;
            }
            List<Flag> all = new ArrayList<>(own.size() + pair.size() + ofSupplier.size());
            all.addAll(own);
            all.addAll(pair);
            all.addAll(ofSupplier);
            risks.put(c.regNum(), risk(all));
        }
        return risks;
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
