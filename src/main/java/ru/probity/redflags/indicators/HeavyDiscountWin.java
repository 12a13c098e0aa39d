package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Contract;

/**
 * {@code heavy_discount_win}: the winner's offer (else the contract price) is below the НМЦК by at
 * least <i>threshold</i> percent (docs/red-flags.md). A purchase of several contracts (lots) is
 * measured by the sum of their prices against the notice's НМЦК.
 */
final class HeavyDiscountWin implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "heavy_discount_win",
            "Демпинговое снижение цены",
            "Победитель снизил цену от НМЦК на порог и больше: с 25 % снижения закон требует"
                    + " антидемпинговых мер (44-ФЗ ст.37 ч.1); такое снижение — риск неисполнения"
                    + " контракта или последующего повышения цены дополнительными соглашениями.",
            "44-ФЗ ст.37 ч.1 (антидемпинговые меры при снижении цены на 25 % и более)",
            IndicatorInfo.Level.CONTRACT,
            25,
            0.15);

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
            BigDecimal max = Competition.maxPrice(data, c.purchaseNumber());
            if (max == null) {
                continue;
            }
            List<Contract> lots = byPurchase.getOrDefault(c.purchaseNumber(), List.of(c));
            BigDecimal price;
            String what;
            if (lots.size() == 1) {
                Bid winner = Competition.winner(data.bids(c.purchaseNumber()), c);
                if (winner != null && winner.offer() != null) {
                    price = winner.offer();
                    what = "предложение победителя " + Competition.bidder(winner);
                } else {
                    price = Competition.signedPrice(data, c);
                    what = "цена контракта № " + c.regNum();
                }
            } else {
                price = LowPriceReduction.sum(data, lots);
                what = "сумма контрактов закупки (" + lots.size() + ")";
            }
            if (price == null || price.signum() <= 0) {
                continue;
            }
            double reduction = Competition.percentOf(max.subtract(price), max);
            if (reduction < threshold) {
                continue;
            }
            out.accept(Competition.flag(
                    INFO,
                    data,
                    c,
                    reduction,
                    threshold,
                    "На закупке № " + c.purchaseNumber() + " " + what + " — " + Competition.money(price)
                            + " при НМЦК " + Competition.money(max) + ": снижение "
                            + Competition.percent(reduction) + ". Контракт № " + c.regNum() + ".",
                    List.of()));
        }
    }
}
