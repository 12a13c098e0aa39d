package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ru.probity.procurement.model.Contract;

/**
 * {@code low_price_reduction}: a competitive purchase with at least two bids ended with a price below
 * the НМЦК by at most <i>threshold</i> percent (docs/red-flags.md). A purchase of several contracts
 * (lots) is measured by the sum of their prices as signed.
 */
final class LowPriceReduction implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "low_price_reduction",
            "Минимальное снижение цены при конкуренции",
            "В закупке участвовали две заявки и больше, но цена контракта почти не ниже НМЦК (снижение"
                    + " не больше порога): участники не соперничали по цене — признак согласованных действий.",
            "ДОЗОРРО: снижение цены менее 1–3 %; ФАС России: косвенные признаки сговора на торгах",
            IndicatorInfo.Level.CONTRACT,
            1,
            0.25);

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        Map<String, List<Contract>> byPurchase = Competition.byPurchase(data);
        for (Contract c : data.contracts()) {
            if (!Competition.competitive(data, c)) {
                continue;
            }
            int bids = data.bids(c.purchaseNumber()).size();
            if (bids < 2) {
                continue;
            }
            BigDecimal max = Competition.maxPrice(data, c.purchaseNumber());
            if (max == null) {
                continue;
            }
            List<Contract> lots = byPurchase.getOrDefault(c.purchaseNumber(), List.of(c));
            BigDecimal price = sum(data, lots);
            if (price == null) {
                continue;
            }
            double reduction = Competition.percentOf(max.subtract(price), max);
            if (reduction < 0 || reduction > threshold) {
                continue;
            }
            out.accept(Competition.flag(
                    INFO,
                    data,
                    c,
                    reduction,
                    threshold,
                    "На закупку № " + c.purchaseNumber() + " подано заявок: " + bids + ", но "
                            + (lots.size() == 1
                                    ? "цена контракта № " + c.regNum()
                                    : "сумма контрактов закупки (" + lots.size() + ")")
                            + " — " + Competition.money(price) + " при НМЦК "
                            + Competition.money(max) + ": снижение всего "
                            + Competition.percent(reduction) + ".",
                    List.of()));
        }
    }

    /** The sum of the contracts' prices as signed; null when one has no price. */
    static BigDecimal sum(Dataset data, List<Contract> contracts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Contract c : contracts) {
            BigDecimal price = Competition.signedPrice(data, c);
            if (price == null) {
                return null;
            }
            sum = sum.add(price);
        }
        return sum;
    }
}
